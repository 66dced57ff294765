// API bearer tokens: made for a user, shown once, stored hashed, revocable; a token acts with its user's role.
import { createHash, randomBytes } from 'node:crypto';
import { isRole } from '../domain/access/roles.ts';
import { findApiToken, findTokenOwner, insertApiToken, revokeApiToken, touchApiToken } from '../db/repositories/api-tokens.repo.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError } from './errors.ts';
import type { SignedInUser } from './sessions.service.ts';

const PREFIX = 'accord_';

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createApiToken(deps: AppDeps, ctx: RequestContext, input: { userId: string; name: string }): Promise<{ id: string; token: string }> {
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = deps.ids.next();
  await command(deps, ctx, async (trx, audit) => {
    await insertApiToken(trx, { id, userId: input.userId, name: input.name, tokenHash: hashApiToken(token), now: deps.clock.now().toISOString() });
    audit.record({ entityType: 'api-token', entityId: id, action: 'created', after: { name: input.name, userId: input.userId } });
  });
  return { id, token };
}

export async function revokeOwnApiToken(deps: AppDeps, ctx: RequestContext, input: { userId: string; tokenId: string }): Promise<void> {
  await command(deps, ctx, async (trx, audit) => {
    const token = await findApiToken(trx, input.tokenId);
    if (!token || token.userId !== input.userId) throw new NotFoundError('No such token');
    if (token.revokedAt) return;
    await revokeApiToken(trx, token.id, deps.clock.now().toISOString());
    audit.record({ entityType: 'api-token', entityId: token.id, action: 'revoked', after: { name: token.name } });
  });
}

/** The user an API request acts as, or null for an unknown, revoked or deactivated token. */
export async function resolveApiToken(deps: AppDeps, token: string): Promise<(SignedInUser & { tokenId: string }) | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const owner = await findTokenOwner(deps.database.db, hashApiToken(token));
  if (!owner || !owner.userActive || !isRole(owner.userRole)) return null;
  const now = deps.clock.now();
  // "Last used" to the minute is enough, and spares a write on every request.
  if (!owner.lastUsedAt || now.getTime() - Date.parse(owner.lastUsedAt) > 60_000) {
    await touchApiToken(deps.database.db, owner.tokenId, now.toISOString());
  }
  return { id: owner.userId, name: owner.userName, email: owner.userEmail, role: owner.userRole, sessionHash: `token:${owner.tokenId}`, tokenId: owner.tokenId };
}
