// /api/v1/partnerships: registering, reading and changing through the API (round trip), the list's
// parity with the register page (the same search, filters, sort and paging give the same
// partnerships in the same order), 400 for what does not match the schema (every problem listed,
// unknown fields named), 422 for a broken rule (R-1.1), nothing saved on any error, and every write
// audited like a page's write with the token's user as the actor (R-2.6.10). Every answer is checked
// against the OpenAPI document by ApiClient.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { idFromRedirect, startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { signedIn } from '../helpers/factories.ts';
import { linkedIds } from '../helpers/html.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import type { Database } from '../../src/db/database.ts';
import type { Status } from '../../src/domain/register/vocabulary.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Register } from './api-helpers.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function count(database: Database, table: 'partnerships' | 'partnership_partners' | 'organisations' | 'people'): Promise<number> {
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What a refused request must leave alone. */
async function snapshot(database: Database) {
  return {
    partnerships: await count(database, 'partnerships'),
    links: await count(database, 'partnership_partners'),
    audit: await lastAuditSeq(database),
    updated: (await database.db.selectFrom('partnerships').select(['id', 'updated_at', 'status', 'name']).orderBy('id').execute()).map((r) => `${r.id} ${r.updated_at} ${r.status} ${r.name}`),
  };
}

/** The partnerships the register page lists, in order, and the total it shows. */
function pageRows(html: string): { ids: string[]; total: number } {
  const ids = linkedIds(html, '/partnerships');
  const heading = /id="results-heading">\s*([^<]*)/.exec(html)?.[1]?.trim() ?? '';
  const total = heading.startsWith('No partnerships') ? 0 : Number(/^([\d,]+) partnership/.exec(heading)?.[1]?.replace(/,/g, '') ?? NaN);
  return { ids, total };
}

forEachDatabase('API: partnerships', (ctx) => {
  let t: TestApp;
  let register: Register;
  let officer: ApiClient;
  let officerUser: { id: string; name: string; email: string };
  let page: Client;

  before(async () => {
    t = await startApp(ctx.database);
    const contract = await loadContract(t.app);
    register = await seedRegister(t.deps);
    const made = await userWithToken(t.deps, 'officer', 'Olive Officer');
    officer = new ApiClient(t.app, contract, made.token);
    officerUser = made.user;
    page = await signedIn(t.app, made.user);
  });
  after(() => t.close());

  describe('round trip', () => {
    let id = '';

    it('POST registers a partnership (201, Location) with its reference, names beside ids, money in pence and dates as YYYY-MM-DD', async () => {
      const res = await officer.post(
        '/api/v1/partnerships',
        partnershipBody(register, {
          name: '  Riverside Regeneration Board  ',
          startDate: '2026-04-01',
          expectedEndDate: '2031-03-31',
          councilContributionPence: 2_500_050,
          withinApprovedBudget: true,
          sponsoringOfficerId: register.officers[0]!.id,
          representatives: [{ personId: register.officers[1]!.id, capacity: 'officer' }],
          priorities: [{ priorityId: register.priorities[0]!.id, how: 'Fewer admissions' }],
        }),
      );
      assert.equal(res.status, 201);
      id = res.body.id;
      assert.match(id, UUID);
      assert.equal(res.headers.location, `/api/v1/partnerships/${id}`);
      assert.match(res.body.reference, /^P-\d{4}-\d{3,}$/);
      assert.equal(res.body.name, 'Riverside Regeneration Board', 'trimmed like the form');
      assert.equal(res.body.councilContributionPence, 2_500_050);
      assert.equal(res.body.startDate, '2026-04-01');
      assert.equal(res.body.durationDescription, null, 'left out: null');
      assert.deepEqual(res.body.sponsoringOfficer, { id: register.officers[0]!.id, name: register.officers[0]!.name, jobTitle: 'Head of Service' });
      assert.deepEqual(
        res.body.partners.map((p: { organisationId: string; name: string; isThisCouncil: boolean }) => [p.organisationId, p.name, p.isThisCouncil]),
        [
          [register.council.id, register.council.name, true],
          [register.partners[0]!.id, register.partners[0]!.name, false],
        ],
      );
      assert.equal(res.body.representatives[0].name, register.officers[1]!.name);
      assert.equal(res.body.priorities[0].title, register.priorities[0]!.title);
    });

    it('GET returns what was registered, and the register page shows it', async () => {
      const res = await officer.get(`/api/v1/partnerships/${id}`);
      assert.equal(res.status, 200);
      assert.equal(res.body.name, 'Riverside Regeneration Board');
      const html = (await page.get(`/partnerships/${id}`)).body;
      assert.ok(html.includes(res.body.reference));
      assert.ok(html.includes('£25,000.50'), 'the page shows the pence the API stored');
    });

    it('PATCH changes only the fields sent; priorities sent replace the whole list; partners and representatives are left as they are', async () => {
      const before = (await officer.get(`/api/v1/partnerships/${id}`)).body;
      const res = await officer.patch(`/api/v1/partnerships/${id}`, {
        councilContributionPence: 0,
        priorities: [{ priorityId: register.priorities[1]!.id, how: 'Better streets' }],
      });
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'proposed', 'the status changes only through a step');
      assert.equal(res.body.councilContributionPence, 0);
      assert.deepEqual(res.body.priorities.map((p: { priorityId: string }) => p.priorityId), [register.priorities[1]!.id]);
      for (const kept of ['status', 'name', 'purpose', 'reference', 'startDate', 'expectedEndDate', 'sponsoringOfficerId', 'partners', 'representatives', 'createdAt']) {
        assert.deepEqual(res.body[kept], before[kept], `${kept} kept`);
      }
      const again = await officer.get(`/api/v1/partnerships/${id}`);
      assert.deepEqual(again.body, res.body);
    });

    it('partners change one at a time under the partnership, and GET shows them', async () => {
      const partners = `/api/v1/partnerships/${id}/partners`;
      assert.equal((await officer.post(partners, { organisationId: register.partners[2]!.id, role: 'funder', memberStatus: 'observer' })).status, 201);
      assert.equal((await officer.patch(`${partners}/${register.council.id}`, { role: 'member' })).status, 200);
      const res = await officer.get(`/api/v1/partnerships/${id}`);
      assert.deepEqual(
        res.body.partners.map((p: { organisationId: string; role: string }) => [p.organisationId, p.role]),
        [
          [register.council.id, 'member'],
          [register.partners[0]!.id, 'member'],
          [register.partners[2]!.id, 'funder'],
        ],
      );
    });

    it('PATCH can set a field to null, and an empty PATCH changes nothing and records no audit event', async () => {
      const cleared = await officer.patch(`/api/v1/partnerships/${id}`, { expectedEndDate: null, withinApprovedBudget: null });
      assert.equal(cleared.status, 200);
      assert.equal(cleared.body.expectedEndDate, null);
      const seq = await lastAuditSeq(ctx.database);
      const res = await officer.patch(`/api/v1/partnerships/${id}`, {});
      assert.equal(res.status, 200);
      assert.equal(await lastAuditSeq(ctx.database), seq);
    });

    it('R-2.6.10: POST and PATCH are audited with the token’s user as the actor, naming the token', async () => {
      const events = await ctx.database.db.selectFrom('audit_events').selectAll().where('entity_type', '=', 'partnership').where('entity_id', '=', id).orderBy('seq').execute();
      assert.deepEqual(
        events.map((e) => e.action),
        ['created', 'updated', 'updated'],
      );
      for (const e of events) {
        assert.equal(e.actor_id, officerUser.id);
        assert.equal(e.actor_label, `${officerUser.name} <${officerUser.email}> via API token “officer test token”`);
        assert.ok(e.request_id, 'the request id is kept');
      }
      const changes = JSON.parse(events[1]!.changes);
      assert.ok(!('status' in changes.after), 'the status is not a detail');
      assert.ok(!('partners' in changes.after) && !('partners' in changes.before), 'nor are partners: they are audited as their own records');
      assert.equal(changes.after.councilContributionPence, 0);
    });
  });

  it('R-2.6.10: an API write is audited exactly like the same write through the register page', async () => {
    const fields = {
      name: 'Audit Twin Partnership',
      purpose: 'Same through both doors.',
      expectedOutcomes: 'Identical audit.',
      rationale: ['too-large-alone'],
      wellbeing: ['economic'],
      legalForm: 'informal',
    };
    const viaApi = await officer.post('/api/v1/partnerships', {
      ...fields,
      councilContributionPence: 123_456,
      partners: [
        { organisationId: register.council.id, role: 'lead', memberStatus: 'voting' },
        { organisationId: register.partners[2]!.id, role: 'member', memberStatus: 'non-voting' },
      ],
    });
    assert.equal(viaApi.status, 201);
    await page.get('/partnerships/new');
    const viaPage = await page.post('/partnerships', {
      ...fields,
      councilContribution: '1234.56',
      'partner-0-organisation': register.council.id,
      'partner-0-role': 'lead',
      'partner-0-memberStatus': 'voting',
      'partner-1-organisation': register.partners[2]!.id,
      'partner-1-role': 'member',
      'partner-1-memberStatus': 'non-voting',
    });
    assert.equal(viaPage.statusCode, 303, viaPage.body.slice(0, 500));
    const pageId = idFromRedirect(viaPage, '/partnerships');
    const event = (entityId: string) =>
      ctx.database.db.selectFrom('audit_events').selectAll().where('entity_type', '=', 'partnership').where('entity_id', '=', entityId).executeTakeFirstOrThrow();
    const [a, p] = [await event(viaApi.body.id), await event(pageId)];
    assert.equal(a.action, p.action);
    assert.equal(a.actor_id, p.actor_id);
    const strip = (changes: string) => {
      const c = JSON.parse(changes);
      delete c.after.reference;
      return c;
    };
    assert.deepEqual(strip(a.changes), strip(p.changes));
  });

  describe('bad input: 400, every problem listed, nothing saved', () => {
    it('refuses an unknown field, naming it, at the top level and inside a partner', async () => {
      const before = await snapshot(ctx.database);
      const body = partnershipBody(register, { colour: 'red' });
      body.partners[1] = { ...body.partners[1]!, shoeSize: 9 } as never;
      const res = await officer.post('/api/v1/partnerships', body);
      assert.equal(res.status, 400);
      assert.equal(res.body.status, 400);
      assert.equal(res.body.type, '/api/docs#problem-invalid-request');
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      assert.ok(fields.includes('colour'), JSON.stringify(res.body.errors));
      assert.ok(fields.includes('partners.1.shoeSize'), JSON.stringify(res.body.errors));
      assert.match(res.body.errors.find((e: { field: string }) => e.field === 'colour').message, /Unknown field "colour"/);
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('lists every invalid enumeration, date and money value at once', async () => {
      const before = await snapshot(ctx.database);
      const res = await officer.post(
        '/api/v1/partnerships',
        partnershipBody(register, {
          status: 'thriving',
          legalForm: 'handshake',
          rationale: ['because', 'maximise-funds'],
          startDate: '2026-02-30',
          expectedEndDate: '31/03/2031',
          councilContributionPence: 12.5,
          withinApprovedBudget: 'yes',
          partners: [{ organisationId: register.partners[0]!.id, role: 'boss', memberStatus: 'voting' }],
        }),
      );
      assert.equal(res.status, 400);
      const byField = Object.fromEntries(res.body.errors.map((e: { field: string; message: string }) => [e.field, e.message]));
      assert.deepEqual(Object.keys(byField).sort(), ['councilContributionPence', 'expectedEndDate', 'legalForm', 'partners.0.role', 'rationale.0', 'startDate', 'status', 'withinApprovedBudget'].sort());
      assert.equal(byField.status, 'Status changes only through an action: POST /api/v1/partnerships/{id}/transitions', 'status is not a field: it moves through the lifecycle');
      assert.match(byField.startDate, /real date/);
      assert.match(byField.councilContributionPence, /whole number of pence/);
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('refuses money given as text, negative or above the limit, and a missing required field', async () => {
      for (const [value, pattern] of [
        ['2500', /whole number of pence/],
        [-1, /£0 or more/],
        [1_000_000_000_001, /or less/],
      ] as const) {
        const res = await officer.post('/api/v1/partnerships', partnershipBody(register, { councilContributionPence: value }));
        assert.equal(res.status, 400, String(value));
        assert.match(res.body.errors[0].message, pattern);
      }
      const { name: _name, ...nameless } = partnershipBody(register);
      const res = await officer.post('/api/v1/partnerships', nameless);
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.errors.map((e: { field: string }) => e.field), ['name']);
    });

    it('PATCH refuses bad values and unknown fields, listing them all, and leaves the record as it was', async () => {
      const created = await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Patch Target' }));
      const before = await snapshot(ctx.database);
      const res = await officer.patch(`/api/v1/partnerships/${created.body.id}`, { status: 'x', startDate: '2026-13-01', reference: 'P-1999-001', id: created.body.id });
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.errors.map((e: { field: string }) => e.field).sort(), ['id', 'reference', 'startDate', 'status']);
      assert.deepEqual(await snapshot(ctx.database), before);
      const after = await officer.get(`/api/v1/partnerships/${created.body.id}`);
      assert.equal(after.body.reference, created.body.reference);
    });

    it('issue 8: POST and PATCH with a status, even a valid one, answer 400 at status pointing at the transitions', async () => {
      const created = await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Status Target' }));
      const before = await snapshot(ctx.database);
      const expected = [{ field: 'status', message: 'Status changes only through an action: POST /api/v1/partnerships/{id}/transitions' }];
      const posted = await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Born operating', status: 'operating' }));
      assert.equal(posted.status, 400);
      assert.deepEqual(posted.body.errors, expected);
      for (const status of ['operating', 'proposed', 'withdrawn']) {
        const patched = await officer.patch(`/api/v1/partnerships/${created.body.id}`, { status });
        assert.equal(patched.status, 400, status);
        assert.deepEqual(patched.body.errors, expected, status);
      }
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('refuses a body that is not a JSON object', async () => {
      for (const payload of ['[]', '"partnership"', '42', 'null', '{"name": "x",}', '{"__proto__": {"admin": true}}', '{"constructor": {"prototype": {"admin": true}}}']) {
        const res = await officer.request('POST', '/api/v1/partnerships', { payload, headers: { 'content-type': 'application/json' } });
        assert.equal(res.status, 400, payload);
        assert.ok(res.body.errors.length > 0, payload);
      }
    });

    it('answers 404 for an unknown or malformed id', async () => {
      for (const id of ['01900000-0000-7000-8000-000000000000', 'not-an-id', '%3Cscript%3E']) {
        assert.equal((await officer.get(`/api/v1/partnerships/${id}`)).status, 404);
        assert.equal((await officer.patch(`/api/v1/partnerships/${id}`, { name: 'Nowhere' })).status, 404);
      }
    });
  });

  describe('R-1.1 and other rules: 422, nothing saved', () => {
    it('refuses a partnership with no partner other than the council, at the partners field', async () => {
      const before = await snapshot(ctx.database);
      const res = await officer.post('/api/v1/partnerships', partnershipBody(register, { partners: [{ organisationId: register.council.id, role: 'lead', memberStatus: 'voting' }] }));
      assert.equal(res.status, 422);
      assert.equal(res.body.type, '/api/docs#problem-rule-broken');
      assert.deepEqual(res.body.errors, [{ field: 'partners', message: 'Add at least one partner organisation other than the council' }]);
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('names the row of a partner that is not in the register, and lists every broken rule', async () => {
      const before = await snapshot(ctx.database);
      const res = await officer.post(
        '/api/v1/partnerships',
        partnershipBody(register, {
          startDate: '2027-01-01',
          expectedEndDate: '2026-01-01',
          withinApprovedBudget: false,
          partners: [
            { organisationId: register.council.id, role: 'lead', memberStatus: 'voting' },
            { organisationId: '01900000-0000-7000-8000-00000000beef', role: 'member', memberStatus: 'voting' },
          ],
        }),
      );
      assert.equal(res.status, 422);
      assert.deepEqual(res.body.errors.map((e: { field: string }) => e.field).sort(), ['councilContributionPence', 'expectedEndDate', 'partners.1.organisationId'].sort());
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('lists the schema’s problems and the register’s rules in one answer, not one round after another', async () => {
      const before = await snapshot(ctx.database);
      const res = await officer.post(
        '/api/v1/partnerships',
        partnershipBody(register, {
          name: '',
          legalForm: 'a club',
          startDate: '2027-01-01',
          expectedEndDate: '2026-01-01',
          partners: [
            { organisationId: register.council.id, role: 'lead', memberStatus: 'voting' },
            { organisationId: register.council.id, role: 'chair', memberStatus: 'voting' },
          ],
          priorities: [
            { priorityId: register.priorities[0]!.id, how: 'One way' },
            { priorityId: register.priorities[0]!.id, how: 'Another' },
          ],
        }),
      );
      assert.equal(res.status, 400);
      const fields = res.body.errors.map((e: { field: string }) => e.field);
      for (const field of ['name', 'legalForm', 'partners.1.role', 'partners', 'partners.1.organisationId', 'expectedEndDate', 'priorities.1.priorityId']) {
        assert.ok(fields.includes(field), `${field} is among ${JSON.stringify(fields)}`);
      }
      assert.deepEqual(await snapshot(ctx.database), before);

      const created = await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'All At Once' }));
      const patched = await officer.patch(`/api/v1/partnerships/${created.body.id}`, { name: 42, partners: [{ organisationId: register.council.id, role: 'lead', memberStatus: 'voting' }] });
      assert.equal(patched.status, 400);
      assert.deepEqual(patched.body.errors.map((e: { field: string }) => e.field).sort(), ['name', 'partners']);
    });

    it('issue 8: PATCH with partners or representatives is 400 at each, saying where they change, and nothing changes', async () => {
      const created = await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Keep My Partners' }));
      const before = await snapshot(ctx.database);
      const was = (await officer.get(`/api/v1/partnerships/${created.body.id}`)).body;
      // Even a valid list, and even one that would leave only the council (R-1.1): the field is not PATCH's.
      for (const body of [
        { partners: [{ organisationId: register.council.id, role: 'lead', memberStatus: 'voting' }] },
        { partners: was.partners.map((p: { organisationId: string; role: string; memberStatus: string }) => ({ organisationId: p.organisationId, role: p.role, memberStatus: p.memberStatus })) },
      ]) {
        const res = await officer.patch(`/api/v1/partnerships/${created.body.id}`, body);
        assert.equal(res.status, 400);
        assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
        assert.deepEqual(res.body.errors, [{ field: 'partners', message: 'Partners change one at a time: POST/PATCH/DELETE /api/v1/partnerships/{id}/partners' }]);
      }
      const both = await officer.patch(`/api/v1/partnerships/${created.body.id}`, { name: 'Renamed', partners: [], representatives: [] });
      assert.equal(both.status, 400);
      assert.deepEqual(both.body.errors, [
        { field: 'partners', message: 'Partners change one at a time: POST/PATCH/DELETE /api/v1/partnerships/{id}/partners' },
        { field: 'representatives', message: 'Council representatives change one at a time: POST/PATCH/DELETE /api/v1/partnerships/{id}/representatives' },
      ]);
      assert.deepEqual(await snapshot(ctx.database), before);
      assert.deepEqual((await officer.get(`/api/v1/partnerships/${created.body.id}`)).body, was);
    });

    it('issue 8: a PATCH is checked by the rules for its own fields, not by a partner set that was already wrong', async () => {
      const created = await officer.post('/api/v1/partnerships', partnershipBody(register, { name: 'Older Data' }));
      // Older data: only the council left as a partner (R-1.1 broken before the change, written directly).
      await ctx.database.db.deleteFrom('partnership_partners').where('partnership_id', '=', created.body.id).where('organisation_id', '!=', register.council.id).execute();
      const res = await officer.patch(`/api/v1/partnerships/${created.body.id}`, { purpose: 'Still changeable.' });
      assert.equal(res.status, 200, JSON.stringify(res.body));
      assert.equal(res.body.purpose, 'Still changeable.');
      const rule = await officer.patch(`/api/v1/partnerships/${created.body.id}`, { startDate: '2027-01-01', expectedEndDate: '2026-01-01' });
      assert.equal(rule.status, 422);
      assert.deepEqual(rule.body.errors.map((e: { field: string }) => e.field), ['expectedEndDate']);
    });
  });

  describe('the list: the same answers as the register page', () => {
    before(async () => {
      // A varied register: statuses, forms, money, dates, partners, sponsors and priorities.
      const statuses: Status[] = ['proposed', 'operating', 'approved', 'exiting', 'operating', 'dissolved'];
      const forms = ['informal', 'joint-committee', 'contractual', 'latco'];
      for (let i = 0; i < 32; i++) {
        const partner = register.partners[i % 3]!;
        const res = await officer.post(
          '/api/v1/partnerships',
          partnershipBody(register, {
            name: `${['Alder', 'Birch', 'Cedar', 'Damson'][i % 4]} ${i % 2 ? 'Health' : 'Housing'} Partnership ${String(i).padStart(2, '0')}`,
            purpose: i % 5 === 0 ? 'Riverbank regeneration and walking routes.' : 'Joint working.',
            legalForm: forms[i % forms.length],
            councilContributionPence: i % 4 === 3 ? null : i * 125_050,
            withinApprovedBudget: i % 4 === 3 ? null : true,
            startDate: i % 3 === 0 ? null : `202${i % 7}-0${(i % 9) + 1}-1${i % 10}`,
            sponsoringOfficerId: i % 2 ? register.officers[i % 4 === 1 ? 0 : 1]!.id : null,
            priorities: i % 3 === 1 ? [{ priorityId: register.priorities[0]!.id, how: 'It helps.' }] : [],
            partners: [
              { organisationId: register.council.id, role: 'member', memberStatus: 'voting' },
              { organisationId: partner.id, role: 'lead', memberStatus: 'voting' },
            ],
          }),
        );
        assert.equal(res.status, 201, JSON.stringify(res.body));
        // About the list, not the lifecycle: the status is written directly (writeStatusForTest).
        await writeStatusForTest(ctx, res.body.id, statuses[i % statuses.length]!);
      }
    });

    const queries = () => [
      '',
      'q=health',
      'q=HOUSING%20cedar',
      'q=riverbank',
      `q=${encodeURIComponent(register.partners[1]!.name.split(' ')[0]!)}`,
      'q=zzzz-nothing',
      'status=operating',
      'status=operating,approved',
      'status=operating&status=exiting',
      'legalForm=latco',
      'legalForm=informal&legalForm=contractual&status=operating',
      'sector=health',
      'sector=vcse&status=proposed',
      `organisation=${register.partners[2]!.id}`,
      `sponsor=${register.officers[0]!.id}`,
      `priority=${register.priorities[0]!.id}`,
      'minContribution=20000',
      'minContribution=%C2%A31%2C250.50',
      ...['name', 'reference', 'status', 'contribution', 'start'].flatMap((sort) => [`sort=${sort}`, `sort=${sort}&order=desc`]),
      'page=2',
      'page=2&pageSize=10',
      'pageSize=7&page=3&sort=contribution&order=desc',
      'page=99',
      'q=partnership&status=operating&sort=start&order=desc&pageSize=5',
    ];

    it('gives the same partnerships, in the same order, with the same total, for every search, filter, sort and page', async () => {
      let compared = 0;
      for (const query of queries()) {
        const api = await officer.get(`/api/v1/partnerships${query ? `?${query}` : ''}`);
        assert.equal(api.status, 200, `${query}: ${JSON.stringify(api.body)}`);
        const html = await page.get(`/partnerships${query ? `?${query}` : ''}`);
        assert.equal(html.statusCode, 200, query);
        const shown = pageRows(html.body);
        assert.equal(api.body.total, shown.total, `${query}: total`);
        if (!query.includes('page=99')) assert.deepEqual(api.body.items.map((i: { id: string }) => i.id), shown.ids, `${query}: items`);
        compared += 1;
      }
      assert.equal(compared, queries().length);
    });

    it('pages with total, page and pageSize as asked, and an empty page past the last', async () => {
      const all = await officer.get('/api/v1/partnerships?pageSize=100');
      const total = all.body.total;
      assert.ok(total >= 32);
      const second = await officer.get('/api/v1/partnerships?page=2&pageSize=10');
      assert.deepEqual([second.body.page, second.body.pageSize, second.body.total], [2, 10, total]);
      assert.deepEqual(second.body.items.map((i: { id: string }) => i.id), all.body.items.slice(10, 20).map((i: { id: string }) => i.id));
      const past = await officer.get('/api/v1/partnerships?page=99');
      assert.deepEqual([past.body.items.length, past.body.total, past.body.page], [0, total, 99]);
    });

    it('filters really filter (the parity above is not two empty lists)', async () => {
      const operating = await officer.get('/api/v1/partnerships?status=operating&pageSize=100');
      assert.ok(operating.body.items.length >= 10);
      assert.ok(operating.body.items.every((i: { status: string }) => i.status === 'operating'));
      const rich = await officer.get('/api/v1/partnerships?minContribution=20000&pageSize=100');
      assert.ok(rich.body.items.length > 0);
      assert.ok(rich.body.items.every((i: { councilContributionPence: number }) => i.councilContributionPence >= 2_000_000));
      const health = await officer.get('/api/v1/partnerships?sector=health&pageSize=100');
      assert.ok(health.body.items.length > 0 && health.body.items.length < operating.body.total + 100);
      assert.ok(health.body.items.every((i: { partners: Array<{ name: string }> }) => i.partners.some((p) => p.name === register.partners[0]!.name)));
    });

    it('answers 400 listing every unknown or invalid parameter at once', async () => {
      const res = await officer.get(
        `/api/v1/partnerships?bogus=1&status=thriving&legalForm=handshake&sector=space&organisation=x&sponsor=1&priority=%27&minContribution=lots&sort=colour&order=up&page=0&pageSize=101&q=${'x'.repeat(201)}`,
      );
      assert.equal(res.status, 400);
      assert.deepEqual(
        res.body.errors.map((e: { field: string }) => e.field).sort(),
        ['bogus', 'legalForm', 'minContribution', 'order', 'organisation', 'page', 'pageSize', 'priority', 'q', 'sector', 'sort', 'sponsor', 'status'].sort(),
      );
    });
  });
});
