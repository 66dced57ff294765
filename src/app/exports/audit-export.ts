// the filtered audit trail as CSV and XLSX, newest first as on the page, read and
// written a batch at a time. The caller turns each batch of events into rows in the page's words.
import type { Readable } from 'node:stream';
import type { Database } from '../../db/database.ts';
import { trailBatches, type AuditEvent } from '../audit-trail.ts';
import type { TrailFilter } from '../../domain/audit/trail-filter.ts';
import { AUDIT_EXPORT_COLUMNS, type AuditExportRow } from '../../domain/export/audit-columns.ts';
import { csvStream } from './csv.ts';
import { exportFilename } from './filename.ts';
import { xlsxStream } from './xlsx.ts';

export type DescribeBatch = (events: readonly AuditEvent[]) => Promise<AuditExportRow[]>;

export function auditExportFilename(now: Date, extension: 'csv' | 'xlsx'): string {
  return exportFilename('audit-trail', now, extension);
}

async function* rows(database: Database, filter: TrailFilter, describe: DescribeBatch): AsyncGenerator<AuditExportRow[]> {
  // The whole filtered trail, not the page the user was on.
  for await (const events of trailBatches(database, { ...filter, beforeSeq: null })) yield describe(events);
}

export function auditCsv(database: Database, filter: TrailFilter, describe: DescribeBatch): Promise<Readable> {
  return csvStream(AUDIT_EXPORT_COLUMNS, rows(database, filter, describe));
}

export function auditXlsx(database: Database, filter: TrailFilter, describe: DescribeBatch, now: Date): Promise<Readable> {
  return xlsxStream(AUDIT_EXPORT_COLUMNS, rows(database, filter, describe), { sheetName: 'Audit trail', now });
}
