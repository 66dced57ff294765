// "Forgotten your password" links (src/domain/accounts/password-reset.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mayResetAgain, RESET_LIMIT, resetLinkState } from '../../src/domain/accounts/password-reset.ts';

const now = Date.parse('2026-12-02T12:00:00.000Z');

describe('resetLinkState', () => {
  const cases: Array<[string, Parameters<typeof resetLinkState>[0], ReturnType<typeof resetLinkState>]> = [
    ['no such link', undefined, 'unknown'],
    ['in date and unused', { expiresAt: Date.parse('2026-12-02T12:30:00.000Z'), used: false }, 'valid'],
    ['expiring this very moment', { expiresAt: Date.parse('2026-12-02T12:00:00.000Z'), used: false }, 'expired'],
    ['a minute past', { expiresAt: Date.parse('2026-12-02T11:59:00.000Z'), used: false }, 'expired'],
    ['used, though in date', { expiresAt: Date.parse('2026-12-02T12:30:00.000Z'), used: true }, 'used'],
    ['used and expired: used says more', { expiresAt: Date.parse('2026-12-02T11:00:00.000Z'), used: true }, 'used'],
  ];
  for (const [name, link, expected] of cases) it(name, () => assert.equal(resetLinkState(link, now), expected));
});

describe('mayResetAgain', () => {
  it(`sends up to ${RESET_LIMIT} links in the window, then no more`, () => {
    assert.equal(mayResetAgain(0), true);
    assert.equal(mayResetAgain(RESET_LIMIT - 1), true);
    assert.equal(mayResetAgain(RESET_LIMIT), false);
  });
});
