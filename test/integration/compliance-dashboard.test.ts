// The council-wide compliance dashboard over the real engine, on both databases: /compliance shows
// every partnership with its gaps per requirement group and the gaps by clause as dashboardOf counts the
// engine's findings; the filters (status, legal form, tier, requirement, result) live in the address and
// survive a hostile value; the drill-down link picks the partnerships with that gap and each name links to
// its Compliance tab; the CSV and XLSX hold one row per partnership and finding (R-2.6.11, formula-safe);
// GET /api/v1/compliance gives the same findings as JSON, checked against the OpenAPI document, and 400 at
// a bad filter; every role that reads the register may see it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { partnershipScope } from '../../src/domain/access/scope.ts';
import { londonToday } from '../../src/app/lifecycle.service.ts';
import { complianceOf } from '../../src/app/queries/compliance.queries.ts';
import { councilComplianceKept } from '../../src/app/queries/compliance-council-cache.ts';
import { protocolOf } from '../../src/app/protocol-config.ts';
import { dashboardOf } from '../../src/domain/compliance/dashboard.ts';
import { DEFAULT_COMPLIANCE_QUERY } from '../../src/domain/compliance/dashboard-query.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { unescapeHtml } from '../helpers/html.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Register } from './api-helpers.ts';

const text = (html: string) => unescapeHtml(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
const engine = (t: TestApp) => complianceOf(t.deps.database.db, partnershipScope({ role: 'administrator' }), 'all', DEFAULT_PROTOCOL_CONFIG, londonToday(t.deps.clock.now()));

forEachDatabase('R-2.9 the compliance dashboard', (ctx) => {
  let t: TestApp;
  let r: Register;
  let api: ApiClient;
  let officer: Client;
  let auditor: Client;
  const ids: string[] = [];

  before(async () => {
    t = await startApp(ctx.database);
    r = await seedRegister(t.deps);
    const o = await userWithToken(t.deps, 'officer', 'Olive Officer');
    api = new ApiClient(t.app, await loadContract(t.app), o.token);
    officer = await signedIn(t.app, o.user);
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
    // One with its officers named, one informal without, one under a name a spreadsheet would run.
    const bodies = [
      partnershipBody(r, { name: 'Riverside Health Partnership', accountableOfficerId: r.officers[0]!.id, sponsoringOfficerId: r.officers[1]!.id }),
      partnershipBody(r, { name: 'Coastal Kite Club', legalForm: 'informal' }),
      partnershipBody(r, { name: '=HYPERLINK("http://evil")', legalForm: 'latco' }),
    ];
    for (const body of bodies) {
      const res = await api.post('/api/v1/partnerships', body);
      assert.equal(res.status, 201, JSON.stringify(res.body));
      ids.push(res.body.id as string);
    }
  });
  after(() => t.close());

  it('R-2.9: shows every partnership with its gaps per requirement group, as dashboardOf counts the engine’s findings', async () => {
    const expected = dashboardOf(await engine(t), DEFAULT_COMPLIANCE_QUERY);
    assert.equal(expected.total, 3);
    const res = await officer.get('/compliance');
    assert.equal(res.statusCode, 200);
    const page = text(res.body);
    assert.match(page, /3 partnerships/);
    for (const group of expected.groups) assert.ok(res.body.includes(`<th scope="col" class="govuk-table__header govuk-table__header--numeric govuk-body-s">${group.replace(/&/g, '&amp;')}</th>`), `a column for ${group}`);
    for (const row of expected.rows) {
      assert.ok(res.body.includes(`href="/partnerships/${row.partnership.id}/compliance"`), 'each name links to its Compliance tab');
      const cells = new RegExp(`/partnerships/${row.partnership.id}/compliance"[\\s\\S]*?</tr>`).exec(res.body)![0];
      const numbers = [...cells.matchAll(/govuk-table__cell--numeric">(?:<strong>)?([\d,]+)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
      assert.deepEqual(numbers, [...row.counts, row.total], `the counts of ${row.partnership.reference}`);
    }
    assert.ok(res.body.includes('<caption class="govuk-table__caption govuk-table__caption--s">Number of gaps per partnership and protocol section</caption>'));
  });

  it('R-2.9: gaps by clause list each requirement with its number of partnerships and a drill-down link to them', async () => {
    const expected = dashboardOf(await engine(t), DEFAULT_COMPLIANCE_QUERY);
    const res = await officer.get('/compliance');
    // Three partnerships just proposed, with no screening or business case yet, have gaps to show.
    assert.ok(expected.gapsByRequirement.length > 0, 'the engine finds gaps in new partnerships');
    for (const g of expected.gapsByRequirement) {
      const link = `/compliance?requirement=${encodeURIComponent(g.requirementId)}&amp;result=gap`;
      assert.match(res.body, new RegExp(`href="${link.replace(/[.?]/g, '\\$&')}">${g.partnerships} partnerships?<`), `the drill-down link for ${g.requirementId}, with its count`);
    }
    const first = expected.gapsByRequirement[0]!;
    const drill = await officer.get(`/compliance?requirement=${encodeURIComponent(first.requirementId)}&result=gap`);
    assert.equal(drill.statusCode, 200);
    assert.match(text(drill.body), new RegExp(`${first.partnerships} partnerships?`));
    assert.match(text(drill.body), new RegExp(`Requirement: ${first.requirementId.replace(/\./g, '\\.')}`), 'the filter is shown, with a link that removes it');
  });

  it('filters by status and legal form in the address, kept in the form, and a hostile value is left out, never a 500', async () => {
    const informal = await officer.get('/compliance?legalForm=informal');
    assert.equal(informal.statusCode, 200);
    assert.match(text(informal.body), /1 partnership\b/);
    assert.ok(informal.body.includes('Coastal Kite Club'));
    assert.ok(!informal.body.includes('Riverside Health Partnership'));
    assert.match(informal.body, /name="legalForm" type="checkbox" value="informal" checked/);
    for (const hostile of ['status=%3Cscript%3E', 'requirement=DROP%20TABLE', 'result=fail', 'page=-1', 'tier=%00', 'pageSize=100000', 'colour=red', 'requirement=R-1&requirement=R-2']) {
      const res = await officer.get(`/compliance?${hostile}`);
      assert.equal(res.statusCode, 200, hostile);
      assert.match(text(res.body), /3 partnerships/, `${hostile} is left out`);
    }
    assert.match(text((await officer.get('/compliance?status=dissolved')).body), /No partnerships found/);
  });

  it('R-2.6.11: the CSV has one row per partnership and finding, formula-safe, with the page’s filters', async () => {
    const all = await engine(t);
    const res = await auditor.get('/compliance/export.csv');
    assert.equal(res.statusCode, 200);
    assert.match(String(res.headers['content-type']), /^text\/csv/);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="compliance-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = parse(res.body.replace(/^\uFEFF/, '')) as string[][];
    assert.deepEqual(rows[0], ['Reference', 'Name', 'Status', 'Tier', 'Requirement', 'Clause', 'Title', 'Result', 'Reason', 'Evidence', 'Fix']);
    assert.equal(rows.length - 1, all.reduce((n, c) => n + c.findings.length, 0));
    assert.ok(rows.some((row) => row[1] === `'=HYPERLINK("http://evil")`), 'a name that is a formula is neutralised');
    assert.ok(!rows.some((row) => row[1] === '=HYPERLINK("http://evil")'));
    const informal = parse((await auditor.get('/compliance/export.csv?legalForm=informal')).body.replace(/^\uFEFF/, '')) as string[][];
    assert.deepEqual([...new Set(informal.slice(1).map((row) => row[1]))], ['Coastal Kite Club']);
  });

  it('R-2.6.11: the XLSX holds the same rows', async () => {
    const all = await engine(t);
    const res = await auditor.get('/compliance/export.xlsx');
    assert.equal(res.statusCode, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Compliance')!;
    assert.equal(sheet.rowCount - 1, all.reduce((n, c) => n + c.findings.length, 0));
    assert.equal(sheet.getRow(1).getCell(5).value, 'Requirement');
  });

  it('GET /api/v1/compliance gives the engine’s findings as JSON (requirement id, clause, result, reason, evidence), paged and filtered', async () => {
    const all = await engine(t);
    const res = await api.get('/api/v1/compliance');
    assert.equal(res.status, 200);
    assert.equal(res.body.total, 3);
    assert.equal(res.body.page, 1);
    const byId = new Map(all.map((c) => [c.partnership.id, c]));
    for (const item of res.body.items as Array<{ partnership: { id: string }; findings: Array<{ requirementId: string; clause: string; result: string; reason: string; evidence: string[] }> }>) {
      const engineFindings = byId.get(item.partnership.id)!.findings;
      assert.deepEqual(
        item.findings.map((f) => [f.requirementId, f.clause, f.result, f.reason, f.evidence]),
        engineFindings.map((f) => [f.requirementId, f.clause, f.result, f.reason, [...f.evidence]]),
      );
    }
    const page2 = await api.get('/api/v1/compliance?pageSize=2&page=2');
    assert.equal(page2.body.items.length, 1);
    const informal = await api.get('/api/v1/compliance?legalForm=informal');
    assert.deepEqual(informal.body.items.map((i: { partnership: { id: string } }) => i.partnership.id), [ids[1]]);
  });

  it('GET /api/v1/compliance answers 400 at each bad filter', async () => {
    const res = await api.get('/api/v1/compliance?result=fail&status=sleeping&colour=red');
    assert.equal(res.status, 400);
    assert.deepEqual(res.body.errors.map((e: { field: string }) => e.field).sort(), ['colour', 'result', 'status']);
  });

  // Last: it adds a partnership the tests above do not expect.
  it('R-2.9: the evaluation is kept while nothing changes, evaluated again on another day, and an audited change shows on the next request', async () => {
    const kept = (today: string) => councilComplianceKept(t.deps.database.db, partnershipScope({ role: 'officer' }), protocolOf(t.deps), today);
    const today = londonToday(t.deps.clock.now());
    const first = await kept(today);
    assert.equal(await kept(today), first, 'nothing changed: the same evaluation, not another');
    assert.notEqual(await kept('2099-01-01'), first, 'another day: attestations and exceptions may have expired');
    const again = await kept(today);
    assert.deepEqual(again, first);

    const created = await api.post('/api/v1/partnerships', partnershipBody(r, { name: 'Late Lantern Trust' }));
    assert.equal(created.status, 201);
    assert.notEqual(await kept(today), again, 'the audit chain moved');
    const page = await officer.get('/compliance');
    assert.match(text(page.body), /4 partnerships/);
    assert.ok(page.body.includes('Late Lantern Trust'));

    assert.equal((await api.post(`/api/v1/partnerships/${created.body.id}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);
    const withdrawn = await officer.get('/compliance?status=withdrawn');
    assert.match(text(withdrawn.body), /1 partnership\b/);
    const row = new RegExp(`/partnerships/${created.body.id}/compliance"[\\s\\S]*?</tr>`).exec(withdrawn.body)![0];
    assert.match(row, /govuk-table__cell--numeric"><strong>0<\/strong>/, 'withdrawn: nothing applies, so no gaps');
  });
});
