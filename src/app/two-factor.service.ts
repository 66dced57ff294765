// Two-factor sign-in's use cases (issue 10): setting an authenticator up (and again, on a new phone),
// renewing recovery codes, turning it off where the role allows, an administrator resetting someone's
// when they have lost their phone, and finishing a sign-in with a code. Codes are throttled like
// passwords (5 wrong in a row lock the account's code for a while), per account.
import type { Role } from '../domain/access/roles.ts';
import { ACCOUNT_POLICY, decideAttempt, recordFailure, waitInMinutes } from '../domain/accounts/sign-in-throttle.ts';
import { challengeExpired, mayTurnOff, readCode, type TwoFactorStanding } from '../domain/accounts/two-factor.ts';
import { deleteUserSessions } from '../db/repositories/sessions.repo.ts';
import { clearThrottle, findThrottle, saveThrottle } from '../db/repositories/sign-in-throttle.repo.ts';
import {
  confirmPendingSecret,
  countUnusedRecoveryCodes,
  deleteAuthenticator,
  deleteChallenge,
  findAuthenticator,
  findChallenge,
  isUnusedRecoveryCode,
  replaceRecoveryCodes,
  savePendingSecret,
  useRecoveryCode,
  useTimeStep,
} from '../db/repositories/two-factor.repo.ts';
import { findUserById } from '../db/repositories/users.repo.ts';
import type { Trx } from '../db/database.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, UserFacingError } from './errors.ts';
import { verifyPassword } from './passwords.ts';
import { accountKey, startSession, type SignedInUser } from './sessions.service.ts';
import { checkTotp, enrolment, hashChallengeToken, hashRecoveryCode, newRecoveryCodes, newTotpSecret, type SecretBox } from './two-factor.ts';

const codeKey = (userId: string) => `two-factor:${userId}`;

/** What the code's form says while the account's codes are locked. */
export const tooManyCodes = (retryAfterSeconds: number) => `Too many wrong codes. Wait ${waitInMinutes(retryAfterSeconds)} and try again`;

export interface TwoFactorState {
  on: boolean;
  since: string | null;
  recoveryCodesLeft: number;
  /** A new authenticator is being set up. */
  settingUp: boolean;
}

export async function twoFactorState(deps: AppDeps, userId: string): Promise<TwoFactorState> {
  const row = await findAuthenticator(deps.database.db, userId);
  const on = !!row?.secret;
  return { on, since: row?.confirmedAt ?? null, recoveryCodesLeft: on ? await countUnusedRecoveryCodes(deps.database.db, userId) : 0, settingUp: !!row?.pendingSecret };
}

/** Starts setting up an authenticator: a new secret, kept sealed until a code from it confirms it. */
export async function beginSetUp(deps: AppDeps, ctx: RequestContext, box: SecretBox, userId: string): Promise<void> {
  const sealed = box.seal(newTotpSecret());
  await command(deps, ctx, async (trx, audit) => {
    await savePendingSecret(trx, userId, sealed, deps.clock.now().toISOString());
    audit.record({ entityType: 'user', entityId: userId, action: 'two-factor-set-up-started', after: { secret: 'new, not shown' } });
  });
}

/** What the set-up page shows: the QR code and the secret to type by hand. Null when nothing is being set up. */
export async function setUpView(deps: AppDeps, box: SecretBox, user: { id: string; email: string }, issuer: string) {
  const row = await findAuthenticator(deps.database.db, user.id);
  const secret = row?.pendingSecret ? box.open(row.pendingSecret) : null;
  if (!secret) return null;
  return { secret, ...(await enrolment(secret, issuer, user.email)) };
}

/** A code from the new authenticator confirms it: it is in use from now, with new recovery codes (shown once). */
export async function confirmSetUp(deps: AppDeps, ctx: RequestContext, box: SecretBox, user: { id: string; sessionHash: string }, typed: string): Promise<{ recoveryCodes: string[] }> {
  const row = await findAuthenticator(deps.database.db, user.id);
  const secret = row?.pendingSecret ? box.open(row.pendingSecret) : null;
  if (!row?.pendingSecret || !secret) throw new UserFacingError('Start setting up again: this set-up has ended', 'code');
  const code = readCode(typed);
  const now = deps.clock.now();
  const step = code.kind === 'authenticator' ? await checkTotp(secret, code.code, now.getTime(), null) : null;
  if (step === null) throw new UserFacingError('Enter the 6-digit code your authenticator app shows now', 'code');
  const codes = newRecoveryCodes();
  await command(deps, ctx, async (trx, audit) => {
    if (!(await confirmPendingSecret(trx, user.id, row.pendingSecret!, step, now.toISOString()))) throw new UserFacingError('Start setting up again: this set-up has ended', 'code');
    await replaceRecoveryCodes(trx, user.id, codes.hashes);
    // Someone who had the password alone is signed out everywhere else once the second factor is on.
    await deleteUserSessions(trx, user.id, user.sessionHash);
    audit.record({ entityType: 'user', entityId: user.id, action: row.secret ? 'two-factor-moved' : 'two-factor-turned-on', after: { recoveryCodes: codes.hashes.length } });
  });
  return { recoveryCodes: codes.shown };
}

