// Counters of failed sign-ins live in the database, so every app server sees the same ones.
import type { Db, Trx } from '../database.ts';
import type { ThrottleState } from '../../domain/accounts/sign-in-throttle.ts';

type Executor = Db | Trx;

export async function findThrottle(db: Executor, key: string): Promise<ThrottleState | undefined> {
  const row = await db.selectFrom('sign_in_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  return {
    failures: Number(row.failures),
    lastFailureAt: Date.parse(row.last_failure_at),
    lockedUntil: row.locked_until ? Date.parse(row.locked_until) : null,
  };
}

export async function saveThrottle(db: Executor, key: string, state: ThrottleState): Promise<void> {
  const values = {
    failures: state.failures,
    last_failure_at: new Date(state.lastFailureAt).toISOString(),
    locked_until: state.lockedUntil === null ? null : new Date(state.lockedUntil).toISOString(),
  };
  await db
    .insertInto('sign_in_throttle')
    .values({ key, ...values })
    .onConflict((oc) => oc.column('key').doUpdateSet(values))
    .execute();
}

export async function clearThrottle(db: Executor, key: string): Promise<void> {
  await db.deleteFrom('sign_in_throttle').where('key', '=', key).execute();
}
