// the register list, as filtered, exported as CSV and as an Excel workbook: every matching
// partnership in the scope (not one page) in the list's order, one row each with every answer its record holds.
// Rows are read a batch at a time (the list's own query, then the rest of each batch's answers in a
// few queries) and written as they are read, so a large register streams in bounded memory.
import type { Readable } from 'node:stream';
import type { Db } from '../db/database.ts';
import { partnershipExportExtras } from '../db/repositories/exports.repo.ts';
import { registerRowsForExport } from '../db/repositories/register.repo.ts';
import type { RegisterQuery } from '../domain/register/register-query.ts';
import type { PartnershipScope } from '../domain/access/scope.ts';
import { REGISTER_EXPORT_COLUMNS, type RegisterExportRow } from '../domain/export/register-columns.ts';
import { csvStream } from './exports/csv.ts';
import { exportFilename } from './exports/filename.ts';
import { xlsxStream } from './exports/xlsx.ts';

export { CSV_CONTENT_TYPE } from './exports/csv.ts';
export { XLSX_CONTENT_TYPE, XLSX_DATE_FORMAT, XLSX_MONEY_FORMAT } from './exports/xlsx.ts';

const BATCH = 500;

/** partnership-register-2026-04-01.csv: the date is the day in the UK when the export was made. */
export function registerExportFilename(now: Date, extension: 'csv' | 'xlsx'): string {
  return exportFilename('partnership-register', now, extension);
}

async function* registerExportRows(db: Db, scope: PartnershipScope, query: RegisterQuery, batch: number): AsyncGenerator<RegisterExportRow[]> {
  for await (const rows of registerRowsForExport(db, scope, query, batch)) {
    const extras = await partnershipExportExtras(db, rows.map((r) => r.id));
    // A partnership removed between the two reads is left out rather than exported half-empty.
    yield rows.flatMap((r) => {
      const more = extras.get(r.id);
      return more ? [{ ...r, ...more }] : [];
    });
  }
}

export async function registerCsv(db: Db, scope: PartnershipScope, query: RegisterQuery, batch = BATCH): Promise<Readable> {
  return csvStream(REGISTER_EXPORT_COLUMNS, registerExportRows(db, scope, query, batch));
}

export async function registerXlsx(db: Db, scope: PartnershipScope, query: RegisterQuery, now: Date, batch = BATCH): Promise<Readable> {
  return xlsxStream(REGISTER_EXPORT_COLUMNS, registerExportRows(db, scope, query, batch), { sheetName: 'Partnership register', now });
}
