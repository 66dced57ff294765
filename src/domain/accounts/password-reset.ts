// "Forgotten your password": how long a link lasts, how many may be asked for, and whether one still
// works. Pure; src/app/password-reset.service.ts applies it.

/** A link works for an hour: long enough to reach one's email, short enough that an old one is no use. */
export const RESET_LINK_MINUTES = 60;
/** At most this many links to one account in RESET_WINDOW_MINUTES: the rest are not sent (and nobody is told which). */
export const RESET_LIMIT = 3;
export const RESET_WINDOW_MINUTES = 60;

export type ResetLinkState = 'valid' | 'expired' | 'used' | 'unknown';

/** Times in milliseconds since the epoch. */
export function resetLinkState(link: { expiresAt: number; used: boolean } | undefined, now: number): ResetLinkState {
  if (!link) return 'unknown';
  if (link.used) return 'used';
  return link.expiresAt > now ? 'valid' : 'expired';
}

/** Whether another link may be sent, given how many were sent in the window. */
export function mayResetAgain(sentInWindow: number): boolean {
  return sentInWindow < RESET_LIMIT;
}

/** What a person is told about a link that does not work: never whether an account exists. */
export const RESET_LINK_PROBLEM: Readonly<Record<Exclude<ResetLinkState, 'valid'>, string>> = {
  unknown: 'This link is not one Accord sent, or it was copied incompletely.',
  expired: `This link has expired: links work for ${RESET_LINK_MINUTES} minutes.`,
  used: 'This link has been used already: each works once.',
};
