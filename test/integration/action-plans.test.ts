// The action plan end to end on both databases: an action's form refuses at its fields
// and keeps what was typed (a due day before its start included); the Performance page shows the plan,
// overdue first, with where each action sits in its owner's plan and each partner's annual refresh; the
// Compliance page computes with the day a refresh fell due; the API reads and writes both with
// every field error; History words them; a partner or objective an open action needs is not removed.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { assertFieldError, complianceRow, escapeHtml, inputValue, summaryLinks, threeBoxes } from '../helpers/html.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

forEachDatabase('the action plan: actions, owners and each partner’s annual refresh (R-2.6.6, R-2.6.7)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;
  // Wednesday 14 October 2026, in London.
  const clock = new TestClock('2026-10-14T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Action plan', { clock });
    ({ t, officer, auditor } = w);
  });
  after(() => t.close());

  const idOf = async (table: 'plan_actions' | 'plan_refreshes', partnershipId: string) =>
    (await t.deps.database.db.selectFrom(table).select('id').where('partnership_id', '=', partnershipId).orderBy('id').execute()).map((r) => r.id);

  it('R-2.6.6, R-2.6.7: an action refused at its fields with the input kept; then the plan, overdue first, on the Performance and Compliance pages', async () => {
    const p = await w.partnership();
    await writeStatusForTest(t.deps, p.id, 'operating');
    const home = `/partnerships/${p.id}`;
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.7'), /No action plan recorded: the partnership’s actions, each owned by a partner \(R-2\.6\.7\)/);
    assert.ok((await officer.get(`${home}/performance`)).body.includes('No action plan recorded'));

    // Every field's problem at once, the typed title kept; then a due day before its start.
    const owner = w.r.officers[0]!;
    const refused = await officer.post(`${home}/plan-actions`, { title: 'Open the winter shelter', ownerId: '', organisationId: '', ...threeBoxes('startsOn', '2026-04-01'), 'dueOn-day': '31', 'dueOn-month': '2', 'dueOn-year': '2027' });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['ownerId', 'organisationId', 'dueOn-day']);
    assertFieldError(refused.body, 'ownerId', 'Select who owns the action');
    assert.equal(inputValue(refused.body, 'title'), 'Open the winter shelter', 'input kept');
    const early = await officer.post(`${home}/plan-actions`, { title: 'Open the winter shelter', ownerId: owner.id, organisationId: w.r.council.id, ...threeBoxes('startsOn', '2026-04-01'), ...threeBoxes('dueOn', '2026-03-01') });
    assert.equal(early.statusCode, 400);
    assertFieldError(early.body, 'dueOn-day', 'The due date must be on or after its start, 1 April 2026');
    assert.equal(await idOf('plan_actions', p.id).then((ids) => ids.length), 0, 'nothing saved');

    // Two actions: one past its day (30 September) and one due next year, referenced in the council's plan.
    const late = await officer.post(`${home}/plan-actions`, { title: 'Open the winter shelter', ownerId: owner.id, organisationId: w.r.council.id, ...threeBoxes('startsOn', '2026-04-01'), ...threeBoxes('dueOn', '2026-09-30'), status: 'at-risk', planReference: 'Council Plan 2026–30, priority 2' });
    assert.equal(late.statusCode, 303, late.body.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,600}/)?.[0]);
    const onTime = await officer.post(`${home}/plan-actions`, { title: 'Publish the voids plan', ownerId: owner.id, organisationId: w.r.partners[0]!.id, ...threeBoxes('startsOn', '2026-06-01'), ...threeBoxes('dueOn', '2027-03-31'), status: 'on-track' });
    assert.equal(onTime.statusCode, 303);
    const page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes('1 action is overdue.'));
    assert.ok(page.includes('Overdue since 30 September 2026 (R-2.6.7)'));
    assert.ok(page.includes('Due by 31 March 2027'));
    assert.ok(page.indexOf('Open the winter shelter') < page.indexOf('Publish the voids plan'), 'overdue first');
    assert.ok(page.includes(escapeHtml('Council Plan 2026–30, priority 2')));
    assert.ok(page.includes('Not yet referenced (R-2.6.6)'), 'the partner’s own plan not yet referenced');
    // the plan downloads, an action a row, each with where it stands and where it sits in the partner's plan.
    assert.ok(page.includes(`href="${home}/action-plan.csv"`) && page.includes(`href="${home}/action-plan.xlsx"`));
    const csv = await auditor.get(`${home}/action-plan.csv`);
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    const rows = csv.body.split('\r\n').filter((l) => l.includes('Open the winter shelter') || l.includes('Publish the voids plan'));
    assert.equal(rows.length, 2);
    assert.ok(rows[0]!.includes('Open the winter shelter') && rows[0]!.includes('Council Plan 2026–30, priority 2') && rows[0]!.includes(',2026-04-01,2026-09-30,Not started,Yes,Overdue since 30 September 2026 (R-2.6.7),'), rows[0]);
    assert.ok(rows[1]!.includes(',2026-06-01,2027-03-31,Not started,No,Due by 31 March 2027,'), rows[1]);
    const xlsx = await auditor.get(`${home}/action-plan.xlsx`);
    assert.equal(xlsx.statusCode, 200);
    assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK', 'a workbook (a zip)');
    // The plan began on 1 April 2026 (its earliest start): each partner's first refresh is due a year on.
    assert.ok(page.includes('First refresh due by 1 April 2027'));

    // The council refreshes it (who, when, what changed); is met while no refresh is past its day.
    const badRefresh = await officer.post(`${home}/plan-refreshes`, { organisationId: w.r.council.id, confirmedBy: '', ...threeBoxes('confirmedOn', '2026-10-01') });
    assert.equal(badRefresh.statusCode, 400);
    assert.deepEqual(summaryLinks(badRefresh.body), ['confirmedBy']);
    const refreshed = await officer.post(`${home}/plan-refreshes`, { organisationId: w.r.council.id, confirmedBy: 'Sam Okafor, Director of Housing', ...threeBoxes('confirmedOn', '2026-10-01'), notes: 'Shelter action re-dated.' });
    assert.equal(refreshed.statusCode, 303);
    assert.ok((await auditor.get(`${home}/performance`)).body.includes('Refreshed 1 October 2026 by Sam Okafor, Director of Housing; next due by 1 October 2027'));
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.7'), /The action plan is refreshed by every partner, none overdue \(R-2\.6\.7\)/);
    // History words the action and the refresh.
    const history = (await officer.get(`${home}/history`)).body;
    assert.ok(history.includes('Open the winter shelter'));
    assert.ok(history.includes('Sam Okafor, Director of Housing'));
  });

  it('R-2.6.6: a partner that owns an open action, and an objective an action serves, are not removed', async () => {
    // Three partners, so one may leave (R-1.1 keeps the council and one other).
    const p = await w.partnership({
      partners: [
        { organisationId: w.r.council.id, role: 'lead', memberStatus: 'voting' },
        { organisationId: w.r.partners[0]!.id, role: 'member', memberStatus: 'voting' },
        { organisationId: w.r.partners[1]!.id, role: 'member', memberStatus: 'voting' },
      ],
    });
    const base = `/api/v1/partnerships/${p.id}`;
    const objective = await w.api.post(`${base}/objectives`, { title: 'Fewer people sleeping rough' });
    assert.equal(objective.status, 201);
    const action = await w.api.post(`${base}/plan-actions`, { title: 'Outreach at night', objectiveId: objective.body.id, ownerId: w.r.officers[0]!.id, organisationId: w.r.partners[0]!.id, startsOn: '2026-04-01', dueOn: '2027-03-31' });
    assert.equal(action.status, 201, JSON.stringify(action.body));
    const home = `/partnerships/${p.id}`;
    const partnerRemoval = await officer.post(`${home}/partners/${w.r.partners[0]!.id}/remove`, {});
    assert.equal(partnerRemoval.statusCode, 400);
    assert.ok(partnerRemoval.body.includes('It owns an open action of the action plan: give it to another partner, or close it, first (R-2.6.6)'), partnerRemoval.body.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,400}/)?.[0]);
    const objectiveRemoval = await officer.post(`${home}/objectives/${objective.body.id}/remove`, {});
    assert.equal(objectiveRemoval.statusCode, 400);
    // Once complete, the partner's action no longer holds it; the objective is still served by it.
    assert.equal((await w.api.patch(`${base}/plan-actions/${action.body.id}`, { status: 'complete' })).status, 200);
    assert.equal((await officer.post(`${home}/objectives/${objective.body.id}/remove`, {})).statusCode, 400);
    const removed = await officer.post(`${home}/partners/${w.r.partners[0]!.id}/remove`, {});
    assert.equal(removed.statusCode, 303, removed.body.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,400}/)?.[0]);
  });

  it('R-2.6.7: on the API, an action and a refresh with every field error at once, and the performance answer says what is due', async () => {
    const p = await w.partnership();
    const base = `/api/v1/partnerships/${p.id}`;
    const bad = await w.api.post(`${base}/plan-actions`, { title: '', ownerId: 'nobody', organisationId: w.r.council.id, startsOn: '2026-02-30', dueOn: '2026-03-31', status: 'sometimes' });
    assert.equal(bad.status, 400);
    assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['ownerId', 'startsOn', 'status', 'title']);
    const made = await w.api.post(`${base}/plan-actions`, { title: 'Commission the hub', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, startsOn: '2025-09-01', dueOn: '2026-08-31', planReference: 'Council Plan, priority 1' });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.status, 'not-started', 'the default status');
    const badRefresh = await w.api.post(`${base}/plan-refreshes`, { organisationId: '', confirmedBy: '', confirmedOn: 'soon' });
    assert.equal(badRefresh.status, 400);
    assert.deepEqual(badRefresh.body.errors.map((e: { field: string }) => e.field).sort(), ['confirmedBy', 'confirmedOn', 'organisationId']);
    assert.equal((await w.api.post(`${base}/plan-refreshes`, { organisationId: w.r.partners[0]!.id, confirmedBy: 'Board chair', confirmedOn: '2026-09-01' })).status, 201);

    const perf = await w.auditorApi.get(`${base}/performance`);
    assert.equal(perf.status, 200);
    assert.deepEqual(perf.body.actionPlan.actions.map((a: Record<string, unknown>) => ({ title: a.title, overdue: a.overdue, planReference: a.planReference })), [{ title: 'Commission the hub', overdue: true, planReference: 'Council Plan, priority 1' }]);
    // The plan began 1 September 2025: the council, never refreshed, fell due on 1 September 2026; the partner refreshed it.
    assert.deepEqual(perf.body.actionPlan.refreshes.map((r: Record<string, unknown>) => ({ partnerName: r.partnerName, dueOn: r.dueOn, overdue: r.overdue })), [
      { partnerName: w.r.council.name, dueOn: '2026-09-01', overdue: true },
      { partnerName: w.r.partners[0]!.name, dueOn: '2027-09-01', overdue: false },
    ]);
    const listed = await w.auditorApi.get(`${base}/plan-refreshes`);
    assert.equal(listed.status, 200);
    assert.equal(listed.body.items[0].partnerName, w.r.partners[0]!.name);
  });

  it('R-2.6.7: a reader sees the plan but no forms', async () => {
    const p = await w.partnership();
    const home = `/partnerships/${p.id}`;
    assert.equal((await auditor.get(`${home}/plan-actions/new`)).statusCode, 403);
    assert.equal((await auditor.get(`${home}/plan-refreshes/new`)).statusCode, 403);
    assert.ok(!(await auditor.get(`${home}/performance`)).body.includes('Add an action to the plan'));
    assert.ok((await officer.get(`${home}/performance`)).body.includes('Add an action to the plan'));
  });
  // Last: it moves the suite's clock on.
  it('R-2.6.7: a year after the plan began, a partner that never refreshed it is a gap with the day it fell due, and the fix links the form', async () => {
    const p = await w.partnership();
    await writeStatusForTest(t.deps, p.id, 'operating');
    const base = `/api/v1/partnerships/${p.id}`;
    assert.equal((await w.api.post(`${base}/plan-actions`, { title: 'Open the winter shelter', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, startsOn: '2026-04-01', dueOn: '2027-09-30' })).status, 201);
    assert.equal((await w.api.post(`${base}/plan-refreshes`, { organisationId: w.r.council.id, confirmedBy: 'Sam Okafor, Director of Housing', confirmedOn: '2026-10-01' })).status, 201);
    const home = `/partnerships/${p.id}`;
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.7'), /none overdue/);
    // 14 October 2026 + 199 days: 1 May 2027.
    clock.advance({ hours: 199 * 24 });
    // The sessions of October have ended by May: sign in afresh.
    const later = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const overdue = complianceRow((await later.get(`${home}/compliance`)).body, 'R-2.6.7');
    assert.ok(overdue.includes(escapeHtml(`Overdue: the action plan’s annual refresh by ${w.r.partners[0]!.name}, due 1 April 2027 (R-2.6.7)`)), overdue);
    assert.ok(overdue.includes(`href="${home}/plan-refreshes/new"`), 'the fix links the refresh form');
    assert.ok((await later.get(`${home}/performance`)).body.includes('Overdue since 1 April 2027: never refreshed since the plan began on 1 April 2026 (R-2.6.7)'));
  });
});
