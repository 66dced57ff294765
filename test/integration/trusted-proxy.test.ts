// TRUST_PROXY: the client address comes from X-Forwarded-For only through the proxies trusted (a hop
// count or their addresses), so a client that writes its own X-Forwarded-For cannot choose the
// address sign-in throttling counts. Cookies stay Secure whenever a proxy is trusted.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { ADDRESS_POLICY } from '../../src/domain/accounts/sign-in-throttle.ts';
import { Client, csrfFrom, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser } from '../helpers/factories.ts';

let attempts = 0;

/** A failed sign-in for an account nobody has (so only the address counter can stop it). */
async function failedSignIn(t: TestApp, remoteAddress: string, forwardedFor: string, requestId?: string): Promise<LightMyRequestResponse> {
  attempts += 1;
  const client = new Client(t.app);
  const page = await client.get('/sign-in');
  return t.app.inject({
    method: 'POST',
    url: '/sign-in',
    remoteAddress,
    headers: {
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': forwardedFor,
      ...(requestId ? { 'x-request-id': requestId } : {}),
    },
    payload: new URLSearchParams({ _csrf: csrfFrom(page.body), email: `nobody.${attempts}@example.gov.uk`, password: 'not anyone’s password' }).toString(),
  });
}

// [setting, the proxy's own address (the socket), what the proxy appends: the real client]
const SETUPS: Array<[string, string, string]> = [
  ['1', '127.0.0.1', '203.0.113.10'],
  ['true', '127.0.0.1', '203.0.113.11'],
  ['10.0.0.0/8', '10.1.2.3', '203.0.113.12'],
  ['192.168.0.1, 10.0.0.0/8', '10.9.9.9', '203.0.113.13'],
];

forEachDatabase('TRUST_PROXY', (ctx) => {
  // Someone has an account, so the sign-in page is open (with no users it sends you to set-up).
  before(async () => {
    const t = await startApp(ctx.database);
    await makeUser(t.deps, 'officer');
    await t.close();
  });

  for (const [setting, proxy, client] of SETUPS) {
    describe(`TRUST_PROXY=${setting}`, () => {
      let t: TestApp;
      const clock = new TestClock();
      before(async () => {
        t = await startApp(ctx.database, { clock, env: { TRUST_PROXY: setting } });
      });
      after(() => t.close());

      it('a forged X-Forwarded-For per attempt does not reset the address counter: the real address is throttled', async () => {
        // The client sends a fresh forged address each time; the proxy appends the address it saw.
        for (let i = 0; i < ADDRESS_POLICY.throttleAfter; i += 1) {
          const res = await failedSignIn(t, proxy, `198.51.100.${i + 1}, ${client}`);
          assert.equal(res.statusCode, 400, `attempt ${i + 1}`);
        }
        const refused = await failedSignIn(t, proxy, `198.51.100.250, ${client}`);
        assert.equal(refused.statusCode, 429, 'throttled although every attempt claimed a new address');
        const key = await ctx.database.db.selectFrom('sign_in_throttle').selectAll().where('key', '=', `address:${client}`).executeTakeFirst();
        assert.equal(Number(key?.failures), ADDRESS_POLICY.throttleAfter);
        const forged = await ctx.database.db.selectFrom('sign_in_throttle').select('key').where('key', 'like', 'address:198.51.100.%').execute();
        assert.deepEqual(forged, [], 'no counter for a forged address');
      });

      it('records the address the trusted proxy saw, not one the client wrote', async () => {
        const requestId = `req-proxy-${setting.replace(/[^a-z0-9]/g, '')}`;
        await failedSignIn(t, proxy, `192.0.2.1, 203.0.113.99`, requestId);
        const row = await ctx.database.db.selectFrom('audit_events').select('changes').where('request_id', '=', requestId).executeTakeFirstOrThrow();
        assert.equal(JSON.parse(row.changes).after.address, '203.0.113.99');
      });

      it('every cookie is Secure', async () => {
        const res = await t.app.inject({ url: '/sign-in' });
        const cookies = [res.headers['set-cookie'] ?? []].flat();
        assert.ok(cookies.length > 0);
        for (const cookie of cookies) assert.match(cookie, /;\s*Secure/i, cookie);
      });
    });
  }

  describe('TRUST_PROXY=10.0.0.0/8, a request that did not come through the proxy', () => {
    let t: TestApp;
    before(async () => {
      t = await startApp(ctx.database, { clock: new TestClock(), env: { TRUST_PROXY: '10.0.0.0/8' } });
    });
    after(() => t.close());

    it('its X-Forwarded-For is ignored: the address is the connection’s', async () => {
      await failedSignIn(t, '192.0.2.77', '203.0.113.50', 'req-proxy-direct');
      const row = await ctx.database.db.selectFrom('audit_events').select('changes').where('request_id', '=', 'req-proxy-direct').executeTakeFirstOrThrow();
      assert.equal(JSON.parse(row.changes).after.address, '192.0.2.77');
    });
  });
});
