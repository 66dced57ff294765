// Web addresses Fastify cannot route are answered with the council's error page, never a crash and
// never the address echoed back, and with the same security headers as every other answer (no hook
// runs for them, so they are added on purpose).
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { after, before, it } from 'node:test';
import { startApp, type TestApp } from '../helpers/app.ts';
import { freshDatabase, type FreshDatabase } from '../helpers/databases.ts';
import { userWithToken } from './api-helpers.ts';

let fresh: FreshDatabase;
let t: TestApp;
let token = '';
before(async () => {
  fresh = await freshDatabase('sqlite');
  t = await startApp(fresh.database);
  token = (await userWithToken(t.deps, 'officer')).token;
});
after(async () => {
  await t.close();
  await fresh.drop();
});

const cases = [
  { url: '/users/%E0%A4%A', status: 400, title: 'Sorry, there is a problem with what was sent' },
  { url: '/%', status: 400, title: 'Sorry, there is a problem with what was sent' },
  { url: `/partnerships/${'a'.repeat(300)}`, status: 414, title: 'That web address is too long' },
];

for (const c of cases) {
  it(`${c.url.slice(0, 30)} → ${c.status}, a GOV.UK-styled page that does not echo the address`, async () => {
    const res = await t.app.inject({ method: 'GET', url: c.url });
    assert.equal(res.statusCode, c.status);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, new RegExp(`<title>${c.title} – Accord – Test Borough Council</title>`));
    assert.match(res.body, /class="govuk-generic-header__homepage-link"/);
    assert.doesNotMatch(res.body, /%E0|aaaaaaaaaa/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
}

it('the API still answers problem+json for the same', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/partnerships/%E0%A4%A' });
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.ok(res.statusCode >= 400 && res.statusCode < 500);
});

/** Headers that describe this answer's content or connection, not its security. */
const CONTENT_HEADERS = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive', 'set-cookie', 'etag', 'last-modified', 'vary', 'location', 'www-authenticate']);
/** The security headers of an answer, with the per-response parts (nonces, request id) made generic. */
function securityHeaders(res: LightMyRequestResponse): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (CONTENT_HEADERS.has(name)) continue;
    out[name] = name === 'x-request-id' ? (value ? 'present' : '') : String(value).replace(/'nonce-[0-9a-f]+'/g, "'nonce-…'");
  }
  return out;
}

it('pages refused before routing carry exactly the security headers of any other page', async () => {
  const normal = securityHeaders(await t.app.inject({ method: 'GET', url: '/accessibility' }));
  assert.match(normal['content-security-policy'] ?? '', /'nonce-…'/, 'the comparison page has a nonce in its CSP');
  for (const url of ['/x/%ZZ', '/users/%E0%A4%A', `/partnerships/${'a'.repeat(300)}`]) {
    const res = await t.app.inject({ method: 'GET', url });
    assert.ok(res.statusCode === 400 || res.statusCode === 414, url);
    assert.deepEqual(securityHeaders(res), normal, url);
    // The page's own script may run: its nonce is the one the CSP names.
    const nonce = /<script type="module" nonce="([0-9a-f]+)"/.exec(res.body)?.[1];
    assert.ok(nonce && String(res.headers['content-security-policy']).includes(`'nonce-${nonce}'`), `${url}: the script's nonce is in the CSP`);
  }
});

it('API errors answered before routing or while reading the body carry the security headers of any other API answer', async () => {
  const authorization = `Bearer ${token}`;
  const normal = securityHeaders(await t.app.inject({ method: 'GET', url: '/api/v1/partnerships', headers: { authorization } }));
  const cases: Array<{ method: 'GET' | 'POST'; url: string; payload?: string }> = [
    { method: 'GET', url: '/api/v1/%ZZ' },
    { method: 'GET', url: `/api/v1/partnerships/${'a'.repeat(300)}` },
    { method: 'POST', url: '/api/v1/partnerships', payload: '{"name":' },
    { method: 'POST', url: '/api/v1/partnerships', payload: `{"name":${'['.repeat(50)}${']'.repeat(50)}}` },
  ];
  for (const c of cases) {
    const res = await t.app.inject({ method: c.method, url: c.url, headers: { authorization, 'content-type': 'application/json' }, ...(c.payload ? { payload: c.payload } : {}) });
    assert.ok(res.statusCode >= 400 && res.statusCode < 500, `${c.method} ${c.url}: ${res.statusCode}`);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(securityHeaders(res), normal, `${c.method} ${c.url.slice(0, 40)}`);
  }
});
