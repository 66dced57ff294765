// R-2.8a, R-2.6.11: the decisions register, as filtered, as CSV and as an Excel workbook: every decision
// the filters pick (not one page), in the register's order, one row each (domain/export/decision-columns.ts),
// read a batch at a time and written as read.
import type { Readable } from 'node:stream';
import { DECISION_EXPORT_COLUMNS, type DecisionRegisterRow } from '../../domain/export/decision-columns.ts';
import { csvStream } from './csv.ts';
import { exportFilename } from './filename.ts';
import { xlsxStream } from './xlsx.ts';

/**
 * decisions-register-2026-04-01.csv across the council; decisions-register-PTN-2026-0001-2026-04-01.csv
 * for one partnership: the day in the UK when it was made.
 */
export function decisionsExportFilename(now: Date, extension: 'csv' | 'xlsx', reference: string | null = null): string {
  // A reference is PTN-2026-0001; anything else is made safe for a header's quoted filename.
  const stem = reference ? `decisions-register-${reference.replace(/[^A-Za-z0-9-]/g, '-')}` : 'decisions-register';
  return exportFilename(stem, now, extension);
}

export function decisionsExport(batches: AsyncGenerator<DecisionRegisterRow[]>, format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  return format === 'csv' ? csvStream(DECISION_EXPORT_COLUMNS, batches) : xlsxStream(DECISION_EXPORT_COLUMNS, batches, { sheetName: 'Decisions', now });
}
