// a partnership's performance issues, each with its owner, and the indicator or reporting line
// it is about, named beside the ids.
import type { Db, Trx } from '../database.ts';
import type { EscalationLevel, IssueStatus, IssueTrigger, PerformanceIssue, PerformanceIssueInput } from '../../domain/performance/issue.ts';
import { lineTitle, type ReportingBody } from '../../domain/performance/reporting.ts';
import { nextPosition } from './record-positions.ts';

function issues(db: Db | Trx) {
  return db
    .selectFrom('performance_issues as x')
    .innerJoin('people as pe', 'pe.id', 'x.owner_id')
    .leftJoin('outcome_indicators as i', 'i.id', 'x.indicator_id')
    .leftJoin('reporting_lines as l', 'l.id', 'x.reporting_line_id')
    .select(['x.id', 'x.title', 'x.trigger', 'x.indicator_id', 'i.name as indicator_name', 'x.reporting_line_id', 'l.body as line_body', 'l.body_name as line_body_name', 'x.owner_id', 'pe.name as owner_name', 'x.opened_on', 'x.level', 'x.actions', 'x.status', 'x.closed_on', 'x.resolution']);
}
type IssueRow = Awaited<ReturnType<ReturnType<typeof issues>['execute']>>[number];
const toIssue = (r: IssueRow): PerformanceIssue => ({
  id: r.id,
  title: r.title,
  trigger: r.trigger as IssueTrigger,
  indicatorId: r.indicator_id,
  indicatorName: r.indicator_name,
  reportingLineId: r.reporting_line_id,
  reportingLineTitle: r.line_body ? lineTitle({ body: r.line_body as ReportingBody, bodyName: r.line_body_name }) : null,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  openedOn: r.opened_on,
  level: r.level as EscalationLevel,
  actions: r.actions,
  status: r.status as IssueStatus,
  closedOn: r.closed_on,
  resolution: r.resolution,
});
const columns = (x: PerformanceIssueInput) => ({
  title: x.title,
  trigger: x.trigger,
  indicator_id: x.indicatorId,
  reporting_line_id: x.reportingLineId,
  owner_id: x.ownerId,
  opened_on: x.openedOn,
  level: x.level,
  actions: x.actions,
  status: x.status,
  closed_on: x.closedOn,
  resolution: x.resolution,
});

/** In the order they were opened. */
export async function listPerformanceIssues(db: Db | Trx, partnershipId: string): Promise<PerformanceIssue[]> {
  return (await issues(db).where('x.partnership_id', '=', partnershipId).orderBy('x.position').execute()).map(toIssue);
}
export async function findPerformanceIssue(db: Db | Trx, partnershipId: string, id: string): Promise<PerformanceIssue | undefined> {
  const row = await issues(db).where('x.partnership_id', '=', partnershipId).where('x.id', '=', id).executeTakeFirst();
  return row && toIssue(row);
}
export async function insertPerformanceIssue(trx: Trx, partnershipId: string, id: string, x: PerformanceIssueInput): Promise<string> {
  const position = await nextPosition(trx, 'performance_issues', partnershipId);
  await trx.insertInto('performance_issues').values({ id, partnership_id: partnershipId, position, ...columns(x) }).execute();
  return id;
}
export async function updatePerformanceIssue(trx: Trx, partnershipId: string, id: string, x: PerformanceIssueInput): Promise<void> {
  await trx.updateTable('performance_issues').set(columns(x)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removePerformanceIssue(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('performance_issues').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** How many issues name an indicator or a reporting line: neither is removed while any does. */
export async function issuesNaming(db: Db | Trx, about: { indicatorId: string } | { reportingLineId: string }): Promise<number> {
  const q = db.selectFrom('performance_issues').select((eb) => eb.fn.countAll<number>().as('n'));
  const row = await ('indicatorId' in about ? q.where('indicator_id', '=', about.indicatorId) : q.where('reporting_line_id', '=', about.reportingLineId)).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** for the compliance engine, each partnership's issues in brief: one statement for any number. */
export async function performanceIssuesOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<Array<{ partnershipId: string } & Pick<PerformanceIssueInput, 'title' | 'indicatorId' | 'reportingLineId' | 'openedOn' | 'level' | 'status' | 'closedOn'>>> {
  if (!partnershipIds.length) return [];
  const rows = await db.selectFrom('performance_issues').select(['partnership_id', 'title', 'indicator_id', 'reporting_line_id', 'opened_on', 'level', 'status', 'closed_on']).where('partnership_id', 'in', partnershipIds).orderBy('partnership_id').orderBy('position').execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, title: r.title, indicatorId: r.indicator_id, reportingLineId: r.reporting_line_id, openedOn: r.opened_on, level: r.level as EscalationLevel, status: r.status as IssueStatus, closedOn: r.closed_on }));
}
