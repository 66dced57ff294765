import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  needsTouch,
  SESSION_ABSOLUTE_HOURS,
  SESSION_IDLE_MINUTES,
  SESSION_TOUCH_SECONDS,
  sessionVerdict,
  type SessionVerdict,
} from '../../src/domain/accounts/session-policy.ts';

const T0 = Date.UTC(2025, 2, 3, 8, 0, 0);
const MS = 1;
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

describe('sessionVerdict: idle 60 minutes, absolute 12 hours', () => {
  // [name, createdAt, lastSeenAt, now, verdict]
  const cases: Array<[string, number, number, number, SessionVerdict]> = [
    ['just created', T0, T0, T0, 'active'],
    ['seen 59 minutes ago', T0, T0, T0 + 59 * MINUTE, 'active'],
    ['seen exactly 60 minutes ago', T0, T0, T0 + 60 * MINUTE, 'active'],
    ['seen 60 minutes and 1 ms ago', T0, T0, T0 + 60 * MINUTE + MS, 'idle-expired'],
    ['seen 61 minutes ago', T0, T0, T0 + 61 * MINUTE, 'idle-expired'],
    ['busy all day: 11 h 59 min old, seen a minute ago', T0, T0 + 11 * HOUR + 58 * MINUTE, T0 + 11 * HOUR + 59 * MINUTE, 'active'],
    ['busy all day: exactly 12 h old, seen a minute ago', T0, T0 + 12 * HOUR - MINUTE, T0 + 12 * HOUR, 'active'],
    ['busy all day: 12 h and 1 ms old, seen a second ago', T0, T0 + 12 * HOUR - SECOND, T0 + 12 * HOUR + MS, 'absolute-expired'],
    ['both idle and too old: the absolute limit is reported', T0, T0, T0 + 13 * HOUR, 'absolute-expired'],
    ['idle after activity: seen at 3 h, now 4 h 1 min', T0, T0 + 3 * HOUR, T0 + 4 * HOUR + MINUTE, 'idle-expired'],
  ];
  for (const [name, createdAt, lastSeenAt, now, expected] of cases) {
    it(`${name} → ${expected}`, () => {
      assert.equal(sessionVerdict(createdAt, lastSeenAt, now), expected);
    });
  }

  it('the limits are 60 minutes idle and 12 hours in all', () => {
    assert.equal(SESSION_IDLE_MINUTES, 60);
    assert.equal(SESSION_ABSOLUTE_HOURS, 12);
  });
});

describe('needsTouch: last_seen_at written at most every 60 seconds', () => {
  const cases: Array<[string, number, boolean]> = [
    ['0 s', 0, false],
    ['59.999 s', 60 * SECOND - MS, false],
    ['60 s', 60 * SECOND, true],
    ['10 minutes', 10 * MINUTE, true],
  ];
  for (const [name, elapsed, expected] of cases) {
    it(`${name} after the last touch → ${expected ? 'touch' : 'leave'}`, () => {
      assert.equal(needsTouch(T0, T0 + elapsed), expected);
    });
  }

  it('is 60 seconds', () => assert.equal(SESSION_TOUCH_SECONDS, 60));

  it('touching more rarely than the idle limit would expire active people: the touch interval is far shorter', () => {
    assert.ok(SESSION_TOUCH_SECONDS * 1000 < SESSION_IDLE_MINUTES * MINUTE / 10);
  });
});
