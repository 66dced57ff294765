// the register as a spreadsheet, one row per partnership with every answer its record holds
// (the partnership form's fields, in the form's order), lists joined readably: "Ashford Trust (lead /
// accountable body; voting); Kent CC (member; observer)". One list of columns serves the CSV and the XLSX.
import {
  CAPACITY_LABELS,
  labelOf,
  LEGAL_FORM_LABELS,
  MEMBER_STATUS_LABELS,
  PARTNER_ROLE_LABELS,
  RATIONALE_LABELS,
  STATUS_LABELS,
  WELLBEING_LABELS,
  type Capacity,
  type LegalForm,
  type MemberStatus,
  type PartnerRole,
  type Rationale,
  type Status,
  type Wellbeing,
} from '../register/vocabulary.ts';
import { csvHeaderOf, csvRecordOf, yesNo, type Column } from './columns.ts';

export { dateParts, isoDay, penceToPlainPounds, yesNo } from './columns.ts';

/** What the export needs of a partnership. */
export interface RegisterExportRow {
  reference: string;
  name: string;
  status: Status;
  legalForm: LegalForm;
  purpose: string;
  expectedOutcomes: string;
  rationale: readonly Rationale[];
  wellbeing: readonly Wellbeing[];
  startDate: string | null;
  expectedEndDate: string | null;
  durationDescription: string | null;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  resourcesStaff: string | null;
  resourcesAssets: string | null;
  resourcesInKind: string | null;
  priorities: ReadonlyArray<{ title: string; how: string }>;
  partners: ReadonlyArray<{ name: string; role: PartnerRole; memberStatus: MemberStatus }>;
  sponsoringOfficerName: string | null;
  accountableOfficerName: string | null;
  representatives: ReadonlyArray<{ name: string; capacity: Capacity }>;
}

export type ExportColumn = Column<RegisterExportRow>;

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Anyshire Police (lead / accountable body; voting); Brackenford CVS (associate; observer)", in the recorded order. */
export function partnersCell(partners: RegisterExportRow['partners']): string {
  return partners.map((p) => `${p.name} (${lower(labelOf(PARTNER_ROLE_LABELS, p.role))}; ${lower(labelOf(MEMBER_STATUS_LABELS, p.memberStatus))})`).join('; ');
}

/** "Cllr Ann Lee (councillor); Jo Bloggs (officer)". */
export function representativesCell(people: RegisterExportRow['representatives']): string {
  return people.map((r) => `${r.name} (${lower(labelOf(CAPACITY_LABELS, r.capacity))})`).join('; ');
}

/** R-2.5b: "Safer streets: joint patrols; A thriving economy: shared business support". */
export function prioritiesCell(priorities: RegisterExportRow['priorities']): string {
  return priorities.map((p) => (p.how ? `${p.title}: ${p.how}` : p.title)).join('; ');
}

const text = (header: string, width: number, value: (r: RegisterExportRow) => string | null): ExportColumn => ({ header, width, kind: 'text', value: (r) => value(r) ?? '' });

export const REGISTER_EXPORT_COLUMNS: readonly ExportColumn[] = [
  text('Reference', 14, (r) => r.reference),
  text('Name', 40, (r) => r.name),
  text('Status', 22, (r) => labelOf(STATUS_LABELS, r.status)),
  text('Legal form', 28, (r) => labelOf(LEGAL_FORM_LABELS, r.legalForm)),
  text('Purpose', 60, (r) => r.purpose),
  text('Expected outcomes', 60, (r) => r.expectedOutcomes),
  text('Why the council is in it', 60, (r) => r.rationale.map((x) => labelOf(RATIONALE_LABELS, x)).join('; ')),
  text('Well-being', 24, (r) => r.wellbeing.map((x) => labelOf(WELLBEING_LABELS, x)).join('; ')),
  { header: 'Start date', width: 12, kind: 'date', value: (r) => r.startDate },
  { header: 'Expected end date', width: 12, kind: 'date', value: (r) => r.expectedEndDate },
  text('Expected duration', 24, (r) => r.durationDescription),
  { header: 'Council contribution per year (£)', width: 20, kind: 'money', value: (r) => r.councilContributionPence },
  text('Within approved budget', 14, (r) => yesNo(r.withinApprovedBudget)),
  text('Staff', 40, (r) => r.resourcesStaff),
  text('Operational assets', 40, (r) => r.resourcesAssets),
  text('In-kind and other commitments', 40, (r) => r.resourcesInKind),
  text('Corporate priorities and how it serves them', 60, (r) => prioritiesCell(r.priorities)),
  text('Partners (role; member status)', 60, (r) => partnersCell(r.partners)),
  text('Sponsoring officer', 24, (r) => r.sponsoringOfficerName),
  text('Accountable officer', 24, (r) => r.accountableOfficerName),
  text('Council representatives', 40, (r) => representativesCell(r.representatives)),
];

export const REGISTER_EXPORT_HEADERS: readonly string[] = REGISTER_EXPORT_COLUMNS.map((c) => c.header);

export function csvRecord(row: RegisterExportRow): string[] {
  return csvRecordOf(REGISTER_EXPORT_COLUMNS, row);
}

export function csvHeaderRecord(): string[] {
  return csvHeaderOf(REGISTER_EXPORT_COLUMNS);
}
