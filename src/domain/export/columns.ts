// what every export's columns are: a header, a width for the XLSX and the kind of value,
// so one list of columns makes the CSV and the workbook of a list with the same headers in the same order.
import { neutraliseFormula } from './csv-safety.ts';

interface ColumnBase {
  header: string;
  /** Width in characters, for the XLSX. */
  width: number;
}
export type Column<T> =
  | (ColumnBase & { kind: 'text'; value: (row: T) => string })
  /** Integer pence. */
  | (ColumnBase & { kind: 'money'; value: (row: T) => number | null })
  /** A calendar date, YYYY-MM-DD. */
  | (ColumnBase & { kind: 'date'; value: (row: T) => string | null })
  | (ColumnBase & { kind: 'integer'; value: (row: T) => number | null })
  /** Any number (an indicator's value): written as the number it is, so a negative one is not taken for a formula. */
  | (ColumnBase & { kind: 'number'; value: (row: T) => number | null });

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

export function yesNo(value: boolean | null): string {
  return value === null ? '' : value ? 'Yes' : 'No';
}

/** One CSV record: money as plain pounds, dates as YYYY-MM-DD, and every cell neutralised. */
export function csvRecordOf<T>(columns: readonly Column<T>[], row: T): string[] {
  return columns.map((c) => {
    switch (c.kind) {
      case 'text':
        return neutraliseFormula(c.value(row));
      case 'money':
        return neutraliseFormula(penceToPlainPounds(c.value(row)));
      case 'date':
        return neutraliseFormula(isoDay(c.value(row)));
      case 'integer': {
        const n = c.value(row);
        return n === null ? '' : neutraliseFormula(String(n));
      }
      case 'number': {
        // A number's own digits (never typed text) cannot be a formula: "-3" stays the number -3.
        const n = c.value(row);
        return n === null || !Number.isFinite(n) ? '' : String(n);
      }
    }
  });
}

export function csvHeaderOf<T>(columns: readonly Column<T>[]): string[] {
  return columns.map((c) => neutraliseFormula(c.header));
}
