// Issue 10: two-factor sign-in for local accounts, through the pages as a browser uses them: the set-up
// page's key is read off the page and codes are made from it as an authenticator app makes them (otplib),
// at the test clock's time. Required for the roles TWO_FACTOR_ROLES names; optional for the rest.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { generate } from 'otplib';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD } from '../helpers/factories.ts';

forEachDatabase('two-factor sign-in', (ctx) => {
  let t: TestApp;
  const clock = new TestClock('2026-12-03T09:00:00.000Z');
  before(async () => {
    t = await startApp(ctx.database, { clock, env: { TWO_FACTOR_ROLES: 'administrator,auditor' } });
  });
  after(async () => t?.close());

  const codeAt = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) + offsetSeconds });
  const passwordOnly = async (email: string) => {
    const client = new Client(t.app);
    const res = await client.post('/sign-in', { email, password: PASSWORD }, { from: '/sign-in' });
    return { client, res };
  };
  /** Sets two-factor sign-in up through its pages; the key and the recovery codes as the pages show them. */
  const setUp = async (client: Client) => {
    const started = await client.post('/account/two-factor/start', {}, { from: '/account/two-factor' });
    assert.equal(started.statusCode, 303);
    const page = await client.get('/account/two-factor/set-up');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<svg role="img" aria-labelledby="qr-code-label"/, 'the QR code is drawn in the page');
    const key = /accord-secret-key">([A-Z2-7 ]+)</.exec(page.body)?.[1]?.replace(/ /g, '');
    assert.ok(key && key.length >= 16, 'the key to type by hand is shown');
    const wrong = await client.post('/account/two-factor/set-up', { code: '000000' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /govuk-error-summary[\s\S]*Enter the 6-digit code your authenticator app shows now/);
    const done = await client.post('/account/two-factor/set-up', { code: await codeAt(key) });
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /Two-factor sign-in is on/);
    const codes = [...done.body.matchAll(/<li><code>([a-z0-9-]{14})<\/code><\/li>/g)].map((m) => m[1]!);
    assert.equal(codes.length, 10, 'ten recovery codes, shown once');
    return { key, codes };
  };
  const secondStep = async (client: Client, code: string) => client.post('/sign-in/two-factor', { code }, { from: '/sign-in/two-factor' });

  it('an administrator, whom it is required of, must set it up before anything opens; then signing in asks for the code, and a code works once', async () => {
    const admin = await makeUser(t.deps, 'administrator');
    const { client, res } = await passwordOnly(admin.email);
    assert.equal(res.statusCode, 303);
    for (const path of ['/', '/partnerships', '/users', '/account']) {
      const page = await client.get(path);
      assert.equal(page.statusCode, 303, path);
      assert.equal(page.headers.location, '/account/two-factor', path);
    }
    const required = await client.get('/account/two-factor');
    assert.match(required.body, /The council requires two-factor sign-in for the administrator role/);
    const { key } = await setUp(client);
    assert.equal((await client.get('/partnerships')).statusCode, 200, 'everything opens once it is on');

    // The secret is sealed in the database: the key shown is nowhere in its row.
    const row = await t.deps.database.db.selectFrom('two_factor').selectAll().where('user_id', '=', admin.id).executeTakeFirstOrThrow();
    assert.ok(row.secret && !row.secret.includes(key));

    clock.advance({ minutes: 1 });
    const next = await passwordOnly(admin.email);
    assert.equal(next.res.statusCode, 303);
    assert.equal(next.res.headers.location, '/sign-in/two-factor');
    assert.equal((await next.client.get('/account')).statusCode, 303, 'no session before the code');
    assert.equal((await next.client.get('/account')).headers.location, '/sign-in?returnTo=%2Faccount');
    const page = await next.client.get('/sign-in/two-factor');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Enter the code from your authenticator app/);
    const wrong = await secondStep(next.client, '123 456');
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /govuk-error-summary[\s\S]*Enter the 6-digit code from your authenticator app, or a recovery code/);
    const code = await codeAt(key);
    const right = await secondStep(next.client, code.replace(/(\d{3})/, '$1 '));
    assert.equal(right.statusCode, 303);
    assert.equal((await next.client.get('/account')).statusCode, 200, 'signed in');

    // The same code, in another sign-in within its 30 seconds: refused (no replay).
    const replay = await passwordOnly(admin.email);
    assert.equal((await secondStep(replay.client, code)).statusCode, 400);

    // One new code brought by two sign-ins at once: exactly one of them opens a session.
    clock.advance({ seconds: 30 });
    const [a, b] = [await passwordOnly(admin.email), await passwordOnly(admin.email)];
    const fresh = await codeAt(key);
    const statuses = (await Promise.all([secondStep(a.client, fresh), secondStep(b.client, fresh)])).map((r) => r.statusCode).sort();
    assert.deepEqual(statuses, [303, 400]);

    const events = await t.deps.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', admin.id).orderBy('seq').execute();
    const actions = events.map((e) => e.action);
    for (const a of ['two-factor-set-up-started', 'two-factor-code-refused', 'two-factor-turned-on', 'password-accepted', 'signed-in']) assert.ok(actions.includes(a), a);
  });

  it('a recovery code signs in once instead of the code; new codes end the old ones', async () => {
    const auditor = await makeUser(t.deps, 'auditor');
    const first = await passwordOnly(auditor.email);
    const { key, codes } = await setUp(first.client);
    clock.advance({ minutes: 1 });

    const lost = await passwordOnly(auditor.email);
    assert.equal((await secondStep(lost.client, codes[0]!.toUpperCase())).statusCode, 303, 'a recovery code, case aside');
    const status = await lost.client.get('/account/two-factor');
    assert.match(status.body, /Recovery codes left[\s\S]*9 of 10/);
    const again = await passwordOnly(auditor.email);
    assert.equal((await secondStep(again.client, codes[0]!)).statusCode, 400, 'each works once');

    clock.advance({ minutes: 1 });
    const renewPage = await lost.client.get('/account/two-factor/recovery-codes');
    assert.equal(renewPage.statusCode, 200);
    const renewed = await lost.client.post('/account/two-factor/recovery-codes', { code: await codeAt(key) });
    assert.equal(renewed.statusCode, 200);
    assert.match(renewed.body, /Your new recovery codes/);
    const later = await passwordOnly(auditor.email);
    assert.equal((await secondStep(later.client, codes[1]!)).statusCode, 400, 'the old codes no longer work');
  });

  it('wrong codes are throttled like passwords, and a sign-in waits only 10 minutes for its code', async () => {
    const admin = await makeUser(t.deps, 'administrator');
    const { key } = await setUp((await passwordOnly(admin.email)).client);
    clock.advance({ minutes: 1 });
    const attempt = await passwordOnly(admin.email);
    let last = await secondStep(attempt.client, '000001');
    for (let i = 0; i < 10 && last.statusCode !== 429; i += 1) last = await secondStep(attempt.client, '000001');
    assert.equal(last.statusCode, 429);
    assert.ok(Number(last.headers['retry-after']) > 0);
    assert.match(last.body, /Too many wrong codes/);
    assert.equal((await secondStep(attempt.client, await codeAt(key))).statusCode, 429, 'even the right code waits out the lock');

    clock.advance({ hours: 1 });
    const slow = await passwordOnly(admin.email);
    clock.advance({ minutes: 11 });
    const late = await secondStep(slow.client, await codeAt(key));
    assert.equal(late.statusCode, 303);
    assert.equal(late.headers.location, '/sign-in', 'waited too long: sign in again');
    assert.equal((await slow.client.get('/sign-in/two-factor')).headers.location, '/sign-in');
  });

  it('is optional for an officer, who may turn it off with their password; a required role may not', async () => {
    const officer = await makeUser(t.deps, 'officer');
    const { client } = await passwordOnly(officer.email);
    assert.equal((await client.get('/partnerships')).statusCode, 200, 'nothing is required of an officer');
    const status = await client.get('/account/two-factor');
    assert.match(status.body, /For your role[\s\S]*Optional/);
    await setUp(client);
    const wrong = await client.post('/account/two-factor/turn-off', { password: 'not my password at all' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /Your password is not correct/);
    const counted = await t.deps.database.db.selectFrom('sign_in_throttle').select('key').where('key', '=', `account:${officer.email.toLowerCase()}`).executeTakeFirst();
    assert.ok(counted, 'a wrong password here counts against the account, as at sign-in');
    const off = await client.post('/account/two-factor/turn-off', { password: PASSWORD });
    assert.equal(off.statusCode, 303);
    clock.advance({ minutes: 1 });
    assert.equal((await passwordOnly(officer.email)).res.headers.location, '/', 'a password alone signs in again');

    const admin = await makeUser(t.deps, 'administrator');
    const adminClient = (await passwordOnly(admin.email)).client;
    await setUp(adminClient);
    const refused = await adminClient.get('/account/two-factor/turn-off');
    assert.match(refused.body, /It cannot be turned off/);
    assert.equal((await adminClient.post('/account/two-factor/turn-off', { password: PASSWORD })).statusCode, 400);
  });

  it('an administrator resets it for someone who lost their phone: it is off and their sessions end', async () => {
    const officer = await makeUser(t.deps, 'officer');
    const theirs = (await passwordOnly(officer.email)).client;
    await setUp(theirs);
    const admin = await makeUser(t.deps, 'administrator');
    const adminClient = (await passwordOnly(admin.email)).client;
    await setUp(adminClient);

    const userPage = await adminClient.get(`/users/${officer.id}`);
    assert.match(userPage.body, /Two-factor sign-in[\s\S]*On since/);
    assert.match(userPage.body, new RegExp(`href="/users/${officer.id}/two-factor/reset"`));
    assert.equal((await adminClient.get(`/users/${officer.id}/two-factor/reset`)).statusCode, 200);
    const reset = await adminClient.post(`/users/${officer.id}/two-factor/reset`, {}, { from: `/users/${officer.id}/two-factor/reset` });
    assert.equal(reset.statusCode, 303);
    assert.equal((await theirs.get('/account')).statusCode, 303, 'their session has ended');
    clock.advance({ minutes: 1 });
    assert.equal((await passwordOnly(officer.email)).res.headers.location, '/', 'their password alone signs them in');

    // Resetting is an administrator's: an officer's request is refused.
    const other = (await passwordOnly(officer.email)).client;
    assert.equal((await other.post(`/users/${admin.id}/two-factor/reset`, {}, { from: '/account' })).statusCode, 403);
  });
});
