// the organisations and people lists export as CSV and XLSX: every matching record (not one
// page), the lists' filters honoured, codes by their labels, formulas neutralised, streamed.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, personDetails, signedIn } from '../helpers/factories.ts';

function csv(body: string): string[][] {
  assert.ok(body.startsWith('\uFEFF'), 'a UTF-8 byte order mark');
  return parse(body.slice(1), { record_delimiter: '\r\n' }) as string[][];
}

async function sheet(payload: Buffer, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet(name);
  assert.ok(ws, `a "${name}" sheet`);
  return ws;
}

const ORGANISATION_HEADERS = ['Name', 'This council', 'Sector', 'Companies House number', 'Charity number', 'Address', 'Website', 'Main contact', 'Main contact’s email address', 'Main contact’s telephone number'];
const PERSON_HEADERS = ['Full name', 'Job title', 'Organisation', 'Email address', 'Council role', 'Accord user account'];

forEachDatabase('R-2.6.11 organisations and people exports', (ctx) => {
  let t: TestApp;
  let auditor: Client;
  let linked: User;
  let councilId: string;

  before(async () => {
    t = await startApp(ctx.database, { clock: new TestClock('2026-03-31T23:30:00.000Z') });
    const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true, address: '1 High Street\nTestville' }));
    councilId = council.id;
    await createOrganisation(t.deps, SYSTEM, organisationDetails('=HYPERLINK("http://evil.example")', { sector: 'private', companyNumber: '01234567' }));
    // More than one page of the list (25) and more than one batch when read 500 at a time is not needed: 30.
    for (let i = 0; i < 30; i++) {
      await createOrganisation(t.deps, SYSTEM, organisationDetails(`Charity ${String(i).padStart(2, '0')}`, { sector: 'vcse', charityNumber: `1${String(i).padStart(6, '0')}`, contactPhone: '+44 1632 960000' }));
    }
    linked = await makeUser(t.deps, 'officer', { name: 'Olive Officer' });
    await createPerson(t.deps, SYSTEM, personDetails('Olive Officer', council.id, { councilRole: 'officer', jobTitle: 'Head of Partnerships', userId: linked.id, email: 'olive@example.gov.uk' }));
    await createPerson(t.deps, SYSTEM, personDetails('Cllr Ann Lee', council.id, { councilRole: 'councillor' }));
    const charity = await t.deps.database.db.selectFrom('organisations').select('id').where('name', '=', 'Charity 07').executeTakeFirstOrThrow();
    await createPerson(t.deps, SYSTEM, personDetails('-Sam Dash', charity.id, { jobTitle: 'Director' }));
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
  });
  after(() => t.close());

  it('R-2.6.11 organisations: every one, in the list’s order, every answer, labels for codes, formulas neutralised, streamed', async () => {
    const res = await auditor.get('/organisations/export.csv');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="organisations-2026-04-01.csv"');
    assert.equal(res.headers['content-length'], undefined);
    assert.equal(res.headers['transfer-encoding'], 'chunked');
    const records = csv(res.body);
    assert.deepEqual(records[0], ORGANISATION_HEADERS);
    assert.equal(records.length - 1, 32, 'every organisation, not one page of 25');
    assert.deepEqual(records[1], ['Test Borough Council', 'Yes', 'Public', '', '', '1 High Street\nTestville', '', '', '', '']);
    assert.deepEqual(records[2], [`'=HYPERLINK("http://evil.example")`, 'No', 'Private', '01234567', '', '', '', '', '', '']);
    assert.deepEqual(records[3], ['Charity 00', 'No', 'Voluntary, community and social enterprise', '', '1000000', '', '', '', '', `'+44 1632 960000`]);
  });

  it('R-2.6.11 organisations: the search and sector filter are honoured, in CSV and XLSX', async () => {
    const records = csv((await auditor.get('/organisations/export.csv?sector=private')).body);
    assert.deepEqual(records.slice(1).map((r) => r[0]), [`'=HYPERLINK("http://evil.example")`]);
    const searched = csv((await auditor.get('/organisations/export.csv?q=charity+0')).body);
    assert.equal(searched.length - 1, 10);
    const res = await auditor.get('/organisations/export.xlsx?sector=vcse');
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(res.headers['content-length'], undefined);
    const ws = await sheet(res.rawPayload, 'Organisations');
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), ORGANISATION_HEADERS);
    assert.equal(ws.actualRowCount, 31);
    assert.equal(ws.getRow(2).getCell(1).value, 'Charity 00');
    assert.equal(ws.getRow(2).getCell(10).value, '+44 1632 960000', 'a workbook keeps text as typed: a text cell is never a formula');
  });

  it('R-2.6.11 people: every one, with organisation, council role and user account by name; filters honoured', async () => {
    const records = csv((await auditor.get('/people/export.csv')).body);
    assert.deepEqual(records[0], PERSON_HEADERS);
    // In the list's order (by folded name: "-Sam" sorts first).
    assert.deepEqual(records.slice(1), [
      [`'-Sam Dash`, 'Director', 'Charity 07', '', '', ''],
      ['Cllr Ann Lee', '', 'Test Borough Council', '', 'Councillor', ''],
      ['Olive Officer', 'Head of Partnerships', 'Test Borough Council', 'olive@example.gov.uk', 'Council officer', 'Olive Officer'],
    ]);
    const council = csv((await auditor.get('/people/export.csv?council=yes')).body);
    assert.deepEqual(council.slice(1).map((r) => r[0]), ['Cllr Ann Lee', 'Olive Officer']);
    const atCouncil = csv((await auditor.get(`/people/export.csv?organisation=${councilId}&q=olive`)).body);
    assert.deepEqual(atCouncil.slice(1).map((r) => r[0]), ['Olive Officer']);
    const ws = await sheet((await auditor.get('/people/export.xlsx')).rawPayload, 'People');
    assert.equal(ws.actualRowCount, 4);
    assert.equal(ws.getRow(4).getCell(6).value, linked.name);
  });

  it('R-2.6.11 the list pages link to their downloads with their filters', async () => {
    const orgs = await auditor.get('/organisations?q=charity&sector=vcse&page=2');
    assert.ok(orgs.body.includes('href="/organisations/export.csv?q=charity&amp;sector=vcse"'));
    assert.ok(orgs.body.includes('href="/organisations/export.xlsx?q=charity&amp;sector=vcse"'));
    const people = await auditor.get(`/people?council=yes&organisation=${councilId}`);
    assert.ok(people.body.includes(`href="/people/export.csv?organisation=${councilId}&amp;council=yes"`));
    assert.ok(people.body.includes(`href="/people/export.xlsx?organisation=${councilId}&amp;council=yes"`));
  });

  it('R-2.6.11 anyone signed in may export; a visitor is sent to sign in', async () => {
    const visitor = new Client(t.app);
    for (const url of ['/organisations/export.csv', '/organisations/export.xlsx', '/people/export.csv', '/people/export.xlsx']) {
      const res = await visitor.get(url);
      assert.equal(res.statusCode, 303, url);
      assert.equal(res.headers.location, `/sign-in?returnTo=${encodeURIComponent(url)}`);
    }
  });
});
