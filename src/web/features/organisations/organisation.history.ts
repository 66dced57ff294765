// The organisation's History in plain words: field labels, sector names, yes and no.
import type { Describer } from '../../../domain/audit/describe.ts';
import { labelOf, SECTOR_LABELS } from '../../../domain/register/vocabulary.ts';
import { plainValue } from './history.ts';

export const ORGANISATION_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  sector: 'Sector',
  isThisCouncil: 'This council',
  companyNumber: 'Companies House number',
  charityNumber: 'Charity number',
  address: 'Address',
  website: 'Website',
  contactName: 'Main contact',
  contactEmail: 'Main contact’s email address',
  contactPhone: 'Main contact’s telephone number',
};

export const organisationDescriber: Describer = {
  labels: ORGANISATION_LABELS,
  value: (field, value) => (field === 'sector' && typeof value === 'string' ? labelOf(SECTOR_LABELS, value) : plainValue(value)),
};
