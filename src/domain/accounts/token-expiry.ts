// API tokens expire, so one copied into a forgotten script or a leaked file stops working by itself.
// A year by default (a yearly renewal fits a council's reporting cycle); shorter when asked for.
export const TOKEN_LIFETIMES = [
  { days: 30, label: '30 days' },
  { days: 90, label: '90 days' },
  { days: 365, label: '1 year' },
] as const;

export type TokenLifetimeDays = (typeof TOKEN_LIFETIMES)[number]['days'];
export const DEFAULT_TOKEN_LIFETIME_DAYS: TokenLifetimeDays = 365;

export function isTokenLifetime(days: number): days is TokenLifetimeDays {
  return TOKEN_LIFETIMES.some((l) => l.days === days);
}

/** When a token made at `now` (epoch ms) for `days` stops working. */
export function tokenExpiry(now: number, days: TokenLifetimeDays): number {
  return now + days * 86_400_000;
}

/** Null: a token made before tokens expired, which never does. */
export function tokenExpired(expiresAt: number | null, now: number): boolean {
  return expiresAt !== null && now >= expiresAt;
}
