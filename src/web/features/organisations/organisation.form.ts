// The organisation form: flat HTML fields ⇄ the organisation schema (the API's field names).
import type { Organisation } from '../../../domain/register/records.ts';
import { fieldsThatParse } from '../../forms/every-error.ts';
import { parseForm, type FieldError } from '../../forms/form.ts';
import { organisationSchema, type OrganisationInput } from '../../schemas/organisation.schema.ts';

export const ORGANISATION_FIELDS = [
  'name',
  'sector',
  'isThisCouncil',
  'companyNumber',
  'charityNumber',
  'address',
  'website',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;

/** "yes" / "no" from a radio; anything else is no answer. */
export function yesNo(value: string | undefined): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/** The typed organisation, or every field's error and the answers that are valid (for the register's rules). */
export function parseOrganisationForm(
  input: Record<string, string>,
): { ok: true; value: OrganisationInput } | { ok: false; errors: FieldError[]; known: Partial<OrganisationInput> } {
  const candidate: Record<string, unknown> = {};
  for (const field of ORGANISATION_FIELDS) candidate[field] = input[field] ?? '';
  candidate.isThisCouncil = yesNo(input.isThisCouncil);
  const result = parseForm(organisationSchema, candidate);
  return result.ok ? { ok: true, value: result.value } : { ok: false, errors: result.errors, known: fieldsThatParse(organisationSchema, candidate) };
}

export function organisationToForm(o: Organisation | null): Record<string, string> {
  if (!o) return {};
  return {
    name: o.name,
    sector: o.sector,
    isThisCouncil: o.isThisCouncil ? 'yes' : 'no',
    companyNumber: o.companyNumber ?? '',
    charityNumber: o.charityNumber ?? '',
    address: o.address ?? '',
    website: o.website ?? '',
    contactName: o.contactName ?? '',
    contactEmail: o.contactEmail ?? '',
    contactPhone: o.contactPhone ?? '',
  };
}
