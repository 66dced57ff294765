// API bearer tokens: made for a user, shown once, stored hashed, revocable; a token acts with its user's role.
import { partnershipIdsInReach } from './reach.ts';
import { createHash, randomBytes } from 'node:crypto';
import { isRole } from '../domain/access/roles.ts';
import { DEFAULT_TOKEN_LIFETIME_DAYS, isTokenLifetime, tokenExpired, tokenExpiry } from '../domain/accounts/token-expiry.ts';
import { findApiToken, findTokenOwner, insertApiToken, revokeApiToken, touchApiToken } from '../db/repositories/api-tokens.repo.ts';
import { findUserById } from '../db/repositories/users.repo.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, UserFacingError, ValidationError } from './errors.ts';
import type { SignedInUser } from './sessions.service.ts';

const PREFIX = 'accord_';
export const TOKEN_NAME_MAX = 100;

/** A token's name says what uses it ("Power BI dashboard"): one line of text, 1 to 100 characters. */
export function tokenNameProblem(name: string): string | null {
  if (name.length === 0) return 'Enter a name for the token, like “Power BI dashboard”';
  if (name.length > TOKEN_NAME_MAX) return `Token name must be ${TOKEN_NAME_MAX} characters or fewer`;
  if (/[\u0000-\u001F\u007F]/.test(name)) return 'Token name must not contain control characters';
  return null;
}

export function hashApiToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createApiToken(
  deps: AppDeps,
  ctx: RequestContext,
  input: { userId: string; name: string; lifetimeDays?: number },
): Promise<{ id: string; token: string; expiresAt: string }> {
  const name = input.name.trim();
  const problem = tokenNameProblem(name);
  if (problem) throw new ValidationError([{ field: 'name', message: problem }]);
  const lifetime = input.lifetimeDays ?? DEFAULT_TOKEN_LIFETIME_DAYS;
  if (!isTokenLifetime(lifetime)) throw new ValidationError([{ field: 'lifetime', message: 'Select how long the token works for' }]);
  const now = deps.clock.now();
  const expiresAt = new Date(tokenExpiry(now.getTime(), lifetime)).toISOString();
  const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
  const id = deps.ids.next();
  await command(deps, ctx, async (trx, audit) => {
    // A token for a deactivated user would never work: refuse it rather than hand out a dud.
    const user = await findUserById(trx, input.userId);
    if (!user) throw new NotFoundError('No such user');
    if (!user.active) throw new UserFacingError(`${user.name} <${user.email}> is deactivated: reactivate them before making them a token`);
    await insertApiToken(trx, { id, userId: input.userId, name, tokenHash: hashApiToken(token), now: now.toISOString(), expiresAt });
    audit.record({ entityType: 'api-token', entityId: id, action: 'created', after: { name, user: `${user.name} <${user.email}>`, userId: input.userId, expiresAt } });
  });
  return { id, token, expiresAt };
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

/**
 * The user an API request acts as; `{ expired }` for a token past its expiry (the API says so);
 * null for an unknown, revoked or deactivated user's token.
 */
export async function resolveApiToken(deps: AppDeps, token: string): Promise<(SignedInUser & { tokenId: string; tokenName: string }) | { expired: string } | null> {
  if (!token.startsWith(PREFIX) || token.length > 200) return null;
  const owner = await findTokenOwner(deps.database.db, hashApiToken(token));
  if (!owner || !owner.userActive || !isRole(owner.userRole)) return null;
  const now = deps.clock.now();
  if (tokenExpired(owner.expiresAt === null ? null : Date.parse(owner.expiresAt), now.getTime())) return { expired: owner.expiresAt! };
  // "Last used" to the minute is enough, and spares a write on every request.
  if (!owner.lastUsedAt || now.getTime() - Date.parse(owner.lastUsedAt) > 60_000) {
    await touchApiToken(deps.database.db, owner.tokenId, now.toISOString());
  }
  return {
    id: owner.userId,
    name: owner.userName,
    email: owner.userEmail,
    role: owner.userRole,
    sessionHash: `token:${owner.tokenId}`,
    tokenId: owner.tokenId,
    tokenName: owner.tokenName,
    partnershipIds: await partnershipIdsInReach(deps, owner.userId, owner.userRole),
  };
}
