// A person on the API: requests validated by the register's person schema (the one the form maps
// onto), responses with their organisation's name and the partnerships they have a part in.
import { z } from 'zod';
import { CAPACITIES } from '../../../domain/register/vocabulary.ts';
import type { Person } from '../../../domain/register/records.ts';
import { COUNCIL_ROLES, personSchema } from '../../schemas/person.schema.ts';
import { idOut, pageOf, requestComponent, responseComponent, timeOut } from './common.ts';
import { PAGE, PAGE_SIZE } from './organisation.api.ts';

export const personCreateSchema = requestComponent(personSchema, {
  id: 'PersonInput',
  description:
    'A person to add. councilRole is required for the council’s own people and ignored (stored as null) for a partner’s staff. Fields that may be null may be left out. Unknown fields are refused (400).',
});

export const personPatchSchema = requestComponent(personSchema.partial(), {
  id: 'PersonPatch',
  description: 'Changes to a person: send only the fields to change. The result is then checked whole. Unknown fields are refused (400).',
});

export const PERSON_FIELDS = Object.keys(personSchema.shape) as Array<keyof typeof personSchema.shape>;

const personFields = {
  id: idOut,
  name: z.string(),
  jobTitle: z.string().nullable(),
  organisationId: idOut,
  organisationName: z.string(),
  email: z.string().nullable(),
  councilRole: z.enum(COUNCIL_ROLES).nullable(),
  userId: idOut.nullable(),
  createdAt: timeOut,
  updatedAt: timeOut,
};

export const personSummary = responseComponent(z.object(personFields), { id: 'PersonSummary', description: 'A person as the list shows them.' });

const partnershipLink = z.object({ id: idOut, reference: z.string(), name: z.string() });

export const personResource = responseComponent(
  z.object({
    ...personFields,
    partnerships: z.object({
      sponsoringOfficer: z.array(partnershipLink),
      accountableOfficer: z.array(partnershipLink),
      representative: z.array(partnershipLink.extend({ capacity: z.enum(CAPACITIES) })),
    }),
  }),
  { id: 'Person', description: 'A person in the register: one of the council’s officers or councillors, or a partner’s representative.' },
);

export const personPage = responseComponent(pageOf(personSummary), { id: 'PersonPage', description: 'One page of people, by name.' });

/** The list's query parameters: the people page's search and filters, and paging. */
export const personQuerySchema = z
  .object({
    q: z.string({ error: 'Search must be text, given once' }).max(200, 'Search must be 200 characters or fewer').optional().meta({ description: 'Search the names (accents and case ignored).' }),
    organisation: z
      .string({ error: 'organisation must be an id, given once' })
      .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'organisation must be an id')
      .optional()
      .meta({ description: 'Only people of the organisation with this id.' }),
    council: z.enum(['yes', 'no'], { error: 'council must be yes or no' }).optional().meta({ description: 'yes: only the council’s own people.' }),
    page: PAGE.optional().meta({ description: 'The page to show, from 1 (default 1).' }),
    pageSize: PAGE_SIZE.optional().meta({ description: 'How many per page, 1 to 100 (default 25).' }),
  })
  .strict();

export type PersonSummary = z.output<typeof personSummary>;
export type PersonResource = z.output<typeof personResource>;

export function toPersonSummary(p: Person): PersonSummary {
  return {
    id: p.id,
    name: p.name,
    jobTitle: p.jobTitle,
    organisationId: p.organisationId,
    organisationName: p.organisationName,
    email: p.email,
    councilRole: p.councilRole,
    userId: p.userId,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  };
}
