import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  decideAttempt,
  recordFailure,
  type AttemptDecision,
  type ThrottlePolicy,
  type ThrottleState,
} from '../../src/domain/accounts/sign-in-throttle.ts';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;

// A policy spelled out here, so the worked cases do not move when the production numbers are tuned.
const POLICY: ThrottlePolicy = { throttleAfter: 3, lockAfter: 10, lockMinutes: 15, windowMinutes: 15, maxDelaySeconds: 60 };

const state = (failures: number, lastFailureAt = T0, lockedUntil: number | null = null): ThrottleState => ({
  failures,
  lastFailureAt,
  lockedUntil,
});
const ALLOWED: AttemptDecision = { allowed: true };
const throttled = (retryAfterSeconds: number): AttemptDecision => ({ allowed: false, reason: 'throttled', retryAfterSeconds });
const locked = (retryAfterSeconds: number): AttemptDecision => ({ allowed: false, reason: 'locked', retryAfterSeconds });

describe('decideAttempt: worked cases', () => {
  const cases: Array<[string, ThrottleState | undefined, number, AttemptDecision]> = [
    ['no failures on record', undefined, T0, ALLOWED],
    ['one failure, straight after', state(1), T0, ALLOWED],
    ['two failures (under throttleAfter), straight after', state(2), T0, ALLOWED],
    // At throttleAfter the wait is 2^(failures - throttleAfter) seconds: 1, 2, 4, 8, 16, 32, then capped at 60.
    ['3 failures: wait 1 s, straight after', state(3), T0, throttled(1)],
    ['3 failures: 999 ms later still waiting', state(3), T0 + 999, throttled(1)],
    ['3 failures: after 1 s, allowed', state(3), T0 + SECOND, ALLOWED],
    ['4 failures: wait 2 s', state(4), T0, throttled(2)],
    ['4 failures: after 1.5 s, 1 s to go (rounded up)', state(4), T0 + 1500, throttled(1)],
    ['5 failures: wait 4 s', state(5), T0, throttled(4)],
    ['6 failures: wait 8 s', state(6), T0, throttled(8)],
    ['7 failures: wait 16 s', state(7), T0, throttled(16)],
    ['8 failures: wait 32 s', state(8), T0, throttled(32)],
    ['9 failures: 64 s capped at 60 s', state(9), T0, throttled(60)],
    ['9 failures: 59 s later, 1 s to go', state(9), T0 + 59 * SECOND, throttled(1)],
    ['9 failures: after the capped 60 s, allowed', state(9), T0 + 60 * SECOND, ALLOWED],
    ['locked: 15 minutes to go', state(10, T0, T0 + 15 * MINUTE), T0, locked(900)],
    ['locked: 14 min 59.5 s later, 1 s to go (rounded up)', state(10, T0, T0 + 15 * MINUTE), T0 + 15 * MINUTE - 500, locked(1)],
    ['locked: the moment the lock ends, allowed', state(10, T0, T0 + 15 * MINUTE), T0 + 15 * MINUTE, ALLOWED],
    ['locked: after the lock, allowed', state(10, T0, T0 + 15 * MINUTE), T0 + 16 * MINUTE, ALLOWED],
    ['a lock longer than the window still holds past the window', state(10, T0, T0 + 60 * MINUTE), T0 + 30 * MINUTE, locked(1800)],
    ['throttled failures older than the window are forgotten', state(9, T0), T0 + 15 * MINUTE + 1, ALLOWED],
  ];
  for (const [name, given, now, expected] of cases) {
    it(name, () => {
      assert.deepEqual(decideAttempt(given, now, POLICY), expected);
    });
  }

  it('the delay never exceeds maxDelaySeconds, whatever the count below lockAfter', () => {
    const policy = { ...POLICY, lockAfter: 1000 };
    for (let failures = policy.throttleAfter; failures < 60; failures++) {
      const d = decideAttempt(state(failures), T0, policy);
      assert.equal(d.allowed, false, `${failures} failures`);
      if (!d.allowed) assert.ok(d.retryAfterSeconds <= policy.maxDelaySeconds, `${failures} failures: ${d.retryAfterSeconds}s`);
    }
  });
});

