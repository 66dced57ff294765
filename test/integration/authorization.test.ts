// Authorization, route by role. The expectations below are written out by hand, on purpose: they are
// not derived from roles.ts, so this test fails when the code grants or refuses the wrong thing.
// Every registered route must be in the table and every route in the table must exist.
//
// Outcomes, precisely:
//   'ok'        the request passed the access check and the CSRF check and reached the route's
//               handler (a probe hook placed after both records it); whatever the handler answered
//               (200, a 303 of its own, 400 for a form error, 404 for /setup once set up, 429) is
//               its business, but never 401/403, never a 5xx, never the sign-in redirect below.
//   'sign-in'   refused before the handler with 303 to /sign-in?returnTo=<the path, encoded> for a
//               GET, /sign-in?returnTo=%2F for anything else.
//   'forbidden' refused before the handler with 403 and the "no permission" page.
// A refused POST (sent with a valid CSRF token and a body that would succeed) changes nothing:
// the row counts of users, sessions, audit_events and sign_in_throttle are unchanged.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/access/roles.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { Client, type Form } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';
import { startObservedApp, type ObservedApp } from '../helpers/observed-app.ts';
import { quickSession } from '../helpers/quick-session.ts';
import { rowCounts, type RowCounts } from '../helpers/rows.ts';

type Who = 'anonymous' | Role;
type Outcome = 'ok' | 'sign-in' | 'forbidden';
type Row = Record<Who, Outcome>;

const WHO: readonly Who[] = ['anonymous', 'administrator', 'officer', 'auditor'];

const everyone: Row = { anonymous: 'ok', administrator: 'ok', officer: 'ok', auditor: 'ok' };
const signedInOnly: Row = { anonymous: 'sign-in', administrator: 'ok', officer: 'ok', auditor: 'ok' };
const readers: Row = { anonymous: 'sign-in', administrator: 'ok', officer: 'forbidden', auditor: 'ok' };
const administrators: Row = { anonymous: 'sign-in', administrator: 'ok', officer: 'forbidden', auditor: 'forbidden' };
const registerReaders: Row = { anonymous: 'sign-in', administrator: 'ok', officer: 'ok', auditor: 'ok' };
const registerKeepers: Row = { anonymous: 'sign-in', administrator: 'ok', officer: 'ok', auditor: 'forbidden' };

const EXPECTED: Readonly<Record<string, Row>> = {
  'GET /health/live': everyone,
  'GET /health/ready': everyone,
  'GET /static/:name': everyone,
  'GET /accessibility': everyone,
  'GET /setup': everyone, // 404 from the handler once a user exists
  'POST /setup': everyone, // likewise
  'GET /sign-in': everyone,
  'POST /sign-in': everyone,
  'POST /sign-out': signedInOnly,
  'GET /': everyone, // the handler sends anonymous visitors to /sign-in itself
  'GET /users': readers,
  'GET /users/new': administrators,
  'POST /users': administrators,
  'GET /users/:id': readers,
  'GET /users/:id/edit': administrators,
  'POST /users/:id': administrators,
  'GET /users/:id/password': administrators,
  'POST /users/:id/password': administrators,
  'GET /account': signedInOnly,
  'GET /account/password': signedInOnly,
  'POST /account/password': signedInOnly,
  // Your own API tokens (any role may make them; a token acts with its user's role).
  'GET /account/tokens': signedInOnly,
  'GET /account/tokens/new': signedInOnly,
  'POST /account/tokens': signedInOnly,
  'GET /account/tokens/:id/revoke': signedInOnly, // a user's id here: the handler's own 404
  'POST /account/tokens/:id/revoke': signedInOnly,
  // The API's description is public; /api/v1 takes bearer tokens, not sessions: its own table is in api-auth.test.ts.
  'GET /api/openapi.json': everyone,
  'GET /api/docs': everyone,
  'GET /audit': readers,
  // The filtered audit trail as CSV and XLSX (R-2.6.10, R-2.6.11): whoever reads the trail.
  'GET /audit/export.csv': readers,
  'GET /audit/export.xlsx': readers,
  // The partnership register: everyone signed in reads it; officers and administrators keep it.
  'GET /partnerships': registerReaders,
  'GET /partnerships/new': registerKeepers,
  'POST /partnerships': registerKeepers,
  'GET /partnerships/:id': registerReaders, // a user's id here: the handler's own 404
  'GET /partnerships/:id/edit': registerKeepers,
  'POST /partnerships/:id': registerKeepers,
  // Withdrawing a partnership entered by mistake: whoever keeps the register. Deleting: administrators alone.
  'GET /partnerships/:id/withdraw': registerKeepers,
  'POST /partnerships/:id/withdraw': registerKeepers,
  'GET /partnerships/:id/delete': administrators,
  'POST /partnerships/:id/delete': administrators,
  'GET /partnerships/export.csv': registerReaders, // exporting is reading: internal audit may
  'GET /partnerships/export.xlsx': registerReaders,
  // Organisations and people: read by everyone signed in, kept by officers and administrators.
  'GET /organisations': registerReaders,
  'GET /organisations/new': registerKeepers,
  'POST /organisations': registerKeepers,
  'GET /organisations/:id': registerReaders, // a user's id here: the handler's own 404
  'GET /organisations/export.csv': registerReaders, // exporting is reading (R-2.6.11)
  'GET /organisations/export.xlsx': registerReaders,
  'GET /organisations/:id/edit': registerKeepers,
  'POST /organisations/:id': registerKeepers,
  'GET /people': registerReaders,
  'GET /people/new': registerKeepers,
  'POST /people': registerKeepers,
  'GET /people/:id': registerReaders,
  'GET /people/export.csv': registerReaders,
  'GET /people/export.xlsx': registerReaders,
  'GET /people/:id/edit': registerKeepers,
  'POST /people/:id': registerKeepers,
  // Corporate priorities (R-2.5b): everyone signed in reads them; administrators alone keep them.
  'GET /priorities': registerReaders,
  'GET /priorities/new': administrators,
  'POST /priorities': administrators,
  'GET /priorities/:id': registerReaders,
  'GET /priorities/:id/edit': administrators,
  'POST /priorities/:id': administrators,
};

