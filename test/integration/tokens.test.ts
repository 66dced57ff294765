// API tokens from the account pages and the command line: made with a name, shown once (on the page
// answering the form, or on the CLI's standard output) and never again, stored only as their
// SHA-256, listed with when they were last used, revoked after a confirmation; a revoked token stops
// working at once. Each is audited.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { SYSTEM } from '../../src/app/deps.ts';
import { updateUser } from '../../src/app/users.service.ts';
import { Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { cli } from '../helpers/cli.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { lastAuditSeq, rowCounts } from '../helpers/rows.ts';

const run = promisify(execFile);
const TOKEN = /accord_[A-Za-z0-9_-]{43}/g;

async function api(t: TestApp, token: string, url = '/api/v1/organisations') {
  return t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
}

forEachDatabase('API tokens in your account', (ctx) => {
  let t: TestApp;
  let user: Awaited<ReturnType<typeof makeUser>>;
  let browser: Client;

  before(async () => {
    t = await startApp(ctx.database);
    user = await makeUser(t.deps, 'auditor', { name: 'Audrey Auditor' });
    browser = await signedIn(t.app, user);
  });
  after(() => t.close());

  it('links to the tokens from your account page', async () => {
    const res = await browser.get('/account');
    assert.match(res.body, /href="\/account\/tokens"/);
    const list = await browser.get('/account/tokens');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /You have no tokens in use/);
    assert.match(list.body, /href="\/account\/tokens\/new"/);
  });

  let token = '';
  let tokenId = '';

  it('makes a token and shows it once, with a warning; only its SHA-256 is stored; the making is audited', async () => {
    const seq = await lastAuditSeq(ctx.database);
    await browser.get('/account/tokens/new');
    const res = await browser.post('/account/tokens', { name: '  Power BI <dashboard>  ' });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['cache-control'], 'no-store', 'the page with the token is never cached');
    const shown = [...new Set(res.body.match(TOKEN) ?? [])];
    assert.equal(shown.length, 1, 'one token on the page');
    token = shown[0]!;
    assert.match(res.body, /You will not be able to see it again/);
    assert.match(res.body, /Power BI &lt;dashboard&gt;/, 'the name, escaped');
    const rows = await ctx.database.db.selectFrom('api_tokens').selectAll().where('user_id', '=', user.id).execute();
    assert.equal(rows.length, 1);
    tokenId = rows[0]!.id;
    assert.equal(rows[0]!.name, 'Power BI <dashboard>', 'trimmed');
    assert.equal(rows[0]!.token_hash, createHash('sha256').update(token).digest('hex'));
    assert.ok(!JSON.stringify(rows).includes(token.slice(7)), 'the token itself is not stored');
    const events = await ctx.database.db.selectFrom('audit_events').selectAll().where('seq', '>', seq).execute();
    assert.deepEqual(events.map((e) => [e.entity_type, e.action, e.actor_id]), [['api-token', 'created', user.id]]);
    assert.ok(!events[0]!.changes.includes(token.slice(7)), 'the token is not in the audit trail');
  });

  it('the token works on the API, with its user’s role (internal audit reads, cannot write)', async () => {
    assert.equal((await api(t, token)).statusCode, 200);
    const write = await t.app.inject({ method: 'POST', url: '/api/v1/organisations', headers: { authorization: `Bearer ${token}` }, payload: { name: 'Nope', sector: 'other', isThisCouncil: false } });
    assert.equal(write.statusCode, 403);
  });

  it('never shows the token again: not on the list, not on the revoke page', async () => {
    const list = await browser.get('/account/tokens');
    assert.match(list.body, /Power BI &lt;dashboard&gt;/);
    assert.ok(!list.body.includes(token), 'the list does not show the token');
    assert.match(list.body, /1 token in use/);
    const confirm = await browser.get(`/account/tokens/${tokenId}/revoke`);
    assert.equal(confirm.statusCode, 200);
    assert.ok(!confirm.body.includes(token));
    assert.match(confirm.body, /Are you sure you want to revoke Power BI &lt;dashboard&gt;\?/);
  });

  it('shows when the token was last used', async () => {
    const list = await browser.get('/account/tokens');
    assert.doesNotMatch(list.body, /<td class="govuk-table__cell">Never<\/td>/, 'it has been used above');
  });

  it('refuses a blank, over-long or control-character name, or an unknown lifetime, with the error at the field, and saves nothing', async () => {
    // Everything a token form could write: the tokens, the audit trail, and the other counted tables.
    const database = async () => ({
      tokens: await ctx.database.db.selectFrom('api_tokens').selectAll().orderBy('id').execute(),
      counts: await rowCounts(ctx.database),
      seq: await lastAuditSeq(ctx.database),
    });
    const before = await database();
    for (const [form, field, message] of [
      [{ name: '   ' }, 'name', /Enter a name for the token/],
      [{ name: 'x'.repeat(101) }, 'name', /100 characters or fewer/],
      [{ name: 'bad\u0000name' }, 'name', /control characters/],
      [{ name: 'Forever', lifetime: '36500' }, 'lifetime', /Select how long the token works for/],
      [{ name: 'Forever', lifetime: '' }, 'lifetime', /Select how long the token works for/],
    ] as const) {
      await browser.get('/account/tokens/new');
      const res = await browser.post('/account/tokens', form);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /There is a problem/);
      assert.match(res.body, message);
      assert.match(res.body, new RegExp(`href="#${field}"`));
      assert.doesNotMatch(res.body, new RegExp(TOKEN.source), 'no token made');
    }
    assert.deepEqual(await database(), before, 'the database is unchanged');
  });

  it('refuses a form without its CSRF token', async () => {
    const res = await browser.post('/account/tokens', { name: 'No CSRF' }, { csrf: null });
    assert.equal(res.statusCode, 403);
  });

  it('revokes after a confirmation POST: the token stops working at once, and the revocation is audited', async () => {
    await browser.get(`/account/tokens/${tokenId}/revoke`);
    const res = await browser.post(`/account/tokens/${tokenId}/revoke`, {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/account/tokens');
    const list = await browser.follow(res);
    assert.match(list.body, /has been revoked/);
    assert.match(list.body, /Revoked and expired tokens/);
    const refused = await api(t, token);
    assert.equal(refused.statusCode, 401);
    const event = await ctx.database.db.selectFrom('audit_events').selectAll().where('entity_id', '=', tokenId).where('action', '=', 'revoked').executeTakeFirst();
    assert.equal(event?.actor_id, user.id);
    // Revoked already: the confirmation page sends you back to the list.
    const again = await browser.get(`/account/tokens/${tokenId}/revoke`);
    assert.equal(again.statusCode, 303);
  });

  it('cannot see or revoke someone else’s token (404), and that token keeps working', async () => {
    const other = await makeUser(t.deps, 'officer');
    const otherBrowser = await signedIn(t.app, other);
    await otherBrowser.get('/account/tokens/new');
    const made = await otherBrowser.post('/account/tokens', { name: 'Theirs' });
    const theirs = (made.body.match(TOKEN) ?? [])[0]!;
    const row = await ctx.database.db.selectFrom('api_tokens').select('id').where('user_id', '=', other.id).executeTakeFirstOrThrow();
    assert.equal((await browser.get(`/account/tokens/${row.id}/revoke`)).statusCode, 404);
    await browser.get('/account/tokens');
    const res = await browser.post(`/account/tokens/${row.id}/revoke`, {});
    assert.equal(res.statusCode, 404);
    assert.equal((await api(t, theirs)).statusCode, 200);
    assert.equal((await browser.get('/account/tokens/not-an-id/revoke')).statusCode, 404);
  });

  it('is only for signed-in users', async () => {
    const anonymous = new Client(t.app);
    const res = await anonymous.get('/account/tokens');
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/sign-in/);
  });
});

