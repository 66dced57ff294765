// The council's corporate priorities (R-2.5b), kept by administrators.
import type { Db, Trx } from '../database.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { whereInScope } from './scope.ts';
import type { CorporatePrioritiesTable } from '../schema.ts';
import type { CorporatePriority } from '../../domain/register/records.ts';

type Executor = Db | Trx;

function toPriority(r: CorporatePrioritiesTable): CorporatePriority {
  return { id: r.id, title: r.title, description: r.description, active: Number(r.active) === 1, position: Number(r.position) };
}

export async function listPriorities(db: Executor, options: { activeOnly?: boolean } = {}): Promise<CorporatePriority[]> {
  let q = db.selectFrom('corporate_priorities').selectAll();
  if (options.activeOnly) q = q.where('active', '=', 1);
  return (await q.orderBy('position').orderBy('title').execute()).map(toPriority);
}

export async function findPriority(db: Executor, id: string): Promise<CorporatePriority | undefined> {
  const row = await db.selectFrom('corporate_priorities').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toPriority(row);
}

export async function nextPriorityPosition(db: Executor): Promise<number> {
  const row = await db.selectFrom('corporate_priorities').select((eb) => eb.fn.max('position').as('p')).executeTakeFirst();
  return Number(row?.p ?? 0) + 1;
}

export interface PriorityDetails {
  title: string;
  description: string | null;
  active: boolean;
  position: number;
}

export async function insertPriority(trx: Trx, id: string, d: PriorityDetails, now: string): Promise<void> {
  await trx
    .insertInto('corporate_priorities')
    .values({ id, title: d.title, description: d.description, active: d.active ? 1 : 0, position: d.position, created_at: now, updated_at: now })
    .execute();
}

export async function updatePriority(trx: Trx, id: string, d: PriorityDetails, now: string): Promise<void> {
  await trx
    .updateTable('corporate_priorities')
    .set({ title: d.title, description: d.description, active: d.active ? 1 : 0, position: d.position, updated_at: now })
    .where('id', '=', id)
    .execute();
}

export async function prioritiesExist(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('corporate_priorities').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** How many partnerships in the scope serve each of these priorities, in one statement (0 for none). */
export async function countPartnershipsServing(db: Executor, scope: PartnershipScope, priorityIds: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map(priorityIds.map((id) => [id, 0]));
  if (priorityIds.length === 0) return counts;
  const rows = await whereInScope(db.selectFrom('partnership_priorities'), scope, 'partnership_id')
    .select(['priority_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('priority_id', 'in', priorityIds)
    .groupBy('priority_id')
    .execute();
  for (const r of rows) counts.set(r.priority_id, Number(r.n));
  return counts;
}
