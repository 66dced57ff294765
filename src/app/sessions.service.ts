// Signing in and out, and recognising a signed-in user from the session cookie.
import { partnershipIdsInReach } from './reach.ts';
import { createHash, randomBytes } from 'node:crypto';
import { isRole, type Role } from '../domain/access/roles.ts';
import { normaliseEmail } from '../domain/accounts/email.ts';
import { needsTouch, SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES, sessionVerdict } from '../domain/accounts/session-policy.ts';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  decideAttempt,
  recordFailure,
  type AttemptDecision,
  type ThrottleState,
} from '../domain/accounts/sign-in-throttle.ts';
import {
  deleteSession,
  deleteSessionsSeenBefore,
  findSessionWithUser,
  insertSession,
  touchSession,
} from '../db/repositories/sessions.repo.ts';
import { clearThrottle, findThrottle, saveThrottle } from '../db/repositories/sign-in-throttle.repo.ts';
import { findUserByEmail } from '../db/repositories/users.repo.ts';
import { deleteChallengesBefore, hasAuthenticator, insertChallenge } from '../db/repositories/two-factor.repo.ts';
import { SIGN_IN_CODE_MINUTES } from '../domain/accounts/two-factor.ts';
import { hashChallengeToken } from './two-factor.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import type { Trx } from '../db/database.ts';
import { spendVerifyTime, verifyPassword } from './passwords.ts';

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SignedInUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  sessionHash: string;
  /** An administrator set the password: until the user changes it, only the change-password page opens. */
  mustChangePassword?: boolean;
  /** Two-factor sign-in is on for them (an authenticator in use). */
  twoFactorOn?: boolean;
  /** The partnerships a limited reach covers (src/app/reach.ts); null or absent: every partnership. */
  partnershipIds?: readonly string[] | null;
}

export type SignInResult =
  | { ok: true; token: string; user: SignedInUser }
  /** The password was right and two-factor sign-in is on: the code is asked for next (the token goes in a cookie). */
  | { ok: true; awaitingCode: true; challengeToken: string }
  | { ok: false; reason: 'wrong-credentials' }
  | { ok: false; reason: 'locked' | 'throttled'; retryAfterSeconds: number };

// Stored keys are bounded whatever was typed.
export const accountKey = (email: string) => `account:${normaliseEmail(email).slice(0, 320)}`;
const addressKey = (address: string) => `address:${address.slice(0, 64)}`;

function strictest(a: AttemptDecision, b: AttemptDecision): AttemptDecision {
  if (!a.allowed && !b.allowed) return a.retryAfterSeconds >= b.retryAfterSeconds ? a : b;
  return a.allowed ? b : a;
}

/**
 * An address's counters without one attempt's provisional failure: as they were before it when
 * nothing else happened since, otherwise one failure fewer. Undefined: no failures left.
 */
function withdrawFailure(current: ThrottleState, reserved: ThrottleState, before: ThrottleState | undefined): ThrottleState | undefined {
  if (current.failures === reserved.failures && current.lastFailureAt === reserved.lastFailureAt) {
    return before && before.failures === reserved.failures - 1 ? before : undefined;
  }
  const failures = current.failures - 1;
  if (failures <= 0) return undefined;
  return { ...current, failures, lockedUntil: failures >= ADDRESS_POLICY.lockAfter ? current.lockedUntil : null };
}

