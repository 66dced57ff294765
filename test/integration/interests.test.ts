// A person's register of interests, and field-level confidentiality (issue 10), on both
// databases: interests added and refused at their fields through the pages; a sensitive interest's
// confidential fields (marked so in its description) seeded with canary values, then every page, download
// and API answer each role can reach searched for them: only the person, the monitoring officer and
// administrators find them, and the audit trail never holds them at all (it keeps a digest). Whoever may
// not read a sensitive interest may not change or remove it either.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { SYSTEM } from '../../src/app/deps.ts';
import { COMMAND_LINE } from '../../src/app/principal.ts';
import { addInterest } from '../../src/app/interests.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { ROLES } from '../../src/domain/access/roles.ts';
import { createApiToken } from '../../src/app/api-tokens.service.ts';
import { WITHHELD } from '../../src/domain/interests/interest.ts';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, escapeHtml } from '../helpers/html.ts';
import { ApiClient, loadContract, seedRegister, userWithToken, type Contract, type Register } from './api-helpers.ts';

const CANARY_BODY = 'Canary Clinic 7f3a9c';
const CANARY_DETAILS = 'canary-details-b41e2d receives treatment';
const canaries = [CANARY_BODY, CANARY_DETAILS];

/** Every string a response holds: an HTML page, a CSV or JSON as it is; a workbook's cells. */
async function textOf(res: LightMyRequestResponse): Promise<string> {
  if (String(res.headers['content-type']).includes('spreadsheetml')) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
    return cells.join('\n');
  }
  return res.body;
}

/** The site as a browser signed in as `client` can reach it: every page and download linked from the starts, breadth first. */
async function reachable(client: Client, starts: readonly string[], limit = 400): Promise<Map<string, string>> {
  const seen = new Map<string, string>();
  const queue = [...starts];
  while (queue.length && seen.size < limit) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    const res = await client.get(url);
    const text = res.statusCode === 200 ? await textOf(res) : '';
    seen.set(url, text);
    if (!String(res.headers['content-type']).startsWith('text/html')) continue;
    for (const [, href] of text.matchAll(/<a\s[^>]*?\bhref="(\/[^"#]*)/g)) {
      const path = href!.replace(/&amp;/g, '&');
      // Signing out would end the crawl's session; the static assets hold no data.
      if (!path.startsWith('/sign-out') && !path.startsWith('/static/') && !seen.has(path)) queue.push(path);
    }
  }
  return seen;
}

