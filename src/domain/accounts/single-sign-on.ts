// Issue 10: single sign-on with OpenID Connect. Pure rules: given an ID token's claims (already checked
// by openid-client: signature, issuer, audience, expiry, nonce) and the council's settings, who is
// signing in, with which role, or why they are refused. The I/O is in src/app/single-sign-on.service.ts.
import { isRole, type Role } from '../access/roles.ts';
import { normaliseEmail } from './email.ts';

export interface SingleSignOnRules {
  /** Entra ID tenant ids (the `tid` claim) allowed to sign in; empty: any tenant the issuer vouches for. */
  allowedTenants: readonly string[];
  /** Email domains allowed to sign in; empty: any. */
  allowedDomains: readonly string[];
  /** The claim holding the person's roles or groups: `roles` (Entra app roles) or `groups`. */
  roleClaim: string;
  /** Claim value → Accord role, in the order given: the first value the person has wins. */
  roleMap: ReadonlyArray<readonly [string, Role]>;
  /** What becomes of someone with no Accord account: refused, or an account of this role is made. */
  newUsers: 'refuse' | Role;
}

export type Refusal =
  | 'no-subject'
  | 'tenant-not-allowed'
  | 'no-email'
  | 'email-not-verified'
  | 'domain-not-allowed'
  | 'new-users-refused'
  | 'deactivated'
  | 'linked-elsewhere';

/** What a refused person is told: the reason, never another account's details. */
export const REFUSAL_MESSAGES: Readonly<Record<Refusal, string>> = {
  'no-subject': 'Your council account could not be used to sign in to Accord. Ask an administrator for help',
  'tenant-not-allowed': 'Your organisation’s accounts cannot sign in to Accord. Ask an administrator for help',
  'no-email': 'Your council account has no email address, so it cannot sign in to Accord. Ask an administrator for help',
  'email-not-verified': 'Your council account’s email address is not verified, so it cannot sign in to Accord. Ask an administrator for help',
  'domain-not-allowed': 'Accounts with your email address cannot sign in to Accord. Ask an administrator for help',
  'new-users-refused': 'You do not have an Accord account. Ask an administrator to give you one',
  'deactivated': 'Your Accord account has been deactivated. Ask an administrator for help',
  'linked-elsewhere': 'Your Accord account is linked to another council account. Ask an administrator for help',
};

export interface Identity {
  subject: string;
  email: string;
  name: string;
  /** The role the claims map to; null when none of the person's claim values is in the map. */
  mappedRole: Role | null;
}

export type IdentityVerdict = { ok: true; identity: Identity } | { ok: false; reason: Refusal };

const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1);
const listed = (list: readonly string[], value: string) => list.some((item) => item.toLowerCase() === value.toLowerCase());

function claimValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/**
 * Who the claims say is signing in. The email must be verified: `email_verified` (OpenID Connect) or
 * Entra ID's `xms_edov` (the domain's owner verified it), since linking an existing Accord account by an
 * address the provider never checked would let anyone who can set that address take the account.
 */
export function readIdentity(claims: Record<string, unknown>, rules: SingleSignOnRules): IdentityVerdict {
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  if (!subject || subject.length > 255) return { ok: false, reason: 'no-subject' };
  if (rules.allowedTenants.length > 0 && !(typeof claims.tid === 'string' && listed(rules.allowedTenants, claims.tid))) {
    return { ok: false, reason: 'tenant-not-allowed' };
  }
  const raw = typeof claims.email === 'string' ? claims.email.trim() : '';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(raw) || raw.length > 320) return { ok: false, reason: 'no-email' };
  if (claims.email_verified !== true && claims.xms_edov !== true) return { ok: false, reason: 'email-not-verified' };
  if (rules.allowedDomains.length > 0 && !listed(rules.allowedDomains, domainOf(raw))) return { ok: false, reason: 'domain-not-allowed' };
  const values = claimValues(claims[rules.roleClaim]);
  const mapped = rules.roleMap.find(([value]) => values.includes(value));
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim().slice(0, 200) : raw;
  return { ok: true, identity: { subject, email: raw, name, mappedRole: mapped ? mapped[1] : null } };
}

export interface ExistingAccount {
  role: Role;
  active: boolean;
}

export type AccountVerdict =
  | { ok: true; create: true; role: Role }
  | { ok: true; create: false; role: Role; roleChanged: boolean }
  | { ok: false; reason: Refusal };

/**
 * What happens to the account. A role the claims map to is the provider's word and is re-applied at every
 * sign-in; with no mapped role, an existing account keeps the role an administrator gave it (so a role
 * map is optional). Someone with no account is refused when OIDC_NEW_USERS is `refuse`; otherwise their
 * account is made with the mapped role or, with none, OIDC_NEW_USERS's role.
 */
export function decideAccount(identity: Identity, existing: ExistingAccount | null, rules: SingleSignOnRules): AccountVerdict {
  if (existing) {
    if (!existing.active) return { ok: false, reason: 'deactivated' };
    const role = identity.mappedRole ?? existing.role;
    return { ok: true, create: false, role, roleChanged: role !== existing.role };
  }
  if (rules.newUsers === 'refuse') return { ok: false, reason: 'new-users-refused' };
  return { ok: true, create: true, role: identity.mappedRole ?? rules.newUsers };
}

/** Whether this address must sign in with single sign-on (OIDC_REQUIRED_DOMAINS): its password is refused. */
export function mustUseSingleSignOn(email: string, requiredDomains: readonly string[]): boolean {
  const normalised = normaliseEmail(email);
  return normalised.includes('@') && listed(requiredDomains, domainOf(normalised));
}

/** What a refused password sign-in is told: which button to use instead. */
export const requiredSsoMessage = (buttonLabel: string) => `Your account signs in with single sign-on: use “${buttonLabel}”`;

/** Parses OIDC_ROLE_MAP, `Accord.Admin=administrator,Accord.Officer=officer`; a message for the first bad entry. */
export function parseRoleMap(text: string): { ok: true; map: Array<[string, Role]> } | { ok: false; message: string } {
  const map: Array<[string, Role]> = [];
  for (const entry of text.split(',').map((e) => e.trim()).filter(Boolean)) {
    const at = entry.lastIndexOf('=');
    const value = entry.slice(0, at).trim();
    const role = entry.slice(at + 1).trim();
    if (at <= 0 || !value) return { ok: false, message: `"${entry}" is not claim-value=role` };
    if (!isRole(role)) return { ok: false, message: `"${role}" is not an Accord role` };
    map.push([value, role]);
  }
  return { ok: true, map };
}

/** Comma-separated lists of settings, trimmed, without empty items. */
export function parseList(text: string | undefined): string[] {
  return (text ?? '').split(',').map((item) => item.trim()).filter(Boolean);
}
