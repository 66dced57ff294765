// Server-side sessions, so any number of app servers can share them.
import { compiledOnce } from '../compiled-once.ts';
import type { Db, Trx } from '../database.ts';

export interface SessionRow {
  idHash: string;
  userId: string;
  createdAt: string;
  lastSeenAt: string;
}

type Executor = Db | Trx;

export async function insertSession(db: Executor, s: SessionRow): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id_hash: s.idHash, user_id: s.userId, created_at: s.createdAt, last_seen_at: s.lastSeenAt })
    .execute();
}


export async function touchSession(db: Executor, idHash: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id_hash', '=', idHash).execute();
}

export async function deleteSession(db: Executor, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends a user's sessions, except optionally the one in use. */
export async function deleteUserSessions(db: Executor, userId: string, exceptIdHash?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (exceptIdHash) q = q.where('id_hash', '!=', exceptIdHash);
  await q.execute();
}

/** Removes sessions nobody can use any more (idle or past their absolute limit). */
export async function deleteSessionsSeenBefore(db: Executor, idleCutoff: string, createdCutoff: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('last_seen_at', '<', idleCutoff), eb('created_at', '<', createdCutoff)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export interface SessionWithUser extends SessionRow {
  userName: string;
  userEmail: string;
  userRole: string;
  userActive: boolean;
  userMustChangePassword: boolean;
  /** An authenticator is in use (two-factor sign-in is on). */
  userTwoFactorOn: boolean;
}

// The session and its user in one query: it runs on every signed-in request, so it is compiled once
// (see compiled-once.ts).
const sessionWithUser = compiledOnce((db: Executor, idHash: string) =>
  db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('two_factor', 'two_factor.user_id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.user_id',
      'sessions.created_at',
      'sessions.last_seen_at',
      'users.name',
      'users.email',
      'users.role',
      'users.active',
      'users.must_change_password',
      'two_factor.secret as two_factor_secret',
    ])
    .where('sessions.id_hash', '=', idHash),
);

export async function findSessionWithUser(db: Executor, idHash: string): Promise<SessionWithUser | undefined> {
  const [row] = await sessionWithUser(db, idHash);
  return (
    row && {
      idHash: row.id_hash,
      userId: row.user_id,
      createdAt: row.created_at,
      lastSeenAt: row.last_seen_at,
      userName: row.name,
      userEmail: row.email,
      userRole: row.role,
      userActive: Number(row.active) === 1,
      userMustChangePassword: Number(row.must_change_password) === 1,
      userTwoFactorOn: row.two_factor_secret !== null,
    }
  );
}
