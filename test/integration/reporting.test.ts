// Reporting end to end on both databases: a reporting line's form refuses at its
// fields and keeps what was typed; the Performance page shows each line with its next report due and
// any overdue; a report submitted answers the earliest owed; the Compliance page computes both
// requirements, with the day a report fell due; the API reads and writes them with every field error;
// History words every change; a line with reports is not removed.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { assertFieldError, complianceRow, escapeHtml, inputValue, summaryLinks } from '../helpers/html.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';


forEachDatabase('reporting: lines, reports, due and overdue (R-2.6.2, R-2.6.12)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;
  // Wednesday 14 October 2026, in London.
  const clock = new TestClock('2026-10-14T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Reporting', { clock });
    ({ t, officer, auditor } = w);
  });
  after(() => t.close());

  it('R-2.6.2, R-2.6.12: a line refused at its fields with the input kept; then due, overdue and answered, on the Performance and Compliance pages', async () => {
    const p = await w.partnership();
    await writeStatusForTest(t.deps, p.id, 'operating');
    const home = `/partnerships/${p.id}`;
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.2'), /No reporting line recorded: to whom the partnership reports its performance, and how often \(R-2\.6\.2\)/);
    assert.ok((await officer.get(`${home}/performance`)).body.includes('No reporting line recorded'));

    const refused = await officer.post(`${home}/reporting-lines`, { body: 'the press', bodyName: 'Housing Scrutiny Panel', frequency: '', 'firstDueOn-day': '31', 'firstDueOn-month': '2', 'firstDueOn-year': '2026' });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['body', 'frequency', 'firstDueOn-day']);
    assertFieldError(refused.body, 'body', 'Select the body the partnership reports to');
    assert.equal(inputValue(refused.body, 'bodyName'), 'Housing Scrutiny Panel', 'input kept');

    // Quarterly to scrutiny from 30 June 2026: the report due then is overdue on 14 October, and so is 30 September's.
    const scrutiny = await officer.post(`${home}/reporting-lines`, { body: 'overview-scrutiny', bodyName: 'Housing Scrutiny Panel', frequency: 'quarterly', 'firstDueOn-day': '30', 'firstDueOn-month': '6', 'firstDueOn-year': '2026' });
    assert.equal(scrutiny.statusCode, 303, scrutiny.body.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,600}/)?.[0]);
    const lineId = (await t.deps.database.db.selectFrom('reporting_lines').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes('Overview and Scrutiny: Housing Scrutiny Panel'));
    assert.ok(page.includes('Overdue since 30 June 2026: 2 reports owed (R-2.6.2)'));
    assert.ok(page.includes(escapeHtml('No reporting to Cabinet or a Cabinet Member is recorded: the protocol asks for Cabinet and Overview and Scrutiny oversight of performance (R-2.6.12)')));
    const compliance = (await officer.get(`${home}/compliance`)).body;
    assert.match(complianceRow(compliance, 'R-2.6.2'), /Overdue: the report to Overview and Scrutiny: Housing Scrutiny Panel due 30 June 2026, and 1 more since \(R-2\.6\.2\)/);
    assert.match(complianceRow(compliance, 'R-2.6.12'), /No reporting to Cabinet or a Cabinet Member is recorded/);

    // A report with a document of the partnership's; one of a date that is not a date is refused.
    const documentId = '00000000-0000-4000-8000-0000000000d1';
    await t.deps.database.db.insertInto('documents').values({ id: documentId, partnership_id: p.id, title: 'Q1 performance report', type: 'other', section: null, created_by_label: 'test', created_at: '2026-07-01T09:00:00.000Z' }).execute();
    const bad = await officer.post(`${home}/performance-reports`, { reportingLineId: lineId, title: 'Quarter 1 report', 'submittedOn-day': '32', 'submittedOn-month': '7', 'submittedOn-year': '2026', documentId });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(summaryLinks(bad.body), ['submittedOn-day']);
    assert.equal(inputValue(bad.body, 'title'), 'Quarter 1 report');
    const sent = await officer.post(`${home}/performance-reports`, { reportingLineId: lineId, title: 'Quarter 1 report', 'submittedOn-day': '2', 'submittedOn-month': '7', 'submittedOn-year': '2026', documentId, summary: 'Noted; the panel asked for the voids plan.' });
    assert.equal(sent.statusCode, 303, sent.body.slice(0, 400));
    const after1 = (await auditor.get(`${home}/performance`)).body;
    assert.ok(after1.includes('Overdue since 30 September 2026: a report owed (R-2.6.2)'), 'the report answered the earliest owed');
    assert.ok(after1.includes('Quarter 1 report</a>: to Overview and Scrutiny: Housing Scrutiny Panel, 2 July 2026'));
    assert.ok(after1.includes(`href="${home}/documents/${documentId}"`), 'its document linked');

    // Both bodies, every report in: both requirements met.
    await officer.post(`${home}/performance-reports`, { reportingLineId: lineId, title: 'Quarter 2 report', 'submittedOn-day': '13', 'submittedOn-month': '10', 'submittedOn-year': '2026' });
    await officer.post(`${home}/reporting-lines`, { body: 'cabinet-member', bodyName: 'Cabinet Member for Housing', frequency: 'six-monthly', 'firstDueOn-day': '31', 'firstDueOn-month': '3', 'firstDueOn-year': '2027' });
    const met = (await officer.get(`${home}/compliance`)).body;
    assert.match(complianceRow(met, 'R-2.6.2'), /Performance reported on 2 lines, none overdue \(R-2\.6\.2\)/);
    assert.ok(complianceRow(met, 'R-2.6.2').includes('Overview and Scrutiny: Housing Scrutiny Panel: quarterly, next due 31 December 2026'));
    assert.match(complianceRow(met, 'R-2.6.12'), /Performance overseen by the Cabinet and by Overview and Scrutiny \(R-2\.6\.12\)/);

    // A line with reports is kept; History words the line and the report.
    const remove = await officer.post(`${home}/reporting-lines/${lineId}/remove`, {});
    assert.equal(remove.statusCode, 400);
    assert.ok(remove.body.includes('2 reports have been submitted on this line'));
    const history = (await officer.get(`${home}/history`)).body;
    assert.ok(history.includes('Quarter 1 report'));
    assert.ok(history.includes('Overview and Scrutiny: Housing Scrutiny Panel'));
  });

  it('R-2.6.2: on the API, a line and a report with every field error at once, and the performance answer says what is due', async () => {
    const p = await w.partnership();
    const base = `/api/v1/partnerships/${p.id}`;
    const bad = await w.api.post(`${base}/reporting-lines`, { body: 'press', frequency: 'weekly', firstDueOn: '2026-02-30' });
    assert.equal(bad.status, 400);
    assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['body', 'firstDueOn', 'frequency']);
    const line = await w.api.post(`${base}/reporting-lines`, { body: 'cabinet', frequency: 'monthly', firstDueOn: '2026-08-31' });
    assert.equal(line.status, 201, JSON.stringify(line.body));
    const lineId = line.body.id as string;
    const badReport = await w.api.post(`${base}/performance-reports`, { reportingLineId: '00000000-0000-4000-8000-000000000000', title: '', submittedOn: '2026-09-01' });
    assert.equal(badReport.status, 400);
    assert.deepEqual(badReport.body.errors.map((e: { field: string }) => e.field).sort(), ['reportingLineId', 'title']);
    assert.equal((await w.api.post(`${base}/performance-reports`, { reportingLineId: lineId, title: 'August report', submittedOn: '2026-09-01' })).status, 201);

    const perf = await w.auditorApi.get(`${base}/performance`);
    assert.equal(perf.status, 200);
    // 31 August answered; 30 September owed since; 31 October next.
    assert.deepEqual(perf.body.reporting.lines.map((l: Record<string, unknown>) => ({ title: l.title, reports: l.reports, lastSubmittedOn: l.lastSubmittedOn, nextDueOn: l.nextDueOn, overdue: l.overdue, overdueSince: l.overdueSince })), [
      { title: 'Cabinet', reports: 1, lastSubmittedOn: '2026-09-01', nextDueOn: '2026-09-30', overdue: 1, overdueSince: '2026-09-30' },
    ]);
    assert.deepEqual(perf.body.reporting.oversightMissing, ['Overview and Scrutiny']);
    const listed = await w.auditorApi.get(`${base}/performance-reports`);
    assert.equal(listed.status, 200);
    assert.equal(listed.body.items[0].lineTitle, 'Cabinet');
  });

  it('R-2.6.2: a reader sees the lines but no forms', async () => {
    const p = await w.partnership();
    const home = `/partnerships/${p.id}`;
    assert.equal((await auditor.get(`${home}/reporting-lines/new`)).statusCode, 403);
    assert.ok(!(await auditor.get(`${home}/performance`)).body.includes('Add a reporting line'));
    assert.ok((await officer.get(`${home}/performance`)).body.includes('Add a reporting line'));
  });
});