/** Ten new recovery codes replace the old ones; a code from the authenticator proves it is still theirs. */
export async function renewRecoveryCodes(deps: AppDeps, ctx: RequestContext, box: SecretBox, userId: string, typed: string): Promise<{ recoveryCodes: string[] }> {
  const codes = newRecoveryCodes();
  await checkedCode(deps, ctx, box, userId, typed, 'authenticator-only', async (trx, audit) => {
    await replaceRecoveryCodes(trx, userId, codes.hashes);
    audit.record({ entityType: 'user', entityId: userId, action: 'two-factor-recovery-codes-renewed', after: { recoveryCodes: codes.hashes.length } });
  });
  return { recoveryCodes: codes.shown };
}

/** Turning it off, where the role allows: their password, counted against the account as sign-in and changing it are. */
export async function turnOff(deps: AppDeps, ctx: RequestContext, input: { userId: string; password: string; standing: TwoFactorStanding }): Promise<void> {
  const verdict = mayTurnOff(input.standing);
  if (!verdict.may) throw new UserFacingError(verdict.reason, 'password');
  const user = await findUserById(deps.database.db, input.userId);
  if (!user) throw new NotFoundError('No such user');
  const key = accountKey(user.email);
  const now = deps.clock.now().getTime();
  const decision = decideAttempt(await findThrottle(deps.database.db, key), now, ACCOUNT_POLICY);
  if (!decision.allowed) throw new UserFacingError(`Too many wrong attempts. Wait ${waitInMinutes(decision.retryAfterSeconds)} and try again`, 'password');
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await command(deps, ctx, async (trx, audit) => {
      await saveThrottle(trx, key, recordFailure(await findThrottle(trx, key), now, ACCOUNT_POLICY));
      audit.record({ entityType: 'user', entityId: user.id, action: 'two-factor-turn-off-failed', after: { reason: 'wrong password' } });
    });
    throw new UserFacingError('Your password is not correct', 'password');
  }
  await command(deps, ctx, async (trx, audit) => {
    await deleteAuthenticator(trx, user.id);
    await clearThrottle(trx, key);
    audit.record({ entityType: 'user', entityId: user.id, action: 'two-factor-turned-off', after: { by: 'the user' } });
  });
}

/** An administrator resets someone's two-factor sign-in (a lost phone): it is off, and their sessions end. */
export async function resetTwoFactor(deps: AppDeps, ctx: RequestContext, userId: string): Promise<void> {
  const user = await findUserById(deps.database.db, userId);
  if (!user) throw new NotFoundError('No such user');
  await command(deps, ctx, async (trx, audit) => {
    await deleteAuthenticator(trx, user.id);
    await deleteUserSessions(trx, user.id);
    await clearThrottle(trx, codeKey(user.id));
    audit.record({ entityType: 'user', entityId: user.id, action: 'two-factor-reset', after: { by: 'an administrator', sessionsEnded: true } });
  });
}

/** The user a waiting sign-in belongs to, or null when there is none or it has waited too long. */
export async function challengeUser(deps: AppDeps, token: string | undefined): Promise<{ userId: string; tokenHash: string } | null> {
  if (!token || token.length < 20 || token.length > 100) return null;
  const tokenHash = hashChallengeToken(token);
  const row = await findChallenge(deps.database.db, tokenHash);
  if (!row || challengeExpired(Date.parse(row.created_at), deps.clock.now().getTime())) return null;
  return { userId: row.user_id, tokenHash };
}

