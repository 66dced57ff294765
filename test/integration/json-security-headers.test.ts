// JSON answers carry the same security headers as pages, but no CSP nonces: nothing in JSON runs, and
// making two random nonces per request was half of the headers' cost under load (docs/decisions.md).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';

const SECURITY = ['content-security-policy', 'x-frame-options', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'cross-origin-opener-policy', 'cache-control'];

forEachDatabase('security headers on JSON', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('an API answer has the page headers, with a CSP that is the page CSP without its nonces', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/sign-in' });
    const api = await t.app.inject({ method: 'GET', url: '/api/v1/partnerships' });
    assert.equal(api.statusCode, 401);
    assert.match(String(page.headers['content-security-policy']), /'nonce-[0-9a-f]+'/);
    const withoutNonces = String(page.headers['content-security-policy']).replace(/ 'nonce-[0-9a-f]+'/g, '');
    assert.equal(api.headers['content-security-policy'], withoutNonces);
    for (const name of SECURITY.slice(1)) assert.equal(api.headers[name], page.headers[name], name);
  });
});
