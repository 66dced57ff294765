// Accounts: creating, editing, deactivating users and their passwords. Every change is audited.
import type { Role } from '../domain/access/roles.ts';
import { removesLastAdministrator } from '../domain/accounts/administrators.ts';
import { normaliseEmail } from '../domain/accounts/email.ts';
import { PASSWORD_MESSAGES } from '../domain/accounts/password-policy.ts';
import {
  countActiveAdministrators,
  countUsers,
  findUserByEmail,
  findUserById,
  insertUser,
  updatePasswordHash,
  updateUserDetails,
  withoutHash,
  type User,
} from '../db/repositories/users.repo.ts';
import { deleteUserSessions } from '../db/repositories/sessions.repo.ts';
import { revokeUserApiTokens } from '../db/repositories/api-tokens.repo.ts';
import { ACCOUNT_POLICY, decideAttempt, recordFailure } from '../domain/accounts/sign-in-throttle.ts';
import { clearThrottle, findThrottle, saveThrottle } from '../db/repositories/sign-in-throttle.repo.ts';
import { command } from './command.ts';
import { accountKey } from './sessions.service.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, UserFacingError } from './errors.ts';
import { hashPassword, newPasswordProblem, verifyPassword } from './passwords.ts';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** What the audit trail shows of a user: never the password hash. */
function audited(u: { email: string; name: string; role: Role; active: boolean }) {
  return { email: u.email, name: u.name, role: u.role, active: u.active };
}

/** Every place a password is set asks this: long enough, not common, not the user's own email or name. */
export async function checkPassword(password: string, account: { email: string; name: string }, field = 'password'): Promise<void> {
  const problem = await newPasswordProblem(password, account);
  if (problem) throw new UserFacingError(PASSWORD_MESSAGES[problem], field);
}

const EMAIL_TAKEN = 'A user with this email address already exists';

export async function createUser(deps: AppDeps, ctx: RequestContext, input: NewUser): Promise<User> {
  await checkPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return command(deps, ctx, async (trx, audit) => {
    const email = input.email.trim();
    const emailNormalised = normaliseEmail(email);
    if (await findUserByEmail(trx, emailNormalised)) throw new UserFacingError(EMAIL_TAKEN, 'email');
    const id = deps.ids.next();
    const now = deps.clock.now().toISOString();
    await insertUser(trx, { id, email, emailNormalised, name: input.name.trim(), role: input.role, passwordHash, now });
    const user = await findUserById(trx, id);
    if (!user) throw new Error('user vanished after insert');
    audit.record({ entityType: 'user', entityId: id, action: 'created', after: audited(user) });
    return withoutHash(user);
  });
}

export class FirstAdministratorExists extends Error {}

/** The one-time first administrator: only while there are no users at all. */
export async function createFirstAdministrator(
  deps: AppDeps,
  ctx: RequestContext,
  input: Omit<NewUser, 'role'>,
): Promise<User> {
  await checkPassword(input.password, input);
  const passwordHash = await hashPassword(input.password);
  return command(deps, ctx, async (trx, audit) => {
    // The command holds the audit lock, so two simultaneous first visits cannot both get here.
    if ((await countUsers(trx)) > 0) throw new FirstAdministratorExists('An administrator already exists');
    const id = deps.ids.next();
    const now = deps.clock.now().toISOString();
    const email = input.email.trim();
    await insertUser(trx, {
      id,
      email,
      emailNormalised: normaliseEmail(email),
      name: input.name.trim(),
      role: 'administrator',
      passwordHash,
      now,
    });
    const user = await findUserById(trx, id);
    if (!user) throw new Error('user vanished after insert');
    audit.record({ entityType: 'user', entityId: id, action: 'created', after: audited(user) });
    return withoutHash(user);
  });
}

export interface UserDetails {
  email: string;
  name: string;
  role: Role;
  active: boolean;
}

