// Performance end to end on both databases (R-A1.3, R-2.9, R-2.6.14): an objective with no indicator is a
// gap on the Compliance page; an indicator's form refuses at its fields and keeps what was typed; a
// measurement must be of a period the indicator reports and confirmed for data quality; the Performance
// page and the indicator's page rate each period (red, amber, green with the reason), chart the trend
// with a table beside it, and count red periods in a row; the council's view filters by rating and
// priority and downloads as CSV; History words every change.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Client, TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { assertFieldError, complianceRow, escapeHtml, inputValue, summaryLinks } from '../helpers/html.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import type { Register } from './api-helpers.ts';


forEachDatabase('performance: objectives, outcome indicators and measurements (R-A1.3, R-2.9, R-2.6.14)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let auditor: Client;

  before(async () => {
    w = await openWorkspace(ctx.database, 'Performance');
    ({ t, r, officer, auditor } = w);
  });
  after(() => t.close());

  it('R-A1.3: an objective without an indicator is a gap; an indicator’s form refuses at its fields; then it is met', async () => {
    const p = await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true });
    await reachStatus(t.deps, p.id, 'approved');
    const home = `/partnerships/${p.id}`;
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-A1.3'), /No strategic objectives recorded, so none can be measured \(R-A1\.3\)/);

    const added = await officer.post(`${home}/objectives`, { title: 'Fewer households in temporary accommodation', outcome: 'Families settled within 6 weeks' });
    assert.equal(added.statusCode, 303, added.body.slice(0, 300));
    const objectiveId = (await t.deps.database.db.selectFrom('performance_objectives').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const page = await officer.get(`${home}/performance`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /aria-current="page">Performance</);
    assert.ok(page.body.includes('No outcome indicator measures this objective yet (R-A1.3)'));
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-A1.3'), /1 objective of 1 without an outcome indicator: Fewer households in temporary accommodation \(R-A1\.3\)/);

    // Refused at every field at once, with what was typed kept.
    const refused = await officer.post(`${home}/indicators`, { objectiveId: '', name: 'Moved on within 6 weeks', definition: '', unit: '%', polarity: '', baseline: 'about half', target: '75', tolerance: '150', frequency: 'quarterly', organisationId: r.partners[1]!.id });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['objectiveId', 'definition', 'polarity', 'baseline', 'tolerance', 'organisationId']);
    assertFieldError(refused.body, 'baseline', 'Baseline must be a number, like 62.5');
    assertFieldError(refused.body, 'tolerance', 'Amber tolerance must be from 0 to 100');
    assert.equal(inputValue(refused.body, 'name'), 'Moved on within 6 weeks', 'input kept');
    assert.equal(inputValue(refused.body, 'baseline'), 'about half');

    const indicator = await officer.post(`${home}/indicators`, { objectiveId, name: 'Moved on within 6 weeks', definition: 'Share of households placed who move to a settled home within 6 weeks', unit: '%', polarity: 'higher', baseline: '48', target: '75', tolerance: '', frequency: 'quarterly', organisationId: r.council.id, dataQuality: 'From the housing register' });
    assert.equal(indicator.statusCode, 303, indicator.body.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,600}/)?.[0]);
    const met = complianceRow((await officer.get(`${home}/compliance`)).body, 'R-A1.3');
    assert.match(met, /All 1 strategic objective measured by outcome indicators \(R-A1\.3\)/);
    // An objective an indicator measures is not removed.
    const remove = await officer.post(`${home}/objectives/${objectiveId}/remove`, {});
    assert.equal(remove.statusCode, 400);
    assert.ok(remove.body.includes('An outcome indicator measures this objective'));
  });

  it('R-2.9, R-2.6.14: measurements of the indicator’s periods, confirmed, rated red, amber or green with the reason; the trend charted beside its table', async () => {
    const p = await w.partnership();
    const home = `/partnerships/${p.id}`;
    await officer.post(`${home}/objectives`, { title: 'Cleaner streets' });
    const objectiveId = (await t.deps.database.db.selectFrom('performance_objectives').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const added = await officer.post(`${home}/indicators`, { objectiveId, name: 'Streets cleaned to standard', definition: 'Share of streets inspected at grade A or B', unit: '%', polarity: 'higher', target: '90', tolerance: '5', frequency: 'quarterly', organisationId: r.partners[0]!.id });
    assert.equal(added.statusCode, 303, added.body.slice(0, 300));
    const indicatorId = (await t.deps.database.db.selectFrom('outcome_indicators').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;

    // Not a quarter's end, and not confirmed: both refused in one round, the input kept.
    const refused = await officer.post(`${home}/measurements`, { indicatorId, 'periodEnding-day': '31', 'periodEnding-month': '5', 'periodEnding-year': '2026', value: '1,234.5' });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['periodEnding-day', 'attested']);
    assert.ok(refused.body.includes('A quarterly indicator’s period ends on the last day of a quarter'));
    assert.ok(refused.body.includes('Confirm the data has been checked for quality before submitting it (R-2.9)'));
    assert.equal(inputValue(refused.body, 'value'), '1,234.5');

    for (const [day, month, year, value] of [['30', '6', '2026', '91'], ['30', '9', '2026', '86'], ['31', '12', '2026', '80']] as const) {
      const saved = await officer.post(`${home}/measurements`, { indicatorId, 'periodEnding-day': day, 'periodEnding-month': month, 'periodEnding-year': year, value, commentary: `Quarter to ${day}/${month}`, attested: 'yes' });
      assert.equal(saved.statusCode, 303, saved.body.slice(0, 500));
    }
    const taken = await officer.post(`${home}/measurements`, { indicatorId, 'periodEnding-day': '30', 'periodEnding-month': '9', 'periodEnding-year': '2026', value: '1', attested: 'yes' });
    assert.equal(taken.statusCode, 400);
    assert.ok(taken.body.includes('already has a measurement for Q2 2026/27 (July to September 2026)'));

    const performance = await auditor.get(`${home}/performance`);
    assert.equal(performance.statusCode, 200);
    assert.ok(performance.body.includes(escapeHtml('Red: 80% against a target of 90%, missed by more than 5% (amber ends at 85.5%) (R-2.9)')), 'the latest, rated');
    assert.ok(performance.body.includes('Getting worse'));

    const page = await auditor.get(`${home}/indicators/${indicatorId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<svg role="img" aria-labelledby="trend-title trend-desc"/);
    assert.ok(page.body.includes('3 periods from Q1 2026/27 (April to June 2026) to Q3 2026/27 (October to December 2026); 91% at first and 80% in the latest'));
    assert.equal((page.body.match(/<circle /g) ?? []).length, 3, 'a point a period');
    assert.ok(page.body.includes(escapeHtml('Green: 91% against a target of 90%, which it meets (higher is better) (R-2.9)')));
    assert.ok(page.body.includes(escapeHtml('Amber: 86% against a target of 90%, missed by no more than 5% (amber up to 85.5%) (R-2.9)')));
    assert.ok(page.body.includes('Q4 2026/27 (January to March 2027), due by 30 April 2027'));

    // A second red in a row is said so.
    await officer.post(`${home}/measurements`, { indicatorId, 'periodEnding-day': '31', 'periodEnding-month': '3', 'periodEnding-year': '2027', value: '70', attested: 'yes' });
    assert.ok((await auditor.get(`${home}/indicators/${indicatorId}`)).body.includes('Red for 2 periods in a row (R-2.6.14)'));

    // The council's view: the red indicator, filtered by rating; downloadable; History words the measurement.
    const red = await auditor.get('/performance?rag=red');
    assert.equal(red.statusCode, 200);
    assert.ok(red.body.includes('Streets cleaned to standard'));
    assert.ok(!(await auditor.get('/performance?rag=green')).body.includes('Streets cleaned to standard'));
    const csv = await auditor.get('/performance.csv?rag=red');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const line = csv.body.split('\r\n').find((l) => l.includes('Streets cleaned to standard'));
    assert.ok(line && line.includes(',70,90,Red,') && line.includes(',2,2027-06-30,2027-07-31,'), line);
    // and every measurement of it, a row a period, each rated as its period was, with who entered it.
    const measured = await auditor.get('/performance/measurements.csv?rag=red');
    assert.equal(measured.statusCode, 200);
    assert.match(String(measured.headers['content-disposition']), /partnership-measurements-.*\.csv/);
    const periods = measured.body.split('\r\n').filter((l) => l.includes('Streets cleaned to standard'));
    assert.equal(periods.length, 4, 'a row for each of its four periods');
    assert.ok(periods.some((l) => l.includes('2026-06-30') && l.includes(',91,90,Green,')), periods.join('\n'));
    assert.ok(periods.some((l) => l.includes('2027-03-31') && l.includes(',70,90,Red,') && l.includes(',Yes,')), 'attested');
    assert.ok(measured.body.startsWith('\uFEFFReference,Partnership,Objective (R-A1.3),Outcome indicator (R-2.9),') || measured.body.startsWith('Reference,'), measured.body.slice(0, 80));
    const workbook = await auditor.get('/performance/measurements.xlsx');
    assert.equal(workbook.statusCode, 200);
    assert.equal(workbook.rawPayload.subarray(0, 2).toString(), 'PK', 'a workbook (a zip)');
    const history = await officer.get(`${home}/history`);
    assert.ok(history.body.includes('Streets cleaned to standard, Q4 2026/27 (January to March 2027)'), 'History names the measurement');

    // An indicator with measurements keeps its frequency, and is not removed.
    const change = await officer.post(`${home}/indicators/${indicatorId}`, { objectiveId, name: 'Streets cleaned to standard', definition: 'x', unit: '%', polarity: 'higher', target: '90', tolerance: '5', frequency: 'monthly', organisationId: r.partners[0]!.id });
    assert.equal(change.statusCode, 400);
    assert.ok(change.body.includes('It is reported quarterly and has 4 measurements of those periods'));
  });

  it('R-2.9: a reader sees the pages but no forms; a user who may not read the partnership gets nothing', async () => {
    const p = await w.partnership();
    const home = `/partnerships/${p.id}`;
    assert.equal((await auditor.get(`${home}/objectives/new`)).statusCode, 403);
    assert.ok(!(await auditor.get(`${home}/performance`)).body.includes('Add an objective'));
    assert.ok((await officer.get(`${home}/performance`)).body.includes('Add an objective'));
  });

  it('R-2.9: the council’s view shows 25 indicators a page, counts them all, keeps its filters in its page links, and past the last page shows the last', async () => {
    const p = await w.partnership();
    const db = t.deps.database.db;
    const objectiveId = `00000000-0000-4000-8000-${p.id.slice(-12)}`;
    await db.insertInto('performance_objectives').values({ id: objectiveId, partnership_id: p.id, title: 'Paged objective', outcome: null, position: 0 }).execute();
    await db.insertInto('outcome_indicators').values(Array.from({ length: 30 }, (_, i) => ({
      id: `00000000-0000-4000-9${String(i).padStart(3, '0')}-${p.id.slice(-12)}`, partnership_id: p.id, objective_id: objectiveId, name: `Paged indicator ${String(i + 1).padStart(2, '0')}`,
      definition: 'Counted', unit: '', polarity: 'higher', baseline: null, target: null, tolerance: 5, frequency: 'annual', organisation_id: r.council.id, data_quality: null, position: i,
    }))).execute();
    const first = await auditor.get('/performance?rag=none');
    assert.equal(first.statusCode, 200);
    const total = Number(/Showing 1 to 25 of (\d+)/.exec(first.body)?.[1]);
    assert.ok(total >= 30, 'every unrated indicator is counted');
    assert.equal((first.body.match(/<th scope="row"/g) ?? []).length, 25, 'a page of 25 indicators');
    assert.match(first.body, /href="\/performance\?rag=none&amp;page=2"/, 'the next page keeps the rating filter');
    const last = Math.ceil(total / 25);
    const beyond = await auditor.get('/performance?rag=none&page=999');
    assert.equal(beyond.statusCode, 200);
    assert.ok(beyond.body.includes(`Showing ${(last - 1) * 25 + 1} to ${total} of ${total}`), 'past the last page, the last');
    assert.equal((beyond.body.match(/<th scope="row"/g) ?? []).length, total - (last - 1) * 25);
    const junk = await auditor.get('/performance?page=abc');
    assert.equal(junk.statusCode, 200, 'a page number that cannot be read is page 1');
    assert.match(junk.body, /Showing 1 to /);
  });
});