export type CodeSignInResult =
  | { ok: true; token: string; user: SignedInUser }
  | { ok: false; reason: 'expired' }
  | { ok: false; reason: 'wrong-code' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

/** Finishes a sign-in with a code from the authenticator or a recovery code; the session opens and the waiting sign-in ends. */
export async function signInWithCode(
  deps: AppDeps,
  ctx: RequestContext,
  box: SecretBox,
  input: { challengeToken: string | undefined; typed: string; address: string; replacesSessionHash: string | null },
): Promise<CodeSignInResult> {
  const challenge = await challengeUser(deps, input.challengeToken);
  if (!challenge) return { ok: false, reason: 'expired' };
  const user = await findUserById(deps.database.db, challenge.userId);
  if (!user || !user.active) return { ok: false, reason: 'expired' };
  const actorCtx = { ...ctx, actor: { id: user.id, label: `${user.name} <${user.email}>` } };
  const now = deps.clock.now();
  const locked = await lockedFor(deps, user.id, now);
  if (locked !== null) return { ok: false, reason: 'locked', retryAfterSeconds: locked };
  const match = await matchCode(deps, box, user.id, input.typed, 'either', now);
  if (!match) {
    await refuseCode(deps, actorCtx, user.id, input.typed, now);
    return { ok: false, reason: 'wrong-code' };
  }
  // One transaction: the code is used up, the waiting sign-in ends and the session opens, or none of them.
  const how = match.used === 'recovery' ? 'password and a recovery code' : 'password and an authenticator code';
  try {
    const opened = await startSession(deps, ctx, { id: user.id, name: user.name, email: user.email, role: user.role as Role }, { address: input.address, replacesSessionHash: input.replacesSessionHash, how }, async (trx) => {
      if (!(await match.useUp(trx))) throw new CodeUsedMeanwhile();
      await deleteChallenge(trx, challenge.tokenHash);
      await clearThrottle(trx, codeKey(user.id));
    });
    return { ok: true, ...opened };
  } catch (error) {
    if (!(error instanceof CodeUsedMeanwhile)) throw error;
    await refuseCode(deps, actorCtx, user.id, input.typed, now);
    return { ok: false, reason: 'wrong-code' };
  }
}

/** Another request used the same code first (the conditional update found nothing to change). */
class CodeUsedMeanwhile extends Error {}

type Audit = Parameters<Parameters<typeof command>[2]>[1];
type Accepts = 'authenticator-only' | 'either';

/** Seconds until the account's codes may be tried again, or null when they may be now. */
async function lockedFor(deps: AppDeps, userId: string, now: Date): Promise<number | null> {
  const decision = decideAttempt(await findThrottle(deps.database.db, codeKey(userId)), now.getTime(), ACCOUNT_POLICY);
  return decision.allowed ? null : decision.retryAfterSeconds;
}

/**
 * Whether a typed code is the user's: a code of their authenticator after the last step used, or (with
 * 'either') an unused recovery code. Reads only; `useUp` marks it used in the caller's transaction and
 * is false when another request used it first.
 */
async function matchCode(deps: AppDeps, box: SecretBox, userId: string, typed: string, accepts: Accepts, now: Date): Promise<{ used: 'authenticator' | 'recovery'; useUp(trx: Trx): Promise<boolean> } | null> {
  const row = await findAuthenticator(deps.database.db, userId);
  const secret = row?.secret ? box.open(row.secret) : null;
  if (!secret) return null;
  const code = readCode(typed);
  if (code.kind === 'authenticator') {
    const step = await checkTotp(secret, code.code, now.getTime(), row!.lastStep);
    return step === null ? null : { used: 'authenticator', useUp: (trx) => useTimeStep(trx, userId, step) };
  }
  if (code.kind === 'recovery' && accepts === 'either') {
    const hash = hashRecoveryCode(code.code);
    if (!(await isUnusedRecoveryCode(deps.database.db, userId, hash))) return null;
    return { used: 'recovery', useUp: (trx) => useRecoveryCode(trx, userId, hash, now.toISOString()) };
  }
  return null;
}

/** A wrong code counts towards the lock, and is audited. */
async function refuseCode(deps: AppDeps, ctx: RequestContext, userId: string, typed: string, now: Date): Promise<void> {
  await command(deps, ctx, async (trx, audit) => {
    const key = codeKey(userId);
    await saveThrottle(trx, key, recordFailure(await findThrottle(trx, key), now.getTime(), ACCOUNT_POLICY));
    audit.record({ entityType: 'user', entityId: userId, action: 'two-factor-code-refused', after: { reason: readCode(typed).kind === 'unreadable' ? 'not a code' : 'wrong or used code' } });
  });
}

/** A code for the account pages (renewing recovery codes): refused at the form's `code` field, or `then` runs as it is used up. */
async function checkedCode(
  deps: AppDeps,
  ctx: RequestContext,
  box: SecretBox,
  userId: string,
  typed: string,
  accepts: Accepts,
  then: (trx: Trx, audit: Audit) => Promise<void>,
): Promise<void> {
  const now = deps.clock.now();
  const locked = await lockedFor(deps, userId, now);
  if (locked !== null) throw new UserFacingError(tooManyCodes(locked), 'code');
  const match = await matchCode(deps, box, userId, typed, accepts, now);
  const usedUp =
    match !== null &&
    (await command(deps, ctx, async (trx, audit) => {
      if (!(await match.useUp(trx))) return false;
      await clearThrottle(trx, codeKey(userId));
      await then(trx, audit);
      return true;
    }));
  if (!usedUp) {
    await refuseCode(deps, ctx, userId, typed, now);
    throw new UserFacingError('Enter the 6-digit code your authenticator app shows now', 'code');
  }
}
