// Repeated failed sign-ins are slowed, then locked for a while, per account and per address.
// Pure: the caller loads the counters, asks, and stores what comes back. Times are epoch milliseconds.

export interface ThrottlePolicy {
  /** Failures allowed before each further attempt must wait. */
  throttleAfter: number;
  /** Failures that lock the key. */
  lockAfter: number;
  lockMinutes: number;
  /** Failures older than this are forgotten. */
  windowMinutes: number;
  /** Longest wait between attempts while throttled. */
  maxDelaySeconds: number;
}

export const ACCOUNT_POLICY: ThrottlePolicy = {
  throttleAfter: 3,
  lockAfter: 10,
  lockMinutes: 15,
  windowMinutes: 15,
  maxDelaySeconds: 60,
};

// An office behind one NAT address is many people: more room before the address is slowed.
export const ADDRESS_POLICY: ThrottlePolicy = {
  throttleAfter: 20,
  lockAfter: 100,
  lockMinutes: 15,
  windowMinutes: 15,
  maxDelaySeconds: 60,
};

export interface ThrottleState {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number | null;
}

export type AttemptDecision =
  | { allowed: true }
  | { allowed: false; reason: 'locked' | 'throttled'; retryAfterSeconds: number };

function live(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): ThrottleState | undefined {
  if (!state) return undefined;
  const locked = state.lockedUntil !== null && state.lockedUntil > now;
  if (!locked && now - state.lastFailureAt > policy.windowMinutes * 60_000) return undefined;
  return state;
}

function delaySeconds(failures: number, policy: ThrottlePolicy): number {
  if (failures < policy.throttleAfter) return 0;
  return Math.min(2 ** (failures - policy.throttleAfter), policy.maxDelaySeconds);
}

/** May a sign-in be attempted now for this key? */
export function decideAttempt(
  state: ThrottleState | undefined,
  now: number,
  policy: ThrottlePolicy,
): AttemptDecision {
  const current = live(state, now, policy);
  if (!current) return { allowed: true };
  if (current.lockedUntil !== null && current.lockedUntil > now) {
    return { allowed: false, reason: 'locked', retryAfterSeconds: Math.ceil((current.lockedUntil - now) / 1000) };
  }
  const waitUntil = current.lastFailureAt + delaySeconds(current.failures, policy) * 1000;
  if (waitUntil > now) {
    return { allowed: false, reason: 'throttled', retryAfterSeconds: Math.ceil((waitUntil - now) / 1000) };
  }
  return { allowed: true };
}

/** The counters after one more failure. */
export function recordFailure(state: ThrottleState | undefined, now: number, policy: ThrottlePolicy): ThrottleState {
  const current = live(state, now, policy);
  const failures = (current?.failures ?? 0) + 1;
  const lockedUntil = failures >= policy.lockAfter ? now + policy.lockMinutes * 60_000 : null;
  return { failures, lastFailureAt: now, lockedUntil };
}

/** A lock's wait in words for the page: "1 minute", "15 minutes" (rounded up). */
export function waitInMinutes(seconds: number): string {
  const m = Math.ceil(seconds / 60);
  return m <= 1 ? '1 minute' : `${m} minutes`;
}
