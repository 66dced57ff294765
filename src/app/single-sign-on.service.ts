// Signing in with single sign-on (issue 10): the provider's checked claims → the Accord user, made or
// linked or refused by the pure rules (src/domain/accounts/single-sign-on.ts), then a session opened the
// one way every sign-in opens it (startSession). Every outcome is audited.
import { removesLastAdministrator } from '../domain/accounts/administrators.ts';
import { normaliseEmail } from '../domain/accounts/email.ts';
import { decideAccount, readIdentity, type Refusal } from '../domain/accounts/single-sign-on.ts';
import { deleteUserSessions } from '../db/repositories/sessions.repo.ts';
import {
  countActiveAdministrators,
  findUserByEmail,
  findUserBySsoIdentity,
  insertUser,
  linkSsoIdentity,
  updateUserRole,
  type UserWithHash,
} from '../db/repositories/users.repo.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NO_PASSWORD } from './passwords.ts';
import { accountKey, startSession, type SignedInUser } from './sessions.service.ts';
import type { SingleSignOn } from './single-sign-on.ts';

export type SsoSignInResult = { ok: true; token: string; user: SignedInUser } | { ok: false; reason: Refusal };

export async function signInWithSingleSignOn(
  deps: AppDeps,
  ctx: RequestContext,
  sso: SingleSignOn,
  answer: { issuer: string; claims: Record<string, unknown> },
  input: { address: string; replacesSessionHash: string | null },
): Promise<SsoSignInResult> {
  const refuse = async (reason: Refusal, user?: UserWithHash): Promise<SsoSignInResult> => {
    await command(deps, ctx, async (_trx, audit) => {
      const target = user ? { entityType: 'user', entityId: user.id } : { entityType: 'sign-in', entityId: `sso:${String(answer.claims.sub ?? '').slice(0, 255)}` };
      audit.record({ ...target, action: 'sign-in-refused', after: { reason, with: 'single sign-on', address: input.address } });
    });
    return { ok: false, reason };
  };

  const verdict = readIdentity(answer.claims, sso.rules);
  if (!verdict.ok) return refuse(verdict.reason);
  const { identity } = verdict;
  const now = deps.clock.now().toISOString();

  // One transaction: find or link or make the account, and re-apply the provider's role.
  const outcome = await command(deps, ctx, async (trx, audit): Promise<{ user: UserWithHash } | { refused: Refusal; user?: UserWithHash }> => {
    let user = await findUserBySsoIdentity(trx, answer.issuer, identity.subject);
    let linking = false;
    if (!user) {
      // First single sign-on: an existing local account with the same (verified) address is this person's.
      user = await findUserByEmail(trx, normaliseEmail(identity.email));
      if (user?.signsInWithSso) return { refused: 'linked-elsewhere', user };
      linking = Boolean(user);
    }
    const decision = decideAccount(identity, user ? { role: user.role, active: user.active } : null, sso.rules);
    if (!decision.ok) return user ? { refused: decision.reason, user } : { refused: decision.reason };
    if (decision.create) {
      const id = deps.ids.next();
      // No usable password: this person signs in with single sign-on (an administrator may set one later).
      await insertUser(trx, { id, email: identity.email, emailNormalised: normaliseEmail(identity.email), name: identity.name, role: decision.role, passwordHash: NO_PASSWORD, now });
      await linkSsoIdentity(trx, id, answer.issuer, identity.subject, now);
      audit.record({ entityType: 'user', entityId: id, action: 'created', after: { email: identity.email, name: identity.name, role: decision.role, active: true, with: 'single sign-on' } });
      const created = await findUserBySsoIdentity(trx, answer.issuer, identity.subject);
      if (!created) throw new Error('user vanished after insert');
      return { user: created };
    }
    if (!user) throw new Error('an existing account was decided without one');
    if (linking) {
      await linkSsoIdentity(trx, user.id, answer.issuer, identity.subject, now);
      audit.record({ entityType: 'user', entityId: user.id, action: 'linked-single-sign-on', after: { issuer: answer.issuer, subject: identity.subject } });
    }
    if (decision.roleChanged) {
      const change = { currentRole: user.role, currentActive: true, nextRole: decision.role, nextActive: true, activeAdministrators: await countActiveAdministrators(trx) };
      // The provider cannot leave Accord without an administrator: the last one keeps the role, and it is on record.
      if (removesLastAdministrator(change)) {
        audit.record({ entityType: 'user', entityId: user.id, action: 'role-kept', after: { reason: 'the last active administrator', claimed: decision.role } });
      } else {
        await updateUserRole(trx, user.id, decision.role, now);
        // As when an administrator changes a role: the user's other sessions end at once.
        await deleteUserSessions(trx, user.id);
        audit.record({ entityType: 'user', entityId: user.id, action: 'updated', before: { role: user.role }, after: { role: decision.role, with: 'single sign-on' } });
        user = { ...user, role: decision.role };
      }
    }
    return { user };
  });
  if ('refused' in outcome) return refuse(outcome.refused, outcome.user);
  const opened = await startSession(deps, ctx, outcome.user, { ...input, how: 'single sign-on' });
  return { ok: true, ...opened };
}

/**
 * A password sign-in for an address OIDC_REQUIRED_DOMAINS sends to single sign-on: refused before the
 * password is checked (the rule is the domain's, so saying so tells nothing about any one account).
 */
export async function refusePasswordSignIn(deps: AppDeps, ctx: RequestContext, email: string, address: string): Promise<void> {
  await command(deps, ctx, async (_trx, audit) => {
    audit.record({ entityType: 'sign-in', entityId: accountKey(email), action: 'sign-in-refused', after: { reason: 'single sign-on required', address } });
  });
}
