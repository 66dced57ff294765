// Inviting someone from a partner organisation to sign in to Accord (issue 10). An officer invites a
// person in the register; Accord makes their account (a partner representative, with no password yet),
// links it to the person, and emails a link to choose a password, single use for 7 days. What they then
// see is their organisation's partnerships (src/domain/access/roles.ts reach), so the invitation page
// lists those. The email is sent after the officer has their answer, as with every message.
import { createHash, randomBytes } from 'node:crypto';
import { normaliseEmail } from '../domain/accounts/email.ts';
import { INVITATION_LINK_DAYS, invitationVerdict, type InvitationVerdict } from '../domain/accounts/invitation.ts';
import type { Person } from '../domain/register/records.ts';
import { findOrganisation, partnershipsOfOrganisation } from '../db/repositories/organisations.repo.ts';
import { insertPasswordReset, lastInvitedAt } from '../db/repositories/password-resets.repo.ts';
import { findPerson, updatePerson as updatePersonRow } from '../db/repositories/people.repo.ts';
import { findUserByEmail, findUserById, insertUser, type UserWithHash } from '../db/repositories/users.repo.ts';
import type { Db, Trx } from '../db/database.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, UserFacingError } from './errors.ts';
import type { Mailer } from './mail.ts';
import type { Outgoing } from './password-reset.service.ts';
import { NO_PASSWORD } from './passwords.ts';
import type { Principal } from './principal.ts';
import { partnershipScope } from '../domain/access/scope.ts';

const DAY = 86_400_000;
const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

export interface InvitationView {
  person: Person;
  organisationName: string;
  /** The partnerships they would see: those their organisation is a partner in (within the inviter's own reach). */
  partnerships: Array<{ id: string; reference: string; name: string }>;
  verdict: InvitationVerdict;
  /** When they were last sent an invitation (ISO), while it is not yet accepted. */
  invitedAt: string | null;
}

async function verdictOf(db: Db | Trx, person: Person): Promise<{ verdict: InvitationVerdict; account: UserWithHash | undefined; organisationName: string }> {
  const [organisation, account, sameEmail] = await Promise.all([
    findOrganisation(db, person.organisationId),
    person.userId ? findUserById(db, person.userId) : undefined,
    person.email ? findUserByEmail(db, normaliseEmail(person.email)) : undefined,
  ]);
  const verdict = invitationVerdict({
    name: person.name,
    email: person.email,
    organisationIsThisCouncil: organisation?.isThisCouncil ?? false,
    account: account ? { role: account.role, active: account.active, hasPassword: account.passwordHash !== NO_PASSWORD } : null,
    emailTakenByAnotherAccount: sameEmail !== undefined && sameEmail.id !== person.userId,
  });
  return { verdict, account, organisationName: organisation?.name ?? '' };
}

/** What inviting a person would do, or why they cannot be invited; undefined when there is no such person. */
export async function invitation(deps: AppDeps, principal: Principal, personId: string): Promise<InvitationView | undefined> {
  const db = deps.database.db;
  const person = await findPerson(db, personId);
  if (!person) return undefined;
  const [{ verdict, account, organisationName }, partnerships] = await Promise.all([
    verdictOf(db, person),
    partnershipsOfOrganisation(db, partnershipScope(principal), person.organisationId),
  ]);
  const invitedAt = account && verdict.may ? ((await lastInvitedAt(db, account.id)) ?? null) : null;
  return { person, organisationName, partnerships: partnerships.map((p) => ({ id: p.id, reference: p.reference, name: p.name })), verdict, invitedAt };
}

/**
 * Invites the person: makes and links their account when they have none, and sends a new link. Refused
 * (UserFacingError) when invitationVerdict says no, checked again inside the transaction.
 */
export async function invite(
  deps: AppDeps,
  ctx: RequestContext,
  mailer: Mailer,
  personId: string,
  from: { councilName: string },
): Promise<{ email: string; again: boolean; send: Outgoing }> {
  const token = randomBytes(32).toString('base64url');
  const now = deps.clock.now();
  const done = await command(deps, ctx, async (trx, audit) => {
    const person = await findPerson(trx, personId);
    if (!person) throw new NotFoundError('No such person');
    const { verdict } = await verdictOf(trx, person);
    if (!verdict.may) throw new UserFacingError(verdict.reason);
    const email = person.email!;
    let userId = person.userId;
    if (!userId) {
      userId = deps.ids.next();
      const at = now.toISOString();
      await insertUser(trx, { id: userId, email, emailNormalised: normaliseEmail(email), name: person.name, role: 'partner-representative', passwordHash: NO_PASSWORD, now: at });
      audit.record({ entityType: 'user', entityId: userId, action: 'created', after: { email, name: person.name, role: 'partner-representative', active: true, password: 'none yet: invited' } });
      const { id: _i, createdAt: _c, updatedAt: _u, organisationName: _o, ...details } = person;
      await updatePersonRow(trx, person.id, { ...details, userId }, at);
      audit.record({ entityType: 'person', entityId: person.id, action: 'updated', before: { userId: null }, after: { userId } });
    }
    await insertPasswordReset(trx, { tokenHash: hashOf(token), userId, createdAt: now.toISOString(), expiresAt: new Date(now.getTime() + INVITATION_LINK_DAYS * DAY).toISOString(), purpose: 'invitation' });
    audit.record({ entityType: 'user', entityId: userId, action: 'invited', after: { person: person.name, email, expiresInDays: INVITATION_LINK_DAYS } });
    const partnerships = await partnershipsOfOrganisation(trx, { kind: 'all' }, person.organisationId);
    return { person, email, again: verdict.again, partnerships };
  });
  const inviter = ctx.actor.label.replace(/\s*<[^>]*>$/, '');
  return {
    email: done.email,
    again: done.again,
    send: () =>
      mailer.send({
        to: done.email,
        subject: `${from.councilName} invites you to Accord`,
        text: [
          `Hello ${done.person.name},`,
          '',
          `${inviter} at ${from.councilName} has invited you to Accord, where the council keeps the partnerships it runs with ${done.person.organisationName} and others.`,
          '',
          done.partnerships.length
            ? `You will be able to read ${done.partnerships.length === 1 ? 'this partnership' : `these ${done.partnerships.length} partnerships`}, with their papers and compliance:\n${done.partnerships.map((p) => `- ${p.name} (${p.reference})`).join('\n')}`
            : `You will be able to read the partnerships ${done.person.organisationName} is a partner in.`,
          '',
          'To set up your account, choose a password here:',
          '',
          `${mailer.publicUrl}/invitation/${token}`,
          '',
          `The link works once, for ${INVITATION_LINK_DAYS} days. You will sign in with this email address, ${done.email}.`,
          '',
          `If you did not expect this, ignore this email, or tell ${inviter}.`,
        ].join('\n'),
      }),
  };
}
