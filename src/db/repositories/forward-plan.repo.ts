// A partnership's forward plan (R-2.8f), in the order its entries were added; and which agenda items take
// an entry, so one on an agenda is not removed from under it.
import type { Db, Trx } from '../database.ts';
import type { DecisionType } from '../../domain/decisions/rules.ts';
import type { ForwardPlanEntry, ForwardPlanEntryInput, Implications } from '../../domain/forward-plan/forward-plan.ts';
import { nextPosition } from './record-positions.ts';

function entries(db: Db | Trx) {
  return db.selectFrom('forward_plan_entries as f').select(['f.id', 'f.title', 'f.decision_type', 'f.implications', 'f.planned_on', 'f.published_on', 'f.notice_days']);
}

type Row = Awaited<ReturnType<ReturnType<typeof entries>['execute']>>[number];

const toEntry = (r: Row): ForwardPlanEntry => ({
  id: r.id,
  title: r.title,
  decisionType: r.decision_type as DecisionType,
  implications: r.implications as Implications,
  plannedOn: r.planned_on,
  publishedOn: r.published_on,
  noticeDays: Number(r.notice_days),
});

const columnsOf = (e: ForwardPlanEntryInput) => ({
  title: e.title,
  decision_type: e.decisionType,
  implications: e.implications,
  planned_on: e.plannedOn,
  published_on: e.publishedOn,
  notice_days: e.noticeDays,
});

export async function listForwardPlan(db: Db | Trx, partnershipId: string): Promise<ForwardPlanEntry[]> {
  return (await entries(db).where('f.partnership_id', '=', partnershipId).orderBy('f.position').execute()).map(toEntry);
}

export async function findForwardPlanEntry(db: Db | Trx, partnershipId: string, id: string): Promise<ForwardPlanEntry | undefined> {
  const row = await entries(db).where('f.partnership_id', '=', partnershipId).where('f.id', '=', id).executeTakeFirst();
  return row && toEntry(row);
}

export async function insertForwardPlanEntry(trx: Trx, partnershipId: string, id: string, e: ForwardPlanEntryInput): Promise<string> {
  const position = await nextPosition(trx, 'forward_plan_entries', partnershipId);
  await trx.insertInto('forward_plan_entries').values({ id, partnership_id: partnershipId, position, ...columnsOf(e) }).execute();
  return id;
}

export async function updateForwardPlanEntry(trx: Trx, partnershipId: string, id: string, e: ForwardPlanEntryInput): Promise<void> {
  await trx.updateTable('forward_plan_entries').set(columnsOf(e)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

export async function removeForwardPlanEntry(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('forward_plan_entries').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** The meetings whose agendas take the entry: "Partnership board, 2027-03-18". */
export async function agendasTaking(db: Db | Trx, entryId: string): Promise<Array<{ title: string; meetsOn: string }>> {
  const rows = await db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['m.title', 'm.meets_on'])
    .where('i.forward_plan_id', '=', entryId)
    .orderBy('m.meets_on')
    .execute();
  return rows.map((r) => ({ title: r.title, meetsOn: r.meets_on }));
}

/** The clear days the partnership's last entry was published with, if it has one. */
export async function latestForwardPlanDays(db: Db | Trx, partnershipId: string): Promise<number | undefined> {
  const row = await db.selectFrom('forward_plan_entries').select('notice_days').where('partnership_id', '=', partnershipId).orderBy('position', 'desc').limit(1).executeTakeFirst();
  return row ? Number(row.notice_days) : undefined;
}
