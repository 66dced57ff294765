// Two-factor sign-in's use cases (issue 10): setting an authenticator up (and again, on a new phone),
// renewing recovery codes, turning it off where the role allows, an administrator resetting someone's
// when they have lost their phone, and finishing a sign-in with a code. Codes are throttled like
// passwords (5 wrong in a row lock the account's code for a while), per account.
import type { Role } from '../domain/access/roles.ts';
import { ACCOUNT_POLICY, decideAttempt, recordFailure } from '../domain/accounts/sign-in-throttle.ts';
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
import { startSession, type SignedInUser } from './sessions.service.ts';
import { checkTotp, enrolment, hashChallengeToken, hashRecoveryCode, newRecoveryCodes, newTotpSecret, type SecretBox } from './two-factor.ts';

const codeKey = (userId: string) => `two-factor:${userId}`;

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

/** Turning it off, where the role allows: their password, as for changing it, throttled the same way. */
export async function turnOff(deps: AppDeps, ctx: RequestContext, input: { userId: string; password: string; standing: TwoFactorStanding }): Promise<void> {
  const verdict = mayTurnOff(input.standing);
  if (!verdict.may) throw new UserFacingError(verdict.reason, 'password');
  const user = await findUserById(deps.database.db, input.userId);
  if (!user) throw new NotFoundError('No such user');
  const key = codeKey(user.id);
  const now = deps.clock.now().getTime();
  const decision = decideAttempt(await findThrottle(deps.database.db, key), now, ACCOUNT_POLICY);
  if (!decision.allowed) throw new UserFacingError(`Too many wrong attempts. Wait ${Math.ceil(decision.retryAfterSeconds / 60)} minute(s) and try again`, 'password');
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
  let how = '';
  try {
    await checkedCode(deps, actorCtx, box, user.id, input.typed, 'either', async (trx, _audit, used) => {
      how = used === 'recovery' ? 'password and a recovery code' : 'password and an authenticator code';
      await deleteChallenge(trx, challenge.tokenHash);
    }, true);
  } catch (error) {
    if (error instanceof CodeRefused) return error.result;
    throw error;
  }
  const opened = await startSession(deps, ctx, { id: user.id, name: user.name, email: user.email, role: user.role as Role }, { address: input.address, replacesSessionHash: input.replacesSessionHash, how });
  return { ok: true, ...opened };
}

class CodeRefused extends Error {
  readonly result: CodeSignInResult & { ok: false };
  constructor(result: CodeSignInResult & { ok: false }) {
    super(result.reason);
    this.result = result;
  }
}

type Audit = Parameters<Parameters<typeof command>[2]>[1];

/**
 * Checks a typed code against the user's authenticator (and, with 'either', their unused recovery codes),
 * throttled per account, and runs `then` in the transaction that uses the code up. A wrong code counts
 * and is audited; it throws a UserFacingError at the form's `code` field, or with `asResult` a CodeRefused.
 */
async function checkedCode(
  deps: AppDeps,
  ctx: RequestContext,
  box: SecretBox,
  userId: string,
  typed: string,
  accepts: 'authenticator-only' | 'either',
  then: (trx: Trx, audit: Audit, used: 'authenticator' | 'recovery') => Promise<void>,
  asResult = false,
): Promise<void> {
  const refuse = (result: CodeSignInResult & { ok: false }, message: string): never => {
    throw asResult ? new CodeRefused(result) : new UserFacingError(message, 'code');
  };
  const key = codeKey(userId);
  const now = deps.clock.now();
  const decision = decideAttempt(await findThrottle(deps.database.db, key), now.getTime(), ACCOUNT_POLICY);
  if (!decision.allowed) {
    const wait = Math.ceil(decision.retryAfterSeconds / 60);
    refuse({ ok: false, reason: 'locked', retryAfterSeconds: decision.retryAfterSeconds }, `Too many wrong codes. Wait ${wait <= 1 ? '1 minute' : `${wait} minutes`} and try again`);
  }
  const row = await findAuthenticator(deps.database.db, userId);
  const secret = row?.secret ? box.open(row.secret) : null;
  const code = readCode(typed);
  const ok = await command(deps, ctx, async (trx, audit) => {
    let used: 'authenticator' | 'recovery' | null = null;
    if (code.kind === 'authenticator' && secret) {
      const step = await checkTotp(secret, code.code, now.getTime(), row!.lastStep);
      if (step !== null && (await useTimeStep(trx, userId, step))) used = 'authenticator';
    } else if (code.kind === 'recovery' && accepts === 'either' && secret) {
      if (await useRecoveryCode(trx, userId, hashRecoveryCode(code.code), now.toISOString())) used = 'recovery';
    }
    if (used === null) {
      await saveThrottle(trx, key, recordFailure(await findThrottle(trx, key), now.getTime(), ACCOUNT_POLICY));
      audit.record({ entityType: 'user', entityId: userId, action: 'two-factor-code-refused', after: { reason: code.kind === 'unreadable' ? 'not a code' : 'wrong or used code' } });
      return false;
    }
    await clearThrottle(trx, key);
    await then(trx, audit, used);
    return true;
  });
  if (!ok) refuse({ ok: false, reason: 'wrong-code' }, accepts === 'either' ? 'Enter the 6-digit code from your authenticator app, or a recovery code' : 'Enter the 6-digit code your authenticator app shows now');
}
