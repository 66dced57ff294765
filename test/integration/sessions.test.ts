// Sessions: how long they last, what the database keeps of them, and when they end early.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { SESSION_ABSOLUTE_HOURS, SESSION_IDLE_MINUTES } from '../../src/domain/accounts/session-policy.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

function assertSignedOut(res: LightMyRequestResponse, path = '/account'): void {
  assert.equal(res.statusCode, 303, `expected a redirect to sign in, got ${res.statusCode}`);
  assert.equal(res.headers.location, `/sign-in?returnTo=${encodeURIComponent(path)}`);
}

forEachDatabase('sessions', (ctx) => {
  let t: TestApp;
  let clock: TestClock;
  let admin: User;

  before(async () => {
    clock = new TestClock();
    t = await startApp(ctx.database, { clock });
    admin = await makeUser(t.deps, 'administrator');
  });
  after(() => t.close());

  const sessionRows = (userId: string) =>
    ctx.database.db.selectFrom('sessions').selectAll().where('user_id', '=', userId).execute();

  it(`ends a session idle for more than ${SESSION_IDLE_MINUTES} minutes`, async () => {
    assert.equal(SESSION_IDLE_MINUTES, 60);
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    clock.advance({ minutes: 59 });
    assert.equal((await client.get('/account')).statusCode, 200, 'idle 59 minutes: still signed in');
    // Each visit starts the idle time again.
    clock.advance({ minutes: 59 });
    assert.equal((await client.get('/account')).statusCode, 200, 'idle 59 minutes again: still signed in');
    clock.advance({ minutes: 61 });
    assertSignedOut(await client.get('/account'));
    assert.deepEqual(await sessionRows(user.id), [], 'the expired session is removed');
    // Signing in again works.
    const again = await signedIn(t.app, user);
    assert.equal((await again.get('/account')).statusCode, 200);
  });

  it(`ends a session ${SESSION_ABSOLUTE_HOURS} hours after sign in, however active`, async () => {
    assert.equal(SESSION_ABSOLUTE_HOURS, 12);
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    for (let elapsed = 30; elapsed <= SESSION_ABSOLUTE_HOURS * 60; elapsed += 30) {
      clock.advance({ minutes: 30 });
      assert.equal((await client.get('/account')).statusCode, 200, `active at ${elapsed} minutes`);
    }
    clock.advance({ minutes: 30 });
    assertSignedOut(await client.get('/account'));
    assert.deepEqual(await sessionRows(user.id), []);
  });

  it('ends a session just past the absolute limit though it was used two minutes before', async () => {
    const user = await makeUser(t.deps, 'officer');
    const fresh = await signedIn(t.app, user);
    for (let i = 0; i < 12; i++) {
      clock.advance({ minutes: 59 });
      assert.equal((await fresh.get('/account')).statusCode, 200);
    }
    // 11 hours 48 minutes in; a visit at 11:59 keeps it, at 12:01 it ends.
    clock.advance({ minutes: 11 });
    assert.equal((await fresh.get('/account')).statusCode, 200);
    clock.advance({ minutes: 2 });
    assertSignedOut(await fresh.get('/account'));
  });

  it('writes last_seen_at at most once a minute', async () => {
    const user = await makeUser(t.deps, 'officer');
    const signedInAt = clock.iso();
    const client = await signedIn(t.app, user);
    const seen = async () => {
      const rows = await sessionRows(user.id);
      assert.equal(rows.length, 1);
      assert.equal(rows[0]!.created_at, signedInAt, 'created_at never moves');
      return rows[0]!.last_seen_at;
    };
    assert.equal(await seen(), signedInAt);
    clock.advance({ seconds: 30 });
    await client.get('/account');
    assert.equal(await seen(), signedInAt, 'not written after 30 seconds');
    clock.advance({ seconds: 29, milliseconds: 999 });
    await client.get('/account');
    await client.get('/');
    assert.equal(await seen(), signedInAt, 'not written just under a minute');
    clock.advance({ milliseconds: 1 });
    await client.get('/account');
    const touchedAt = clock.iso();
    assert.equal(await seen(), touchedAt, 'written once a minute has passed');
    clock.advance({ seconds: 59 });
    await client.get('/account');
    assert.equal(await seen(), touchedAt, 'and not again within the next minute');
    clock.advance({ seconds: 1 });
    await client.get('/account');
    assert.equal(await seen(), clock.iso());
  });

  it('keeps only the SHA-256 of the session cookie in the database', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const token = client.cookies.get('accord_session');
    assert.ok(token && token.length >= 32, 'a long random token');
    const rows = await sessionRows(user.id);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.id_hash, sha256(token));
    const everything = JSON.stringify(await ctx.database.db.selectFrom('sessions').selectAll().execute());
    assert.ok(!everything.includes(token), 'the cookie value itself is nowhere in the sessions table');
    // Someone who reads the table cannot use what it holds as a cookie.
    const thief = new Client(t.app);
    thief.cookies.set('accord_session', rows[0]!.id_hash);
    assertSignedOut(await thief.get('/account'));
    assert.equal((await client.get('/account')).statusCode, 200, 'the real session is unharmed');
  });

  it('ends every session of a user at once when an administrator deactivates them', async () => {
    const user = await makeUser(t.deps, 'officer');
    const laptop = await signedIn(t.app, user);
    const phone = await signedIn(t.app, user);
    assert.equal((await sessionRows(user.id)).length, 2);
    const adminClient = await signedIn(t.app, admin);
    const res = await adminClient.post(
      `/users/${user.id}`,
      { name: user.name, email: user.email, role: user.role, active: 'no' },
      { from: `/users/${user.id}/edit` },
    );
    assert.equal(res.statusCode, 303);
    assert.deepEqual(await sessionRows(user.id), []);
    assertSignedOut(await laptop.get('/account'));
    assertSignedOut(await phone.get('/account'));
  });

  it('ends every session of a user at once when their role changes, and they sign in with the new role', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    assert.equal((await client.get('/audit')).statusCode, 403, 'an officer cannot read the audit trail');
    const adminClient = await signedIn(t.app, admin);
    const res = await adminClient.post(
      `/users/${user.id}`,
      { name: user.name, email: user.email, role: 'auditor', active: 'yes' },
      { from: `/users/${user.id}/edit` },
    );
    assert.equal(res.statusCode, 303);
    assertSignedOut(await client.get('/account'));
    const again = await signedIn(t.app, user);
    assert.equal((await again.get('/audit')).statusCode, 200, 'signed in again as internal audit');
  });

  it('keeps sessions when only a user’s name changes', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const adminClient = await signedIn(t.app, admin);
    const res = await adminClient.post(
      `/users/${user.id}`,
      { name: `${user.name} Renamed`, email: user.email, role: user.role, active: 'yes' },
      { from: `/users/${user.id}/edit` },
    );
    assert.equal(res.statusCode, 303);
    const page = await client.get('/account');
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`${user.name} Renamed`), 'the new name shows at once');
  });

  it('refuses a session whose user was deactivated behind its back', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    await ctx.database.db.updateTable('users').set({ active: 0 }).where('id', '=', user.id).execute();
    assertSignedOut(await client.get('/account'));
    assert.deepEqual(await sessionRows(user.id), []);
  });

  it('sets the session cookie HttpOnly, SameSite=Lax, Path=/, ending with the browser', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = new Client(t.app);
    const res = await client.post('/sign-in', { email: user.email, password: PASSWORD }, { from: '/sign-in' });
    assert.equal(res.statusCode, 303);
    const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('accord_session='));
    assert.ok(header, 'a session cookie is set');
    const attributes = header.split(';').slice(1).map((a) => a.trim().toLowerCase());
    assert.ok(attributes.includes('httponly'), header);
    assert.ok(attributes.includes('samesite=lax'), header);
    assert.ok(attributes.includes('path=/'), header);
    assert.ok(!attributes.some((a) => a.startsWith('max-age') || a.startsWith('expires')), 'no lifetime: the server enforces it');
    assert.ok(!attributes.includes('secure'), 'plain HTTP in tests: not Secure unless behind TLS');
  });

  it('marks the session cookie Secure behind a TLS-terminating proxy', async () => {
    const behindTls = await startApp(ctx.database, { clock, env: { TRUST_PROXY: 'true' } });
    try {
      const user = await makeUser(t.deps, 'officer');
      const client = new Client(behindTls.app);
      const res = await client.post('/sign-in', { email: user.email, password: PASSWORD }, { from: '/sign-in' });
      assert.equal(res.statusCode, 303);
      const header = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('accord_session='));
      assert.ok(header);
      const attributes = header.split(';').slice(1).map((a) => a.trim().toLowerCase());
      assert.ok(attributes.includes('secure'), header);
      assert.ok(attributes.includes('httponly'), header);
      assert.ok(attributes.includes('samesite=lax'), header);
    } finally {
      await behindTls.close();
    }
  });
});

forEachDatabase('signing in again', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('ends the session the browser already had, so one cookie means one live session', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const firstCookie = client.cookies.get('accord_session')!;
    const res = await client.post('/sign-in', { email: user.email, password: PASSWORD }, { from: '/account' });
    assert.equal(res.statusCode, 303);
    const secondCookie = client.cookies.get('accord_session')!;
    assert.notEqual(firstCookie, secondCookie);
    const old = await t.app.inject({ method: 'GET', url: '/account', headers: { cookie: `accord_session=${firstCookie}` } });
    assert.equal(old.statusCode, 303, 'the earlier session no longer works');
    const rows = await ctx.database.db.selectFrom('sessions').select('user_id').where('user_id', '=', user.id).execute();
    assert.equal(rows.length, 1);
  });
});