// The command line opens DATABASE_URL itself, so it runs on an SQLite file (like cli.test.ts).
describe('accord token create [sqlite]', () => {
  let dir: string;
  let env: Record<string, string>;
  let database: Database;
  let t: TestApp;
  let userEmail = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-token-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'accord.sqlite')}`, DATA_DIR: dir };
    database = Database.fromUrl(env.DATABASE_URL!);
    await migrateToLatest(database);
    t = await startApp(database);
    const user = await makeUser(t.deps, 'officer', { email: 'cli.officer@example.gov.uk' });
    userEmail = user.email;
  });
  after(async () => {
    await t.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints only the token on standard output, and it works on the API as the user', async () => {
    const res = await cli(['token', 'create', '--email', 'CLI.Officer@example.gov.uk', '--name', 'Nightly import'], env);
    assert.equal(res.code, 0, res.err);
    assert.match(res.out, /^accord_[A-Za-z0-9_-]{43}\n$/, 'stdout is the token and a newline, nothing else');
    const token = res.out.trim();
    assert.match(res.err, /will not be shown again/);
    const ok = await api(t, token);
    assert.equal(ok.statusCode, 200);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'Made From The Command Line Token', sector: 'other', isThisCouncil: false },
    });
    assert.equal(created.statusCode, 201, created.body);
    const row = await database.db.selectFrom('api_tokens').selectAll().where('name', '=', 'Nightly import').executeTakeFirstOrThrow();
    assert.equal(row.token_hash, createHash('sha256').update(token).digest('hex'));
    const event = await database.db.selectFrom('audit_events').selectAll().where('entity_id', '=', row.id).executeTakeFirstOrThrow();
    assert.match(event.actor_label, /^command line/);
  });

  it('exits 1 for an unknown email or a deactivated user, 2 for a bad or missing name, and prints no token', async () => {
    const unknown = await cli(['token', 'create', '--email', 'nobody@example.gov.uk', '--name', 'X'], env);
    assert.deepEqual([unknown.code, unknown.out], [1, '']);
    assert.match(unknown.err, /No user has the email address nobody@example.gov.uk/);
    const blank = await cli(['token', 'create', '--email', userEmail, '--name', '  '], env);
    assert.deepEqual([blank.code, blank.out], [2, '']);
    const missing = await cli(['token', 'create', '--email', userEmail], env);
    assert.deepEqual([missing.code, missing.out], [2, '']);
    const leaver = await makeUser(t.deps, 'officer');
    await updateUser(t.deps, SYSTEM, leaver.id, { email: leaver.email, name: leaver.name, role: 'officer', active: false });
    const deactivated = await cli(['token', 'create', '--email', leaver.email, '--name', 'Too late'], env);
    assert.deepEqual([deactivated.code, deactivated.out], [1, '']);
    assert.match(deactivated.err, /deactivated/);
  });

  it('works as a real process: TOKEN=$(npx accord token create …)', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'accord.js');
    const { stdout } = await run(process.execPath, [bin, 'token', 'create', '--email', userEmail, '--name', 'Real process'], { env: { ...process.env, ...env, LOG_LEVEL: 'silent' } });
    assert.match(stdout, /^accord_[A-Za-z0-9_-]{43}\n$/);
    assert.equal((await api(t, stdout.trim())).statusCode, 200);
  });
});
