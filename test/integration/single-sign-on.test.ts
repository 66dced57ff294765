// Issue 10: single sign-on with OpenID Connect, end to end against a real provider on loopback
// (test/helpers/oidc-provider.ts): authorization code with PKCE, state and nonce; ID tokens with a wrong
// issuer, audience or expiry refused though correctly signed; tenants, domains and roles; accounts made,
// linked or refused; a changed role ends the user's other sessions; required single sign-on refuses the
// password; signing out ends the provider's session too. Nothing the callback is sent answers 500.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';
import { PUBLIC_URL, startOidcProvider, type TestOidc } from '../helpers/oidc-provider.ts';

const SETTINGS = {
  OIDC_ALLOWED_TENANTS: 'tenant-1',
  OIDC_ALLOWED_DOMAINS: 'council.test,partner.test',
  OIDC_ROLE_MAP: 'Accord.Admin=administrator,Accord.Officer=officer',
  OIDC_NEW_USERS: 'auditor',
  OIDC_REQUIRED_DOMAINS: 'council.test',
  // Required of administrators with a password; a single sign-on session is exempt (the provider has its own).
  TWO_FACTOR_ROLES: 'administrator,auditor',
};

let sequence = 0;
/** A provider account with the claims Entra ID would send, changed by `claims`. */
function account(oidc: TestOidc, claims: Record<string, unknown> = {}): { sub: string; email: string } {
  sequence += 1;
  const sub = `sub-${Date.now()}-${sequence}`;
  const email = `person.${sequence}.${Date.now()}@council.test`;
  oidc.accounts.set(sub, { email, email_verified: true, name: `Person ${sequence}`, tid: 'tenant-1', roles: ['Accord.Officer'], ...claims });
  return { sub, email: typeof claims.email === 'string' ? claims.email : email };
}

/** Starts single sign-on in Accord; the provider's authorization URL. */
async function start(client: Client, path = '/sign-in/sso'): Promise<URL> {
  const res = await client.get(path);
  assert.equal(res.statusCode, 303, res.body);
  return new URL(String(res.headers.location));
}

/** Signs in at the provider as `sub`; Accord's answer to the callback. */
async function ssoSignIn(oidc: TestOidc, client: Client, sub: string) {
  const url = await start(client);
  return client.get(await oidc.signIn(url.href, sub));
}

function assertRefused(res: { statusCode: number; body: string }, status: number, message: RegExp): void {
  assert.equal(res.statusCode, status, res.body.slice(0, 500));
  assert.match(res.body, /class="govuk-error-summary"/);
  assert.match(res.body, /href="#sso"/);
  assert.match(res.body, message);
}

const userRow = (t: TestApp, email: string) =>
  t.deps.database.db.selectFrom('users').selectAll().where('email_normalised', '=', email.toLowerCase()).executeTakeFirst();

const auditActions = async (t: TestApp, entityId: string) =>
  (await t.deps.database.db.selectFrom('audit_events').select(['action', 'changes']).where('entity_id', '=', entityId).orderBy('seq').execute()).map((e) => `${e.action} ${e.changes}`);

