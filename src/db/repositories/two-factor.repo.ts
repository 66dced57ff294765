// Two-factor sign-in's rows: a user's authenticator, their recovery codes, and sign-ins waiting for a code.
// The conditional updates (a time step after the last, a code not yet used) make each code single use
// even when two requests bring it at once.
import type { Db, Trx } from '../database.ts';

type Executor = Db | Trx;

export interface AuthenticatorRow {
  userId: string;
  /** Sealed; null until a first authenticator is confirmed. */
  secret: string | null;
  confirmedAt: string | null;
  lastStep: number | null;
  pendingSecret: string | null;
  pendingAt: string | null;
}

export async function findAuthenticator(db: Executor, userId: string): Promise<AuthenticatorRow | undefined> {
  const row = await db.selectFrom('two_factor').selectAll().where('user_id', '=', userId).executeTakeFirst();
  return (
    row && {
      userId: row.user_id,
      secret: row.secret,
      confirmedAt: row.confirmed_at,
      lastStep: row.last_step === null ? null : Number(row.last_step),
      pendingSecret: row.pending_secret,
      pendingAt: row.pending_at,
    }
  );
}

/** Whether the user has an authenticator in use (their password sign-in asks for a code next). */
export async function hasAuthenticator(db: Executor, userId: string): Promise<boolean> {
  const row = await db.selectFrom('two_factor').select('user_id').where('user_id', '=', userId).where('secret', 'is not', null).executeTakeFirst();
  return row !== undefined;
}

/** A new secret being set up; the one in use (if any) stays until it is confirmed. */
export async function savePendingSecret(db: Executor, userId: string, sealed: string, at: string): Promise<void> {
  const updated = await db.updateTable('two_factor').set({ pending_secret: sealed, pending_at: at }).where('user_id', '=', userId).executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0) {
    await db.insertInto('two_factor').values({ user_id: userId, secret: null, confirmed_at: null, last_step: null, pending_secret: sealed, pending_at: at }).execute();
  }
}

/** The pending secret becomes the one in use, with the step of the code that confirmed it; false if it changed meanwhile. */
export async function confirmPendingSecret(db: Executor, userId: string, sealed: string, step: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('two_factor')
    .set({ secret: sealed, confirmed_at: at, last_step: step, pending_secret: null, pending_at: null })
    .where('user_id', '=', userId)
    .where('pending_secret', '=', sealed)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Records a code's time step as used, if it is after the last one; false when another request used it first. */
export async function useTimeStep(db: Executor, userId: string, step: number): Promise<boolean> {
  const result = await db
    .updateTable('two_factor')
    .set({ last_step: step })
    .where('user_id', '=', userId)
    .where('secret', 'is not', null)
    .where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAuthenticator(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.deleteFrom('two_factor').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(db: Executor, userId: string, codeHashes: readonly string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db.insertInto('recovery_codes').values(codeHashes.map((h) => ({ user_id: userId, code_hash: h, used_at: null }))).execute();
}

export async function isUnusedRecoveryCode(db: Executor, userId: string, codeHash: string): Promise<boolean> {
  const row = await db.selectFrom('recovery_codes').select('user_id').where('user_id', '=', userId).where('code_hash', '=', codeHash).where('used_at', 'is', null).executeTakeFirst();
  return row !== undefined;
}

/** Uses a recovery code once; false when it is not the user's, or was used. */
export async function useRecoveryCode(db: Executor, userId: string, codeHash: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: at })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('recovery_codes')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertChallenge(db: Executor, c: { tokenHash: string; userId: string; createdAt: string }): Promise<void> {
  await db.insertInto('sign_in_challenges').values({ token_hash: c.tokenHash, user_id: c.userId, created_at: c.createdAt }).execute();
}

export async function findChallenge(db: Executor, tokenHash: string) {
  return db.selectFrom('sign_in_challenges').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function deleteChallenge(db: Executor, tokenHash: string): Promise<void> {
  await db.deleteFrom('sign_in_challenges').where('token_hash', '=', tokenHash).execute();
}

/** Sweeps challenges nobody can finish any more. */
export async function deleteChallengesBefore(db: Executor, cutoff: string): Promise<void> {
  await db.deleteFrom('sign_in_challenges').where('created_at', '<', cutoff).execute();
}
