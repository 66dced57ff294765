// TRUST_PROXY names the proxies trusted to say who the client is: a hop count or their addresses,
// never "every hop" (that let a client choose the address sign-in throttling counts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, loadConfig, proxyTrust } from '../../src/config.ts';

describe('TRUST_PROXY: accepted values', () => {
  const cases: Array<[string, unknown]> = [
    ['false', false],
    ['no', false],
    ['0', false],
    ['1', 1],
    [' 2 ', 2],
    // `true` used to trust every hop; it now means the one proxy in front (docs/decisions.md).
    ['true', 1],
    ['TRUE', 1],
    ['yes', 1],
    ['10.0.0.0/8', ['10.0.0.0/8']],
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.0/8, 192.168.1.10 ,fd00::/8', ['10.0.0.0/8', '192.168.1.10', 'fd00::/8']],
    ['::1', ['::1']],
    ['loopback, uniquelocal', ['loopback', 'uniquelocal']],
  ];
  for (const [value, expected] of cases) {
    it(`TRUST_PROXY=${value}`, () => assert.deepEqual(loadConfig({ TRUST_PROXY: value }).TRUST_PROXY, expected));
  }
  it('is false when unset', () => assert.equal(loadConfig({}).TRUST_PROXY, false));
});

describe('TRUST_PROXY: refused values stop the start with one line saying what is allowed', () => {
  for (const value of ['maybe', '0.0.0.0/0', '::/0', '10.0.0.0/33', '10.0.0.300', 'proxy.example.gov.uk', '10.0.0.0/8,', '1,2', '100', '10.0.0.0/8/8', '10.0.0.0/']) {
    it(`TRUST_PROXY=${value}`, () => {
      assert.throws(
        () => loadConfig({ TRUST_PROXY: value }),
        (e: Error) =>
          e instanceof ConfigError &&
          /^Invalid setting TRUST_PROXY: .*number of proxies.*\(e\.g\. 1\).*addresses.*10\.0\.0\.0\/8/.test(e.message) &&
          !e.message.includes('\n'),
      );
    });
  }
});

describe('proxyTrust: what Fastify is told', () => {
  it('false trusts nothing', () => assert.equal(proxyTrust(false), false));
  it('a hop count trusts that many hops nearest Accord, and no more', () => {
    const trust = proxyTrust(2);
    assert.equal(typeof trust, 'function');
    const fn = trust as (address: string, hop: number) => boolean;
    assert.deepEqual([0, 1, 2, 3].map((hop) => fn('203.0.113.1', hop)), [true, true, false, false]);
  });
  it('addresses are passed on as a list', () => assert.deepEqual(proxyTrust(['10.0.0.0/8', '::1']), ['10.0.0.0/8', '::1']));
});
