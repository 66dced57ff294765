// Issue 10: a partner representative (someone from a partner organisation) signs in and sees only the
// partnerships their organisation is a partner in: on the register, the home page, the compliance
// dashboard, the downloads and the API; another partnership is 404 (not 403), and no count or name
// gives it away. Their reach comes from the register's own records, so a change there applies at once.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson, updatePerson } from '../../src/app/people.service.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { ApiClient, loadContract, seedRegister, userWithToken, type Contract, type Register } from './api-helpers.ts';

forEachDatabase('a partner representative', (ctx) => {
  let t: TestApp;
  let register: Register;
  let contract: Contract;
  let rep: User;
  let repToken: string;
  let personId: string;
  const ours: string[] = [];
  let theirs = '';
  // A name that must never reach the representative: the canary.
  const CANARY = 'Canary Confidential Compact';

  before(async () => {
    t = await startApp(ctx.database);
    contract = await loadContract(t.app);
    register = await seedRegister(t.deps);
    const withPartner = (organisationId: string) => [
      { organisationId: register.council.id, role: 'lead' as const, memberStatus: 'voting' as const },
      { organisationId, role: 'member' as const, memberStatus: 'voting' as const },
    ];
    for (const name of ['Ours Alpha Partnership', 'Ours Beta Partnership']) {
      ours.push((await createPartnership(t.deps, SYSTEM, partnershipDetails({ name, partners: withPartner(register.partners[0]!.id) }))).id);
    }
    theirs = (await createPartnership(t.deps, SYSTEM, partnershipDetails({ name: CANARY, purpose: 'Canary purpose', partners: withPartner(register.partners[1]!.id) }))).id;
    const made = await userWithToken(t.deps, 'partner-representative', 'Pat Partner');
    rep = made.user;
    repToken = made.token;
    personId = (await createPerson(t.deps, SYSTEM, personDetails('Pat Partner', register.partners[0]!.id, { userId: rep.id }))).id;
  });
  after(() => t?.close());

  it('sees their organisation’s partnerships on the register, and the count is theirs alone', async () => {
    const client = await signedIn(t.app, rep);
    const res = await client.get('/partnerships');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Ours Alpha Partnership/);
    assert.match(res.body, /Ours Beta Partnership/);
    assert.match(res.body, /2 partnerships/);
    assert.doesNotMatch(res.body, new RegExp(CANARY));
    const searched = await client.get('/partnerships?q=canary');
    assert.match(searched.body, /No partnerships found/, 'a search finds nothing beyond their reach');
  });

  it('never sees the other partnership, its name or its count, on any page, download or API answer it can reach', async () => {
    const client = await signedIn(t.app, rep);
    const api = new ApiClient(t.app, contract, repToken);
    const pages = ['/', '/partnerships', '/partnerships?q=canary', '/compliance', '/compliance/export.csv', '/partnerships/export.csv', `/partnerships/${ours[0]}`, `/partnerships/${ours[0]}/partners`, `/partnerships/${ours[0]}/compliance`, `/partnerships/${ours[0]}/history`];
    for (const url of pages) {
      const res = await client.get(url);
      assert.equal(res.statusCode, 200, url);
      assert.ok(!res.body.includes(CANARY) && !res.body.includes(theirs), `${url} gives the other partnership away`);
    }
    for (const url of ['/partnerships/export.xlsx', '/compliance/export.xlsx']) {
      const res = await client.get(url);
      assert.equal(res.statusCode, 200, url);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const cells: string[] = [];
      workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value)))));
      assert.ok(cells.some((c) => c.includes('Ours Alpha')), `${url} has their partnerships`);
      assert.ok(!cells.some((c) => c.includes(CANARY) || c.includes(theirs)), `${url} gives the other partnership away`);
    }
    const list = await api.get('/api/v1/partnerships');
    assert.equal(list.status, 200);
    assert.equal(list.body.total, 2);
    assert.deepEqual(list.body.items.map((p: { id: string }) => p.id).sort(), [...ours].sort());
    const compliance = await api.get('/api/v1/compliance');
    assert.equal(compliance.status, 200);
    assert.ok(!JSON.stringify(compliance.body).includes(theirs) && !JSON.stringify(compliance.body).includes(CANARY), 'the compliance API gives it away');
  });

  it('gets 404, not 403, for another partnership, on the page and the API', async () => {
    const client = await signedIn(t.app, rep);
    for (const url of [`/partnerships/${theirs}`, `/partnerships/${theirs}/compliance`, `/partnerships/${theirs}/documents`]) {
      const res = await client.get(url);
      assert.equal(res.statusCode, 404, url);
      assert.ok(!res.body.includes(CANARY), url);
    }
    const api = new ApiClient(t.app, contract, repToken);
    const res = await api.get(`/api/v1/partnerships/${theirs}`);
    assert.equal(res.status, 404);
  });

  it('is refused the council’s directories and the keeping of the register (403), and its pages do not link to them', async () => {
    const client = await signedIn(t.app, rep);
    for (const url of ['/organisations', '/people', '/priorities', `/people/${personId}`, '/audit', '/users', '/partnerships/new']) {
      assert.equal((await client.get(url)).statusCode, 403, url);
    }
    const page = await client.get(`/partnerships/${ours[0]}`);
    assert.doesNotMatch(page.body, /href="\/(organisations|people)\//, 'no link to a page they may not open');
    assert.doesNotMatch(page.body, /href="\/(organisations|people|priorities)"/, 'no menu entry for the directories');
    const home = await client.get('/');
    assert.match(home.body, /The partnerships your organisation is a partner in/);
  });

  it('follows the register: linked to someone of another organisation, they see that one’s partnerships from the next request', async () => {
    const client = await signedIn(t.app, rep);
    await updatePerson(t.deps, SYSTEM, personId, personDetails('Pat Partner', register.partners[1]!.id, { userId: rep.id }));
    try {
      const res = await client.get('/partnerships');
      assert.match(res.body, new RegExp(CANARY));
      assert.doesNotMatch(res.body, /Ours Alpha Partnership/);
      assert.equal((await client.get(`/partnerships/${ours[0]}`)).statusCode, 404);
    } finally {
      await updatePerson(t.deps, SYSTEM, personId, personDetails('Pat Partner', register.partners[0]!.id, { userId: rep.id }));
    }
  });

  it('linked to no one, or to someone at the council, sees no partnership at all', async () => {
    const alone = await makeUser(t.deps, 'partner-representative');
    const client = await signedIn(t.app, alone);
    const res = await client.get('/partnerships');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /No partnerships registered yet|No partnerships found/);
    assert.equal((await client.get(`/partnerships/${ours[0]}`)).statusCode, 404);
    await createPerson(t.deps, SYSTEM, personDetails('Council Person', register.council.id, { userId: alone.id, councilRole: 'officer' }));
    const still = await client.get('/partnerships');
    assert.doesNotMatch(still.body, /Ours Alpha Partnership/, 'the council is no partner organisation: no reach through it');
  });
});
