// API tokens expire (a year by default, shorter when chosen): the expiry is shown on your tokens
// page, and an expired token gets 401 problem+json saying so. An administrator's reset of someone's
// password revokes their tokens and sends them to "Change your password" until they do.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createApiToken } from '../../src/app/api-tokens.service.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';

const api = (t: TestApp, token: string) => t.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: { authorization: `Bearer ${token}` } });

forEachDatabase('API token expiry', (ctx) => {
  let t: TestApp;
  const clock = new TestClock('2025-03-03T09:00:00.000Z');
  before(async () => {
    t = await startApp(ctx.database, { clock });
  });
  after(() => t.close());

  it('a token is made for a year unless another lifetime is chosen; the expiry is stored, audited and shown', async () => {
    const user = await makeUser(t.deps, 'officer');
    const browser = await signedIn(t.app, user);
    const page = await browser.get('/account/tokens/new');
    assert.match(page.body, /<input class="govuk-radios__input" id="lifetime-3" name="lifetime" type="radio" value="365" checked>/, '1 year is chosen already');
    const year = await browser.post('/account/tokens', { name: 'Yearly' });
    assert.equal(year.statusCode, 200);
    assert.match(year.body, /It works until 3 March 2026/);
    await browser.get('/account/tokens/new');
    const month = await browser.post('/account/tokens', { name: 'Monthly', lifetime: '30' });
    assert.equal(month.statusCode, 200);
    const rows = await ctx.database.db.selectFrom('api_tokens').select(['name', 'expires_at']).where('user_id', '=', user.id).orderBy('name').execute();
    assert.deepEqual(rows, [
      { name: 'Monthly', expires_at: '2025-04-02T09:00:00.000Z' },
      { name: 'Yearly', expires_at: '2026-03-03T09:00:00.000Z' },
    ]);
    const event = await ctx.database.db.selectFrom('audit_events').select('changes').where('entity_type', '=', 'api-token').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    assert.equal(JSON.parse(event.changes).after.expiresAt, '2025-04-02T09:00:00.000Z');
    const list = await browser.get('/account/tokens');
    assert.match(list.body, /<th scope="col" class="govuk-table__header">Expires<\/th>/);
    assert.match(list.body, /2 April 2025/);
  });

  it('an expired token is refused with 401 problem+json that says it expired; a live one still works', async () => {
    const user = await makeUser(t.deps, 'auditor');
    const short = await createApiToken(t.deps, SYSTEM, { userId: user.id, name: 'Short', lifetimeDays: 30 });
    const long = await createApiToken(t.deps, SYSTEM, { userId: user.id, name: 'Long' });
    assert.equal((await api(t, short.token)).statusCode, 200);
    clock.advance({ hours: 30 * 24 });
    const refused = await api(t, short.token);
    assert.equal(refused.statusCode, 401);
    assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
    assert.match(refused.json().detail, /expired on \d{4}-\d{2}-\d{2}/);
    assert.match(String(refused.headers['www-authenticate']), /error="invalid_token"/);
    assert.equal((await api(t, long.token)).statusCode, 200);
    const browser = await signedIn(t.app, user);
    const list = await browser.get('/account/tokens');
    assert.match(list.body, /1 token in use/);
    assert.match(list.body, /Expired \d+ \w+ 2025/);
  });

  it('a token made before tokens expired (expires_at null) keeps working, and says it never expires', async () => {
    const user = await makeUser(t.deps, 'officer');
    const old = await createApiToken(t.deps, SYSTEM, { userId: user.id, name: 'From before' });
    await ctx.database.db.updateTable('api_tokens').set({ expires_at: null }).where('id', '=', old.id).execute();
    clock.advance({ hours: 5 * 365 * 24 });
    assert.equal((await api(t, old.token)).statusCode, 200);
    const browser = await signedIn(t.app, user);
    assert.match((await browser.get('/account/tokens')).body, /Never \(made before tokens expired\)/);
  });
});

forEachDatabase('an administrator resets a password', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('revokes the user’s tokens, and sends them to change it at the next sign-in until they do', async () => {
    const admin = await makeUser(t.deps, 'administrator');
    const user = await makeUser(t.deps, 'officer');
    const { token } = await createApiToken(t.deps, SYSTEM, { userId: user.id, name: 'Their script' });
    assert.equal((await api(t, token)).statusCode, 200);

    const adminClient = await signedIn(t.app, admin);
    const given = 'pelican orbit saffron quill';
    const reset = await adminClient.post(`/users/${user.id}/password`, { password: given, confirmPassword: given }, { from: `/users/${user.id}/password` });
    assert.equal(reset.statusCode, 303);
    assert.equal((await api(t, token)).statusCode, 401, 'the token is revoked');
    const row = await ctx.database.db.selectFrom('users').select('must_change_password').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(Number(row.must_change_password), 1);
    const event = await ctx.database.db.selectFrom('audit_events').select('changes').where('entity_id', '=', user.id).where('action', '=', 'password-set').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(event.changes).after, { password: 'set by an administrator', mustChangePassword: true, apiTokensRevoked: ['Their script'] });

    const browser = await signedIn(t.app, user, given);
    for (const url of ['/', '/partnerships', '/account', '/account/tokens/new']) {
      const res = await browser.get(url);
      assert.equal(res.statusCode, 303, url);
      assert.equal(res.headers.location, '/account/password', url);
    }
    const refusedPost = await browser.post('/account/tokens', { name: 'Sneaky' }, { from: '/account/password' });
    assert.equal(refusedPost.statusCode, 303, 'no token can be made either');
    const page = await browser.get('/account/password');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /An administrator has set your password/);
    assert.doesNotMatch(page.body, /govuk-back-link/);

    const mine = 'walnut tractor gleam oxide';
    const changed = await browser.post('/account/password', { currentPassword: given, newPassword: mine, confirmPassword: mine });
    assert.equal(changed.statusCode, 303);
    assert.equal((await browser.get('/')).statusCode, 200, 'free to go on');
    const after = await ctx.database.db.selectFrom('users').select('must_change_password').where('id', '=', user.id).executeTakeFirstOrThrow();
    assert.equal(Number(after.must_change_password), 0);
    const tokens = await ctx.database.db.selectFrom('api_tokens').select('name').where('user_id', '=', user.id).where('revoked_at', 'is', null).execute();
    assert.deepEqual(tokens, [], 'nothing was made while the change was due');
  });
});
