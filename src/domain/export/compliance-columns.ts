// the compliance dashboard as a spreadsheet, one row per partnership and finding: which
// partnership, which requirement (its id and clause, so each row traces back to requirements.md and the
// protocol), its result, why, the evidence and what fixes a gap. One list of columns serves the CSV and the XLSX.
import { RESULT_LABELS, type Result } from '../compliance/dashboard-query.ts';
import { labelOf, STATUS_LABELS, type Status } from '../register/vocabulary.ts';
import { csvHeaderOf, type Column } from './columns.ts';

export interface ComplianceExportRow {
  reference: string;
  name: string;
  status: Status;
  tier: string;
  requirementId: string;
  clause: string;
  title: string;
  result: Result;
  reason: string;
  evidence: readonly string[];
  fix?: { href: string; text: string } | undefined;
}

const text = (header: string, width: number, value: (r: ComplianceExportRow) => string): Column<ComplianceExportRow> => ({ header, width, kind: 'text', value });

/** "Name the accountable officer (/partnerships/…/edit)": what to do, and the page in Accord where it is done. */
export function fixCell(fix: ComplianceExportRow['fix']): string {
  return fix ? `${fix.text} (${fix.href})` : '';
}

export const COMPLIANCE_EXPORT_COLUMNS: readonly Column<ComplianceExportRow>[] = [
  text('Reference', 14, (r) => r.reference),
  text('Name', 40, (r) => r.name),
  text('Status', 20, (r) => labelOf(STATUS_LABELS, r.status)),
  text('Tier', 14, (r) => r.tier),
  text('Requirement', 12, (r) => r.requirementId),
  text('Clause', 12, (r) => r.clause),
  text('Title', 40, (r) => r.title),
  text('Result', 14, (r) => RESULT_LABELS[r.result]),
  text('Reason', 60, (r) => r.reason),
  text('Evidence', 60, (r) => r.evidence.join('; ')),
  text('Fix', 50, (r) => fixCell(r.fix)),
];

export const COMPLIANCE_EXPORT_HEADERS: readonly string[] = csvHeaderOf(COMPLIANCE_EXPORT_COLUMNS);
