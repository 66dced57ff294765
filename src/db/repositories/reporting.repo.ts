// a partnership's reporting lines, each with how many reports it has had and the day
// of its latest, and the reports themselves with their line and document named beside the ids.
import type { Db, Trx } from '../database.ts';
import { lineTitle, type Report, type ReportInput, type ReportingBody, type ReportingFrequency, type ReportingLine, type ReportingLineInput } from '../../domain/performance/reporting.ts';
import { nextPosition } from './record-positions.ts';

function lines(db: Db | Trx) {
  return db
    .selectFrom('reporting_lines as l')
    .select((eb) => [
      'l.id',
      'l.partnership_id',
      'l.body',
      'l.body_name',
      'l.frequency',
      'l.first_due_on',
      'l.notes',
      eb.selectFrom('performance_reports as r').select(eb.fn.countAll<number>().as('n')).whereRef('r.reporting_line_id', '=', 'l.id').as('reports'),
      eb.selectFrom('performance_reports as r').select((r) => r.fn.max('r.submitted_on').as('d')).whereRef('r.reporting_line_id', '=', 'l.id').as('last_submitted_on'),
    ]);
}
type LineRow = Awaited<ReturnType<ReturnType<typeof lines>['execute']>>[number];
const toLine = (r: LineRow): ReportingLine => ({
  id: r.id,
  body: r.body as ReportingBody,
  bodyName: r.body_name,
  frequency: r.frequency as ReportingFrequency,
  firstDueOn: r.first_due_on,
  notes: r.notes,
  // PostgreSQL counts arrive as strings.
  reports: Number(r.reports ?? 0),
  lastSubmittedOn: (r.last_submitted_on as string | null) ?? null,
});
const lineColumns = (l: ReportingLineInput) => ({ body: l.body, body_name: l.bodyName, frequency: l.frequency, first_due_on: l.firstDueOn, notes: l.notes });

export async function listReportingLines(db: Db | Trx, partnershipId: string): Promise<ReportingLine[]> {
  return (await lines(db).where('l.partnership_id', '=', partnershipId).orderBy('l.position').execute()).map(toLine);
}
export async function findReportingLine(db: Db | Trx, partnershipId: string, id: string): Promise<ReportingLine | undefined> {
  const row = await lines(db).where('l.partnership_id', '=', partnershipId).where('l.id', '=', id).executeTakeFirst();
  return row && toLine(row);
}
export async function insertReportingLine(trx: Trx, partnershipId: string, id: string, l: ReportingLineInput): Promise<string> {
  const position = await nextPosition(trx, 'reporting_lines', partnershipId);
  await trx.insertInto('reporting_lines').values({ id, partnership_id: partnershipId, position, ...lineColumns(l) }).execute();
  return id;
}
export async function updateReportingLine(trx: Trx, partnershipId: string, id: string, l: ReportingLineInput): Promise<void> {
  await trx.updateTable('reporting_lines').set(lineColumns(l)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeReportingLine(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('reporting_lines').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** the lines of many partnerships at once, for the compliance engine (one statement). */
export async function reportingLinesOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<Array<{ partnershipId: string } & ReportingLine>> {
  if (!partnershipIds.length) return [];
  const rows = await lines(db).where('l.partnership_id', 'in', partnershipIds).orderBy('l.partnership_id').orderBy('l.position').execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, ...toLine(r) }));
}

function reports(db: Db | Trx) {
  return db
    .selectFrom('performance_reports as r')
    .innerJoin('reporting_lines as l', 'l.id', 'r.reporting_line_id')
    .leftJoin('documents as d', 'd.id', 'r.document_id')
    .select(['r.id', 'r.reporting_line_id', 'l.body', 'l.body_name', 'r.title', 'r.submitted_on', 'r.document_id', 'd.title as document_title', 'r.summary']);
}
type ReportRow = Awaited<ReturnType<ReturnType<typeof reports>['execute']>>[number];
const toReport = (r: ReportRow): Report => ({
  id: r.id,
  reportingLineId: r.reporting_line_id,
  lineTitle: lineTitle({ body: r.body as ReportingBody, bodyName: r.body_name }),
  title: r.title,
  submittedOn: r.submitted_on,
  documentId: r.document_id,
  documentTitle: r.document_title,
  summary: r.summary,
});
const reportColumns = (r: ReportInput) => ({ reporting_line_id: r.reportingLineId, title: r.title, submitted_on: r.submittedOn, document_id: r.documentId, summary: r.summary });

/** Newest first: the latest report is the one a reader looks for. */
export async function listReports(db: Db | Trx, partnershipId: string): Promise<Report[]> {
  return (await reports(db).where('r.partnership_id', '=', partnershipId).orderBy('r.submitted_on', 'desc').orderBy('r.id').execute()).map(toReport);
}
export async function findReport(db: Db | Trx, partnershipId: string, id: string): Promise<Report | undefined> {
  const row = await reports(db).where('r.partnership_id', '=', partnershipId).where('r.id', '=', id).executeTakeFirst();
  return row && toReport(row);
}
export async function insertReport(trx: Trx, partnershipId: string, id: string, r: ReportInput): Promise<string> {
  await trx.insertInto('performance_reports').values({ id, partnership_id: partnershipId, ...reportColumns(r) }).execute();
  return id;
}
export async function updateReport(trx: Trx, partnershipId: string, id: string, r: ReportInput): Promise<void> {
  await trx.updateTable('performance_reports').set(reportColumns(r)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeReport(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('performance_reports').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
