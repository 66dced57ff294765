// Two-factor sign-in for local accounts (issue 10): after the password, a code from an authenticator app
// (TOTP, RFC 6238: 6 digits, 30 seconds) or one of ten recovery codes shown once. Required for the roles
// TWO_FACTOR_ROLES names (administrators and internal audit unless configured), optional for the rest;
// single sign-on is exempt, since the council's provider applies its own. Pure: the app applies it.
import type { Role } from '../access/roles.ts';

/** A sign-in that passed the password waits this long for the code (then starts again at the password). */
export const SIGN_IN_CODE_MINUTES = 10;
export const RECOVERY_CODE_COUNT = 10;
/** A code is accepted one 30-second step either side of the server's clock (a phone's clock drifts). */
export const CODE_TOLERANCE_SECONDS = 30;

export type TypedCode = { kind: 'authenticator'; code: string } | { kind: 'recovery'; code: string } | { kind: 'unreadable' };

/**
 * What someone typed at "Enter the code": six digits from the app (spaces allowed, as apps show
 * "123 456"), or a recovery code (xxxx-xxxx-xxxx of letters and digits, case and dashes ignored).
 */
export function readCode(typed: string): TypedCode {
  const compact = typed.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'authenticator', code: compact };
  if (/^[a-z0-9]{12}$/.test(compact)) return { kind: 'recovery', code: compact };
  return { kind: 'unreadable' };
}

/** A recovery code as shown to the person: three groups of four. `raw` is 12 lowercase letters and digits. */
export function formatRecoveryCode(raw: string): string {
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

export interface TwoFactorStanding {
  required: boolean;
  on: boolean;
  /** Signing in with a password: must set it up before anything else opens. */
  mustSetUp: boolean;
  /** Why, in words for the page: which rule, from which setting. */
  reason: string;
}

export function twoFactorStanding(role: Role, roleLabel: string, requiredRoles: readonly Role[], on: boolean): TwoFactorStanding {
  const required = requiredRoles.includes(role);
  return {
    required,
    on,
    mustSetUp: required && !on,
    reason: required
      ? `The council requires two-factor sign-in for the ${roleLabel.toLowerCase()} role.`
      : 'Two-factor sign-in is optional for your role, and recommended.',
  };
}

/** Whether someone may turn two-factor sign-in off themselves: not while their role requires it. */
export function mayTurnOff(standing: TwoFactorStanding): { may: true } | { may: false; reason: string } {
  if (!standing.on) return { may: false, reason: 'Two-factor sign-in is not on.' };
  if (standing.required) return { may: false, reason: `${standing.reason} It cannot be turned off; to move it to a new phone, set it up again.` };
  return { may: true };
}

/** Whether a sign-in waiting for its code has waited too long. */
export function challengeExpired(createdAt: number, now: number): boolean {
  return now - createdAt > SIGN_IN_CODE_MINUTES * 60_000;
}

/** The secret as typed into an app by hand: groups of four. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
