// the compliance dashboard, as filtered, as CSV and XLSX: one row per partnership the dashboard
// picks and finding it keeps (every finding, or only the requirement's and the result's asked for), in the
// dashboard's order. The findings are already in memory (the engine loads the council in batches), so the
// rows are handed to the writers a batch at a time and streamed out.
import type { Readable } from 'node:stream';
import { findingsPicked, partnershipsPicked, type DashboardFinding, type PartnershipCompliance } from '../../domain/compliance/dashboard.ts';
import type { ComplianceQuery } from '../../domain/compliance/dashboard-query.ts';
import { COMPLIANCE_EXPORT_COLUMNS, type ComplianceExportRow } from '../../domain/export/compliance-columns.ts';
import { csvStream } from './csv.ts';
import { exportFilename } from './filename.ts';
import { xlsxStream } from './xlsx.ts';

const BATCH = 500;

export interface ExportableFinding extends DashboardFinding {
  reason: string;
  evidence: readonly string[];
  fix?: { href: string; text: string } | undefined;
}

/** compliance-2026-04-01.csv: the UK day it was made. */
export function complianceExportFilename(now: Date, extension: 'csv' | 'xlsx'): string {
  return exportFilename('compliance', now, extension);
}

/** The export's rows, in the dashboard's order (by reference), a batch at a time. */
export async function* complianceExportRows(all: readonly PartnershipCompliance<ExportableFinding>[], query: ComplianceQuery, batch = BATCH): AsyncGenerator<ComplianceExportRow[]> {
  const picked = partnershipsPicked(all, query).sort((a, b) => a.partnership.reference.localeCompare(b.partnership.reference, 'en'));
  let rows: ComplianceExportRow[] = [];
  for (const { partnership: p, findings } of picked) {
    for (const f of findingsPicked(findings, query)) {
      rows.push({
        reference: p.reference,
        name: p.name,
        status: p.status,
        tier: p.tier,
        requirementId: f.requirementId,
        clause: f.clause,
        title: f.title,
        result: f.result,
        reason: f.reason,
        evidence: f.evidence,
        fix: f.fix,
      });
      if (rows.length >= batch) {
        yield rows;
        rows = [];
      }
    }
  }
  if (rows.length) yield rows;
}

export function complianceExport(all: readonly PartnershipCompliance<ExportableFinding>[], query: ComplianceQuery, format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  const rows = complianceExportRows(all, query);
  return format === 'csv' ? csvStream(COMPLIANCE_EXPORT_COLUMNS, rows) : xlsxStream(COMPLIANCE_EXPORT_COLUMNS, rows, { sheetName: 'Compliance', now });
}
