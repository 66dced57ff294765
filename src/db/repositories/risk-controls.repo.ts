// the controls on a partnership's risks, each with its risk and owner named beside the ids.
import type { Db, Trx } from '../database.ts';
import type { ControlEffectiveness, RiskControl, RiskControlInput } from '../../domain/risk/control.ts';
import { nextPosition } from './record-positions.ts';

function controls(db: Db | Trx) {
  return db
    .selectFrom('risk_controls as c')
    .innerJoin('risks as r', 'r.id', 'c.risk_id')
    .innerJoin('people as pe', 'pe.id', 'c.owner_id')
    .select(['c.id', 'c.risk_id', 'r.title as risk_title', 'c.title', 'c.owner_id', 'pe.name as owner_name', 'c.effectiveness', 'c.assessed_on', 'c.notes']);
}
type ControlRow = Awaited<ReturnType<ReturnType<typeof controls>['execute']>>[number];
const toControl = (r: ControlRow): RiskControl => ({
  id: r.id,
  riskId: r.risk_id,
  riskTitle: r.risk_title,
  title: r.title,
  ownerId: r.owner_id,
  ownerName: r.owner_name,
  effectiveness: r.effectiveness as ControlEffectiveness,
  assessedOn: r.assessed_on,
  notes: r.notes,
});
const columns = (c: RiskControlInput) => ({ risk_id: c.riskId, title: c.title, owner_id: c.ownerId, effectiveness: c.effectiveness, assessed_on: c.assessedOn, notes: c.notes });

/** In the register's order of risks, then the order each risk's controls were added. */
export async function listRiskControls(db: Db | Trx, partnershipId: string): Promise<RiskControl[]> {
  return (await controls(db).where('c.partnership_id', '=', partnershipId).orderBy('r.position').orderBy('c.position').execute()).map(toControl);
}
export async function findRiskControl(db: Db | Trx, partnershipId: string, id: string): Promise<RiskControl | undefined> {
  const row = await controls(db).where('c.partnership_id', '=', partnershipId).where('c.id', '=', id).executeTakeFirst();
  return row && toControl(row);
}
export async function insertRiskControl(trx: Trx, partnershipId: string, id: string, c: RiskControlInput): Promise<string> {
  const position = await nextPosition(trx, 'risk_controls', partnershipId);
  await trx.insertInto('risk_controls').values({ id, partnership_id: partnershipId, position, ...columns(c) }).execute();
  return id;
}
export async function updateRiskControl(trx: Trx, partnershipId: string, id: string, c: RiskControlInput): Promise<void> {
  await trx.updateTable('risk_controls').set(columns(c)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeRiskControl(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('risk_controls').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** How many controls a risk has: it is not removed while it has any. */
export async function controlsOfRisk(db: Db | Trx, riskId: string): Promise<number> {
  const row = await db.selectFrom('risk_controls').select((eb) => eb.fn.countAll<number>().as('n')).where('risk_id', '=', riskId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** the controls on the open risks of these partnerships, for the council's view: one statement a batch. */
export async function openRiskControlsOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<RiskControl[]> {
  if (!partnershipIds.length) return [];
  return (await controls(db).where('c.partnership_id', 'in', partnershipIds).where('r.status', '=', 'open').orderBy('r.position').orderBy('c.position').execute()).map(toControl);
}