export async function updateUser(deps: AppDeps, ctx: RequestContext, id: string, input: UserDetails): Promise<User> {
  return command(deps, ctx, async (trx, audit) => {
    const current = await findUserById(trx, id);
    if (!current) throw new NotFoundError('No such user');
    const email = input.email.trim();
    const emailNormalised = normaliseEmail(email);
    const sameEmail = await findUserByEmail(trx, emailNormalised);
    if (sameEmail && sameEmail.id !== id) throw new UserFacingError(EMAIL_TAKEN, 'email');
    const change = {
      currentRole: current.role,
      currentActive: current.active,
      nextRole: input.role,
      nextActive: input.active,
      activeAdministrators: await countActiveAdministrators(trx),
    };
    if (removesLastAdministrator(change)) {
      throw new UserFacingError(
        input.active ? 'Accord needs at least one active administrator: keep this user an administrator' : 'Accord needs at least one active administrator: this user cannot be deactivated',
        input.active ? 'role' : 'active',
      );
    }
    await updateUserDetails(trx, id, {
      email,
      emailNormalised,
      name: input.name.trim(),
      role: input.role,
      active: input.active,
      now: deps.clock.now().toISOString(),
    });
    // A deactivated user is signed out everywhere at once; so is one whose role changed.
    if (!input.active || input.role !== current.role) await deleteUserSessions(trx, id);
    const after = await findUserById(trx, id);
    if (!after) throw new Error('user vanished after update');
    audit.record({
      entityType: 'user',
      entityId: id,
      action: input.active === current.active ? 'updated' : input.active ? 'reactivated' : 'deactivated',
      before: audited(current),
      after: audited(after),
    });
    return withoutHash(after);
  });
}

/**
 * An administrator sets a user's password (for someone who has forgotten theirs). The administrator
 * knows it, so the user must choose their own at the next sign-in; and whoever asked for the reset may
 * not be the user, so the user's API tokens are revoked with their sessions.
 */
export async function setPassword(deps: AppDeps, ctx: RequestContext, id: string, password: string): Promise<void> {
  const target = await findUserById(deps.database.db, id);
  if (!target) throw new NotFoundError('No such user');
  await checkPassword(password, target);
  const passwordHash = await hashPassword(password);
  await command(deps, ctx, async (trx, audit) => {
    const now = deps.clock.now().toISOString();
    await updatePasswordHash(trx, id, passwordHash, now, true);
    await deleteUserSessions(trx, id);
    const revoked = await revokeUserApiTokens(trx, id, now);
    audit.record({
      entityType: 'user',
      entityId: id,
      action: 'password-set',
      after: { password: 'set by an administrator', mustChangePassword: true, ...(revoked.length > 0 && { apiTokensRevoked: revoked }) },
    });
  });
}

/** A user changes their own password; their other sessions end. */
export async function changeOwnPassword(
  deps: AppDeps,
  ctx: RequestContext,
  input: { userId: string; currentPassword: string; newPassword: string; keepSessionHash: string },
): Promise<void> {
  const user = await findUserById(deps.database.db, input.userId);
  if (!user) throw new NotFoundError('No such user');
  // Guessing the current password from a stolen session counts against the account like sign-in does.
  const key = accountKey(user.email);
  const now = deps.clock.now().getTime();
  const decision = decideAttempt(await findThrottle(deps.database.db, key), now, ACCOUNT_POLICY);
  if (!decision.allowed) {
    throw new UserFacingError(`Too many wrong attempts. Wait ${Math.ceil(decision.retryAfterSeconds / 60)} minute(s) and try again`, 'currentPassword');
  }
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    await command(deps, ctx, async (trx, audit) => {
      await saveThrottle(trx, key, recordFailure(await findThrottle(trx, key), now, ACCOUNT_POLICY));
      audit.record({ entityType: 'user', entityId: user.id, action: 'password-change-failed', after: { reason: 'wrong current password' } });
    });
    throw new UserFacingError('Your current password is not correct', 'currentPassword');
  }
  await checkPassword(input.newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await command(deps, ctx, async (trx, audit) => {
    await updatePasswordHash(trx, user.id, passwordHash, deps.clock.now().toISOString());
    await deleteUserSessions(trx, user.id, input.keepSessionHash);
    await clearThrottle(trx, key);
    audit.record({ entityType: 'user', entityId: user.id, action: 'password-changed', after: { password: 'changed by the user' } });
  });
}

/** At start: ACCORD_ADMIN_EMAIL and ACCORD_ADMIN_PASSWORD create the administrator when there are no users. */
export async function ensureFirstAdministrator(
  deps: AppDeps,
  input: { email: string; password: string },
): Promise<'created' | 'exists'> {
  if ((await countUsers(deps.database.db)) > 0) return 'exists';
  try {
    await createFirstAdministrator(
      deps,
      { actor: { id: null, label: 'system (ACCORD_ADMIN_EMAIL at start)' }, requestId: null },
      { email: input.email, name: 'Administrator', password: input.password },
    );
    return 'created';
  } catch (error) {
    if (error instanceof FirstAdministratorExists) return 'exists';
    // Said at start, so name the setting: the same password rules as the page (not common, not the email).
    if (error instanceof UserFacingError && error.field === 'password') throw new UserFacingError(`ACCORD_ADMIN_PASSWORD is refused: ${error.message}`, 'password');
    throw error;
  }
}
