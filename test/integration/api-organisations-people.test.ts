// /api/v1/organisations and /api/v1/people: round trips through the register's own schemas, the
// lists' parity with the organisations and people pages, 400 for what does not match the schema
// (unknown fields named, every problem listed), 422 for the register's rules (one council, unique
// names, a council person's role), nothing saved on any error, and audited writes (R-2.6.10).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Database } from '../../src/db/database.ts';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { signedIn } from '../helpers/factories.ts';
import { linkedIds } from '../helpers/html.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Register } from './api-helpers.ts';

async function snapshot(database: Database) {
  const rows = async (table: 'organisations' | 'people') =>
    (await database.db.selectFrom(table).select(['id', 'name', 'updated_at']).orderBy('id').execute()).map((r) => `${r.id} ${r.name} ${r.updated_at}`);
  return { organisations: await rows('organisations'), people: await rows('people'), audit: await lastAuditSeq(database) };
}

function listed(html: string, path: 'organisations' | 'people'): { ids: string[]; total: number } {
  const ids = linkedIds(html, `/${path}`);
  const heading = /<h2[^>]*>\s*(No \w+ found|1 (?:organisation|person)|[\d,]+ (?:organisations|people))/.exec(html)?.[1] ?? '';
  const total = heading.startsWith('No ') ? 0 : Number(heading.split(' ')[0]!.replace(/,/g, ''));
  return { ids, total };
}

