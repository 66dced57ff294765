// internal audit's main screen. The trail filtered by user, record type, record and UK days,
// in plain words (no JSON, codes or pence), each record named and linked, paged with the filters kept,
// and the filtered trail exported as CSV and XLSX (read back and compared with the database).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { RequestContext } from '../../src/app/deps.ts';
import { createOrganisation, updateOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership, updatePartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { User } from '../../src/db/repositories/users.repo.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase, freshDatabase } from '../helpers/databases.ts';
import { assertFieldError, escapeHtml, inputValue } from '../helpers/html.ts';
import { makeUser, organisationDetails, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';

const seqsOf = (html: string) => [...html.matchAll(/<td class="govuk-table__cell" data-label="Number">(\d+)<\/td>/g)].map((m) => Number(m[1]));
const cells = (html: string, label: string) => [...html.matchAll(new RegExp(`<td class="govuk-table__cell[^"]*" data-label="${label}">([\\s\\S]*?)</td>`, 'g'))].map((m) => m[1]!.trim());
const tableOf = (html: string) => html.slice(html.indexOf('<table'), html.indexOf('</table>'));

interface Row {
  seq: number;
  occurred_at: string;
  actor_id: string | null;
  entity_type: string;
  entity_id: string;
  hash: string;
  request_id: string | null;
}

forEachDatabase('R-2.6.10 the audit trail page', (ctx) => {
  let t: TestApp;
  let admin: Client;
  let officer: User;
  let other: User;
  let partnershipId: string;
  let organisationId: string;
  let personId: string;
  const clock = new TestClock('2026-03-10T10:00:00.000Z');

  /** Every event in the database, newest first, that a predicate keeps. */
  async function expected(keep: (r: Row) => boolean): Promise<Row[]> {
    const rows = await ctx.database.db.selectFrom('audit_events').select(['seq', 'occurred_at', 'actor_id', 'entity_type', 'entity_id', 'hash', 'request_id']).orderBy('seq', 'desc').execute();
    return rows.map((r) => ({ ...r, seq: Number(r.seq) })).filter(keep);
  }

  before(async () => {
    t = await startApp(ctx.database, { clock });
    const adminUser = await makeUser(t.deps, 'administrator', { name: 'Ada Admin' });
    officer = await makeUser(t.deps, 'officer', { name: 'Olive Officer' });
    other = await makeUser(t.deps, 'officer', { name: 'Oscar Other' });
    const as = (u: User, requestId: string): RequestContext => ({ actor: { id: u.id, label: `${u.name} <${u.email}>` }, requestId });

    // March: Olive registers the council, a partner and a person.
    const council = await createOrganisation(t.deps, as(officer, 'req-march-1'), organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const partner = await createOrganisation(t.deps, as(officer, 'req-march-2'), organisationDetails('Wealdshire Trust', { sector: 'vcse' }));
    organisationId = partner.id;
    const person = await createPerson(t.deps, as(officer, 'req-march-3'), personDetails('Jo Officer', council.id, { councilRole: 'officer' }));
    personId = person.id;
    // 23:30 UTC on 31 March is 00:30 on 1 April in London (BST): an April event.
    clock.set('2026-03-31T23:30:00.000Z');
    const created = await createPartnership(
      t.deps,
      as(other, 'req-april-1'),
      partnershipDetails({
        name: 'Wealdshire Family Hubs',
        legalForm: 'latco',
        rationale: ['cross-cutting-issues', 'maximise-funds'],
        councilContributionPence: 123_456_789,
        withinApprovedBudget: true,
        sponsoringOfficerId: person.id,
        partners: [
          { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
          { organisationId: partner.id, role: 'member', memberStatus: 'observer' },
        ],
      }),
    );
    partnershipId = created.id;
    clock.set('2026-04-20T09:00:00.000Z');
    await updatePartnership(t.deps, as(other, 'req-april-2'), created.id, {
      ...partnershipDetails({ partners: created.partners }),
      name: 'Wealdshire Family Hubs',
      legalForm: 'joint-committee',
      rationale: ['cross-cutting-issues'],
      councilContributionPence: 250_000,
      withinApprovedBudget: false,
      sponsoringOfficerId: person.id,
    });
    // May: Olive renames the partner.
    clock.set('2026-05-02T08:00:00.000Z');
    await updateOrganisation(t.deps, as(officer, 'req-may-1'), partner.id, { ...organisationDetails('Wealdshire Trust (renamed)', { sector: 'vcse' }) });
    clock.set('2026-06-01T08:00:00.000Z');
    admin = await signedIn(t.app, adminUser);
  });
  after(() => t.close());

  it('R-2.6.10 the user filter shows only what that user did', async () => {
    const res = await admin.get(`/audit?user=${officer.id}`);
    assert.equal(res.statusCode, 200);
    const want = await expected((r) => r.actor_id === officer.id);
    assert.equal(want.length, 4);
    assert.deepEqual(seqsOf(res.body), want.map((r) => r.seq));
    for (const who of cells(res.body, 'Who')) assert.match(who, /Olive Officer/);
    assert.equal(inputValue(res.body, 'user'), undefined, 'a select, not an input');
    assert.match(res.body, new RegExp(`<option value="${officer.id}" selected>`), 'the chosen user stays selected');
  });

  it('R-2.6.10 the record type filter shows only that kind of record', async () => {
    const res = await admin.get('/audit?type=organisation');
    const want = await expected((r) => r.entity_type === 'organisation');
    assert.equal(want.length, 3);
    assert.deepEqual(seqsOf(res.body), want.map((r) => r.seq));
    assert.match(res.body, /<option value="organisation" selected>Organisation<\/option>/);
  });

  it('R-2.6.10 the record filter shows one record’s trail, named, with a way back to every record', async () => {
    const all = await admin.get('/audit');
    // Each row links to its record's own trail, keeping the other filters.
    assert.ok(all.body.includes(`href="/audit?type=partnership&amp;record=${partnershipId}"`));
    const res = await admin.get(`/audit?type=partnership&record=${partnershipId}`);
    const want = await expected((r) => r.entity_id === partnershipId);
    assert.equal(want.length, 2);
    assert.deepEqual(seqsOf(res.body), want.map((r) => r.seq));
    assert.match(res.body, /Showing only partnership Wealdshire Family Hubs \(P-2026-\d+\)/);
    assert.ok(res.body.includes('href="/audit?type=partnership">Show every record</a>'));
  });

  it('R-2.6.10 the date range is UK days, both ends included', async () => {
    const april = await admin.get('/audit?from-day=1&from-month=4&from-year=2026&to-day=30&to-month=4&to-year=2026');
    assert.equal(april.statusCode, 200);
    const want = await expected((r) => r.occurred_at >= '2026-03-31T23:00:00.000Z' && r.occurred_at < '2026-04-30T23:00:00.000Z');
    assert.deepEqual(seqsOf(april.body), want.map((r) => r.seq));
    assert.deepEqual(want.map((r) => r.entity_id), [partnershipId, partnershipId], 'the creation at 00:30 BST on 1 April is in April');
    const march = await admin.get('/audit?to-day=31&to-month=3&to-year=2026');
    assert.ok(!seqsOf(march.body).includes(want.at(-1)!.seq), 'and not in March');
    assert.equal(inputValue(april.body, 'from-day'), '1', 'the dates stay in the form');
    const oneDay = await admin.get('/audit?from-day=2&from-month=5&from-year=2026&to-day=2&to-month=5&to-year=2026');
    assert.deepEqual(seqsOf(oneDay.body), (await expected((r) => r.occurred_at.startsWith('2026-05-02'))).map((r) => r.seq));
    assert.equal(seqsOf(oneDay.body).length, 1);
  });

  it('R-2.6.10 filters combine', async () => {
    const res = await admin.get(`/audit?user=${officer.id}&type=organisation&from-day=1&from-month=5&from-year=2026`);
    const want = await expected((r) => r.actor_id === officer.id && r.entity_type === 'organisation' && r.occurred_at >= '2026-04-30T23:00:00.000Z');
    assert.equal(want.length, 1);
    assert.deepEqual(seqsOf(res.body), want.map((r) => r.seq));
  });

  it('R-2.6.10 a date that cannot be read is an error at its field (400), the input kept', async () => {
    const cases: Array<[string, string, string]> = [
      ['from-day=31&from-month=2&from-year=2026', 'from-day', 'The first day must be a real date, for example 27 3 2026'],
      ['from-day=abc&from-month=2&from-year=2026', 'from-day', 'The first day must be a real date, for example 27 3 2026'],
      ['to-day=1&to-year=2026', 'to-month', 'The last day must include a month'],
      ['to-day=1&to-month=13&to-year=2026', 'to-day', 'The last day must be a real date, for example 27 3 2026'],
      ['from-day=2&from-month=5&from-year=2026&to-day=1&to-month=5&to-year=2026', 'to-day', 'The last day must be the same as or after the first day'],
    ];
    for (const [query, field, message] of cases) {
      const res = await admin.get(`/audit?type=organisation&${query}`);
      assert.equal(res.statusCode, 400, query);
      assertFieldError(res.body, field, message, 'input');
      for (const [k, v] of new URLSearchParams(query)) assert.equal(inputValue(res.body, k), escapeHtml(v), `${k} kept (${query})`);
      assert.match(res.body, /<option value="organisation" selected>/, 'the other filters kept');
      assert.deepEqual(seqsOf(res.body), [], 'no events shown for a range that cannot be read');
    }
  });

  it('R-2.6.10 the page is in plain words: no JSON, no codes, no pence; money as the register shows it', async () => {
    const res = await admin.get(`/audit?record=${partnershipId}`);
    const table = tableOf(res.body);
    assert.ok(!table.includes('{'), 'no JSON');
    for (const code of ['latco', 'joint-committee', 'business-case', 'cross-cutting-issues', 'maximise-funds', '"voting"', 'vcse']) {
      assert.ok(!table.includes(code), `no raw code ${code}`);
    }
    assert.ok(!table.includes('123456789') && !table.includes('250000'), 'no pence');
    assert.ok(table.includes('£1,234,567.89 → £2,500'), 'money changed, in pounds');
    assert.ok(table.includes('Legal form: Local authority trading company (LATCo) → Joint committee'));
    // The status is not a detail: it changes only through a lifecycle step, never with the details.
    assert.ok(!table.includes('Status:'), 'a change of details changes no status');
    assert.ok(table.includes('Wealdshire Trust (Member, observer)'), 'partners by name with their role and status');
    assert.ok(table.includes('Sponsoring officer: Jo Officer'), 'people by name');
    const orgs = tableOf((await admin.get('/audit?type=organisation')).body);
    assert.ok(orgs.includes('Sector: Voluntary, community and social enterprise'));
    assert.ok(!orgs.includes('{') && !orgs.includes('vcse'));
    const people = cells((await admin.get('/audit?type=person')).body, 'Changes').join('\n');
    assert.ok(people.includes('Council role: Council officer') && people.includes('Organisation: Test Borough Council'));
    assert.ok(!/[0-9a-f]{8}-[0-9a-f]{4}-/.test(people) && !people.includes('{'), 'no ids in the words (the organisation by its name)');
    const users = tableOf((await admin.get('/audit?type=user')).body);
    assert.ok(users.includes('Role: Officer') && users.includes('Can sign in: yes'));
    assert.ok(!users.includes('{'));
  });

  it('R-2.6.10 each event names its record, linked to its page, and who did it, linked to their user', async () => {
    const res = await admin.get('/audit');
    assert.equal(res.statusCode, 200);
    const records = cells(res.body, 'Record');
    assert.ok(records.some((c) => c.includes(`<a class="govuk-link" href="/partnerships/${partnershipId}">Wealdshire Family Hubs (P-2026-`)));
    assert.ok(records.some((c) => c.includes(`<a class="govuk-link" href="/organisations/${organisationId}">Wealdshire Trust (renamed)</a>`)), 'by its name today');
    assert.ok(records.some((c) => c.includes(`<a class="govuk-link" href="/people/${personId}">Jo Officer</a>`)));
    assert.ok(records.some((c) => c.includes(`<a class="govuk-link" href="/users/${officer.id}">Olive Officer</a>`)));
    assert.ok(cells(res.body, 'Who').some((c) => c === `<a class="govuk-link" href="/users/${other.id}">Oscar Other &lt;${escapeHtml(other.email)}&gt;</a>`));
    assert.ok(records.every((c) => c.includes('govuk-body-s')), 'each record says what kind it is');
    assert.match(res.body, /class="govuk-table accord-table--reflow"/, 'the table reflows on a phone');
  });

  it('R-2.6.10 paging keeps the filters', async () => {
    const as: RequestContext = { actor: { id: officer.id, label: `${officer.name} <${officer.email}>` }, requestId: 'bulk' };
    for (let i = 0; i < 55; i++) await createOrganisation(t.deps, as, organisationDetails(`Bulk Organisation ${String(i).padStart(2, '0')}`));
    await makeUser(t.deps, 'auditor');
    const want = await expected((r) => r.actor_id === officer.id && r.entity_type === 'organisation');
    assert.equal(want.length, 58);
    const first = await admin.get(`/audit?user=${officer.id}&type=organisation`);
    assert.deepEqual(seqsOf(first.body), want.slice(0, 50).map((r) => r.seq));
    const older = `/audit?user=${officer.id}&amp;type=organisation&amp;before=${want[49]!.seq}`;
    assert.ok(first.body.includes(`href="${older}"`), 'the older page keeps the filters');
    const second = await admin.get(older.replace(/&amp;/g, '&'));
    assert.deepEqual(seqsOf(second.body), want.slice(50).map((r) => r.seq));
    assert.ok(second.body.includes(`href="/audit?user=${officer.id}&amp;type=organisation" rel="prev"`), 'newest, with the filters');
    assert.ok(!second.body.includes('Older entries'));
  });

  it('R-2.6.11 the filtered trail exports as CSV: the page’s words plus number, time, request id and hash', async () => {
    const res = await admin.get(`/audit/export.csv?type=partnership`);
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.equal(res.headers['content-disposition'], 'attachment; filename="audit-trail-2026-06-01.csv"');
    assert.equal(res.headers['content-length'], undefined, 'streamed: no length known in advance');
    assert.equal(res.headers['transfer-encoding'], 'chunked');
    const records = parse(res.body.slice(1), { record_delimiter: '\r\n' }) as string[][];
    assert.deepEqual(records[0], ['Event number', 'When (UK time)', 'Time (UTC)', 'Who', 'What', 'Record type', 'Record', 'Changes', 'Request id', 'Hash']);
    const want = await expected((r) => r.entity_type === 'partnership');
    assert.deepEqual(records.slice(1).map((r) => [Number(r[0]), r[2], r[5], r[8], r[9]]), want.map((r) => [r.seq, r.occurred_at, 'Partnership', r.request_id, r.hash]));
    const [update, create] = records.slice(1);
    assert.equal(create![1], '1 April 2026 at 12:30am');
    assert.equal(create![3], `Oscar Other <${other.email}>`);
    assert.equal(create![4], 'Created');
    assert.match(create![6]!, /^Wealdshire Family Hubs \(P-2026-\d+\)$/);
    assert.ok(update![7]!.split('\n').includes('Council contribution per year: £1,234,567.89 → £2,500'), 'one change a line, money in pounds');
    for (const record of records) for (const cell of record) assert.ok(!cell.includes('{'), `no JSON in ${cell}`);
  });

  it('R-2.6.11 the filtered trail exports as XLSX with the same rows, streamed', async () => {
    const res = await admin.get(`/audit/export.xlsx?user=${officer.id}&type=organisation`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(res.headers['content-length'], undefined);
    assert.equal(res.headers['transfer-encoding'], 'chunked');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Audit trail')!;
    const want = await expected((r) => r.actor_id === officer.id && r.entity_type === 'organisation');
    assert.equal(sheet.actualRowCount, want.length + 1, 'every matching event, not one page');
    assert.equal(sheet.getRow(1).getCell(10).value, 'Hash');
    want.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      assert.equal(row.getCell(1).value, r.seq);
      assert.equal(row.getCell(6).value, 'Organisation');
      assert.equal(row.getCell(10).value, r.hash);
    });
  });

  it('R-2.6.11 an export link with a date that cannot be read goes back to the page, which says why', async () => {
    const res = await admin.get('/audit/export.csv?from-day=99&from-month=1&from-year=2026');
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/audit?from-day=99&from-month=1&from-year=2026');
    assert.equal((await admin.follow(res)).statusCode, 400);
  });

  it('R-2.6.10 what the first administrator did at first-run set-up says so, not "anonymous"', async () => {
    const fresh = await freshDatabase(ctx.dialect);
    const own = await startApp(fresh.database);
    try {
      const visitor = new Client(own.app);
      const res = await visitor.post('/setup', { name: 'First Admin', email: 'first.admin@example.gov.uk', password: 'a long enough password', confirmPassword: 'a long enough password' }, { from: '/setup' });
      assert.equal(res.statusCode, 303);
      const trail = await visitor.get('/audit?type=user');
      assert.equal(trail.statusCode, 200);
      assert.deepEqual(cells(trail.body, 'Who').slice(-1), ['first-run set-up']);
      assert.ok(!tableOf(trail.body).includes('anonymous'));
      const user = await fresh.database.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
      const page = await visitor.get(`/users/${user.id}`);
      assert.ok(page.body.includes('<strong>Created</strong> by first-run set-up'), 'the user’s History says so too');
    } finally {
      await own.close();
      await fresh.drop();
    }
  });
});