forEachDatabase('registers of interests and confidential fields (R-2.13, issue 10)', (ctx) => {
  let t: TestApp;
  let contract: Contract;
  let r: Register;
  let monitoring: Client;
  let officer: Client;
  /** The person whose register it is, and their own account (a councillor). */
  let personId = '';
  let self: { id: string; email: string };
  let sensitiveId = '';

  before(async () => {
    t = await startApp(ctx.database);
    contract = await loadContract(t.app);
    r = await seedRegister(t.deps);
    monitoring = await signedIn(t.app, await makeUser(t.deps, 'monitoring-officer'));
    officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    self = await makeUser(t.deps, 'councillor');
    personId = (await createPerson(t.deps, SYSTEM, personDetails(`Cllr Iris Interest ${Date.now()}`, r.council.id, { councilRole: 'councillor', userId: self.id }))).id;
    sensitiveId = (
      await addInterest(t.deps, SYSTEM, COMMAND_LINE, personId, {
        kind: 'non-registrable',
        body: CANARY_BODY,
        organisationId: null,
        role: null,
        details: CANARY_DETAILS,
        startsOn: '2026-01-05',
        endsOn: null,
        sensitive: true,
        sensitiveAgreedBy: 'Morgan Monitor, Monitoring Officer',
      })
    ).id;
  });
  after(() => t.close());

  it('R-2.13: an interest added through the page, refused first at every field that breaks a rule, with what was typed kept', async () => {
    const form = await monitoring.get(`/people/${personId}/interests/new`);
    assert.equal(form.statusCode, 200);
    const refused = await monitoring.post(`/people/${personId}/interests`, {
      kind: 'fiduciary',
      body: 'Thameside NHS Trust board',
      organisationId: r.partners[0]!.id,
      role: '',
      details: '',
      'startsOn-day': '1',
      'startsOn-month': '4',
      'startsOn-year': '2026',
      'endsOn-day': '1',
      'endsOn-month': '3',
      'endsOn-year': '2026',
      sensitive: 'true',
      sensitiveAgreedBy: '',
    });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'role', 'Select the role they hold in the body (R-2.13)');
    assertFieldError(refused.body, 'endsOn-day', 'The date it ended must be the same as or after the date it began');
    assertFieldError(refused.body, 'sensitiveAgreedBy', 'Enter who agreed it is sensitive: the monitoring officer (R-2.13)');
    assert.match(refused.body, /value="Thameside NHS Trust board"/, 'what was typed is kept');
    const added = await monitoring.post(`/people/${personId}/interests`, {
      kind: 'fiduciary',
      body: 'Thameside NHS Trust board',
      organisationId: r.partners[0]!.id,
      role: 'trustee',
      details: 'Non-executive trustee since April.',
      'startsOn-day': '1',
      'startsOn-month': '4',
      'startsOn-year': '2026',
      sensitive: 'false',
      sensitiveAgreedBy: '',
    });
    assert.equal(added.statusCode, 303, added.body.slice(0, 500));
    assert.equal(added.headers.location, `/people/${personId}#interests`);
    const page = await officer.get(`/people/${personId}`);
    assert.match(page.body, /Thameside NHS Trust board \(<a class="govuk-link" href="\/organisations\/[^"]+">[^<]+<\/a>\), trustee/);
    assert.match(page.body, /Non-executive trustee since April\./);
    assert.ok(page.body.includes(escapeHtml(WITHHELD)), 'the sensitive one is there, withheld');
  });

  it('issue 10, R-2.13: the canaries of a sensitive interest are on every page, download and API answer only for the person, the monitoring officer and administrators', async () => {
    const allowed = new Set<string>(['administrator', 'monitoring-officer', 'self']);
    const starts = ['/', '/people', `/people/${personId}`, '/audit', '/organisations', `/organisations/${r.council.id}`, '/partnerships'];
    const apiPaths = ['/api/v1/people', `/api/v1/people/${personId}`, `/api/v1/people/${personId}/interests`];
    for (const who of [...ROLES, 'self'] as const) {
      const client = await signedIn(t.app, who === 'self' ? self : await makeUser(t.deps, who));
      const pages = await reachable(client, starts);
      assert.ok(pages.size > 3, `${who} reached pages: ${[...pages.keys()].join(', ')}`);
      const found = [...pages].filter(([, text]) => canaries.some((c) => text.includes(c) || text.includes(escapeHtml(c)))).map(([url]) => url);
      if (allowed.has(who)) assert.ok(found.includes(`/people/${personId}`), `${who} reads the sensitive interest on the person’s page`);
      else assert.deepEqual(found, [], `${who} found the canaries at ${found.join(', ')}`);
      // The API, with a token of the same role.
      const token = who === 'self' ? (await createApiToken(t.deps, SYSTEM, { userId: self.id, name: `self ${Date.now()}` })).token : (await userWithToken(t.deps, who)).token;
      const api = new ApiClient(t.app, contract, token);
      for (const path of apiPaths) {
        const res = await api.get(path);
        const text = JSON.stringify(res.body ?? null);
        const leaked = canaries.some((c) => text.includes(c));
        if (allowed.has(who) && path.endsWith('/interests')) assert.ok(leaked, `${who} reads it on ${path}`);
        else if (!allowed.has(who)) assert.equal(leaked, false, `${who} found a canary on ${path}: ${text.slice(0, 300)}`);
      }
    }
    // The audit trail never holds them, for anyone: a digest stands for what is withheld.
    const events = await ctx.database.db.selectFrom('audit_events').select(['changes']).execute();
    assert.ok(events.length >= 1);
    for (const e of events) for (const c of canaries) assert.ok(!e.changes.includes(c), 'no canary anywhere in the audit trail');
  });

  it('R-2.13: the API withholds a sensitive interest’s confidential fields (null, withheld true) from a token that may not read it', async () => {
    const officerApi = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer')).token);
    const moApi = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'monitoring-officer')).token);
    const hidden = (await officerApi.get(`/api/v1/people/${personId}/interests`)).body.items.find((i: { id: string }) => i.id === sensitiveId);
    assert.deepEqual({ body: hidden.body, details: hidden.details, organisationId: hidden.organisationId, role: hidden.role, withheld: hidden.withheld, kind: hidden.kind }, { body: null, details: null, organisationId: null, role: null, withheld: true, kind: 'non-registrable' });
    const whole = (await moApi.get(`/api/v1/people/${personId}/interests`)).body.items.find((i: { id: string }) => i.id === sensitiveId);
    assert.equal(whole.body, CANARY_BODY);
    assert.equal(whole.withheld, false);
    assert.equal((await officerApi.get('/api/v1/people/01890000-0000-7000-8000-000000000000/interests')).status, 404);
    // Changing or removing it blind is refused; the monitoring officer may.
    const one = `/api/v1/people/${personId}/interests/${sensitiveId}`;
    const before = await ctx.database.db.selectFrom('interests').selectAll().where('id', '=', sensitiveId).executeTakeFirstOrThrow();
    assert.equal((await officerApi.patch(one, { endsOn: '2026-12-31' })).status, 403);
    assert.equal((await officerApi.request('DELETE', one)).status, 403);
    assert.deepEqual(await ctx.database.db.selectFrom('interests').selectAll().where('id', '=', sensitiveId).executeTakeFirstOrThrow(), before, 'nothing changed');
    const refused = await officerApi.post(`/api/v1/people/${personId}/interests`, { kind: 'fiduciary', body: 'A board', startsOn: '2026-02-01', endsOn: '2026-01-01', sensitive: true, sensitiveAgreedBy: 'Someone' });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body.errors.map((e: { field: string }) => e.field).sort(), ['endsOn', 'role', 'sensitive'], 'every problem at once');
    const patched = await moApi.patch(one, { endsOn: '2026-12-31' });
    assert.equal(patched.status, 200);
    assert.equal(patched.body.endsOn, '2026-12-31');
    assert.equal(patched.body.body, CANARY_BODY);
  });

  it('R-2.13: an officer may not change or remove a sensitive interest they cannot read; the monitoring officer may', async () => {
    const edit = `/people/${personId}/interests/${sensitiveId}`;
    assert.equal((await officer.get(`${edit}/edit`)).statusCode, 403);
    assert.equal((await officer.get(`${edit}/remove`)).statusCode, 403);
    const before = await ctx.database.db.selectFrom('interests').selectAll().where('id', '=', sensitiveId).executeTakeFirstOrThrow();
    const refused = await officer.post(`${edit}/remove`, {}, { from: `/people/${personId}` });
    assert.equal(refused.statusCode, 403);
    assert.deepEqual(await ctx.database.db.selectFrom('interests').selectAll().where('id', '=', sensitiveId).executeTakeFirstOrThrow(), before, 'nothing changed');
    const form = await monitoring.get(`${edit}/edit`);
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes(CANARY_BODY), 'the monitoring officer sees what they change');
    const changed = await monitoring.post(edit, {
      kind: 'non-registrable',
      body: CANARY_BODY,
      organisationId: '',
      role: '',
      details: `${CANARY_DETAILS}, weekly`,
      'startsOn-day': '5',
      'startsOn-month': '1',
      'startsOn-year': '2026',
      sensitive: 'true',
      sensitiveAgreedBy: 'Morgan Monitor, Monitoring Officer',
    });
    assert.equal(changed.statusCode, 303, changed.body.slice(0, 400));
    // A change to what is withheld is still a change on the record: its digest moved.
    const updates = await ctx.database.db.selectFrom('audit_events').select(['changes']).where('entity_type', '=', 'interest').where('entity_id', '=', sensitiveId).where('action', '=', 'updated').execute();
    // (An earlier change of its end date alone records only that: the digest did not move.)
    assert.ok(updates.some((u) => /digest [0-9a-f]{16}/.test(u.changes)), 'the change to its details is recorded, as a digest');
    for (const u of updates) for (const c of canaries) assert.ok(!u.changes.includes(c));
  });

  it('R-2.13: only the monitoring officer or an administrator marks an interest sensitive, or re-links the account of someone with one', async () => {
    const refused = await officer.post(`/people/${personId}/interests`, {
      kind: 'pecuniary',
      body: 'Shares in a local firm',
      organisationId: '',
      role: '',
      details: '',
      'startsOn-day': '1',
      'startsOn-month': '2',
      'startsOn-year': '2026',
      sensitive: 'true',
      sensitiveAgreedBy: 'Someone',
    });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'sensitive', 'Only the monitoring officer or an administrator can mark an interest sensitive, or not (R-2.13)');
    // Linking their own account to the person would make an officer "the person", who reads it.
    const officerUser = await makeUser(t.deps, 'officer');
    const officerClient = await signedIn(t.app, officerUser);
    const edit = await officerClient.get(`/people/${personId}/edit`);
    assert.equal(edit.statusCode, 200);
    const person = await ctx.database.db.selectFrom('people').selectAll().where('id', '=', personId).executeTakeFirstOrThrow();
    const relinked = await officerClient.post(`/people/${personId}`, {
      name: person.name,
      jobTitle: person.job_title ?? '',
      organisationId: person.organisation_id,
      email: person.email ?? '',
      councilRole: person.council_role ?? '',
      userId: officerUser.id,
    });
    assert.equal(relinked.statusCode, 400, relinked.body.slice(0, 300));
    assert.ok(relinked.body.includes('has a sensitive interest: only the monitoring officer or an administrator can change the account linked to them (R-2.13)'));
    assert.equal((await ctx.database.db.selectFrom('people').select('user_id').where('id', '=', personId).executeTakeFirstOrThrow()).user_id, self.id, 'still linked to the person’s own account');
    const stillHidden = await officerClient.get(`/people/${personId}`);
    assert.ok(!stillHidden.body.includes(CANARY_BODY));
  });
});
