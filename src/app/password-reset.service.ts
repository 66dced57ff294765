// "Forgotten your password" (issue 10): a link by email, single use, for an hour (domain/accounts/
// password-reset.ts). Asking says the same whether or not the address has an account, and the email
// is sent after the answer, so neither the words nor the time give an account away.
import { createHash, randomBytes } from 'node:crypto';
import { normaliseEmail } from '../domain/accounts/email.ts';
import { mayResetAgain, RESET_LINK_MINUTES, RESET_WINDOW_MINUTES, resetLinkState, type ResetLinkState } from '../domain/accounts/password-reset.ts';
import { countPasswordResetsSince, findPasswordReset, insertPasswordReset, usePasswordResets, type LinkPurpose } from '../db/repositories/password-resets.repo.ts';
import { deleteUserSessions } from '../db/repositories/sessions.repo.ts';
import { clearThrottle } from '../db/repositories/sign-in-throttle.repo.ts';
import { findUserByEmail, findUserById, updatePasswordHash } from '../db/repositories/users.repo.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import type { Mailer } from './mail.ts';
import { hashPassword } from './passwords.ts';
import { accountKey } from './sessions.service.ts';
import { checkPassword } from './users.service.ts';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const MINUTE = 60_000;

/** A message to send once the person has had their answer; null when nothing is to be sent. */
export type Outgoing = (() => Promise<void>) | null;

export async function requestPasswordReset(deps: AppDeps, ctx: RequestContext, mailer: Mailer, email: string): Promise<Outgoing> {
  const user = await findUserByEmail(deps.database.db, normaliseEmail(email));
  if (!user || !user.active) return null;
  const now = deps.clock.now();
  const sent = await countPasswordResetsSince(deps.database.db, user.id, new Date(now.getTime() - RESET_WINDOW_MINUTES * MINUTE).toISOString());
  if (!mayResetAgain(sent)) {
    await command(deps, ctx, async (_trx, audit) => {
      audit.record({ entityType: 'user', entityId: user.id, action: 'password-reset-limited', after: { reason: `${sent} links sent in the last ${RESET_WINDOW_MINUTES} minutes` } });
    });
    return null;
  }
  const token = randomBytes(32).toString('base64url');
  await command(deps, ctx, async (trx, audit) => {
    await insertPasswordReset(trx, { tokenHash: hashOf(token), userId: user.id, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * MINUTE).toISOString(), purpose: 'reset' });
    audit.record({ entityType: 'user', entityId: user.id, action: 'password-reset-requested', after: { expiresInMinutes: RESET_LINK_MINUTES } });
  });
  return () =>
    mailer.send({
      to: user.email,
      subject: 'Set a new password for Accord',
      text: [
        `Hello ${user.name},`,
        '',
        'Someone (we hope you) asked to set a new password for your Accord account. To choose one, open this link:',
        '',
        `${mailer.publicUrl}/reset-password/${token}`,
        '',
        `It works once, for ${RESET_LINK_MINUTES} minutes. If you did not ask, ignore this email: your password has not changed.`,
      ].join('\n'),
    });
}

/** The link a token names, of the purpose the page takes, and whether it works. */
async function linkOf(deps: AppDeps, token: string, purpose: LinkPurpose) {
  const link = token.length < 20 || token.length > 100 ? undefined : await findPasswordReset(deps.database.db, hashOf(token), purpose);
  return { link, state: resetLinkState(link && { expiresAt: Date.parse(link.expires_at), used: link.used_at !== null }, deps.clock.now().getTime()) };
}

/** Whether a link works, without using it (the page that asks for the new password); with its account's name and address. */
export async function resetLink(deps: AppDeps, token: string, purpose: LinkPurpose = 'reset'): Promise<{ state: ResetLinkState; account?: { name: string; email: string } }> {
  const { link, state } = await linkOf(deps, token, purpose);
  if (state !== 'valid' || !link) return { state };
  const user = await findUserById(deps.database.db, link.user_id);
  return user && user.active ? { state, account: { name: user.name, email: user.email } } : { state: 'unknown' };
}

const USED_AS: Readonly<Record<LinkPurpose, { action: string; password: string }>> = {
  reset: { action: 'password-reset', password: 'set by the user through an emailed link' },
  invitation: { action: 'invitation-accepted', password: 'chosen by the user through their invitation' },
};

/**
 * Sets the password through a working link: every session of the account ends. A reset is notified (so
 * a change nobody asked for is seen); accepting an invitation is the account's first password, so not.
 */
export async function resetPassword(
  deps: AppDeps,
  ctx: RequestContext,
  mailer: Mailer | null,
  token: string,
  newPassword: string,
  purpose: LinkPurpose = 'reset',
): Promise<{ ok: true; notice: Outgoing } | { ok: false; state: Exclude<ResetLinkState, 'valid'> }> {
  const { link, state } = await linkOf(deps, token, purpose);
  if (state !== 'valid' || !link) return { ok: false, state: state === 'valid' ? 'unknown' : state };
  const user = await findUserById(deps.database.db, link.user_id);
  if (!user || !user.active) return { ok: false, state: 'unknown' };
  await checkPassword(newPassword, user, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  const now = deps.clock.now().toISOString();
  const used = await command(deps, ctx, async (trx, audit) => {
    // Used once: a second request with the same link, even at the same moment, changes nothing.
    if ((await usePasswordResets(trx, user.id, link.token_hash, now)) !== 1) return false;
    await updatePasswordHash(trx, user.id, passwordHash, now);
    await deleteUserSessions(trx, user.id);
    // The person has shown they hold the mailbox: the account's sign-in lock is lifted.
    await clearThrottle(trx, accountKey(user.email));
    audit.record({ entityType: 'user', entityId: user.id, action: USED_AS[purpose].action, after: { password: USED_AS[purpose].password } });
    return true;
  });
  if (!used) return { ok: false, state: 'used' };
  return { ok: true, notice: mailer && purpose === 'reset' ? () => passwordChangedNotice(mailer, user) : null };
}

/** Told to the account's address whenever its password changes, so a change nobody asked for is seen. */
export function passwordChangedNotice(mailer: Mailer, user: { email: string; name: string }): Promise<void> {
  return mailer.send({
    to: user.email,
    subject: 'Your Accord password has changed',
    text: [
      `Hello ${user.name},`,
      '',
      'The password of your Accord account has just been changed, and you have been signed out everywhere else.',
      '',
      `If this was not you, tell your Accord administrator at once, and set a new password at ${mailer.publicUrl}/forgot-password`,
    ].join('\n'),
  });
}

/**
 * Told to the old address and the new whenever an account's email address changes (issue 10): the old,
 * so a change nobody asked for is seen by the person who can still read it; the new, so they know it is theirs.
 */
export async function emailChangedNotice(mailer: Mailer, change: { name: string; from: string; to: string }): Promise<void> {
  const text = [
    `Hello ${change.name},`,
    '',
    `The email address of your Accord account has just been changed from ${change.from} to ${change.to}. You now sign in with ${change.to}.`,
    '',
    'If you did not expect this, tell your Accord administrator at once.',
  ].join('\n');
  for (const to of [change.from, change.to]) await mailer.send({ to, subject: 'Your Accord email address has changed', text });
}