export async function signIn(
  deps: AppDeps,
  ctx: RequestContext,
  input: { email: string; password: string; address: string; replacesSessionHash?: string | null },
): Promise<SignInResult> {
  const db = deps.database.db;
  const now = deps.clock.now().getTime();
  const keys = { account: accountKey(input.email), address: addressKey(input.address) };
  const user = await findUserByEmail(db, normaliseEmail(input.email));
  const auditTarget = user ? { entityType: 'user', entityId: user.id } : { entityType: 'sign-in', entityId: keys.account };

  // Deciding and counting the attempt are one serialised step (the command holds the audit lock):
  // the attempt counts as a failure before the password is checked, so attempts sent all at once
  // cannot all pass before any failure is recorded. A success takes its count back below.
  const reservation = await command(deps, ctx, async (trx, audit) => {
    const account = await findThrottle(trx, keys.account);
    const addressBefore = await findThrottle(trx, keys.address);
    const decision = strictest(decideAttempt(account, now, ACCOUNT_POLICY), decideAttempt(addressBefore, now, ADDRESS_POLICY));
    if (!decision.allowed) {
      audit.record({ ...auditTarget, action: 'sign-in-refused', after: { reason: decision.reason, address: input.address } });
      return { decision };
    }
    const addressReserved = recordFailure(addressBefore, now, ADDRESS_POLICY);
    await saveThrottle(trx, keys.account, recordFailure(account, now, ACCOUNT_POLICY));
    await saveThrottle(trx, keys.address, addressReserved);
    return { decision, addressBefore, addressReserved };
  });
  const { decision } = reservation;
  if (!decision.allowed) return { ok: false, reason: decision.reason, retryAfterSeconds: decision.retryAfterSeconds };

  const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : (await spendVerifyTime(input.password), false);
  if (!user || !passwordOk || !user.active || !isRole(user.role)) {
    await command(deps, ctx, async (_trx, audit) => {
      const why = !user ? 'no such account' : !passwordOk ? 'wrong password' : 'account deactivated';
      audit.record({ ...auditTarget, action: 'sign-in-failed', after: { reason: why, address: input.address } });
    });
    return { ok: false, reason: 'wrong-credentials' };
  }

  const settleThrottle = async (trx: Trx) => {
    await clearThrottle(trx, keys.account);
    // The address keeps its other failures; only this attempt's provisional one is taken back.
    const address = await findThrottle(trx, keys.address);
    const restored = address && reservation.addressReserved && withdrawFailure(address, reservation.addressReserved, reservation.addressBefore);
    if (restored) await saveThrottle(trx, keys.address, restored);
    else if (address) await clearThrottle(trx, keys.address);
  };
  // Two-factor sign-in (src/app/two-factor.service.ts): no session until the code is given too.
  if (await hasAuthenticator(db, user.id)) {
    const challengeToken = randomBytes(32).toString('base64url');
    await command(deps, { ...ctx, actor: { id: user.id, label: `${user.name} <${user.email}>` } }, async (trx, audit) => {
      await settleThrottle(trx);
      await deleteChallengesBefore(trx, new Date(now - SIGN_IN_CODE_MINUTES * 60_000).toISOString());
      await insertChallenge(trx, { tokenHash: hashChallengeToken(challengeToken), userId: user.id, createdAt: new Date(now).toISOString() });
      audit.record({ entityType: 'user', entityId: user.id, action: 'password-accepted', after: { address: input.address, next: 'two-factor code' } });
    });
    return { ok: true, awaitingCode: true, challengeToken };
  }
  const opened = await startSession(deps, ctx, user, { address: input.address, replacesSessionHash: input.replacesSessionHash ?? null, how: 'password' }, settleThrottle);
  return { ok: true, ...opened };
}

/**
 * Opens a session for a user who has shown who they are (a password, a two-factor code, single sign-on):
 * expired sessions are swept, the browser's previous session ends, and the sign-in is audited, with
 * `alsoInTransaction` (e.g. clearing the throttle) in the same transaction.
 */
export async function startSession(
  deps: AppDeps,
  ctx: RequestContext,
  user: { id: string; name: string; email: string; role: Role },
  input: { address: string; replacesSessionHash: string | null; how: string },
  alsoInTransaction?: (trx: Trx) => Promise<void>,
): Promise<{ token: string; user: SignedInUser }> {
  const now = deps.clock.now().getTime();
  const token = randomBytes(32).toString('base64url');
  const sessionHash = hashSessionToken(token);
  const nowIso = new Date(now).toISOString();
  await command(deps, { ...ctx, actor: { id: user.id, label: `${user.name} <${user.email}>` } }, async (trx, audit) => {
    await alsoInTransaction?.(trx);
    await deleteSessionsSeenBefore(
      trx,
      new Date(now - SESSION_IDLE_MINUTES * 60_000).toISOString(),
      new Date(now - SESSION_ABSOLUTE_HOURS * 3_600_000).toISOString(),
    );
    // Signing in again ends the session the browser had: one cookie, one live session.
    if (input.replacesSessionHash) await deleteSession(trx, input.replacesSessionHash);
    await insertSession(trx, { idHash: sessionHash, userId: user.id, createdAt: nowIso, lastSeenAt: nowIso });
    audit.record({ entityType: 'user', entityId: user.id, action: 'signed-in', after: input.how === 'password' ? { address: input.address } : { address: input.address, with: input.how } });
  });
  return { token, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionHash } };
}

/** The user a session cookie belongs to, or null when it is unknown, expired or the user deactivated. */
export async function resolveSession(deps: AppDeps, token: string): Promise<SignedInUser | null> {
  if (token.length < 20 || token.length > 100) return null;
  const db = deps.database.db;
  const idHash = hashSessionToken(token);
  const session = await findSessionWithUser(db, idHash);
  if (!session) return null;
  const now = deps.clock.now().getTime();
  const verdict = sessionVerdict(Date.parse(session.createdAt), Date.parse(session.lastSeenAt), now);
  if (verdict !== 'active' || !session.userActive || !isRole(session.userRole)) {
    await deleteSession(db, idHash);
    return null;
  }
  if (needsTouch(Date.parse(session.lastSeenAt), now)) await touchSession(db, idHash, new Date(now).toISOString());
  return {
    id: session.userId,
    name: session.userName,
    email: session.userEmail,
    role: session.userRole,
    sessionHash: idHash,
    mustChangePassword: session.userMustChangePassword,
    twoFactorOn: session.userTwoFactorOn,
    partnershipIds: await partnershipIdsInReach(deps, session.userId, session.userRole),
  };
}

export async function signOut(deps: AppDeps, ctx: RequestContext, user: SignedInUser): Promise<void> {
  await command(deps, ctx, async (trx, audit) => {
    await deleteSession(trx, user.sessionHash);
    audit.record({ entityType: 'user', entityId: user.id, action: 'signed-out', after: {} });
  });
}
