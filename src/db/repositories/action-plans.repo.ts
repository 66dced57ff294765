// a partnership's action plan (its actions, each with its owning partner and the objective
// it serves named beside the ids) and the partners' refreshes of it.
import type { Db, Trx } from '../database.ts';
import type { PlanAction, PlanActionInput, PlanActionStatus, PlanRefresh, PlanRefreshInput } from '../../domain/performance/action-plan.ts';
import { nextPosition } from './record-positions.ts';

function actions(db: Db | Trx) {
  return db
    .selectFrom('plan_actions as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .innerJoin('people as pe', 'pe.id', 'a.owner_id')
    .leftJoin('performance_objectives as ob', 'ob.id', 'a.objective_id')
    .leftJoin('risks as rk', 'rk.id', 'a.risk_id')
    .select(['a.id', 'a.partnership_id', 'a.title', 'a.objective_id', 'ob.title as objective_title', 'a.risk_id', 'rk.title as risk_title', 'a.owner_id', 'pe.name as owner_name', 'a.organisation_id', 'o.name as partner_name', 'a.starts_on', 'a.due_on', 'a.status', 'a.plan_reference', 'a.progress']);
}
type ActionRow = Awaited<ReturnType<ReturnType<typeof actions>['execute']>>[number];
const toAction = (r: ActionRow): PlanAction => ({
  id: r.id,
  title: r.title,
  objectiveId: r.objective_id,
  objectiveTitle: r.objective_title,
  riskId: r.risk_id ?? null,
  riskTitle: r.risk_title,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  organisationId: r.organisation_id,
  partnerName: r.partner_name,
  startsOn: r.starts_on,
  dueOn: r.due_on,
  status: r.status as PlanActionStatus,
  planReference: r.plan_reference,
  progress: r.progress,
});
const actionColumns = (a: PlanActionInput) => ({
  title: a.title,
  objective_id: a.objectiveId,
  risk_id: a.riskId,
  owner_id: a.ownerId,
  organisation_id: a.organisationId,
  starts_on: a.startsOn,
  due_on: a.dueOn,
  status: a.status,
  plan_reference: a.planReference,
  progress: a.progress,
});

export async function listPlanActions(db: Db | Trx, partnershipId: string): Promise<PlanAction[]> {
  return (await actions(db).where('a.partnership_id', '=', partnershipId).orderBy('a.position').execute()).map(toAction);
}
export async function findPlanAction(db: Db | Trx, partnershipId: string, id: string): Promise<PlanAction | undefined> {
  const row = await actions(db).where('a.partnership_id', '=', partnershipId).where('a.id', '=', id).executeTakeFirst();
  return row && toAction(row);
}
export async function insertPlanAction(trx: Trx, partnershipId: string, id: string, a: PlanActionInput): Promise<string> {
  const position = await nextPosition(trx, 'plan_actions', partnershipId);
  await trx.insertInto('plan_actions').values({ id, partnership_id: partnershipId, position, ...actionColumns(a) }).execute();
  return id;
}
export async function updatePlanAction(trx: Trx, partnershipId: string, id: string, a: PlanActionInput): Promise<void> {
  await trx.updateTable('plan_actions').set(actionColumns(a)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removePlanAction(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('plan_actions').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** How many of the plan's actions serve an objective: it is not removed while any do. */
export async function planActionsOfObjective(db: Db | Trx, objectiveId: string): Promise<number> {
  const row = await db.selectFrom('plan_actions').select((eb) => eb.fn.countAll<number>().as('n')).where('objective_id', '=', objectiveId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** How many open actions of the plan a partner owns: it is not removed from the partnership while it owns any. */
export async function openPlanActionsOfPartner(db: Db | Trx, partnershipId: string, organisationId: string): Promise<number> {
  const row = await db
    .selectFrom('plan_actions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('partnership_id', '=', partnershipId)
    .where('organisation_id', '=', organisationId)
    .where('status', 'not in', ['complete', 'cancelled'])
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

function refreshes(db: Db | Trx) {
  return db
    .selectFrom('plan_refreshes as r')
    .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
    .select(['r.id', 'r.partnership_id', 'r.organisation_id', 'o.name as partner_name', 'r.confirmed_by', 'r.confirmed_on', 'r.notes']);
}
type RefreshRow = Awaited<ReturnType<ReturnType<typeof refreshes>['execute']>>[number];
const toRefresh = (r: RefreshRow): PlanRefresh => ({ id: r.id, organisationId: r.organisation_id, partnerName: r.partner_name, confirmedBy: r.confirmed_by, confirmedOn: r.confirmed_on, notes: r.notes });
const refreshColumns = (r: PlanRefreshInput) => ({ organisation_id: r.organisationId, confirmed_by: r.confirmedBy, confirmed_on: r.confirmedOn, notes: r.notes });

/** Newest first: a partner's latest refresh is the one a reader looks for. */
export async function listPlanRefreshes(db: Db | Trx, partnershipId: string): Promise<PlanRefresh[]> {
  return (await refreshes(db).where('r.partnership_id', '=', partnershipId).orderBy('r.confirmed_on', 'desc').orderBy('r.id').execute()).map(toRefresh);
}
export async function findPlanRefresh(db: Db | Trx, partnershipId: string, id: string): Promise<PlanRefresh | undefined> {
  const row = await refreshes(db).where('r.partnership_id', '=', partnershipId).where('r.id', '=', id).executeTakeFirst();
  return row && toRefresh(row);
}
export async function insertPlanRefresh(trx: Trx, partnershipId: string, id: string, r: PlanRefreshInput): Promise<string> {
  await trx.insertInto('plan_refreshes').values({ id, partnership_id: partnershipId, ...refreshColumns(r) }).execute();
  return id;
}
export async function updatePlanRefresh(trx: Trx, partnershipId: string, id: string, r: PlanRefreshInput): Promise<void> {
  await trx.updateTable('plan_refreshes').set(refreshColumns(r)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removePlanRefresh(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('plan_refreshes').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/**
 * for the compliance engine, each partnership's plan in brief (its earliest action's start, and
 * its open actions past their due day) and its refreshes: two statements for any number of partnerships.
 */
export async function actionPlansOf(
  db: Db | Trx,
  partnershipIds: readonly string[],
): Promise<{ actions: Array<{ partnershipId: string; startsOn: string; dueOn: string; status: PlanActionStatus; title: string }>; refreshes: Array<{ partnershipId: string; organisationId: string; confirmedBy: string; confirmedOn: string }> }> {
  if (!partnershipIds.length) return { actions: [], refreshes: [] };
  const [a, r] = await Promise.all([
    db.selectFrom('plan_actions').select(['partnership_id', 'starts_on', 'due_on', 'status', 'title']).where('partnership_id', 'in', partnershipIds).orderBy('partnership_id').orderBy('position').execute(),
    db.selectFrom('plan_refreshes').select(['partnership_id', 'organisation_id', 'confirmed_by', 'confirmed_on']).where('partnership_id', 'in', partnershipIds).orderBy('partnership_id').orderBy('confirmed_on').execute(),
  ]);
  return {
    actions: a.map((x) => ({ partnershipId: x.partnership_id, startsOn: x.starts_on, dueOn: x.due_on, status: x.status as PlanActionStatus, title: x.title })),
    refreshes: r.map((x) => ({ partnershipId: x.partnership_id, organisationId: x.organisation_id, confirmedBy: x.confirmed_by, confirmedOn: x.confirmed_on })),
  };
}

/** how many actions of the plan address a risk (it is not removed while any does). */
export async function actionsOfRisk(db: Db | Trx, riskId: string): Promise<number> {
  return Number((await db.selectFrom('plan_actions').select((eb) => eb.fn.countAll<number>().as('n')).where('risk_id', '=', riskId).executeTakeFirstOrThrow()).n);
}