forEachDatabase('single sign-on with OpenID Connect', (ctx) => {
  let oidc: TestOidc;
  let t: TestApp;

  before(async () => {
    oidc = await startOidcProvider();
    t = await startApp(ctx.database, { env: oidc.env(SETTINGS) });
    await makeUser(t.deps, 'administrator');
  });
  after(async () => {
    await t?.close();
    await oidc?.close();
  });

  it('offers the button; the code flow with PKCE, state and nonce makes a new person’s account with the mapped role', async () => {
    const client = new Client(t.app);
    const page = await client.get('/sign-in');
    assert.match(page.body, /href="\/sign-in\/sso"[^>]*>\s*Sign in with your council account/);

    const url = await start(client, '/sign-in/sso?returnTo=%2Fusers');
    assert.equal(url.origin, oidc.issuer);
    assert.equal(url.searchParams.get('client_id'), 'accord-test');
    assert.equal(url.searchParams.get('redirect_uri'), `${PUBLIC_URL}/sign-in/sso/callback`);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(url.searchParams.get('code_challenge') && url.searchParams.get('state') && url.searchParams.get('nonce'));
    const pending = client.cookies.get('accord_sso_pending');
    assert.ok(pending, 'the sign-in’s state is kept in a cookie');

    const person = account(oidc, { roles: ['Accord.Admin'] });
    const callback = await oidc.signIn(url.href, person.sub);
    assert.match(callback, /^\/sign-in\/sso\/callback\?code=/);
    const res = await client.get(callback);
    assert.equal(res.statusCode, 303, res.body.slice(0, 500));
    assert.equal(res.headers.location, '/users');
    assert.equal(client.cookies.has('accord_sso_pending'), false, 'the state cookie is cleared at the callback');
    const users = await client.get('/users');
    assert.equal(users.statusCode, 200, 'an administrator by single sign-on is not sent to set up two-factor sign-in');
    assert.match(users.body, new RegExp(`${person.email.replace(/[.]/g, '\\.')}<br><span class="govuk-body-s">Signs in with single sign-on`));

    const row = await userRow(t, person.email);
    assert.equal(row?.role, 'administrator');
    assert.equal(row?.sso_issuer, oidc.issuer);
    assert.equal(row?.sso_subject, person.sub);
    assert.equal(row?.password_hash, '!', 'no usable password');
    const actions = await auditActions(t, row!.id);
    assert.match(actions[0]!, /^created .*"with":"single sign-on"/);
    assert.match(actions.at(-1)!, /^signed-in .*"with":"single sign-on"/);
    const shown = await client.get(`/users/${row!.id}`);
    assert.match(shown.body, /Single sign-on \(their council account\)/);
  });

  it('the callback used again, or with another sign-in’s state, or with no cookie, is refused with a GOV.UK error', async () => {
    const person = account(oidc);
    const client = new Client(t.app);
    const url = await start(client);
    const callback = await oidc.signIn(url.href, person.sub);
    const pendingCookie = client.cookies.get('accord_sso_pending')!;
    assert.equal((await client.get(callback)).statusCode, 303);

    // Replayed: the state cookie is gone.
    assertRefused(await new Client(t.app).get(callback), 400, /Signing in with your council account did not work/);
    // Replayed with the cookie put back: the code was used.
    const replay = new Client(t.app);
    replay.cookies.set('accord_sso_pending', pendingCookie);
    assertRefused(await replay.get(callback), 400, /did not work/);

    // Another sign-in's state.
    const mixed = new Client(t.app);
    const first = await start(mixed);
    await start(mixed); // the cookie now holds the second sign-in's state
    assertRefused(await mixed.get(await oidc.signIn(first.href, person.sub)), 400, /did not work/);

    // A forged cookie, a forged state, nothing at all.
    const forged = new Client(t.app);
    forged.cookies.set('accord_sso_pending', 'eyJzdGF0ZSI6IngifQ.forged');
    assertRefused(await forged.get('/sign-in/sso/callback?code=x&state=x'), 400, /did not work/);
    const noCookie = await new Client(t.app).get('/sign-in/sso/callback?code=x&state=x');
    assertRefused(noCookie, 400, /did not work/);
    const forgedState = new Client(t.app);
    await start(forgedState);
    assertRefused(await forgedState.get('/sign-in/sso/callback?code=x&state=not-the-state'), 400, /did not work/);
    const garbage = new Client(t.app);
    await start(garbage);
    assertRefused(await garbage.get('/sign-in/sso/callback?%ZZ=%00&state[]=1'), 400, /did not work/);
  });

  it('the person cancelling at the provider (error=access_denied) is told so', async () => {
    const client = new Client(t.app);
    const url = await start(client);
    const res = await client.get(`/sign-in/sso/callback?error=access_denied&state=${url.searchParams.get('state')}`);
    assertRefused(res, 400, /You did not finish signing in with your council account/);
  });

  for (const [name, change] of [
    ['a wrong issuer', (c: Record<string, unknown>) => ({ ...c, iss: 'http://127.0.0.1:1' })],
    ['a wrong audience', (c: Record<string, unknown>) => ({ ...c, aud: 'another-client' })],
    ['an expired token', (c: Record<string, unknown>) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
    ['a wrong nonce', (c: Record<string, unknown>) => ({ ...c, nonce: 'another-sign-in' })],
  ] as const) {
    it(`an ID token with ${name}, though signed with the provider’s key, is refused`, async () => {
      const person = account(oidc);
      const client = new Client(t.app);
      oidc.tamper = change;
      try {
        assertRefused(await ssoSignIn(oidc, client, person.sub), 400, /did not work/);
      } finally {
        oidc.tamper = null;
      }
      assert.equal(await userRow(t, person.email), undefined, 'no account made');
      // The same person, with an honest token, signs in: the refusal was the token's.
      assert.equal((await ssoSignIn(oidc, new Client(t.app), person.sub)).statusCode, 303);
    });
  }

  it('another tenant, a domain not allowed and an unverified email are refused, and audited', async () => {
    const tenant = account(oidc, { tid: 'tenant-2' });
    assertRefused(await ssoSignIn(oidc, new Client(t.app), tenant.sub), 403, /Your organisation’s accounts cannot sign in to Accord/);
    const domain = account(oidc, { email: `someone.${Date.now()}@elsewhere.test` });
    assertRefused(await ssoSignIn(oidc, new Client(t.app), domain.sub), 403, /Accounts with your email address cannot sign in/);
    const unverified = account(oidc, { email_verified: false });
    assertRefused(await ssoSignIn(oidc, new Client(t.app), unverified.sub), 403, /email address is not verified/);
    assert.equal(await userRow(t, unverified.email), undefined);
    const events = await auditActions(t, `sso:${tenant.sub}`);
    assert.match(events.join('\n'), /sign-in-refused .*tenant-not-allowed/);
  });

  it('no mapped role: a new person gets OIDC_NEW_USERS’s role; an existing local account is linked by verified email and keeps its role', async () => {
    const plain = account(oidc, { roles: [] });
    const made = await ssoSignIn(oidc, new Client(t.app), plain.sub);
    assert.equal(made.statusCode, 303, made.body.slice(0, 2000));
    assert.equal((await userRow(t, plain.email))?.role, 'auditor');

    const local = await makeUser(t.deps, 'officer', { email: `local.${Date.now()}@partner.test` });
    const linked = account(oidc, { email: local.email.toUpperCase(), roles: undefined });
    const res = await ssoSignIn(oidc, new Client(t.app), linked.sub);
    assert.equal(res.statusCode, 303);
    const row = await userRow(t, local.email);
    assert.equal(row?.id, local.id, 'the same account, not a new one');
    assert.equal(row?.role, 'officer');
    assert.equal(row?.sso_subject, linked.sub);
    assert.match((await auditActions(t, local.id)).join('\n'), /linked-single-sign-on/);
    // Their password still works beside it (partner.test does not require single sign-on).
    assert.equal((await new Client(t.app).post('/sign-in', { email: local.email, password: PASSWORD }, { from: '/sign-in' })).statusCode, 303);

    // Another provider account with the same address cannot take the linked account.
    const impostor = account(oidc, { email: local.email });
    assertRefused(await ssoSignIn(oidc, new Client(t.app), impostor.sub), 403, /linked to another council account/);
  });

  it('a role changed at the provider is re-applied at the next sign-in, audited, and ends the user’s other sessions', async () => {
    const person = account(oidc, { roles: ['Accord.Officer'] });
    const first = new Client(t.app);
    assert.equal((await ssoSignIn(oidc, first, person.sub)).statusCode, 303);
    assert.equal((await first.get('/users/new')).statusCode, 403, 'an officer cannot add users');

    oidc.accounts.set(person.sub, { ...oidc.accounts.get(person.sub), roles: ['Accord.Admin'] });
    const second = new Client(t.app);
    assert.equal((await ssoSignIn(oidc, second, person.sub)).statusCode, 303);
    const row = await userRow(t, person.email);
    assert.equal(row?.role, 'administrator');
    assert.equal((await second.get('/users/new')).statusCode, 200);
    const ended = await first.get('/users');
    assert.equal(ended.statusCode, 303, 'the officer’s session ended');
    assert.match(String(ended.headers.location), /^\/sign-in/);
    assert.match((await auditActions(t, row!.id)).join('\n'), /updated .*"role":"administrator".*"with":"single sign-on"/);
  });

  it('a deactivated account is refused', async () => {
    const person = account(oidc);
    assert.equal((await ssoSignIn(oidc, new Client(t.app), person.sub)).statusCode, 303);
    await t.deps.database.db.updateTable('users').set({ active: 0 }).where('email_normalised', '=', person.email).execute();
    assertRefused(await ssoSignIn(oidc, new Client(t.app), person.sub), 403, /Your Accord account has been deactivated/);
  });

  it('a council address (OIDC_REQUIRED_DOMAINS) cannot sign in with a password: it is pointed to the button', async () => {
    const staff = await makeUser(t.deps, 'officer', { email: `staff.${Date.now()}@Council.test` });
    const client = new Client(t.app);
    const res = await client.post('/sign-in', { email: staff.email, password: PASSWORD }, { from: '/sign-in' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /Your account signs in with single sign-on: use “Sign in with your council account”/);
    assert.equal(client.cookies.has('accord_session'), false);
    const events = await auditActions(t, `account:${staff.email.toLowerCase()}`);
    assert.match(events.join('\n'), /sign-in-refused .*single sign-on required/);
  });

  it('signing out of a single sign-on session offers the provider’s sign-out, which comes back to /sign-in; a password session’s does not', async () => {
    const person = account(oidc);
    const client = new Client(t.app);
    assert.equal((await ssoSignIn(oidc, client, person.sub)).statusCode, 303);
    const out = await client.post('/sign-out', {}, { from: '/' });
    assert.equal(out.statusCode, 303);
    assert.equal(out.headers.location, '/sign-in/sso/signed-out');
    assert.equal(client.cookies.has('accord_sso'), false, 'the single sign-on marker is cleared');
    const page = await client.follow(out);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /You have signed out of Accord/);
    const link = /href="([^"]+)"[^>]*>\s*Sign out of your council account/.exec(page.body)?.[1]?.replace(/&amp;/g, '&');
    assert.ok(link, 'a link to the provider’s sign-out');
    const endSession = new URL(link);
    assert.equal(endSession.origin, oidc.issuer);
    assert.equal(endSession.searchParams.get('post_logout_redirect_uri'), `${PUBLIC_URL}/sign-in`);
    assert.equal((await client.get('/users')).statusCode, 303, 'Accord’s session has ended');
    assert.equal(await oidc.signOut(endSession.href), '/sign-in');

    const local = await makeUser(t.deps, 'officer', { email: `local.out.${Date.now()}@partner.test` });
    const passwordClient = await signedIn(t.app, local);
    const passwordOut = await passwordClient.post('/sign-out', {}, { from: '/' });
    assert.equal(passwordOut.headers.location, '/sign-in');
  });
});

