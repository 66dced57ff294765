// the register list as a spreadsheet. One list of columns serves the CSV and the XLSX
// export, so both always carry the same headers in the same order. Each column says what kind of
// value it holds: text, money (integer pence) or a calendar date (YYYY-MM-DD).
import { labelOf, LEGAL_FORM_LABELS, STATUS_LABELS, type LegalForm, type PartnerRole, type Status } from '../register/vocabulary.ts';
import { neutraliseFormula } from './csv-safety.ts';

/** What the export needs of a register row (the register list's row has all of it). */
export interface RegisterExportRow {
  reference: string;
  name: string;
  status: Status;
  legalForm: LegalForm;
  purpose: string;
  partners: ReadonlyArray<{ name: string; role: PartnerRole }>;
  sponsoringOfficerName: string | null;
  accountableOfficerName: string | null;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  startDate: string | null;
  expectedEndDate: string | null;
}

interface ColumnBase {
  header: string;
  /** Width in characters, for the XLSX. */
  width: number;
}
export type ExportColumn =
  | (ColumnBase & { kind: 'text'; value: (row: RegisterExportRow) => string })
  | (ColumnBase & { kind: 'money'; value: (row: RegisterExportRow) => number | null })
  | (ColumnBase & { kind: 'date'; value: (row: RegisterExportRow) => string | null });

/** "Anyshire Police (lead); Brackenford CVS": every partner in the recorded order, the lead marked. */
export function partnersCell(partners: RegisterExportRow['partners']): string {
  return partners.map((p) => (p.role === 'lead' ? `${p.name} (lead)` : p.name)).join('; ');
}

export function yesNo(value: boolean | null): string {
  return value === null ? '' : value ? 'Yes' : 'No';
}

/** 125000050 pence → "1250000.50": a plain number a spreadsheet reads as one, always two decimals. */
export function penceToPlainPounds(pence: number | null): string {
  if (pence === null) return '';
  const sign = pence < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(pence));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The calendar date of a stored date, or null when there is none. */
export function dateParts(value: string | null): { year: number; month: number; day: number } | null {
  const m = value ? ISO_DATE.exec(value) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

export function isoDay(value: string | null): string {
  const p = dateParts(value);
  return p ? `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}` : '';
}

export const REGISTER_EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Reference', width: 14, kind: 'text', value: (r) => r.reference },
  { header: 'Name', width: 40, kind: 'text', value: (r) => r.name },
  { header: 'Status', width: 22, kind: 'text', value: (r) => labelOf(STATUS_LABELS, r.status) },
  { header: 'Legal form', width: 28, kind: 'text', value: (r) => labelOf(LEGAL_FORM_LABELS, r.legalForm) },
  { header: 'Purpose', width: 60, kind: 'text', value: (r) => r.purpose },
  { header: 'Partners', width: 60, kind: 'text', value: (r) => partnersCell(r.partners) },
  { header: 'Sponsoring officer', width: 24, kind: 'text', value: (r) => r.sponsoringOfficerName ?? '' },
  { header: 'Accountable officer', width: 24, kind: 'text', value: (r) => r.accountableOfficerName ?? '' },
  { header: 'Council contribution per year (£)', width: 20, kind: 'money', value: (r) => r.councilContributionPence },
  { header: 'Within approved budget', width: 14, kind: 'text', value: (r) => yesNo(r.withinApprovedBudget) },
  { header: 'Start date', width: 12, kind: 'date', value: (r) => r.startDate },
  { header: 'Expected end date', width: 12, kind: 'date', value: (r) => r.expectedEndDate },
];

export const REGISTER_EXPORT_HEADERS: readonly string[] = REGISTER_EXPORT_COLUMNS.map((c) => c.header);

/** One CSV record: money as plain pounds, dates as YYYY-MM-DD, and every cell neutralised. */
export function csvRecord(row: RegisterExportRow): string[] {
  return REGISTER_EXPORT_COLUMNS.map((c) => {
    switch (c.kind) {
      case 'text':
        return neutraliseFormula(c.value(row));
      case 'money':
        return neutraliseFormula(penceToPlainPounds(c.value(row)));
      case 'date':
        return neutraliseFormula(isoDay(c.value(row)));
    }
  });
}

export function csvHeaderRecord(): string[] {
  return REGISTER_EXPORT_HEADERS.map(neutraliseFormula);
}
