// the public register's open data, described once. Each field has its name in the
// JSON, its column in the CSV and what it means; the open data page lists them from here, and a test holds
// docs/open-data.md to the same list, so the schema the council promises cannot drift from what it sends.
// The schema is stable: a field is added, never renamed or removed, without a new version.
import type { PublicPartnership } from '../public/public-register.ts';
import type { Column } from './columns.ts';

/** The open data's version, in the JSON and in docs/open-data.md. */
export const OPEN_DATA_SCHEMA_VERSION = 1;
export const OPEN_DATA_LICENCE = {
  name: 'Open Government Licence v3.0',
  url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
} as const;

export interface OpenDataField {
  /** The field of each partnership in the JSON (a dotted path for a nested one). */
  json: string;
  description: string;
  /** Its column in the CSV, one row a partnership; a list nested in the JSON is one cell there, or left to the JSON. */
  column: Column<PublicPartnership> | null;
}

const text = (header: string, width: number, value: (p: PublicPartnership) => string): Column<PublicPartnership> => ({ header, width, kind: 'text', value });

export const OPEN_DATA_FIELDS: readonly OpenDataField[] = [
  { json: 'reference', description: 'The council’s reference for the partnership, P-year-number. Stable: it never changes or is reused.', column: text('Reference', 14, (p) => p.reference) },
  { json: 'name', description: 'The partnership’s name.', column: text('Name', 36, (p) => p.name) },
  { json: 'summary', description: 'What the partnership is for, in plain words for residents (its purpose where the council wrote no summary).', column: text('Summary', 60, (p) => p.summary) },
  { json: 'purpose', description: 'Its purpose, as registered.', column: text('Purpose', 60, (p) => p.purpose) },
  { json: 'expectedOutcomes', description: 'The outcomes the partners expect it to achieve.', column: text('Expected outcomes', 60, (p) => p.expectedOutcomes) },
  { json: 'legalForm', description: 'Its form in law, in the protocol’s words (Appendix 1.2), for example "Joint committee".', column: text('Legal form', 26, (p) => p.legalForm) },
  { json: 'status', description: 'Where it is in its life, for example "Operating" or "Dissolved".', column: text('Status', 16, (p) => p.status) },
  { json: 'startDate', description: 'The day it started, yyyy-mm-dd; null where not recorded.', column: { header: 'Start date', width: 12, kind: 'date', value: (p) => p.startDate } },
  { json: 'expectedEndDate', description: 'The day it is expected to end, yyyy-mm-dd; null where it has no end date.', column: { header: 'Expected end date', width: 12, kind: 'date', value: (p) => p.expectedEndDate } },
  {
    json: 'councilContributionPence',
    description: 'What the council puts in, in whole pence in the JSON (an integer, exact) and in pounds with two decimals in the CSV; null where not recorded.',
    column: { header: 'Council contribution (£)', width: 14, kind: 'money', value: (p) => p.councilContributionPence },
  },
  { json: 'sponsoringOfficer.jobTitle', description: 'The sponsoring officer’s job title (the Head of Service answerable for it); the sponsoringOfficer is null where none is named.', column: text('Sponsoring officer', 30, (p) => p.sponsoringOfficer?.jobTitle ?? '') },
  { json: 'sponsoringOfficer.name', description: 'Their name, only where the council has made their contact details public; otherwise null.', column: text('Sponsoring officer’s name', 24, (p) => p.sponsoringOfficer?.name ?? '') },
  { json: 'sponsoringOfficer.email', description: 'Their email address, on the same terms; otherwise null.', column: text('Sponsoring officer’s email', 28, (p) => p.sponsoringOfficer?.email ?? '') },
  { json: 'partners[].name', description: 'Each partner organisation, the council among them. In the CSV, one cell: "Name (role); …".', column: text('Partners', 60, (p) => p.partners.map((x) => `${x.name} (${x.role.toLowerCase()})`).join('; ')) },
  { json: 'partners[].role', description: 'Its role: "Lead / accountable body", "Member", "Associate" or "Funder".', column: null },
  { json: 'nextMeetings[].date', description: 'The day of each of its next meetings (up to three), yyyy-mm-dd. In the CSV, the next one.', column: { header: 'Next meeting', width: 12, kind: 'date', value: (p) => p.nextMeetings[0]?.date ?? null } },
  { json: 'nextMeetings[].startsAt', description: 'The time it starts, HH:MM, local time; null where not set.', column: null },
  { json: 'nextMeetings[].title', description: 'The meeting, for example "Board meeting".', column: null },
  { json: 'decisions[].decidedOn', description: 'Each decision taken in public at its meetings, newest first: the meeting’s day, yyyy-mm-dd. Decisions taken in private are never included. In the CSV, how many there are.', column: { header: 'Decisions published', width: 10, kind: 'integer', value: (p) => p.decisions.length } },
  { json: 'decisions[].meeting', description: 'The meeting it was taken at.', column: null },
  { json: 'decisions[].title', description: 'What was decided (the agenda item).', column: null },
  { json: 'decisions[].type', description: 'The type of decision, for example "Financial commitment", or "For information".', column: null },
  { json: 'decisions[].keyDecision', description: 'Whether it was a key decision: true or false.', column: null },
  { json: 'decisions[].outcome', description: 'The outcome, for example "Carried" or "Carried on the casting vote".', column: null },
  { json: 'publishedOn', description: 'The day the council published the partnership on this register, yyyy-mm-dd.', column: { header: 'Published on', width: 12, kind: 'date', value: (p) => p.publishedOn } },
  { json: 'lastUpdated', description: 'The day the council last changed what it holds of the partnership, yyyy-mm-dd.', column: { header: 'Last updated', width: 12, kind: 'date', value: (p) => p.lastUpdated } },
];

/** The CSV's columns, in the fields' order. */
export const OPEN_DATA_COLUMNS: readonly Column<PublicPartnership>[] = OPEN_DATA_FIELDS.flatMap((f) => (f.column ? [f.column] : []));