describe('single sign-on refusing new people, and switched off', () => {
  forEachDatabase('OIDC_NEW_USERS=refuse', (ctx) => {
    let oidc: TestOidc;
    let t: TestApp;
    before(async () => {
      oidc = await startOidcProvider();
      t = await startApp(ctx.database, { env: oidc.env({ OIDC_NEW_USERS: 'refuse', OIDC_ROLE_MAP: 'Accord.Officer=officer' }) });
    });
    after(async () => {
      await t?.close();
      await oidc?.close();
    });

    it('someone with no Accord account is refused, even with a mapped role; someone with one signs in', async () => {
      const stranger = account(oidc);
      assertRefused(await ssoSignIn(oidc, new Client(t.app), stranger.sub), 403, /You do not have an Accord account/);
      assert.equal(await userRow(t, stranger.email), undefined);
      const known = account(oidc);
      await makeUser(t.deps, 'officer', { email: known.email });
      assert.equal((await ssoSignIn(oidc, new Client(t.app), known.sub)).statusCode, 303);
    });
  });

  forEachDatabase('no OIDC_ISSUER', (ctx) => {
    let t: TestApp;
    before(async () => {
      t = await startApp(ctx.database);
    });
    after(async () => t?.close());
    it('no button, and its pages are not found', async () => {
      await makeUser(t.deps, 'administrator');
      const client = new Client(t.app);
      assert.doesNotMatch((await client.get('/sign-in')).body, /sign-in\/sso/);
      assert.equal((await client.get('/sign-in/sso')).statusCode, 404);
      assert.equal((await client.get('/sign-in/sso/callback?code=x&state=y')).statusCode, 404);
      assert.equal((await client.get('/sign-in/sso/signed-out')).statusCode, 404);
    });
  });
});