let sequence = 0;
const unique = () => `${Date.now()}-${(sequence += 1)}`;

/** A body that would succeed for whoever is allowed, so only authorization can stop it. */
const BODIES: Readonly<Record<string, (target: User) => Form>> = {
  'POST /setup': () => ({ name: 'Eve Early', email: `eve.${unique()}@example.gov.uk`, password: 'long enough password', confirmPassword: 'long enough password' }),
  'POST /sign-in': () => ({ email: `nobody.${unique()}@example.gov.uk`, password: 'not the password at all' }),
  'POST /sign-out': () => ({}),
  'POST /users': () => ({ name: 'New Person', email: `new.${unique()}@example.gov.uk`, role: 'officer', password: 'long enough password' }),
  'POST /users/:id': (target) => ({ name: `Target renamed ${unique()}`, email: target.email, role: 'officer', active: 'yes' }),
  'POST /users/:id/password': () => ({ password: 'another long password', confirmPassword: 'another long password' }),
  // The same password again: allowed, and leaves each role's user able to sign in afterwards.
  'POST /account/password': () => ({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }),
  'POST /account/tokens': () => ({ name: `Token ${unique()}` }),
  'POST /account/tokens/:id/revoke': () => ({}),
  'POST /partnerships': () => ({ name: `Partnership ${unique()}`, purpose: 'Joint working', status: 'active' }),
  'POST /partnerships/:id': () => ({ name: `Partnership ${unique()}`, purpose: 'Joint working', status: 'active' }),
  'POST /partnerships/:id/withdraw': () => ({ reason: 'Entered by mistake' }),
  'POST /partnerships/:id/delete': () => ({}),
  'POST /organisations': () => ({ name: `Organisation ${unique()}`, sector: 'vcse', isThisCouncil: 'no' }),
  'POST /organisations/:id': () => ({ name: `Organisation ${unique()}`, sector: 'vcse', isThisCouncil: 'no' }),
  // No organisation exists here, so the handler answers 400; authorization alone decides before it.
  'POST /people': () => ({ name: `Person ${unique()}`, organisationId: '01890000-0000-7000-8000-000000000000' }),
  'POST /people/:id': () => ({ name: `Person ${unique()}`, organisationId: '01890000-0000-7000-8000-000000000000' }),
  'POST /priorities': () => ({ title: `Priority ${unique()}`, description: '', active: 'yes' }),
  'POST /priorities/:id': () => ({ title: `Priority ${unique()}`, description: '', active: 'yes' }),
};

function describeResponse(res: LightMyRequestResponse): string {
  return `${res.statusCode}${res.headers.location ? ` → ${res.headers.location}` : ''}`;
}

