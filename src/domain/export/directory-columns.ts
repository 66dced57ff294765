// the organisations and people lists as spreadsheets: every answer each record holds, codes
// by their labels, one row per record.
import type { Organisation, Person } from '../register/records.ts';
import { labelOf, SECTOR_LABELS } from '../register/vocabulary.ts';
import { yesNo, type Column } from './columns.ts';

const text = <T>(header: string, width: number, value: (r: T) => string | null): Column<T> => ({ header, width, kind: 'text', value: (r) => value(r) ?? '' });

export const ORGANISATION_EXPORT_COLUMNS: readonly Column<Organisation>[] = [
  text('Name', 40, (o) => o.name),
  text('This council', 10, (o) => yesNo(o.isThisCouncil)),
  text('Sector', 30, (o) => labelOf(SECTOR_LABELS, o.sector)),
  text('Companies House number', 16, (o) => o.companyNumber),
  text('Charity number', 14, (o) => o.charityNumber),
  text('Address', 40, (o) => o.address),
  text('Website', 30, (o) => o.website),
  text('Main contact', 24, (o) => o.contactName),
  text('Main contact’s email address', 30, (o) => o.contactEmail),
  text('Main contact’s telephone number', 20, (o) => o.contactPhone),
];

/** A person with the name of the Accord user account they are linked to, if any. */
export interface PersonExportRow extends Person {
  userName: string | null;
}

// The words the person form uses for a council role.
const COUNCIL_ROLE_WORDS: Readonly<Record<string, string>> = { officer: 'Council officer', councillor: 'Councillor' };

export const PERSON_EXPORT_COLUMNS: readonly Column<PersonExportRow>[] = [
  text('Full name', 30, (p) => p.name),
  text('Job title', 30, (p) => p.jobTitle),
  text('Organisation', 40, (p) => p.organisationName),
  text('Email address', 30, (p) => p.email),
  text('Council role', 16, (p) => (p.councilRole ? (COUNCIL_ROLE_WORDS[p.councilRole] ?? p.councilRole) : null)),
  text('Accord user account', 24, (p) => p.userName),
];
