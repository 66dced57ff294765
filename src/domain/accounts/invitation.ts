// Inviting someone from a partner organisation to sign in to Accord as a partner representative (issue
// 10: partners maintain their plans, registers and data, and may challenge at any time). Pure:
// who may be invited, and how long the link lasts. src/app/invitations.service.ts applies it.

/** An invitation's link works for 7 days (the rule): time to be back from leave, short enough to go stale. */
export const INVITATION_LINK_DAYS = 7;

export interface Invitee {
  name: string;
  email: string | null;
  organisationIsThisCouncil: boolean;
  /** The account linked to the person, if any, and whether it has a password yet. */
  account: { role: string; active: boolean; hasPassword: boolean } | null;
  /** Another account (not linked to this person) already has their email address. */
  emailTakenByAnotherAccount: boolean;
}

export type InvitationVerdict =
  | { may: true; again: boolean }
  | { may: false; reason: string };

export function invitationVerdict(p: Invitee): InvitationVerdict {
  if (p.organisationIsThisCouncil) {
    return { may: false, reason: `${p.name} is one of the council’s people: an administrator gives council staff their accounts under Users.` };
  }
  if (!p.email) return { may: false, reason: `Accord has no email address for ${p.name}: add one to their details first.` };
  if (p.account) {
    if (p.account.hasPassword) return { may: false, reason: `${p.name} has an Accord account already: they sign in with it.` };
    if (!p.account.active) return { may: false, reason: `${p.name}’s account has been deactivated: an administrator can reactivate it under Users.` };
    if (p.account.role !== 'partner-representative') return { may: false, reason: `${p.name}’s account is not a partner representative’s: an administrator manages it under Users.` };
    // Invited before and not yet accepted: a new link may be sent.
    return { may: true, again: true };
  }
  if (p.emailTakenByAnotherAccount) return { may: false, reason: `Another Accord account has the address ${p.email}: an administrator can link it to ${p.name} under their details.` };
  return { may: true, again: false };
}
