// the register list, as filtered, exported as CSV and as an Excel workbook. Every matching
// partnership is exported, not one page, read from the database a batch at a time in the list's order.
//
// CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF line endings, every cell through
// the formula neutraliser (domain/export/csv-safety.ts); streamed, one batch in memory at a time.
// XLSX: typed cells (money numeric with a currency format, dates real dates), a bold frozen header
// row, column widths and an autofilter. Text stays as typed: a cell typed as text in a workbook is never
// evaluated, so nothing there needs neutralising. exceljs is loaded on the first XLSX export only
// (it costs ~0.3–1 s and ~37 MB to load; see docs/decisions.md).
import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import type { Db } from '../db/database.ts';
import { registerRowsForExport, type RegisterRow } from '../db/repositories/register.repo.ts';
import type { RegisterQuery } from '../domain/register/register-query.ts';
import { csvHeaderRecord, csvRecord, dateParts, REGISTER_EXPORT_COLUMNS } from '../domain/export/register-columns.ts';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The currency format of money cells in the XLSX: pounds with thousands separators and pence. */
export const XLSX_MONEY_FORMAT = '"£"#,##0.00';
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';

const BOM = '\uFEFF';
const BATCH = 500;

const LONDON_DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** partnership-register-2026-04-01.csv: the date is the day in the UK when the export was made. */
export function registerExportFilename(now: Date, extension: 'csv' | 'xlsx'): string {
  const parts = Object.fromEntries(LONDON_DAY.formatToParts(now).map((p) => [p.type, p.value]));
  return `partnership-register-${parts.year}-${parts.month}-${parts.day}.${extension}`;
}

function csvText(records: string[][]): string {
  return stringify(records, { record_delimiter: 'windows' });
}

/**
 * The CSV, as a stream. The first batch is read before the stream is returned, so a failing database
 * is reported as an error page rather than a truncated download.
 */
export async function registerCsv(db: Db, query: RegisterQuery, batch = BATCH): Promise<Readable> {
  const batches = registerRowsForExport(db, query, batch);
  const first = await batches.next();
  async function* chunks(): AsyncGenerator<string> {
    try {
      yield BOM + csvText([csvHeaderRecord()]);
      if (first.done) return;
      yield csvText(first.value.map(csvRecord));
      for await (const rows of batches) yield csvText(rows.map(csvRecord));
    } finally {
      // A client that goes away mid-download stops the reading too.
      await batches.return(undefined);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}

function excelDate(value: string | null): Date | null {
  const p = dateParts(value);
  // Midnight UTC: exceljs stores it as a whole day number, so the day shown is the day recorded.
  return p ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : null;
}

function xlsxValues(row: RegisterRow): Array<string | number | Date | null> {
  return REGISTER_EXPORT_COLUMNS.map((c) => {
    switch (c.kind) {
      case 'text':
        return c.value(row);
      case 'money': {
        const pence = c.value(row);
        return pence === null ? null : pence / 100;
      }
      case 'date':
        return excelDate(c.value(row));
    }
  });
}

/**
 * The workbook, as bytes. Rows are written a batch at a time with exceljs's streaming writer, so only
 * the compressed workbook is held in memory; it is sent once complete, so a failure gives an error page.
 */
export async function registerXlsx(db: Db, query: RegisterQuery, now: Date, batch = BATCH): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Accord';
  workbook.created = now;
  workbook.modified = now;
  const sheet = workbook.addWorksheet('Partnership register', { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = REGISTER_EXPORT_COLUMNS.map((c) => ({ width: c.width }));

  const header = sheet.addRow(REGISTER_EXPORT_COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.commit();

  let rowCount = 1;
  for await (const rows of registerRowsForExport(db, query, batch)) {
    for (const item of rows) {
      const row = sheet.addRow(xlsxValues(item));
      REGISTER_EXPORT_COLUMNS.forEach((c, i) => {
        if (c.kind === 'money') row.getCell(i + 1).numFmt = XLSX_MONEY_FORMAT;
        else if (c.kind === 'date') row.getCell(i + 1).numFmt = XLSX_DATE_FORMAT;
        else row.getCell(i + 1).alignment = { vertical: 'top', wrapText: c.width >= 40 };
      });
      row.commit();
      rowCount += 1;
    }
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount, column: REGISTER_EXPORT_COLUMNS.length } };
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
