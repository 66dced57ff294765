// Signing in and out through HTTP: where a person lands, what a stranger can learn (nothing),
// how repeated failures are slowed and locked, and what the audit trail records.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { historyOf, type AuditEvent } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { updateUser } from '../../src/app/users.service.ts';
import { Database } from '../../src/db/database.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { ACCOUNT_POLICY, ADDRESS_POLICY } from '../../src/domain/accounts/sign-in-throttle.ts';
import type { AccordApp } from '../../src/web/app.ts';
import { Client, csrfFrom, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase, POSTGRES_URL } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';
import { inputValue } from '../helpers/html.ts';

const WRONG = 'Not-the-right-password-7731';
const WRONG_MESSAGE = 'Enter a correct email address and password';

let addressCount = 0;
/** Each test signs in from its own address, so per-address counters never leak between tests. */
function newAddress(): string {
  addressCount += 1;
  return `10.20.${Math.floor(addressCount / 250)}.${(addressCount % 250) + 1}`;
}

function cookieHeader(client: Client): string {
  return [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
}

/** A sign-in form posted from a given network address, as a browser would (page first, then the form). */
async function attempt(
  app: AccordApp,
  form: { email: string; password: string; returnTo?: string },
  address: string,
  client = new Client(app),
): Promise<LightMyRequestResponse> {
  const page = await client.get('/sign-in');
  assert.equal(page.statusCode, 200);
  const res = await app.inject({
    method: 'POST',
    url: '/sign-in',
    remoteAddress: address,
    headers: { cookie: cookieHeader(client), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: csrfFrom(page.body), ...form }).toString(),
  });
  return res;
}

