// An organisation on the API: requests validated by the register's organisation schema (the one the
// form maps onto), responses with the partnerships it is a partner in.
import { z } from 'zod';
import { MEMBER_STATUSES, PARTNER_ROLES, SECTORS, STATUSES } from '../../../domain/register/vocabulary.ts';
import type { Organisation } from '../../../domain/register/records.ts';
import { organisationSchema } from '../../schemas/organisation.schema.ts';
import { idOut, pageOf, requestComponent, responseComponent, timeOut } from './common.ts';

export const organisationCreateSchema = requestComponent(organisationSchema, {
  id: 'OrganisationInput',
  description: 'An organisation to add. Fields that may be null may be left out. Unknown fields are refused (400).',
});

export const organisationPatchSchema = requestComponent(organisationSchema.partial(), {
  id: 'OrganisationPatch',
  description: 'Changes to an organisation: send only the fields to change. The result is then checked whole. Unknown fields are refused (400).',
});

export const ORGANISATION_FIELDS = Object.keys(organisationSchema.shape) as Array<keyof typeof organisationSchema.shape>;

const organisationFields = {
  id: idOut,
  name: z.string(),
  sector: z.enum(SECTORS),
  isThisCouncil: z.boolean(),
  companyNumber: z.string().nullable(),
  charityNumber: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  createdAt: timeOut,
  updatedAt: timeOut,
};

export const organisationSummary = responseComponent(z.object(organisationFields), {
  id: 'OrganisationSummary',
  description: 'An organisation as the list shows it.',
});

export const organisationResource = responseComponent(
  z.object({
    ...organisationFields,
    partnerships: z.array(
      z.object({ id: idOut, reference: z.string(), name: z.string(), status: z.enum(STATUSES), role: z.enum(PARTNER_ROLES), memberStatus: z.enum(MEMBER_STATUSES) }),
    ),
  }),
  { id: 'Organisation', description: 'An organisation in the register (a partner, or the council itself), with the partnerships it is in.' },
);

export const organisationPage = responseComponent(pageOf(organisationSummary), {
  id: 'OrganisationPage',
  description: 'One page of organisations: the council first, then by name.',
});

const SEARCH = z.string({ error: 'Search must be text, given once' }).max(200, 'Search must be 200 characters or fewer');
export const PAGE = z.string({ error: 'Page must be a whole number from 1, given once' }).regex(/^[1-9]\d{0,5}$/, 'Page must be a whole number from 1');
export const PAGE_SIZE = z
  .string({ error: 'Page size must be a whole number from 1 to 100, given once' })
  .regex(/^(100|[1-9]\d?)$/, 'Page size must be a whole number from 1 to 100');

/** The list's query parameters: the organisations page's search and filter, and paging. */
export const organisationQuerySchema = z
  .object({
    q: SEARCH.optional().meta({ description: 'Search the names (accents and case ignored).' }),
    sector: z.enum(SECTORS, { error: `Sector must be one of ${SECTORS.join(', ')}` }).optional().meta({ description: 'Only organisations of this sector.' }),
    page: PAGE.optional().meta({ description: 'The page to show, from 1 (default 1).' }),
    pageSize: PAGE_SIZE.optional().meta({ description: 'How many per page, 1 to 100 (default 25).' }),
  })
  .strict();

export type OrganisationSummary = z.output<typeof organisationSummary>;
export type OrganisationResource = z.output<typeof organisationResource>;

export function toOrganisationSummary(o: Organisation): OrganisationSummary {
  return {
    id: o.id,
    name: o.name,
    sector: o.sector,
    isThisCouncil: o.isThisCouncil,
    companyNumber: o.companyNumber,
    charityNumber: o.charityNumber,
    address: o.address,
    website: o.website,
    contactName: o.contactName,
    contactEmail: o.contactEmail,
    contactPhone: o.contactPhone,
    createdAt: o.createdAt,
    updatedAt: o.updatedAt,
  };
}