describe('recordFailure: worked cases', () => {
  const cases: Array<[string, ThrottleState | undefined, number, ThrottleState]> = [
    ['the first failure', undefined, T0, state(1, T0)],
    ['counts up within the window', state(2, T0), T0 + 5 * MINUTE, state(3, T0 + 5 * MINUTE)],
    ['at the very end of the window the count still runs', state(4, T0), T0 + 15 * MINUTE, state(5, T0 + 15 * MINUTE)],
    ['after the window the count starts again', state(4, T0), T0 + 15 * MINUTE + 1, state(1, T0 + 15 * MINUTE + 1)],
    ['one short of lockAfter: not locked', state(8, T0), T0 + MINUTE, state(9, T0 + MINUTE)],
    ['reaching lockAfter locks for lockMinutes', state(9, T0), T0 + MINUTE, state(10, T0 + MINUTE, T0 + 16 * MINUTE)],
    ['forgotten failures do not lock: 9 old ones then 1 new', state(9, T0), T0 + 20 * MINUTE, state(1, T0 + 20 * MINUTE)],
    ['after an expired lock and a quiet window, a failure starts again at 1', state(10, T0, T0 + 15 * MINUTE), T0 + 40 * MINUTE, state(1, T0 + 40 * MINUTE)],
  ];
  for (const [name, given, now, expected] of cases) {
    it(name, () => {
      assert.deepEqual(recordFailure(given, now, POLICY), expected);
    });
  }

  it('does not change the state it was given', () => {
    const given = state(2);
    const copy = { ...given };
    recordFailure(given, T0 + SECOND, POLICY);
    assert.deepEqual(given, copy);
  });
});

describe('a run of failures, end to end', () => {
  it('throttles from the 3rd failure, locks at the 10th for 15 minutes, then lets the person try again', () => {
    let s: ThrottleState | undefined;
    let now = T0;
    const decisions: string[] = [];
    for (let i = 1; i <= 10; i++) {
      // Wait exactly as long as told, then fail again.
      let d = decideAttempt(s, now, ACCOUNT_POLICY);
      if (!d.allowed) {
        decisions.push(`${d.reason} ${d.retryAfterSeconds}s`);
        now += d.retryAfterSeconds * SECOND;
        d = decideAttempt(s, now, ACCOUNT_POLICY);
      } else decisions.push('allowed');
      assert.equal(d.allowed, true, `attempt ${i} allowed after waiting`);
      s = recordFailure(s, now, ACCOUNT_POLICY);
    }
    assert.deepEqual(decisions, ['allowed', 'allowed', 'allowed', 'throttled 1s', 'throttled 2s', 'throttled 4s', 'throttled 8s', 'throttled 16s', 'throttled 32s', 'throttled 60s']);
    assert.equal(s?.failures, 10);
    assert.deepEqual(decideAttempt(s, now, ACCOUNT_POLICY), locked(15 * 60));
    assert.deepEqual(decideAttempt(s, now + 15 * MINUTE - 1, ACCOUNT_POLICY), locked(1));
    assert.deepEqual(decideAttempt(s, now + 15 * MINUTE, ACCOUNT_POLICY), ALLOWED);
  });
});

describe('the production policies', () => {
  it('an account is slowed after 3 failures and locked after 10 for 15 minutes, waits capped at 60 s', () => {
    assert.deepEqual(ACCOUNT_POLICY, { throttleAfter: 3, lockAfter: 10, lockMinutes: 15, windowMinutes: 15, maxDelaySeconds: 60 });
  });

  it('an address (an office behind one NAT) has more room than an account before it is slowed or locked', () => {
    assert.ok(ADDRESS_POLICY.throttleAfter > ACCOUNT_POLICY.throttleAfter);
    assert.ok(ADDRESS_POLICY.lockAfter > ACCOUNT_POLICY.lockAfter);
    assert.deepEqual(decideAttempt(state(ADDRESS_POLICY.throttleAfter - 1), T0, ADDRESS_POLICY), ALLOWED);
    assert.deepEqual(decideAttempt(state(ADDRESS_POLICY.throttleAfter), T0, ADDRESS_POLICY), throttled(1));
  });

  it('every policy locks before its waits could outlast the window (a lock, not an endless throttle)', () => {
    for (const policy of [ACCOUNT_POLICY, ADDRESS_POLICY]) {
      assert.ok(policy.throttleAfter < policy.lockAfter);
      assert.ok(policy.maxDelaySeconds < policy.windowMinutes * 60);
    }
  });
});
