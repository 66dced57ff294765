// A partnership's actions arising (R-2.8d), in the order they were added, each with its owner's and
// partner's names; and the overdue actions a person owns, across the partnerships in a scope.
import type { Db, Trx } from '../database.ts';
import type { Action, ActionInput, ActionStatus } from '../../domain/actions/action.ts';
import { nextPosition } from './record-positions.ts';
import { itemInWords } from '../../domain/actions/action.ts';

function actions(db: Db | Trx) {
  return db
    .selectFrom('partnership_actions as a')
    .innerJoin('people as p', 'p.id', 'a.owner_id')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .leftJoin('agenda_items as i', 'i.id', 'a.item_id')
    .leftJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['a.id', 'a.partnership_id', 'a.title', 'a.owner_id', 'p.name as owner_name', 'a.organisation_id', 'o.name as partner_name', 'a.due_on', 'a.status', 'a.completed_on', 'a.progress', 'a.item_id', 'i.title as item_title', 'm.title as meeting_title', 'm.meets_on']);
}

type Row = Awaited<ReturnType<ReturnType<typeof actions>['execute']>>[number];

const toAction = (r: Row): Action => ({
  id: r.id,
  title: r.title,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  organisationId: r.organisation_id,
  partnerName: r.partner_name,
  dueOn: r.due_on,
  status: r.status as ActionStatus,
  completedOn: r.completed_on,
  progress: r.progress,
  itemId: r.item_id,
  arisingFrom: r.item_title && r.meeting_title && r.meets_on ? itemInWords(r.item_title, r.meeting_title, r.meets_on) : null,
});

const columnsOf = (a: ActionInput) => ({ title: a.title, owner_id: a.ownerId, organisation_id: a.organisationId, due_on: a.dueOn, status: a.status, completed_on: a.completedOn, progress: a.progress, item_id: a.itemId });

export async function listActions(db: Db | Trx, partnershipId: string): Promise<Action[]> {
  return (await actions(db).where('a.partnership_id', '=', partnershipId).orderBy('a.position').execute()).map(toAction);
}

export async function findAction(db: Db | Trx, partnershipId: string, id: string): Promise<Action | undefined> {
  const row = await actions(db).where('a.partnership_id', '=', partnershipId).where('a.id', '=', id).executeTakeFirst();
  return row && toAction(row);
}

export async function insertAction(trx: Trx, partnershipId: string, id: string, a: ActionInput): Promise<string> {
  const position = await nextPosition(trx, 'partnership_actions', partnershipId);
  await trx.insertInto('partnership_actions').values({ id, partnership_id: partnershipId, position, ...columnsOf(a) }).execute();
  return id;
}

export async function updateAction(trx: Trx, partnershipId: string, id: string, a: ActionInput): Promise<void> {
  await trx.updateTable('partnership_actions').set(columnsOf(a)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

export async function removeAction(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('partnership_actions').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** The actions owned by the person, not completed and due before `today`, soonest first, with their partnership. */
export async function overdueActionsOf(db: Db, personId: string, today: string): Promise<Array<Action & { partnershipId: string; partnershipName: string }>> {
  const rows = await actions(db)
    .innerJoin('partnerships as ps', 'ps.id', 'a.partnership_id')
    .select('ps.name as partnership_name')
    .where('a.owner_id', '=', personId)
    .where('a.status', '!=', 'completed')
    .where('a.due_on', '<', today)
    .orderBy('a.due_on')
    .execute();
  return rows.map((r) => ({ ...toAction(r), partnershipId: r.partnership_id, partnershipName: r.partnership_name }));
}

/** R-2.8d: the actions arising from an agenda item, in the order they were added. */
export async function actionsArisingFrom(db: Db | Trx, itemId: string): Promise<Action[]> {
  return (await actions(db).where('a.item_id', '=', itemId).orderBy('a.position').execute()).map(toAction);
}
