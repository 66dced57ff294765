// any list as an Excel workbook, streamed: exceljs's streaming WorkbookWriter writes each row
// as it is read, and the compressed bytes go to the response as they are made, so memory stays bounded
// whatever the number of rows. Typed cells (money numeric with a currency format, dates real dates), a
// bold frozen header row, column widths and an autofilter. Text stays as typed: a cell typed as text is
// never evaluated by a spreadsheet, so nothing there needs neutralising. exceljs is loaded on the first
// XLSX export only (it costs ~0.3–1 s and ~37 MB to load; see docs/decisions.md).
import { once } from 'node:events';
import { PassThrough, type Readable } from 'node:stream';
import { dateParts, type Column } from '../../domain/export/columns.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The currency format of money cells: pounds with thousands separators and pence. */
export const XLSX_MONEY_FORMAT = '"£"#,##0.00';
export const XLSX_DATE_FORMAT = 'dd/mm/yyyy';

function excelDate(value: string | null): Date | null {
  const p = dateParts(value);
  // Midnight UTC: exceljs stores it as a whole day number, so the day shown is the day recorded.
  return p ? new Date(Date.UTC(p.year, p.month - 1, p.day)) : null;
}

function cellValue<T>(c: Column<T>, row: T): string | number | Date | null {
  switch (c.kind) {
    case 'text':
      return c.value(row);
    case 'money': {
      const pence = c.value(row);
      return pence === null ? null : pence / 100;
    }
    case 'date':
      return excelDate(c.value(row));
    case 'integer':
    case 'number':
      return c.value(row);
  }
}

export interface WorkbookOptions {
  sheetName: string;
  now: Date;
}

/**
 * The workbook, as a stream of bytes. The first batch is read before the stream is returned, so a
 * failing database gives an error page; a failure later ends the download early (and is logged).
 */
export async function xlsxStream<T>(columns: readonly Column<T>[], batches: AsyncGenerator<readonly T[]>, options: WorkbookOptions): Promise<Readable> {
  const { default: ExcelJS } = await import('exceljs');
  const first = await batches.next();
  const out = new PassThrough();
  let gone = false;
  out.on('close', () => (gone = true));

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Accord';
  workbook.created = options.now;
  workbook.modified = options.now;
  const sheet = workbook.addWorksheet(options.sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();

  let rowCount = 1;
  const write = (rows: readonly T[]) => {
    for (const item of rows) {
      const row = sheet.addRow(columns.map((c) => cellValue(c, item)));
      columns.forEach((c, i) => {
        if (c.kind === 'money') row.getCell(i + 1).numFmt = XLSX_MONEY_FORMAT;
        else if (c.kind === 'date') row.getCell(i + 1).numFmt = XLSX_DATE_FORMAT;
        else if (c.kind === 'text') row.getCell(i + 1).alignment = { vertical: 'top', wrapText: c.width >= 40 };
      });
      row.commit();
      rowCount += 1;
    }
  };

  const pump = async () => {
    try {
      if (!first.done) write(first.value);
      for await (const rows of batches) {
        if (gone) break;
        write(rows);
        // Let a slow reader catch up before reading more rows.
        if (out.writableNeedDrain) await Promise.race([once(out, 'drain'), once(out, 'close')]);
      }
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rowCount, column: columns.length } };
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    } finally {
      await batches.return(undefined);
    }
  };
  void pump();
  return out;
}