forEachDatabase('authorization by route and role', (ctx) => {
  let t: ObservedApp;
  let target: User;
  let asset: string;
  const users = {} as Record<Role, User>;
  const shared = {} as Record<Who, Client>;

  before(async () => {
    t = await startObservedApp(ctx.database);
    for (const role of ['administrator', 'officer', 'auditor'] as const) users[role] = await makeUser(t.deps, role);
    target = await makeUser(t.deps, 'officer', { name: 'Target Person' });
    shared.anonymous = new Client(t.app);
    for (const role of ['administrator', 'officer', 'auditor'] as const) shared[role] = await signedIn(t.app, users[role]);
    const home = await shared.administrator.get('/');
    asset = /href="\/static\/([^"]+\.css)"/.exec(home.body)?.[1] ?? '';
    assert.ok(asset, 'the layout links a stylesheet under /static/');
  });
  after(() => t.close());

  it('covers every registered route, and only those', () => {
    const registered = t.app.routeDeclarations.filter((r) => !r.url.startsWith('/api/v1/')).map((r) => `${r.method} ${r.url}`);
    const missing = registered.filter((k) => !(k in EXPECTED));
    const stale = Object.keys(EXPECTED).filter((k) => !registered.includes(k));
    assert.deepEqual(missing, [], `routes with no expectation in the table (add them): ${missing.join(', ')}`);
    assert.deepEqual(stale, [], `routes in the table that are not registered: ${stale.join(', ')}`);
    const bodiless = registered.filter((k) => !k.startsWith('GET ') && !(k in BODIES));
    assert.deepEqual(bodiless, [], `state-changing routes with no body in BODIES: ${bodiless.join(', ')}`);
  });

  const concrete = (url: string) => url.replace(':id', target.id).replace(':name', asset);

  for (const [key, row] of Object.entries(EXPECTED)) {
    const [method, url] = key.split(' ') as [string, string];
    for (const who of WHO) {
      const expected = row[who];
      it(`${key} as ${who}: ${expected}`, async () => {
        const path = concrete(url);
        let res: LightMyRequestResponse;
        let counts: { before: RowCounts; after: RowCounts } | undefined;
        t.reached.length = 0;
        if (method === 'GET') {
          res = await shared[who].get(path);
        } else {
          // A fresh session per state-changing request: signing out or a password change stays local.
          const client = who === 'anonymous' ? new Client(t.app) : await quickSession(t.app, ctx.database, users[who]);
          await client.get(who === 'anonymous' ? '/sign-in' : '/account');
          const before = await rowCounts(ctx.database);
          t.reached.length = 0;
          res = await client.post(path, BODIES[key]!(target));
          counts = { before, after: await rowCounts(ctx.database) };
          // A password change signs the user out elsewhere: the shared session starts afresh.
          if (who !== 'anonymous') shared[who] = await quickSession(t.app, ctx.database, users[who]);
        }
        const reached = t.reached.includes(key);
        const where = `${key} as ${who} answered ${describeResponse(res)}`;
        assert.ok(res.statusCode < 500, where);

        if (expected === 'ok') {
          assert.ok(reached, `${where}: expected to reach the handler`);
          assert.ok(![401, 403].includes(res.statusCode), where);
          assert.doesNotMatch(String(res.headers.location ?? ''), /^\/sign-in\?returnTo=/, where);
          if (method !== 'GET') assert.ok([200, 303, 400, 404, 429].includes(res.statusCode), where);
          return;
        }

        assert.ok(!reached, `${where}: must be refused before the handler`);
        if (expected === 'sign-in') {
          assert.equal(res.statusCode, 303, where);
          assert.equal(res.headers.location, `/sign-in?returnTo=${encodeURIComponent(method === 'GET' ? path : '/')}`, where);
        } else {
          assert.equal(res.statusCode, 403, where);
          assert.match(res.body, /You do not have permission to see this page/, where);
        }
        if (counts) assert.deepEqual(counts.after, counts.before, `${where}: a refused request changed nothing`);
      });
    }
  }

  it('lets an allowed POST do its work: an administrator adds a user, an auditor cannot', async () => {
    const admin = await signedIn(t.app, users.administrator);
    await admin.get('/users/new');
    const res = await admin.post('/users', { name: 'Proof Person', email: `proof.${unique()}@example.gov.uk`, role: 'auditor', password: 'long enough password' });
    assert.equal(res.statusCode, 303);
    assert.match(String(res.headers.location), /^\/users\/[0-9a-f-]{36}$/);
    const page = await shared.auditor.get(String(res.headers.location));
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Proof Person/);
  });
});
