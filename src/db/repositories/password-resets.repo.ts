// Links that set a password, by email: "forgotten your password" ('reset') and invitations
// ('invitation'). Kept as the SHA-256 of their token, single use, expiring.
import type { Db, Trx } from '../database.ts';

type Executor = Db | Trx;
export type LinkPurpose = 'reset' | 'invitation';

export async function insertPasswordReset(
  db: Executor,
  r: { tokenHash: string; userId: string; createdAt: string; expiresAt: string; purpose: LinkPurpose },
): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({ token_hash: r.tokenHash, user_id: r.userId, created_at: r.createdAt, expires_at: r.expiresAt, used_at: null, purpose: r.purpose })
    .execute();
}

/** How many "forgotten your password" links the user was sent since `since` (the limit on asking). */
export async function countPasswordResetsSince(db: Executor, userId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .where('purpose', '=', 'reset')
    .where('created_at', '>=', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** A link of one purpose: another kind's token is no link here. */
export async function findPasswordReset(db: Executor, tokenHash: string, purpose: LinkPurpose) {
  return db.selectFrom('password_resets').selectAll().where('token_hash', '=', tokenHash).where('purpose', '=', purpose).executeTakeFirst();
}

/** When the user was last sent an invitation, if ever. */
export async function lastInvitedAt(db: Executor, userId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .select((eb) => eb.fn.max('created_at').as('at'))
    .where('user_id', '=', userId)
    .where('purpose', '=', 'invitation')
    .executeTakeFirst();
  return row?.at ?? undefined;
}

/** A link is used once; the user's other links go with it. */
export async function usePasswordResets(db: Executor, userId: string, tokenHash: string, now: string): Promise<number> {
  const used = await db.updateTable('password_resets').set({ used_at: now }).where('token_hash', '=', tokenHash).where('used_at', 'is', null).executeTakeFirst();
  await db.deleteFrom('password_resets').where('user_id', '=', userId).where('token_hash', '!=', tokenHash).execute();
  return Number(used.numUpdatedRows);
}
