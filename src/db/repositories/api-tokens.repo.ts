// API bearer tokens: only their SHA-256 is stored; the token itself is shown once.
import { compiledOnce } from '../compiled-once.ts';
import type { Db, Trx } from '../database.ts';

type Executor = Db | Trx;

export interface ApiToken {
  id: string;
  userId: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** Null: made before tokens expired, and never expires. */
  expiresAt: string | null;
}

type TokenRow = { id: string; user_id: string; name: string; created_at: string; last_used_at: string | null; revoked_at: string | null; expires_at: string | null };
const toToken = (r: TokenRow): ApiToken => ({ id: r.id, userId: r.user_id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at, expiresAt: r.expires_at });

export async function insertApiToken(trx: Trx, t: { id: string; userId: string; name: string; tokenHash: string; now: string; expiresAt: string }): Promise<void> {
  await trx
    .insertInto('api_tokens')
    .values({ id: t.id, user_id: t.userId, name: t.name, token_hash: t.tokenHash, created_at: t.now, last_used_at: null, revoked_at: null, expires_at: t.expiresAt })
    .execute();
}

export async function listApiTokens(db: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await db.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
  return rows.map(toToken);
}

export async function findApiToken(db: Executor, id: string): Promise<ApiToken | undefined> {
  const r = await db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
  return r && toToken(r);
}

export async function revokeApiToken(trx: Trx, id: string, now: string): Promise<void> {
  await trx.updateTable('api_tokens').set({ revoked_at: now }).where('id', '=', id).execute();
}

/** Revokes every live token of a user; returns the names revoked (for the audit trail). */
export async function revokeUserApiTokens(trx: Trx, userId: string, now: string): Promise<string[]> {
  const live = await trx.selectFrom('api_tokens').select(['id', 'name']).where('user_id', '=', userId).where('revoked_at', 'is', null).orderBy('created_at').execute();
  if (live.length > 0) await trx.updateTable('api_tokens').set({ revoked_at: now }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  return live.map((t) => t.name);
}

export interface TokenOwner {
  tokenId: string;
  tokenName: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  userId: string;
  userName: string;
  userEmail: string;
  userRole: string;
  userActive: boolean;
}

// The live token with this hash and its user, in one query: it runs on every API request, so it is
// compiled once (see compiled-once.ts).
const tokenOwner = compiledOnce((db: Executor, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .select(['api_tokens.id', 'api_tokens.name as token_name', 'api_tokens.last_used_at', 'api_tokens.expires_at', 'users.id as user_id', 'users.name', 'users.email', 'users.role', 'users.active'])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null),
);

/** The live token with this hash and its user. */
export async function findTokenOwner(db: Executor, tokenHash: string): Promise<TokenOwner | undefined> {
  const [r] = await tokenOwner(db, tokenHash);
  return (
    r && {
      tokenId: r.id,
      tokenName: r.token_name,
      lastUsedAt: r.last_used_at,
      expiresAt: r.expires_at,
      userId: r.user_id,
      userName: r.name,
      userEmail: r.email,
      userRole: r.role,
      userActive: Number(r.active) === 1,
    }
  );
}

export async function touchApiToken(db: Executor, id: string, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}