forEachDatabase('API: organisations and people', (ctx) => {
  let t: TestApp;
  let register: Register;
  let officer: ApiClient;
  let officerUser: { id: string };
  let page: Client;

  before(async () => {
    t = await startApp(ctx.database);
    register = await seedRegister(t.deps);
    const made = await userWithToken(t.deps, 'officer');
    officer = new ApiClient(t.app, await loadContract(t.app), made.token);
    officerUser = made.user;
    page = await signedIn(t.app, made.user);
  });
  after(() => t.close());

  describe('organisations', () => {
    let id = '';

    it('POST adds one with numbers and website normalised as the form does; GET reads it back with its partnerships', async () => {
      const res = await officer.post('/api/v1/organisations', {
        name: 'Harbour Housing Association',
        sector: 'vcse',
        isThisCouncil: false,
        companyNumber: '1234567',
        charityNumber: 'sc012345',
        website: 'www.harbour-housing.org.uk',
        contactEmail: 'hello@harbour-housing.org.uk',
      });
      assert.equal(res.status, 201);
      id = res.body.id;
      assert.equal(res.headers.location, `/api/v1/organisations/${id}`);
      assert.equal(res.body.companyNumber, '01234567');
      assert.equal(res.body.charityNumber, 'SC012345');
      assert.equal(res.body.website, 'https://www.harbour-housing.org.uk');
      assert.equal(res.body.address, null);
      assert.deepEqual(res.body.partnerships, []);
      const partnership = await officer.post('/api/v1/partnerships', partnershipBody(register, { partners: [
        { organisationId: register.council.id, role: 'lead', memberStatus: 'voting' },
        { organisationId: id, role: 'funder', memberStatus: 'observer' },
      ] }));
      const read = await officer.get(`/api/v1/organisations/${id}`);
      assert.deepEqual(read.body.partnerships, [
        { id: partnership.body.id, reference: partnership.body.reference, name: partnership.body.name, status: 'proposed', role: 'funder', memberStatus: 'observer' },
      ]);
    });

    it('PATCH changes only what is sent, and is audited with the token’s user', async () => {
      const res = await officer.patch(`/api/v1/organisations/${id}`, { contactPhone: '01632  960 001', address: '1 Quay Street' });
      assert.equal(res.status, 200);
      assert.equal(res.body.contactPhone, '01632 960 001');
      assert.equal(res.body.companyNumber, '01234567', 'kept');
      assert.equal(res.body.website, 'https://www.harbour-housing.org.uk', 'kept');
      const events = await ctx.database.db.selectFrom('audit_events').selectAll().where('entity_id', '=', id).orderBy('seq').execute();
      assert.deepEqual(events.map((e) => [e.entity_type, e.action, e.actor_id]), [
        ['organisation', 'created', officerUser.id],
        ['organisation', 'updated', officerUser.id],
      ]);
      assert.match(events[1]!.actor_label, /via API token/);
    });

    it('400: every schema problem listed, the unknown field named, nothing saved', async () => {
      const before = await snapshot(ctx.database);
      const res = await officer.post('/api/v1/organisations', {
        name: '',
        sector: 'galactic',
        isThisCouncil: 'no',
        companyNumber: 'ABC',
        website: 'javascript:alert(1)',
        contactEmail: 'not an email',
        vatNumber: 'GB123',
      });
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.errors.map((e: { field: string }) => e.field).sort(), ['companyNumber', 'contactEmail', 'isThisCouncil', 'name', 'sector', 'vatNumber', 'website']);
      assert.deepEqual(await snapshot(ctx.database), before);
      const patch = await officer.patch(`/api/v1/organisations/${id}`, { sector: 'galactic', createdAt: '2020-01-01T00:00:00.000Z' });
      assert.equal(patch.status, 400);
      assert.deepEqual(patch.body.errors.map((e: { field: string }) => e.field).sort(), ['createdAt', 'sector']);
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('422: a name already in the register, or a second organisation marked as this council; nothing saved', async () => {
      const before = await snapshot(ctx.database);
      const same = await officer.post('/api/v1/organisations', { name: 'harbour housing association', sector: 'other', isThisCouncil: false });
      assert.equal(same.status, 422);
      assert.deepEqual(same.body.errors.map((e: { field: string }) => e.field), ['name']);
      const council = await officer.patch(`/api/v1/organisations/${id}`, { isThisCouncil: true });
      assert.equal(council.status, 422);
      assert.deepEqual(council.body.errors.map((e: { field: string }) => e.field), ['isThisCouncil']);
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('lists the same organisations as the organisations page, for its search, filter and pages', async () => {
      for (let i = 0; i < 28; i++) {
        const res = await officer.post('/api/v1/organisations', { name: `Listing Org ${String(i).padStart(2, '0')} ${i % 2 ? 'Health' : 'Trust'}`, sector: i % 3 ? 'health' : 'private', isThisCouncil: false });
        assert.equal(res.status, 201);
      }
      for (const query of ['', 'page=2', 'q=health', 'q=LISTING', 'sector=health', 'sector=private&q=trust', 'q=nothing-at-all', 'sector=vcse']) {
        const api = await officer.get(`/api/v1/organisations${query ? `?${query}` : ''}`);
        assert.equal(api.status, 200, query);
        const shown = listed((await page.get(`/organisations${query ? `?${query}` : ''}`)).body, 'organisations');
        assert.equal(api.body.total, shown.total, `${query}: total`);
        assert.deepEqual(api.body.items.map((o: { id: string }) => o.id), shown.ids, `${query}: items`);
      }
      const health = await officer.get('/api/v1/organisations?sector=health&pageSize=100');
      assert.ok(health.body.items.length >= 18 && health.body.items.every((o: { sector: string }) => o.sector === 'health'));
      assert.equal((await officer.get('/api/v1/organisations?pageSize=5&page=2')).body.items.length, 5);
    });

    it('answers 400 naming every unknown or invalid list parameter', async () => {
      const res = await officer.get(`/api/v1/organisations?sector=galactic&page=0&pageSize=500&colour=red&q=${'x'.repeat(201)}`);
      assert.equal(res.status, 400);
      assert.deepEqual(res.body.errors.map((e: { field: string }) => e.field).sort(), ['colour', 'page', 'pageSize', 'q', 'sector']);
      assert.equal(res.body.errors.find((e: { field: string }) => e.field === 'colour').message, 'Unknown parameter colour');
      const twice = await officer.get('/api/v1/organisations?q=a&q=b');
      assert.equal(twice.status, 400);
    });
  });

  describe('people', () => {
    let id = '';

    it('POST adds a partner’s representative (councilRole stored as null for a partner’s staff); GET shows their organisation and partnerships', async () => {
      const res = await officer.post('/api/v1/people', { name: 'Priya Shah', jobTitle: 'Director', organisationId: register.partners[1]!.id, email: 'priya@example.org', councilRole: 'officer' });
      assert.equal(res.status, 201);
      id = res.body.id;
      assert.equal(res.body.organisationName, register.partners[1]!.name);
      assert.equal(res.body.councilRole, null);
      assert.deepEqual(res.body.partnerships, { sponsoringOfficer: [], accountableOfficer: [], representative: [] });
      const sponsor = register.officers[1]!;
      const p = await officer.post('/api/v1/partnerships', partnershipBody(register, { sponsoringOfficerId: sponsor.id, name: 'Sponsored Partnership' }));
      const read = await officer.get(`/api/v1/people/${sponsor.id}`);
      assert.ok(read.body.partnerships.sponsoringOfficer.some((x: { id: string }) => x.id === p.body.id));
      assert.equal(read.body.councilRole, 'officer');
    });

    it('PATCH changes only what is sent; 400 lists every schema problem; 422 for the register’s rules; nothing saved on errors', async () => {
      const res = await officer.patch(`/api/v1/people/${id}`, { jobTitle: 'Chief Executive' });
      assert.equal(res.status, 200);
      assert.equal(res.body.jobTitle, 'Chief Executive');
      assert.equal(res.body.email, 'priya@example.org');
      const before = await snapshot(ctx.database);
      const bad = await officer.patch(`/api/v1/people/${id}`, { organisationId: 'nope', councilRole: 'mayor', email: 'x@', nickname: 'P' });
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['councilRole', 'email', 'nickname', 'organisationId']);
      const rule = await officer.patch(`/api/v1/people/${id}`, { organisationId: register.council.id });
      assert.equal(rule.status, 422, 'a council person needs officer or councillor');
      assert.deepEqual(rule.body.errors.map((e: { field: string }) => e.field), ['councilRole']);
      const gone = await officer.post('/api/v1/people', { name: 'Nobody', organisationId: '01900000-0000-7000-8000-000000000000' });
      assert.equal(gone.status, 422);
      assert.deepEqual(await snapshot(ctx.database), before);
    });

    it('lists the same people as the people page, for its search and filters', async () => {
      for (let i = 0; i < 27; i++) {
        await officer.post('/api/v1/people', { name: `Listed Person ${String(i).padStart(2, '0')}`, organisationId: i % 2 ? register.council.id : register.partners[2]!.id, councilRole: i % 2 ? 'councillor' : null });
      }
      for (const query of ['', 'page=2', 'q=listed', 'q=PERSON%2001', `organisation=${register.partners[2]!.id}`, 'council=yes', 'council=yes&page=1&q=listed']) {
        const api = await officer.get(`/api/v1/people${query ? `?${query}` : ''}`);
        assert.equal(api.status, 200, query);
        const shown = listed((await page.get(`/people${query ? `?${query}` : ''}`)).body, 'people');
        assert.equal(api.body.total, shown.total, `${query}: total`);
        assert.deepEqual(api.body.items.map((p: { id: string }) => p.id), shown.ids, `${query}: items`);
      }
      const council = await officer.get('/api/v1/people?council=yes&pageSize=100');
      assert.ok(council.body.items.length >= 13);
      assert.ok(council.body.items.every((p: { organisationId: string }) => p.organisationId === register.council.id));
      const bad = await officer.get('/api/v1/people?council=maybe&organisation=x&sort=name');
      assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['council', 'organisation', 'sort']);
    });
  });
});
