// What every response has in common: security headers, request ids, error pages, static assets,
// caching, the council's branding, cookies and logs that keep secrets out.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/logger.ts';
import type { Database } from '../../src/db/database.ts';
import { loadAssets } from '../../src/web/assets.ts';
import { buildApp, type AccordApp } from '../../src/web/app.ts';
import { Client, csrfFrom, startApp, TEST_SECRET, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The app as buildApp makes it, not yet ready, so a test may add routes. */
async function buildUnready(database: Database, options: { env?: Record<string, string>; logger?: ReturnType<typeof createLogger> } = {}): Promise<AccordApp> {
  const config = loadConfig({ COUNCIL_NAME: 'Test Borough Council', TWO_FACTOR_ROLES: 'none', ...options.env });
  return buildApp({ config, database, sessionSecret: TEST_SECRET, logger: options.logger ?? false, assets: await loadAssets() });
}

/** Posts a form like Client.post does (cookies, the page's CSRF token), with extra request headers. */
async function postWithHeaders(app: AccordApp, client: Client, url: string, form: Record<string, string>, headers: Record<string, string>): Promise<LightMyRequestResponse> {
  const token = csrfFrom(client.lastPage);
  const res = await app.inject({
    method: 'POST',
    url,
    headers: {
      cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': 'application/x-www-form-urlencoded',
      ...headers,
    },
    payload: new URLSearchParams({ _csrf: token, ...form }).toString(),
  });
  for (const c of res.cookies as Array<{ name: string; value: string }>) client.cookies.set(c.name, c.value);
  return res;
}

function setCookies(res: LightMyRequestResponse): string[] {
  const raw = res.headers['set-cookie'];
  return raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
}

function cookieAttributes(header: string): { name: string; attributes: string[] } {
  const [pair, ...attributes] = header.split(';').map((s) => s.trim());
  return { name: pair!.split('=')[0]!, attributes: attributes.map((a) => a.toLowerCase()) };
}

function scriptNonce(csp: string): string {
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
  assert.ok(scriptSrc, `no script-src in ${csp}`);
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  assert.ok(nonce, `no nonce in ${scriptSrc}`);
  return nonce;
}

function directive(csp: string, name: string): string | undefined {
  return csp
    .split(';')
    .map((d) => d.trim())
    .find((d) => d === name || d.startsWith(`${name} `));
}

forEachDatabase('http platform', (ctx) => {
  let t: TestApp;
  let admin: { email: string };
  before(async () => {
    t = await startApp(ctx.database, { env: { COUNCIL_NAME: 'Royal Borough of Kingsbridge & Testshire' } });
    admin = await makeUser(t.deps, 'administrator');
  });
  after(() => t.close());

  describe('security headers', () => {
    it('a strict CSP whose script nonce is the nonce of every inline script, and no unsafe-inline', async () => {
      for (const url of ['/sign-in', '/accessibility', '/no-such-page']) {
        const res = await new Client(t.app).get(url);
        const csp = String(res.headers['content-security-policy']);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/, url);
        const nonce = scriptNonce(csp);
        assert.match(nonce, /^[A-Za-z0-9+/=_-]{16,}$/, 'a nonce of some length');
        const scripts = [...res.body.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
        const inline = scripts.filter((attrs) => !/\bsrc=/.test(attrs));
        assert.ok(inline.length >= 1, `${url} has inline scripts to check`);
        for (const attrs of inline) assert.match(attrs, new RegExp(`\\bnonce="${nonce}"`), `${url}: <script${attrs}>`);
        assert.equal(directive(csp, 'default-src'), "default-src 'self'");
        assert.equal(directive(csp, 'object-src'), "object-src 'none'");
        assert.equal(directive(csp, 'base-uri'), "base-uri 'none'");
        assert.equal(directive(csp, 'frame-ancestors'), "frame-ancestors 'none'");
        assert.equal(directive(csp, 'form-action'), "form-action 'self'");
      }
    });

    it('a fresh nonce on every response', async () => {
      const a = scriptNonce(String((await t.app.inject({ url: '/accessibility' })).headers['content-security-policy']));
      const b = scriptNonce(String((await t.app.inject({ url: '/accessibility' })).headers['content-security-policy']));
      assert.notEqual(a, b);
      // The headers are worked out once at start with a stand-in where the nonces go: none may be left.
      const csp = String((await t.app.inject({ url: '/accessibility' })).headers['content-security-policy']);
      assert.doesNotMatch(csp, /stand-in/);
      const style = /style-src 'self' 'nonce-([0-9a-f]{32})'/.exec(csp)?.[1];
      assert.ok(style, csp);
      assert.notEqual(style, scriptNonce(csp), 'the style nonce is not the script nonce');
    });

    it('nosniff, a same-origin-at-most referrer policy and a permissions policy, on pages, assets, health and errors', async () => {
      const page = await new Client(t.app).get('/sign-in');
      const css = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)?.[1];
      assert.ok(css);
      for (const url of ['/sign-in', css, '/health/live', '/no-such-page']) {
        const res = await t.app.inject({ url });
        assert.equal(res.headers['x-content-type-options'], 'nosniff', url);
        assert.ok(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'].includes(String(res.headers['referrer-policy'])), `${url}: ${res.headers['referrer-policy']}`);
        assert.match(String(res.headers['permissions-policy']), /camera=\(\)/, url);
        assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/, url);
      }
    });

    it('no HSTS over plain HTTP (TRUST_PROXY unset)', async () => {
      const res = await t.app.inject({ url: '/sign-in' });
      assert.equal(res.headers['strict-transport-security'], undefined);
      assert.doesNotMatch(String(res.headers['content-security-policy']), /upgrade-insecure-requests/);
    });

    it('no X-Powered-By or server banner', async () => {
      const res = await t.app.inject({ url: '/sign-in' });
      assert.equal(res.headers['x-powered-by'], undefined);
      assert.equal(res.headers.server, undefined);
    });
  });

  describe('request ids', () => {
    it('echoes a sensible X-Request-Id', async () => {
      for (const id of ['abc-123', 'lb.2024-01-01T10:00:00Z', 'x'.repeat(128), '0f8fad5b-d9cb-469f-a165-70867728950e']) {
        const res = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': id } });
        assert.equal(res.headers['x-request-id'], id);
      }
    });

    it('makes one (a UUID) when none is given, a new one each time', async () => {
      const a = String((await t.app.inject({ url: '/health/live' })).headers['x-request-id']);
      const b = String((await t.app.inject({ url: '/health/live' })).headers['x-request-id']);
      assert.match(a, UUID);
      assert.match(b, UUID);
      assert.notEqual(a, b);
    });

    it('replaces a garbage X-Request-Id with one of its own', async () => {
      for (const id of ['', ' ', 'has spaces', '<script>alert(1)</script>', 'x'.repeat(129), 'semi;colon', 'new\\nline', 'quote"d', 'ünïcode']) {
        const res = await t.app.inject({ url: '/health/live', headers: { 'x-request-id': id } });
        const echoed = String(res.headers['x-request-id']);
        assert.notEqual(echoed, id, JSON.stringify(id));
        assert.match(echoed, UUID, JSON.stringify(id));
      }
    });

    it('R-2.6.10 the request id reaches the audit events of that request', async () => {
      const client = new Client(t.app);
      await client.get('/sign-in');
      const failed = await postWithHeaders(t.app, client, '/sign-in', { email: admin.email, password: 'not the password at all' }, { 'x-request-id': 'req-audit-failed-1' });
      assert.equal(failed.statusCode, 400);
      const ok = await postWithHeaders(t.app, client, '/sign-in', { email: admin.email, password: PASSWORD }, { 'x-request-id': 'req-audit-signin-1' });
      assert.equal(ok.statusCode, 303);
      assert.equal(ok.headers['x-request-id'], 'req-audit-signin-1');
      const rows = await ctx.database.db
        .selectFrom('audit_events')
        .select(['request_id', 'action', 'actor_label'])
        .where('request_id', 'in', ['req-audit-failed-1', 'req-audit-signin-1'])
        .orderBy('seq')
        .execute();
      assert.deepEqual(
        rows.map((r) => [r.request_id, r.action]),
        [
          ['req-audit-failed-1', 'sign-in-failed'],
          ['req-audit-signin-1', 'signed-in'],
        ],
      );
      assert.match(rows[1]!.actor_label, new RegExp(admin.email.replace(/[.+]/g, '\\$&')));
    });

    it('a generated request id reaches the audit event too', async () => {
      const client = new Client(t.app);
      await client.get('/sign-in');
      const res = await client.post('/sign-in', { email: admin.email, password: PASSWORD });
      const id = String(res.headers['x-request-id']);
      assert.match(id, UUID);
      const row = await ctx.database.db.selectFrom('audit_events').select('action').where('request_id', '=', id).executeTakeFirst();
      assert.equal(row?.action, 'signed-in');
    });
  });

  describe('error pages', () => {
    it('404 is a GOV.UK page that does not echo the address', async () => {
      const marker = 'zq-unlikely-path-9431';
      const res = await new Client(t.app).get(`/${marker}/%3Cscript%3Ealert(1)%3C%2Fscript%3E?search=${marker}-query`);
      assert.equal(res.statusCode, 404);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.match(res.body, /<html lang="en" class="govuk-template/);
      assert.match(res.body, /<h1 class="govuk-heading-l">Page not found<\/h1>/);
      assert.match(res.body, /Royal Borough of Kingsbridge &amp; Testshire/);
      assert.ok(!res.body.includes(marker), 'the path is not echoed');
      assert.ok(!res.body.includes('alert(1)'), 'nothing of the path is echoed');
      assert.equal(res.headers['cache-control'], 'no-store');
    });

    it('404 on the API is problem+json, naming only the path', async () => {
      const res = await t.app.inject({ url: '/api/zq-missing?secret=zq-query-value' });
      assert.equal(res.statusCode, 404);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      assert.deepEqual(JSON.parse(res.body), { type: 'about:blank', title: 'Not found', status: 404, instance: '/api/zq-missing' });
    });

    it('404 for a signed-in person is the same page, with their menu', async () => {
      const client = await signedIn(t.app, admin);
      const res = await client.get('/zq-signed-in-missing');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /Page not found/);
      assert.match(res.body, /Sign out/);
      assert.ok(!res.body.includes('zq-signed-in-missing'));
    });

    it('an unknown static asset is a 404', async () => {
      for (const url of ['/static/app-000000000000.css', '/static/nothing.js', '/static/..%2Fpackage.json', '/static/']) {
        const res = await t.app.inject({ url });
        assert.equal(res.statusCode, 404, url);
        assert.doesNotMatch(String(res.headers['cache-control']), /immutable/, url);
      }
    });
  });

  describe('static assets', () => {
    it('the stylesheet, script and icon a page links to are served with their type and cached for a year', async () => {
      const page = await new Client(t.app).get('/sign-in');
      const css = /<link rel="stylesheet" href="(\/static\/[^"]+)"/.exec(page.body)?.[1];
      const icon = /<link rel="icon" href="(\/static\/[^"]+)"/.exec(page.body)?.[1];
      const js = /import \{ initAll \} from "(\/static\/[^"]+)"/.exec(page.body)?.[1];
      const expected: Array<[string | undefined, RegExp]> = [
        [css, /^text\/css; charset=utf-8$/],
        [js, /^text\/javascript; charset=utf-8$/],
        [icon, /^image\/svg\+xml/],
      ];
      for (const [url, type] of expected) {
        assert.ok(url, 'the page links to the asset');
        assert.match(url, /-[0-9a-f]{12}(\.min)?\.(css|js|svg)$/, 'fingerprinted');
        const res = await t.app.inject({ url });
        assert.equal(res.statusCode, 200, url);
        assert.match(String(res.headers['content-type']), type, url);
        assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', url);
        assert.ok(res.rawPayload.length > 100, `${url} has content`);
        assert.equal(res.headers['set-cookie'], undefined, `${url} sets no cookie`);
      }
    });
  });

  describe('caching', () => {
    it('pages, redirects, errors and health answers are never stored', async () => {
      const client = await signedIn(t.app, admin);
      for (const url of ['/', '/sign-in', '/users', '/account', '/audit', '/accessibility', '/health/ready', '/no-such-page']) {
        const res = await client.get(url);
        assert.equal(res.headers['cache-control'], 'no-store', `${url} (${res.statusCode})`);
      }
      const anonymous = await t.app.inject({ url: '/users' });
      assert.equal(anonymous.statusCode, 303);
      assert.equal(anonymous.headers['cache-control'], 'no-store');
    });
  });

  describe('the council’s branding', () => {
    it('shows COUNCIL_NAME in the header, the title and the footer, escaped', async () => {
      const res = await new Client(t.app).get('/accessibility');
      const name = 'Royal Borough of Kingsbridge &amp; Testshire';
      assert.match(res.body, new RegExp(`<title>[^<]*${name}</title>`));
      assert.match(res.body, new RegExp(`homepage-link">\\s*${name}\\s*</a>`));
      assert.match(res.body, new RegExp(`© ${name}`));
      assert.ok(!res.body.includes('Kingsbridge & Testshire'), 'the ampersand is escaped');
    });

    it('has no GOV.UK crown or logo', async () => {
      for (const url of ['/sign-in', '/accessibility', '/no-such-page']) {
        const res = await new Client(t.app).get(url);
        assert.doesNotMatch(res.body, /govuk-logo|govuk-header__logotype/, url);
        assert.doesNotMatch(res.body, /crown/i, url);
      }
    });

    it('the compiled stylesheet does not use or load the GOV.UK Transport font', async () => {
      const page = await new Client(t.app).get('/sign-in');
      const url = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)?.[1];
      assert.ok(url);
      const css = (await t.app.inject({ url })).body;
      assert.match(css, /\.govuk-button\b/, 'it is the GOV.UK Frontend stylesheet');
      assert.match(css, /font-family:\s*arial,\s*sans-serif/i, 'text is set in Arial');
      assert.doesNotMatch(css, /GDS Transport/i);
      const fontFaces = css.match(/@font-face\s*\{[^}]*\}/gi) ?? [];
      for (const face of fontFaces) assert.doesNotMatch(face, /transport|\/fonts\/(light|bold)-/i, face);
    });
  });

  describe('cookies', () => {
    it('every cookie is HttpOnly, SameSite=Lax, Path=/ and not Secure over plain HTTP; clearing one clears it', async () => {
      const client = new Client(t.app);
      const seen = new Map<string, string[]>();
      const cleared = new Map<string, string[]>();
      const note = (res: LightMyRequestResponse) => {
        for (const header of setCookies(res)) {
          const { name, attributes } = cookieAttributes(header);
          // A cookie being cleared holds nothing; it must only match the path it was set on.
          if (/^[^=]+=;/.test(header) || attributes.includes('max-age=0')) cleared.set(name, attributes);
          else seen.set(name, attributes);
        }
      };
      note(await client.get('/sign-in'));
      const res = await client.post('/sign-in', { email: admin.email, password: PASSWORD });
      assert.equal(res.statusCode, 303);
      note(res);
      note(await client.post('/sign-out', {}, { from: '/' }));
      assert.ok(seen.has('accord_session'), `cookies seen: ${[...seen.keys()].join(', ')}`);
      assert.ok(seen.has('accord_csrf'));
      assert.ok(seen.has('accord_flash'));
      for (const [name, attributes] of seen) {
        assert.ok(attributes.includes('httponly'), `${name}: ${attributes.join('; ')}`);
        assert.ok(attributes.includes('samesite=lax'), `${name}: ${attributes.join('; ')}`);
        assert.ok(attributes.includes('path=/'), `${name}: ${attributes.join('; ')}`);
        assert.ok(!attributes.includes('secure'), `${name}: ${attributes.join('; ')}`);
      }
      assert.ok(cleared.has('accord_session'), 'signing out clears the session cookie');
      for (const [name, attributes] of cleared) {
        assert.ok(attributes.includes('path=/'), `${name}: ${attributes.join('; ')}`);
        assert.ok(attributes.includes('max-age=0') || attributes.some((a) => a.startsWith('expires=thu, 01 jan 1970')), name);
      }
    });

    it('the session cookie lasts only as long as the browser (no Max-Age or Expires)', async () => {
      const client = new Client(t.app);
      await client.get('/sign-in');
      const res = await client.post('/sign-in', { email: admin.email, password: PASSWORD });
      const session = setCookies(res).find((h) => h.startsWith('accord_session='));
      assert.ok(session);
      assert.doesNotMatch(session, /max-age|expires/i);
    });
  });

  describe('behind a TLS-terminating proxy (TRUST_PROXY=true)', () => {
    let proxied: TestApp;
    before(async () => {
      proxied = await startApp(ctx.database, { env: { TRUST_PROXY: 'true' } });
    });
    after(() => proxied.close());

    it('every cookie is Secure (and still HttpOnly, SameSite=Lax)', async () => {
      const client = new Client(proxied.app);
      const headers: string[] = [];
      headers.push(...setCookies(await client.get('/sign-in')));
      const res = await client.post('/sign-in', { email: admin.email, password: PASSWORD });
      assert.equal(res.statusCode, 303);
      headers.push(...setCookies(res));
      assert.ok(headers.some((h) => h.startsWith('accord_session=')));
      assert.ok(headers.some((h) => h.startsWith('accord_csrf=')));
      for (const header of headers) {
        const { name, attributes } = cookieAttributes(header);
        assert.ok(attributes.includes('secure'), `${name}: ${attributes.join('; ')}`);
        assert.ok(attributes.includes('httponly'), name);
        assert.ok(attributes.includes('samesite=lax'), name);
      }
    });

    it('sends HSTS and asks browsers to upgrade insecure requests', async () => {
      const res = await proxied.app.inject({ url: '/sign-in' });
      assert.match(String(res.headers['strict-transport-security']), /max-age=31536000/);
      assert.match(String(res.headers['content-security-policy']), /upgrade-insecure-requests/);
    });

    it('takes the client address from X-Forwarded-For (recorded with the sign-in)', async () => {
      const client = new Client(proxied.app);
      await client.get('/sign-in');
      const res = await postWithHeaders(proxied.app, client, '/sign-in', { email: admin.email, password: PASSWORD }, {
        'x-forwarded-for': '203.0.113.7',
        'x-request-id': 'req-forwarded-1',
      });
      assert.equal(res.statusCode, 303);
      const row = await ctx.database.db.selectFrom('audit_events').select('changes').where('request_id', '=', 'req-forwarded-1').executeTakeFirstOrThrow();
      assert.equal(JSON.parse(row.changes).after.address, '203.0.113.7');
    });

    it('without TRUST_PROXY, X-Forwarded-For is ignored (a client cannot choose its address)', async () => {
      const client = new Client(t.app);
      await client.get('/sign-in');
      const res = await postWithHeaders(t.app, client, '/sign-in', { email: admin.email, password: PASSWORD }, {
        'x-forwarded-for': '203.0.113.8',
        'x-request-id': 'req-forwarded-2',
      });
      assert.equal(res.statusCode, 303);
      const row = await ctx.database.db.selectFrom('audit_events').select('changes').where('request_id', '=', 'req-forwarded-2').executeTakeFirstOrThrow();
      assert.notEqual(JSON.parse(row.changes).after.address, '203.0.113.8');
    });
  });

  describe('an unexpected error', () => {
    let app: AccordApp;
    before(async () => {
      app = await buildUnready(ctx.database);
      const boom = () => {
        throw new Error('SECRET-DETAIL select * from users where password_hash = x');
      };
      app.get('/zq-boom', { config: { access: 'public' } }, boom);
      app.get('/api/zq-boom', { config: { access: 'public' } }, boom);
      app.get('/zq-boom-async', { config: { access: 'public' } }, async () => {
        await Promise.resolve();
        throw new TypeError('SECRET-DETAIL cannot read properties of undefined');
      });
      app.get('/zq-undeclared', async () => 'reached');
      await app.ready();
    });
    after(() => app.close());

    for (const url of ['/zq-boom', '/zq-boom-async']) {
      it(`${url}: a 500 GOV.UK page with a reference and no stack trace or detail`, async () => {
        const res = await app.inject({ url, headers: { 'x-request-id': 'req-boom-1' } });
        assert.equal(res.statusCode, 500);
        assert.match(String(res.headers['content-type']), /^text\/html/);
        assert.match(res.body, /Sorry, there is a problem with the service/);
        assert.match(res.body, /quote reference <code>req-boom-1<\/code>/);
        assert.ok(!res.body.includes('SECRET-DETAIL'), 'the message is not shown');
        assert.doesNotMatch(res.body, /\bat .+\.(ts|js):\d+|node:internal|Error:/, 'no stack trace');
        assert.equal(res.headers['cache-control'], 'no-store');
      });
    }

    it('on the API: problem+json without detail', async () => {
      const res = await app.inject({ url: '/api/zq-boom' });
      assert.equal(res.statusCode, 500);
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
      const body = JSON.parse(res.body);
      assert.deepEqual(body, { type: 'about:blank', title: 'Internal error', status: 500, instance: '/api/zq-boom' });
    });

    it('a route that declares no access is refused (deny by default)', async () => {
      const res = await app.inject({ url: '/zq-undeclared' });
      assert.equal(res.statusCode, 403);
      assert.ok(!res.body.includes('reached'));
    });
  });

  describe('logs', () => {
    let app: AccordApp;
    const lines: string[] = [];
    before(async () => {
      const sink = new Writable({
        write(chunk: Buffer, _encoding, done) {
          lines.push(chunk.toString('utf8'));
          done();
        },
      });
      // The most talkative level: whatever is logged at all is checked.
      app = await buildUnready(ctx.database, { logger: createLogger('trace', sink) });
      await app.ready();
    });
    after(() => app.close());

    it('hold no password, session cookie or CSRF token, through sign-in, use and sign-out', async () => {
      const wrongPassword = 'zq-wrong-password-1234';
      const client = new Client(app);
      await client.get('/sign-in');
      const csrfCookie = client.cookies.get('accord_csrf');
      assert.ok(csrfCookie);
      const formToken = csrfFrom(client.lastPage);
      const failed = await client.post('/sign-in', { email: admin.email, password: wrongPassword });
      assert.equal(failed.statusCode, 400);
      const refused = await client.post('/sign-in', { email: admin.email, password: PASSWORD }, { csrf: 'zq-forged-csrf-token' });
      assert.equal(refused.statusCode, 403);
      await client.get('/sign-in');
      const ok = await postWithHeaders(app, client, '/sign-in', { email: admin.email, password: PASSWORD }, { 'x-request-id': 'req-log-signin' });
      assert.equal(ok.statusCode, 303);
      const session = client.cookies.get('accord_session');
      assert.ok(session);
      const home = await client.get('/');
      assert.equal(home.statusCode, 200);
      const pageToken = csrfFrom(home.body);
      await client.post('/sign-out', {});

      const log = lines.join('');
      assert.ok(lines.length >= 6, `something was logged (${lines.length} lines)`);
      assert.match(log, /"reqId":"req-log-signin"/, 'requests are logged with their id');
      const secrets: Array<[string, string]> = [
        ['the password', PASSWORD],
        ['the wrong password', wrongPassword],
        ['the session cookie', session],
        ['the session cookie (URL-encoded)', encodeURIComponent(session)],
        ['the CSRF cookie', csrfCookie],
        ['the CSRF form token', formToken],
        ['the signed-in CSRF token', pageToken],
        ['the forged CSRF token', 'zq-forged-csrf-token'],
      ];
      for (const [what, secret] of secrets) assert.ok(!log.includes(secret), `the log contains ${what}`);
    });
  });
});