function sessionCookieOf(res: LightMyRequestResponse): string | undefined {
  const cookies = res.cookies as Array<{ name: string; value: string }>;
  return cookies.find((c) => c.name === 'accord_session' && c.value !== '')?.value;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** The page with what legitimately differs between two renders taken out. */
function normalised(body: string, email: string): string {
  return body
    .replace(/name="_csrf" value="[^"]*"/g, 'name="_csrf" value=""')
    .replace(/nonce="[^"]*"/g, 'nonce=""')
    .replaceAll(email, 'EMAIL');
}

forEachDatabase('signing in and out', (ctx) => {
  let t: TestApp;
  let clock: TestClock;

  before(async () => {
    clock = new TestClock();
    t = await startApp(ctx.database, { clock });
    await makeUser(t.deps, 'administrator');
  });
  after(() => t.close());

  const events = async (entityType: string, entityId: string): Promise<AuditEvent[]> =>
    (await historyOf(ctx.database, entityType, entityId)).reverse();

  const lastEvent = async (user: User): Promise<AuditEvent> => {
    const all = await events('user', user.id);
    const last = all.at(-1);
    assert.ok(last, 'an audit event was written');
    return last;
  };

  it('signs in and returns to the page that was asked for', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = new Client(t.app);
    const asked = await client.get('/account');
    assert.equal(asked.statusCode, 303);
    assert.equal(asked.headers.location, '/sign-in?returnTo=%2Faccount');
    const page = await client.follow(asked);
    assert.match(page.body, /name="returnTo" value="\/account"/);
    const res = await client.post('/sign-in', { email: user.email, password: PASSWORD, returnTo: '/account' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/account');
    const account = await client.follow(res);
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Your account/);
    assert.ok(account.body.includes(user.email));
  });

  it('returns only to a path on this site: anything else goes home', async () => {
    const user = await makeUser(t.deps, 'officer');
    const address = newAddress();
    const kept = await attempt(t.app, { email: user.email, password: PASSWORD, returnTo: '/users?page=2' }, address);
    assert.equal(kept.statusCode, 303);
    assert.equal(kept.headers.location, '/users?page=2');
    for (const evil of ['//evil.example', '//evil.example/path', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)', 'evil.example', '/\t/evil.example', '']) {
      const res = await attempt(t.app, { email: user.email, password: PASSWORD, returnTo: evil }, address);
      assert.equal(res.statusCode, 303, `returnTo ${JSON.stringify(evil)}`);
      assert.equal(res.headers.location, '/', `returnTo ${JSON.stringify(evil)}`);
    }
    const page = await new Client(t.app).get('/sign-in?returnTo=%2F%2Fevil.example');
    assert.match(page.body, /name="returnTo" value="\/"/);
    assert.ok(!page.body.includes('evil.example'));
  });

  it('a returnTo with characters a header cannot carry does not break signing in', async () => {
    const user = await makeUser(t.deps, 'officer');
    const res = await attempt(t.app, { email: user.email, password: PASSWORD, returnTo: '/users/café\u4e2d' }, newAddress());
    assert.equal(res.statusCode, 303);
    assert.ok(typeof res.headers.location === 'string' && res.headers.location.startsWith('/'));
    assert.ok(!res.headers.location.startsWith('//'));
  });

  it('gives a new session id at sign in: a cookie present before is never the one after', async () => {
    const user = await makeUser(t.deps, 'officer');
    // A cookie planted by someone else before the person signs in (session fixation).
    const planted = 'p'.repeat(43);
    const client = new Client(t.app);
    client.cookies.set('accord_session', planted);
    const res = await client.post('/sign-in', { email: user.email, password: PASSWORD }, { from: '/sign-in' });
    assert.equal(res.statusCode, 303);
    const first = sessionCookieOf(res);
    assert.ok(first, 'a session cookie is set');
    assert.notEqual(first, planted);
    const stored = await ctx.database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    assert.deepEqual(stored.map((s) => s.id_hash), [sha256(first)]);

    // Signing in again over a live session also issues a fresh id.
    const account = await client.get('/account');
    assert.equal(account.statusCode, 200);
    const again = await client.post('/sign-in', { email: user.email, password: PASSWORD });
    assert.equal(again.statusCode, 303);
    const second = sessionCookieOf(again);
    assert.ok(second);
    assert.notEqual(second, first);
    assert.equal(client.cookies.get('accord_session'), second);
  });

  it('answers a wrong password and an unknown email identically, keeps the email and never echoes the password', async () => {
    const user = await makeUser(t.deps, 'officer');
    const unknown = `nobody.${Date.now()}@example.gov.uk`;
    const wrongPassword = await attempt(t.app, { email: user.email, password: WRONG }, newAddress());
    const noAccount = await attempt(t.app, { email: unknown, password: WRONG }, newAddress());
    for (const res of [wrongPassword, noAccount]) {
      assert.equal(res.statusCode, 400);
      assert.equal(sessionCookieOf(res), undefined);
      assert.equal(res.headers['retry-after'], undefined);
      assert.ok(res.body.includes(WRONG_MESSAGE));
      assert.ok(res.body.includes('<a href="#email">Enter a correct email address and password</a>'), 'the summary links to the email field');
      assert.ok(!res.body.includes(WRONG), 'the password is never sent back');
      assert.match(res.body, /<title>Error: /);
    }
    assert.ok(inputValue(wrongPassword.body, 'email') === user.email, 'the email typed is kept');
    assert.ok(inputValue(noAccount.body, 'email') === unknown, 'the email typed is kept');
    assert.doesNotMatch(wrongPassword.body, /<input[^>]*id="password"[^>]*value=/, 'the password field is empty');
    // Page for page the same, once the address typed and per-response tokens are set aside.
    assert.equal(normalised(wrongPassword.body, user.email), normalised(noAccount.body, unknown));
  });

  it('refuses a sign-in form without a CSRF token', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = new Client(t.app);
    await client.get('/sign-in');
    const res = await client.post('/sign-in', { email: user.email, password: PASSWORD }, { csrf: null });
    assert.equal(res.statusCode, 403);
    assert.equal(sessionCookieOf(res), undefined);
  });

  it('treats the email address case-insensitively', async () => {
    const user = await makeUser(t.deps, 'officer', { email: `Mixed.Case.${Date.now()}@Example.gov.uk` });
    const res = await attempt(t.app, { email: `  ${user.email.toUpperCase()} `, password: PASSWORD }, newAddress());
    assert.equal(res.statusCode, 303);
    assert.ok(sessionCookieOf(res));
    const lower = await attempt(t.app, { email: user.email.toLowerCase(), password: PASSWORD }, newAddress());
    assert.equal(lower.statusCode, 303);
  });

  it('does not let a deactivated user sign in, with the same message as a wrong password', async () => {
    const user = await makeUser(t.deps, 'officer');
    await updateUser(t.deps, SYSTEM, user.id, { email: user.email, name: user.name, role: user.role, active: false });
    const address = newAddress();
    const res = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(res.statusCode, 400);
    assert.ok(res.body.includes(WRONG_MESSAGE));
    assert.ok(!/deactivated/i.test(res.body), 'the page does not reveal the account exists');
    assert.equal(sessionCookieOf(res), undefined);
    const event = await lastEvent(user);
    assert.equal(event.action, 'sign-in-failed');
    assert.deepEqual(event.after, { reason: 'account deactivated', address });

    await updateUser(t.deps, SYSTEM, user.id, { email: user.email, name: user.name, role: user.role, active: true });
    const back = await attempt(t.app, { email: user.email, password: PASSWORD }, newAddress());
    assert.equal(back.statusCode, 303);
  });

  it('throttles an account: after 3 failures the next attempt at once is refused with 429 and Retry-After, even with the right password', async () => {
    assert.equal(ACCOUNT_POLICY.throttleAfter, 3);
    const user = await makeUser(t.deps, 'officer');
    const address = newAddress();
    for (let i = 0; i < 3; i++) {
      const res = await attempt(t.app, { email: user.email, password: WRONG }, address);
      assert.equal(res.statusCode, 400, `failure ${i + 1}`);
    }
    const refused = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers['retry-after'], '1');
    assert.match(refused.body, /Too many attempts to sign in/);
    assert.match(refused.body, /Wait 1 second and try again/);
    assert.equal(sessionCookieOf(refused), undefined);
    assert.ok(!refused.body.includes(PASSWORD));
    const event = await lastEvent(user);
    assert.equal(event.action, 'sign-in-refused');
    assert.deepEqual(event.after, { reason: 'throttled', address });

    // The wait doubles with each further failure.
    clock.advance({ seconds: 1 });
    const fourth = await attempt(t.app, { email: user.email, password: WRONG }, address);
    assert.equal(fourth.statusCode, 400);
    const again = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(again.statusCode, 429);
    assert.equal(again.headers['retry-after'], '2');
    assert.match(again.body, /Wait 2 seconds and try again/);

    clock.advance({ seconds: 2 });
    const allowed = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(allowed.statusCode, 303);
    assert.ok(sessionCookieOf(allowed));
    // Success clears the account's counter: one more mistake is not throttled.
    const slip = await attempt(t.app, { email: user.email, password: WRONG }, address);
    assert.equal(slip.statusCode, 400);
    const fine = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(fine.statusCode, 303);
  });

  it('throttles attempts sent all at once, not only one after another', async () => {
    const user = await makeUser(t.deps, 'officer');
    const address = newAddress();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => attempt(t.app, { email: user.email, password: WRONG }, address)),
    );
    const checked = results.filter((r) => r.statusCode === 400).length;
    const refused = results.filter((r) => r.statusCode === 429).length;
    assert.equal(checked + refused, 12);
    assert.ok(checked <= ACCOUNT_POLICY.throttleAfter, `${checked} passwords were checked at once; at most ${ACCOUNT_POLICY.throttleAfter} may be`);
  });

  it('locks an account for 15 minutes after 10 failures, then unlocks it', async () => {
    assert.equal(ACCOUNT_POLICY.lockAfter, 10);
    assert.equal(ACCOUNT_POLICY.lockMinutes, 15);
    const user = await makeUser(t.deps, 'officer');
    const address = newAddress();
    for (let i = 0; i < 10; i++) {
      clock.advance({ seconds: ACCOUNT_POLICY.maxDelaySeconds });
      const res = await attempt(t.app, { email: user.email, password: WRONG }, address);
      assert.equal(res.statusCode, 400, `failure ${i + 1} is checked, not refused`);
    }
    const locked = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(locked.statusCode, 429);
    assert.equal(locked.headers['retry-after'], String(15 * 60));
    assert.match(locked.body, /Too many attempts to sign in\. Wait 15 minutes and try again/);
    const event = await lastEvent(user);
    assert.equal(event.action, 'sign-in-refused');
    assert.deepEqual(event.after, { reason: 'locked', address });

    // The account is locked, wherever the attempt comes from.
    const elsewhere = await attempt(t.app, { email: user.email, password: PASSWORD }, newAddress());
    assert.equal(elsewhere.statusCode, 429);

    clock.advance({ minutes: 14, seconds: 59 });
    const stillLocked = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(stillLocked.statusCode, 429);
    assert.equal(stillLocked.headers['retry-after'], '1');

    clock.advance({ seconds: 2 });
    const unlocked = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(unlocked.statusCode, 303);
  });

  it('throttles an address that tries many different email addresses (ADDRESS_POLICY)', async () => {
    const user = await makeUser(t.deps, 'officer');
    const address = newAddress();
    for (let i = 0; i < ADDRESS_POLICY.throttleAfter; i++) {
      const res = await attempt(t.app, { email: `guess.${i}.${Date.now()}@example.gov.uk`, password: WRONG }, address);
      assert.equal(res.statusCode, 400, `guess ${i + 1}`);
    }
    // Now even a real account with the right password is refused from that address...
    const refused = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(refused.statusCode, 429);
    assert.equal(refused.headers['retry-after'], '1');
    assert.match(refused.body, /Too many attempts/);
    // ...but not from another one: the account itself has no failures.
    const other = await attempt(t.app, { email: user.email, password: PASSWORD }, newAddress());
    assert.equal(other.statusCode, 303);
    clock.advance({ seconds: 1 });
    const later = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(later.statusCode, 303);
  });

  it('never counts successful sign-ins against an address (an office behind one address is many people)', async () => {
    const address = newAddress();
    const failedAt = clock.iso();
    for (let i = 0; i < 2; i++) {
      const res = await attempt(t.app, { email: `typo.${i}.${Date.now()}@example.gov.uk`, password: WRONG }, address);
      assert.equal(res.statusCode, 400);
    }
    clock.advance({ minutes: 1 });
    const user = await makeUser(t.deps, 'officer');
    for (let i = 0; i < ADDRESS_POLICY.throttleAfter + 5; i++) {
      const res = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
      assert.equal(res.statusCode, 303, `sign-in ${i + 1}`);
    }
    const row = await ctx.database.db.selectFrom('sign_in_throttle').selectAll().where('key', '=', `address:${address}`).executeTakeFirstOrThrow();
    assert.equal(Number(row.failures), 2, 'only the real failures count');
    assert.equal(row.last_failure_at, failedAt, 'successes do not keep old failures alive');
    // A fresh address that only ever succeeds leaves nothing behind.
    const clean = newAddress();
    assert.equal((await attempt(t.app, { email: user.email, password: PASSWORD }, clean)).statusCode, 303);
    const none = await ctx.database.db.selectFrom('sign_in_throttle').selectAll().where('key', '=', `address:${clean}`).execute();
    assert.deepEqual(none, []);
  });

  it('keeps the counters in the database: a second app server over the same database sees the lock', async () => {
    const user = await makeUser(t.deps, 'officer');
    // A second connection pool where the dialect allows one, and a second app either way.
    let second: Database | undefined;
    if (ctx.dialect === 'postgres') {
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(ctx.database.db);
      second = Database.postgres(POSTGRES_URL!, { searchPath: rows[0]!.schema, max: 2 });
    }
    const other = await startApp(second ?? ctx.database, { clock });
    try {
      for (let i = 0; i < ACCOUNT_POLICY.lockAfter; i++) {
        clock.advance({ seconds: ACCOUNT_POLICY.maxDelaySeconds });
        const res = await attempt(t.app, { email: user.email, password: WRONG }, newAddress());
        assert.equal(res.statusCode, 400);
      }
      const onOther = await attempt(other.app, { email: user.email, password: PASSWORD }, newAddress());
      assert.equal(onOther.statusCode, 429);
      assert.match(onOther.body, /Too many attempts/);

      const row = await ctx.database.db
        .selectFrom('sign_in_throttle')
        .selectAll()
        .where('key', '=', `account:${user.email.toLowerCase()}`)
        .executeTakeFirstOrThrow();
      assert.equal(Number(row.failures), ACCOUNT_POLICY.lockAfter);
      assert.equal(row.locked_until, new Date(clock.now().getTime() + ACCOUNT_POLICY.lockMinutes * 60_000).toISOString());

      // Remove the row and neither app remembers anything: nothing was held in memory.
      await ctx.database.db.deleteFrom('sign_in_throttle').where('key', '=', row.key).execute();
      const afterwards = await attempt(other.app, { email: user.email, password: PASSWORD }, newAddress());
      assert.equal(afterwards.statusCode, 303);
      const onFirst = await attempt(t.app, { email: user.email, password: PASSWORD }, newAddress());
      assert.equal(onFirst.statusCode, 303);
    } finally {
      await other.close();
      await second?.close();
    }
  });

  it('R-2.6.10 audits failed, refused and successful sign-ins with the request’s address, and never the password typed', async () => {
    const user = await makeUser(t.deps, 'officer');
    const address = newAddress();
    const unknown = `Ghost.${Date.now()}@Example.gov.uk`;
    await attempt(t.app, { email: unknown, password: WRONG }, address);
    const ghost = await events('sign-in', `account:${unknown.toLowerCase()}`);
    assert.equal(ghost.length, 1);
    assert.equal(ghost[0]!.action, 'sign-in-failed');
    assert.deepEqual(ghost[0]!.after, { reason: 'no such account', address });
    assert.equal(ghost[0]!.actorId, null);

    await attempt(t.app, { email: user.email, password: WRONG }, address);
    const failed = await lastEvent(user);
    assert.equal(failed.action, 'sign-in-failed');
    assert.deepEqual(failed.after, { reason: 'wrong password', address });
    assert.ok(failed.requestId, 'the request is identified');

    const ok = await attempt(t.app, { email: user.email, password: PASSWORD }, address);
    assert.equal(ok.statusCode, 303);
    const signedInEvent = await lastEvent(user);
    assert.equal(signedInEvent.action, 'signed-in');
    assert.deepEqual(signedInEvent.after, { address });
    assert.equal(signedInEvent.actorId, user.id, 'the user is the actor of their own sign-in');

    const changes = await ctx.database.db.selectFrom('audit_events').select('changes').execute();
    for (const { changes: c } of changes) {
      assert.ok(!c.includes(WRONG) && !c.includes(PASSWORD), 'no password typed is ever audited');
    }
  });

  it('R-2.6.10 signs out: the old cookie no longer works, and it is audited', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const token = client.cookies.get('accord_session');
    assert.ok(token);
    const res = await client.post('/sign-out', {}, { from: '/account' });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/sign-in');
    assert.equal(client.cookies.has('accord_session'), false, 'the cookie is cleared');
    const page = await client.follow(res);
    assert.match(page.body, /You have signed out/);

    const replay = new Client(t.app);
    replay.cookies.set('accord_session', token);
    const account = await replay.get('/account');
    assert.equal(account.statusCode, 303);
    assert.equal(account.headers.location, '/sign-in?returnTo=%2Faccount');
    const rows = await ctx.database.db.selectFrom('sessions').select('id_hash').where('id_hash', '=', sha256(token)).execute();
    assert.equal(rows.length, 0);

    const event = await lastEvent(user);
    assert.equal(event.action, 'signed-out');
    assert.equal(event.actorId, user.id);
  });

  it('signing out needs the CSRF token of the signed-in session', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const none = await client.post('/sign-out', {}, { csrf: null });
    assert.equal(none.statusCode, 403);
    // A token from before signing in (the sign-in page's) is not valid after.
    const signInPage = await new Client(t.app).get('/sign-in');
    const stale = await client.post('/sign-out', {}, { csrf: csrfFrom(signInPage.body) });
    assert.equal(stale.statusCode, 403);
    const still = await client.get('/account');
    assert.equal(still.statusCode, 200, 'still signed in');
    assert.notEqual((await lastEvent(user)).action, 'signed-out');
  });
});
