// The person form: flat HTML fields ⇄ the person schema (the API's field names).
import type { Person } from '../../../domain/register/records.ts';
import { fieldsThatParse } from '../../forms/every-error.ts';
import { parseForm, type FieldError } from '../../forms/form.ts';
import { personSchema, type PersonInput } from '../../schemas/person.schema.ts';

/** The typed person, or every field's error and the answers that are valid (for the register's rules). */
export function parsePersonForm(input: Record<string, string>): { ok: true; value: PersonInput } | { ok: false; errors: FieldError[]; known: Partial<PersonInput> } {
  const candidate = {
    name: input.name ?? '',
    jobTitle: input.jobTitle ?? '',
    organisationId: input.organisationId ?? '',
    email: input.email ?? '',
    // Not chosen is "no council role"; the use case asks for one when the organisation is the council.
    councilRole: input.councilRole || null,
    userId: input.userId || null,
  };
  const result = parseForm(personSchema, candidate);
  return result.ok ? { ok: true, value: result.value } : { ok: false, errors: result.errors, known: fieldsThatParse(personSchema, candidate) };
}

export function personToForm(p: Person): Record<string, string> {
  return {
    name: p.name,
    jobTitle: p.jobTitle ?? '',
    organisationId: p.organisationId,
    email: p.email ?? '',
    councilRole: p.councilRole ?? '',
    userId: p.userId ?? '',
  };
}
