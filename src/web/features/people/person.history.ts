// The person's History in plain words: the organisation by name, the council role, the user account
// by its holder's name rather than an id.
import type { Describer } from '../../../domain/audit/describe.ts';
import { COUNCIL_ROLE_LABELS } from '../../schemas/person.schema.ts';
import { plainValue } from '../organisations/history.ts';

export const PERSON_LABELS: Readonly<Record<string, string>> = {
  name: 'Full name',
  jobTitle: 'Job title',
  organisationName: 'Organisation',
  email: 'Email address',
  councilRole: 'Council role',
  userId: 'User account',
};

/** The organisation's id travels with its name in each event: the name says it. */
export const PERSON_HIDDEN_FIELDS = ['organisationId'] as const;

export function personDescriber(userNames: ReadonlyMap<string, string>): Describer {
  return {
    labels: PERSON_LABELS,
    value(field, value) {
      if (value === null || value === undefined || value === '') return '(none)';
      if (field === 'councilRole') return COUNCIL_ROLE_LABELS[value as keyof typeof COUNCIL_ROLE_LABELS] ?? String(value);
      if (field === 'userId') return userNames.get(String(value)) ?? 'a user account no longer in Accord';
      return plainValue(value);
    },
  };
}
