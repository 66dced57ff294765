// Every route declares who may use it, and a route that declares nothing is refused to everyone.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { PERMISSIONS } from '../../src/domain/access/roles.ts';
import { Client } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { startObservedApp, type ObservedApp } from '../helpers/observed-app.ts';
import { rowCounts } from '../helpers/rows.ts';

const KNOWN_ACCESS = new Set<string>(['public', 'signed-in', ...PERMISSIONS]);

forEachDatabase('routes declare their access', (ctx) => {
  let t: ObservedApp;
  before(async () => {
    t = await startObservedApp(ctx.database);
  });
  after(() => t.close());

  it('lists the routes it registered', () => {
    assert.ok(t.app.routeDeclarations.length >= 10, `only ${t.app.routeDeclarations.length} routes declared`);
    assert.ok(!t.app.routeDeclarations.some((r) => r.method === 'HEAD'), 'HEAD routes are left out');
  });

  it('has no route without a declared access', () => {
    const undeclared = t.app.routeDeclarations.filter((r) => r.access === undefined).map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(undeclared, [], `routes declaring no access (denied to everyone): ${undeclared.join(', ')}`);
  });

  it('has no route declaring an access that is neither public, signed-in nor a permission', () => {
    const unknown = t.app.routeDeclarations
      .filter((r) => r.access !== undefined && !KNOWN_ACCESS.has(r.access))
      .map((r) => `${r.method} ${r.url} (${r.access})`);
    assert.deepEqual(unknown, [], `routes declaring an unknown access: ${unknown.join(', ')}`);
  });

  it('registers each method and path once', () => {
    const keys = t.app.routeDeclarations.map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(keys.filter((k, i) => keys.indexOf(k) !== i), []);
  });
});

forEachDatabase('a route declaring no access', (ctx) => {
  let t: ObservedApp;
  let ran = 0;
  before(async () => {
    t = await startObservedApp(ctx.database, {
      beforeReady(app) {
        // Added exactly as a careless feature would: no config, so no access.
        app.get('/x-undeclared', async () => {
          ran += 1;
          return { secret: 'should never be seen' };
        });
        app.post('/x-undeclared', async () => {
          ran += 1;
          return { secret: 'should never be seen' };
        });
        app.get('/x-empty-config', { config: {} }, async () => {
          ran += 1;
          return { secret: 'should never be seen' };
        });
      },
    });
  });
  after(() => t.close());

  it('is listed with an undefined access, so the declaration test would name it', () => {
    const listed = t.app.routeDeclarations.filter((r) => r.url.startsWith('/x-'));
    assert.deepEqual(
      listed.map((r) => ({ ...r })),
      [
        { method: 'GET', url: '/x-undeclared', access: undefined, scope: null },
        { method: 'POST', url: '/x-undeclared', access: undefined, scope: null },
        { method: 'GET', url: '/x-empty-config', access: undefined, scope: null },
      ],
    );
  });

  it('answers 403 to an administrator, a signed-in officer and an anonymous visitor, and never runs', async () => {
    const admin = await makeUser(t.deps, 'administrator');
    const officer = await makeUser(t.deps, 'officer');
    const clients = { administrator: await signedIn(t.app, admin), officer: await signedIn(t.app, officer), anonymous: new Client(t.app) };
    for (const [who, client] of Object.entries(clients)) {
      for (const url of ['/x-undeclared', '/x-empty-config']) {
        const res = await client.get(url);
        assert.equal(res.statusCode, 403, `${who} GET ${url}`);
        assert.doesNotMatch(res.body, /should never be seen/);
      }
      // A POST with a valid CSRF token is refused by the access check too, and changes nothing.
      const counts = await rowCounts(ctx.database);
      const res = await client.post('/x-undeclared', { anything: 'at all' }, { from: who === 'anonymous' ? '/sign-in' : '/account' });
      assert.equal(res.statusCode, 403, `${who} POST /x-undeclared`);
      assert.deepEqual(await rowCounts(ctx.database), counts);
    }
    assert.equal(ran, 0, 'the handler of an undeclared route never runs');
    assert.equal(t.reached.filter((r) => r.route.includes('/x-')).length, 0);
  });
});
