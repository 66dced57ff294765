// "Forgotten your password" links: kept as the SHA-256 of their token, single use, expiring.
import type { Db, Trx } from '../database.ts';

type Executor = Db | Trx;

export async function insertPasswordReset(db: Executor, r: { tokenHash: string; userId: string; createdAt: string; expiresAt: string }): Promise<void> {
  await db.insertInto('password_resets').values({ token_hash: r.tokenHash, user_id: r.userId, created_at: r.createdAt, expires_at: r.expiresAt, used_at: null }).execute();
}

/** How many links the user was sent since `since` (the limit on asking). */
export async function countPasswordResetsSince(db: Executor, userId: string, since: string): Promise<number> {
  const row = await db.selectFrom('password_resets').select((eb) => eb.fn.countAll().as('n')).where('user_id', '=', userId).where('created_at', '>=', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findPasswordReset(db: Executor, tokenHash: string) {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** A link is used once; the user's other links go with it. */
export async function usePasswordResets(db: Executor, userId: string, tokenHash: string, now: string): Promise<number> {
  const used = await db.updateTable('password_resets').set({ used_at: now }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
  await db.deleteFrom('password_resets').where('user_id', '=', userId).where('token_hash', '!=', tokenHash).execute();
  return Number(used.numUpdatedRows);
}
