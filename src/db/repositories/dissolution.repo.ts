// a partnership's dissolution checklist, one entry an item, in the order they were closed; and, for
// the compliance engine and the lifecycle's gate, the items closed of many partnerships at once.
import type { Db, Trx } from '../database.ts';
import type { ChecklistEntry, ChecklistOutcome, DissolutionItem } from '../../domain/exit/dissolution.ts';
import { nextPosition } from './record-positions.ts';

const COLUMNS = ['item', 'outcome', 'completed_on', 'note'] as const;
const toEntry = (r: { item: string; outcome: string; completed_on: string; note: string | null }): ChecklistEntry => ({
  item: r.item as DissolutionItem,
  outcome: r.outcome as ChecklistOutcome,
  completedOn: r.completed_on,
  note: r.note,
});

export async function listChecklistEntries(db: Db | Trx, partnershipId: string): Promise<ChecklistEntry[]> {
  const rows = await db.selectFrom('dissolution_items').select(COLUMNS).where('partnership_id', '=', partnershipId).orderBy('position').execute();
  return rows.map(toEntry);
}
export async function findChecklistEntry(db: Db | Trx, partnershipId: string, item: string): Promise<ChecklistEntry | undefined> {
  const row = await db.selectFrom('dissolution_items').select(COLUMNS).where('partnership_id', '=', partnershipId).where('item', '=', item).executeTakeFirst();
  return row && toEntry(row);
}
export async function insertChecklistEntry(trx: Trx, partnershipId: string, e: ChecklistEntry): Promise<string> {
  const position = await nextPosition(trx, 'dissolution_items', partnershipId);
  await trx.insertInto('dissolution_items').values({ partnership_id: partnershipId, item: e.item, outcome: e.outcome, completed_on: e.completedOn, note: e.note, position }).execute();
  return e.item;
}
export async function updateChecklistEntry(trx: Trx, partnershipId: string, item: string, e: ChecklistEntry): Promise<void> {
  await trx.updateTable('dissolution_items').set({ outcome: e.outcome, completed_on: e.completedOn, note: e.note }).where('partnership_id', '=', partnershipId).where('item', '=', item).execute();
}
export async function removeChecklistEntry(trx: Trx, partnershipId: string, item: string): Promise<void> {
  await trx.deleteFrom('dissolution_items').where('partnership_id', '=', partnershipId).where('item', '=', item).execute();
}

/** for the compliance engine: the checklist entries of many partnerships in one statement. */
export async function checklistEntriesOf(db: Db | Trx, ids: readonly string[]): Promise<Array<{ partnershipId: string } & ChecklistEntry>> {
  if (!ids.length) return [];
  const rows = await db.selectFrom('dissolution_items').select(['partnership_id', ...COLUMNS]).where('partnership_id', 'in', [...ids]).orderBy('position').execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, ...toEntry(r) }));
}
