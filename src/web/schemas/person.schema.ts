// One schema for a person's details: the person form maps its fields onto it, and the JSON API will
// validate bodies with it. Field names are those of PersonDetails.
import { z } from 'zod';
import { optionalText, recordId, text } from '../../app/schemas/fields.ts';
import { optionalEmail, orNull } from './organisation.schema.ts';

export const COUNCIL_ROLES = ['officer', 'councillor'] as const;
export const COUNCIL_ROLE_LABELS: Readonly<Record<(typeof COUNCIL_ROLES)[number], string>> = {
  officer: 'Council officer',
  councillor: 'Councillor',
};

export const personSchema = z
  .object({
    name: text({ missing: 'Enter the person’s full name', label: 'Full name', max: 200 }),
    jobTitle: orNull(optionalText({ label: 'Job title', max: 200 })),
    organisationId: recordId('Select the person’s organisation'),
    email: optionalEmail(),
    // Required for the council's own people; the use case checks that, knowing the organisation.
    councilRole: orNull(z.enum(COUNCIL_ROLES, { error: 'Select whether they are a council officer or a councillor' }).nullable()),
    userId: orNull(recordId('Select a user account from the list').nullable()),
  })
  .strict();

export type PersonInput = z.infer<typeof personSchema>;
