// any list as CSV, streamed: UTF-8 with a byte order mark (so Excel reads it as UTF-8), CRLF
// line endings, every cell through the formula neutraliser (domain/export/csv-safety.ts), one batch of
// rows in memory at a time. csv-stringify is loaded at the first CSV, not at start (docs/decisions.md: start-up).
import { Readable } from 'node:stream';
import { csvHeaderOf, csvRecordOf, type Column } from '../../domain/export/columns.ts';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';
const BOM = '\uFEFF';

/**
 * The CSV, as a stream. The first batch is read before the stream is returned, so a failing database
 * is reported as an error page rather than a truncated download.
 */
export async function csvStream<T>(columns: readonly Column<T>[], batches: AsyncGenerator<readonly T[]>): Promise<Readable> {
  const { stringify } = await import('csv-stringify/sync');
  const csvText = (records: string[][]) => stringify(records, { record_delimiter: 'windows' });
  const first = await batches.next();
  async function* chunks(): AsyncGenerator<string> {
    try {
      yield BOM + csvText([csvHeaderOf(columns)]);
      if (first.done) return;
      yield csvText(first.value.map((row) => csvRecordOf(columns, row)));
      for await (const rows of batches) yield csvText(rows.map((row) => csvRecordOf(columns, row)));
    } finally {
      // A client that goes away mid-download stops the reading too.
      await batches.return(undefined);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
