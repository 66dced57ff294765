// Issue 10: two-factor sign-in's rules (src/domain/accounts/two-factor.ts) by worked cases, and its
// cryptography (src/app/two-factor.ts): codes made as an authenticator app makes them, at fixed times.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generate } from 'otplib';
import { checkTotp, hashRecoveryCode, newRecoveryCodes, newTotpSecret, secretBox } from '../../src/app/two-factor.ts';
import { challengeExpired, groupSecret, mayTurnOff, readCode, twoFactorStanding } from '../../src/domain/accounts/two-factor.ts';

describe('reading what was typed at “Enter the code”', () => {
  const cases: Array<[string, ReturnType<typeof readCode>]> = [
    ['123456', { kind: 'authenticator', code: '123456' }],
    [' 123 456 ', { kind: 'authenticator', code: '123456' }],
    ['123-456', { kind: 'authenticator', code: '123456' }],
    ['12345', { kind: 'unreadable' }],
    ['1234567', { kind: 'unreadable' }],
    ['abcd-efgh-jk23', { kind: 'recovery', code: 'abcdefghjk23' }],
    ['ABCD EFGH JK23', { kind: 'recovery', code: 'abcdefghjk23' }],
    ['abcd-efgh-jk2', { kind: 'unreadable' }],
    ['abcd-efgh-jk2!', { kind: 'unreadable' }],
    ['', { kind: 'unreadable' }],
  ];
  for (const [typed, expected] of cases) it(`${JSON.stringify(typed)} is ${expected.kind}`, () => assert.deepEqual(readCode(typed), expected));
});

describe('who must use it, and who may turn it off', () => {
  const required = ['administrator', 'auditor'] as const;
  it('an administrator without it must set it up, and may not turn it off once on', () => {
    const off = twoFactorStanding('administrator', 'Administrator', required, false);
    assert.deepEqual({ required: off.required, mustSetUp: off.mustSetUp }, { required: true, mustSetUp: true });
    assert.match(off.reason, /requires two-factor sign-in for the administrator role/);
    const on = twoFactorStanding('administrator', 'Administrator', required, true);
    assert.equal(on.mustSetUp, false);
    const verdict = mayTurnOff(on);
    assert.equal(verdict.may, false);
    assert.match(verdict.may ? '' : verdict.reason, /cannot be turned off/);
  });
  it('an officer need not, and may turn it off when on', () => {
    const off = twoFactorStanding('officer', 'Officer', required, false);
    assert.deepEqual({ required: off.required, mustSetUp: off.mustSetUp }, { required: false, mustSetUp: false });
    assert.deepEqual(mayTurnOff(twoFactorStanding('officer', 'Officer', required, true)), { may: true });
    assert.equal(mayTurnOff(off).may, false, 'nothing to turn off');
  });
  it('TWO_FACTOR_ROLES none requires it of no one', () => assert.equal(twoFactorStanding('administrator', 'Administrator', [], false).mustSetUp, false));
});

describe('a sign-in waits 10 minutes for its code', () => {
  const at = Date.parse('2026-12-03T09:00:00Z');
  for (const [minutes, expired] of [[9, false], [10, false], [10.01, true], [60, true]] as const) {
    it(`after ${minutes} minutes: ${expired ? 'expired' : 'still waiting'}`, () => assert.equal(challengeExpired(at, at + minutes * 60_000), expired));
  }
});

describe('codes from an authenticator app', () => {
  const secret = newTotpSecret();
  const t0 = Date.parse('2026-12-03T09:00:10Z');
  const codeAt = (ms: number) => generate({ secret, epoch: Math.floor(ms / 1000) });
  it('accepts the code of now, and of one 30-second step either side (a phone’s clock drifts)', async () => {
    for (const offset of [-30_000, 0, 30_000]) assert.notEqual(await checkTotp(secret, await codeAt(t0 + offset), t0, null), null, `offset ${offset}`);
  });
  it('refuses a code two steps away, and a wrong one', async () => {
    assert.equal(await checkTotp(secret, await codeAt(t0 - 90_000), t0, null), null);
    assert.equal(await checkTotp(secret, await codeAt(t0 + 90_000), t0, null), null);
    const right = await codeAt(t0);
    assert.equal(await checkTotp(secret, right === '000000' ? '000001' : '000000', t0, null), null);
  });
  it('refuses a code at or before the last step used (no replay)', async () => {
    const step = await checkTotp(secret, await codeAt(t0), t0, null);
    assert.ok(step !== null);
    assert.equal(await checkTotp(secret, await codeAt(t0), t0, step), null);
    assert.equal(await checkTotp(secret, await codeAt(t0 - 30_000), t0, step), null);
    assert.equal(await checkTotp(secret, await codeAt(t0 + 30_000), t0, step), step + 1);
  });
  it('groups the key in fours for typing', () => assert.equal(groupSecret('ABCDEFGHIJKLMNOP'), 'ABCD EFGH IJKL MNOP'));
});

describe('sealing a secret with the key from SESSION_SECRET', () => {
  const box = secretBox('a session secret that is long enough for this test 0123');
  it('opens what it sealed; the sealed text does not contain it and differs each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    assert.equal(box.open(sealed), 'JBSWY3DPEHPK3PXP');
    assert.ok(!sealed.includes('JBSWY3DPEHPK3PXP'));
    assert.notEqual(box.seal('JBSWY3DPEHPK3PXP'), sealed);
  });
  it('cannot open with another SESSION_SECRET, nor what was altered', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    assert.equal(secretBox('another session secret that is long enough 0123456789').open(sealed), null);
    const parts = sealed.split('.');
    parts[2] = parts[2]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    assert.equal(box.open(parts.join('.')), null);
    assert.equal(box.open('not sealed at all'), null);
  });
});

describe('recovery codes', () => {
  it('ten, shown as xxxx-xxxx-xxxx without look-alike characters, stored as hashes of what readCode reads', () => {
    const { shown, hashes } = newRecoveryCodes();
    assert.equal(shown.length, 10);
    assert.equal(new Set(shown).size, 10);
    for (const [i, code] of shown.entries()) {
      assert.match(code, /^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
      const read = readCode(code.toUpperCase());
      assert.equal(read.kind, 'recovery');
      assert.equal(hashRecoveryCode(read.kind === 'recovery' ? read.code : ''), hashes[i]);
    }
  });
});
