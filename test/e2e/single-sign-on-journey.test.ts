// (e) Issue 10: single sign-on in a browser, against a real OpenID provider on loopback: from the sign-in
// page's button to the provider's login and consent pages and back, signed in; signing out of Accord and
// then, from the page that offers it, of the provider, back at the sign-in page; and someone from another tenant refused with a GOV.UK
// error. Every Accord page on the way passes axe (the provider's own development pages are not Accord's).
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { startApp } from '../helpers/app.ts';
import { freshDatabase } from '../helpers/databases.ts';
import { makeUser } from '../helpers/factories.ts';
import { startOidcProvider } from '../helpers/oidc-provider.ts';
import { browserSuite } from './support/suite.ts';

/** A free loopback port: PUBLIC_URL must be known before the app is built, and the provider must know it. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/**
 * Waits until the browser shows an address starting with `prefix`. The provider's pages import web fonts,
 * which never arrive here, so its pages are waited for by address rather than by their load events.
 */
async function reached(page: Page, prefix: string): Promise<void> {
  for (let waited = 0; !page.url().startsWith(prefix); waited += 50) {
    if (waited > 10_000) throw new Error(`still at ${page.url()}, not ${prefix}`);
    await page.waitForTimeout(50);
  }
  await page.locator('body').waitFor();
}

/** At the provider's development login (and consent) pages, as `sub`, until the browser is back at `baseUrl`. */
async function signInAtProvider(page: Page, baseUrl: string, sub: string): Promise<void> {
  for (let step = 0; step < 4 && !page.url().startsWith(baseUrl); step += 1) {
    if (await page.locator('input[name="login"]').count()) {
      await page.fill('input[name="login"]', sub);
      await page.fill('input[name="password"]', 'any');
    }
    const before = page.url();
    await page.locator('button[type="submit"]').first().click();
    for (let waited = 0; page.url() === before; waited += 50) {
      if (waited > 10_000) throw new Error(`the provider's page did not move on from ${before}`);
      await page.waitForTimeout(50);
    }
    await page.locator('body').waitFor();
  }
  await page.waitForLoadState('load');
}

browserSuite('single sign-on, in a browser', (suite) => {
  it('(e) signs in with the council account, signs out at Accord and the provider, and a stranger is refused', suite.options, async (t) => {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const oidc = await startOidcProvider({ publicUrl: baseUrl });
    t.after(() => oidc.close());
    const fresh = await freshDatabase('sqlite');
    const app = await startApp(fresh.database, { env: oidc.env({ OIDC_ALLOWED_TENANTS: 'tenant-1', OIDC_ROLE_MAP: 'Accord.Officer=officer', OIDC_NEW_USERS: 'refuse' }) });
    t.after(async () => {
      await app.close();
      await fresh.drop();
    });
    await app.app.listen({ port, host: '127.0.0.1' });
    const site = { baseUrl, councilName: app.config.COUNCIL_NAME };
    const user = await makeUser(app.deps, 'officer', { name: 'Ada Lovelace', email: 'ada.lovelace@council.example' });
    oidc.accounts.set('ada', { email: user.email, email_verified: true, name: user.name, tid: 'tenant-1', roles: ['Accord.Officer'] });
    oidc.accounts.set('stranger', { email: 'stranger@elsewhere.example', email_verified: true, name: 'A Stranger', tid: 'tenant-2' });
    const visitor = await suite.visitor(t, site);
    const { page } = visitor;

    await visitor.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await reached(page, oidc.issuer);
    await signInAtProvider(page, baseUrl, 'ada');
    assert.equal(visitor.path, '/', 'back at Accord, signed in');
    await visitor.check();
    assert.match(await page.locator('header').innerText(), /Sign out/);

    // Signing out: Accord's session ends, and the provider's sign-out is offered, which comes back to the sign-in page.
    await visitor.signOut();
    assert.equal(visitor.path, '/sign-in/sso/signed-out');
    assert.equal(await visitor.heading(), 'You have signed out of Accord');
    await page.getByRole('button', { name: 'Sign out of your council account' }).click();
    await reached(page, oidc.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await reached(page, `${baseUrl}/sign-in`);
    await page.waitForLoadState('load');
    assert.equal(visitor.path, '/sign-in');
    await visitor.check();
    await visitor.goto('/');
    assert.match(visitor.path, /^\/sign-in/, 'signed out of Accord');

    // Another tenant's person: back at the sign-in page with the reason.
    await page.getByRole('button', { name: 'Sign in with your council account' }).click();
    await reached(page, oidc.issuer);
    await signInAtProvider(page, baseUrl, 'stranger');
    assert.match(visitor.path, /^\/sign-in\/sso\/callback/);
    assert.equal(visitor.status, 403);
    await visitor.check();
    assert.deepEqual(await visitor.errorSummary(), [{ message: 'Your organisation’s accounts cannot sign in to Accord. Ask an administrator for help', href: '#sso' }]);
  });
});
