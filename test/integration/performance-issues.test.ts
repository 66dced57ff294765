// Poor performance tackled, end to end on both databases: an outcome indicator red two quarters
// running is a gap on the Compliance page and a warning on the Performance page until a performance issue
// names it; the issue's form refuses at its fields and keeps what was typed; an open issue left at the board
// past the council's interval is a gap until it is escalated; closing needs the day and the resolution;
// History words it; the indicator it names is not removed while it does.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { assertFieldError, complianceRow, escapeHtml, inputValue, summaryLinks, threeBoxes } from '../helpers/html.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

const errorsOf = (html: string) => html.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,600}/)?.[0];

forEachDatabase('poor performance tackled: performance issues and their escalation (R-2.6.14)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;
  // Wednesday 14 October 2026, in London.
  const clock = new TestClock('2026-10-14T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Performance issues', { clock });
    ({ t, officer, auditor } = w);
  });
  after(() => t.close());

  it('R-2.6.14: red two quarters running is a gap until an issue names the indicator; left at the board past three months, a gap until escalated; closed with its day and resolution', async () => {
    const p = await w.partnership();
    await writeStatusForTest(t.deps, p.id, 'operating');
    const home = `/partnerships/${p.id}`;
    const db = t.deps.database.db;
    assert.equal((await officer.post(`${home}/objectives`, { title: 'Cleaner streets' }, { from: `${home}/performance` })).statusCode, 303);
    const objectiveId = (await db.selectFrom('performance_objectives').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    assert.equal((await officer.post(`${home}/indicators`, { objectiveId, name: 'Streets cleaned to standard', definition: 'Share of streets at grade A or B', unit: '%', polarity: 'higher', target: '90', tolerance: '5', frequency: 'quarterly', organisationId: w.r.council.id })).statusCode, 303);
    const indicatorId = (await db.selectFrom('outcome_indicators').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    // Green, then red twice (70 and 75 against 90; amber ends at 85.5).
    for (const [iso, value] of [['2026-03-31', '92'], ['2026-06-30', '70'], ['2026-09-30', '75']] as const) {
      const saved = await officer.post(`${home}/measurements`, { indicatorId, ...threeBoxes('periodEnding', iso), value, attested: 'yes' });
      assert.equal(saved.statusCode, 303, errorsOf(saved.body));
    }
    const gap = complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.14');
    assert.ok(gap.includes(escapeHtml('Not tackled: Streets cleaned to standard, red for 2 periods in a row, with no performance issue open (R-2.6.14)')), gap);
    assert.ok(gap.includes(`href="${home}/performance-issues/new"`), 'the fix links the form');
    let page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes('Not tackled: Streets cleaned to standard, red for 2 periods in a row, with no performance issue open (R-2.6.14).'));
    assert.ok(page.includes('An outcome indicator red for 2 periods in a row, or a report overdue, needs a performance issue; an open issue goes to the next level every 3 months it stays open (R-2.6.14).'), 'the council’s rule, in words');

    // Every missing answer at once, the title kept; an indicator's trigger names the indicator.
    const empty = await officer.post(`${home}/performance-issues`, { title: 'Streets below standard', trigger: 'indicator', indicatorId: '', ownerId: '', actions: '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['indicatorId', 'ownerId', 'openedOn-day', 'level', 'actions']);
    assert.equal(inputValue(empty.body, 'title'), 'Streets below standard', 'input kept');
    const form = (over: Record<string, string> = {}) => ({ title: 'Streets below standard', trigger: 'indicator', indicatorId, ownerId: w.r.officers[0]!.id, ...threeBoxes('openedOn', '2026-10-01'), level: 'board', actions: 'Extra crews on the two worst wards; weekly inspection.', ...over });
    const unnamed = await officer.post(`${home}/performance-issues`, form({ indicatorId: '' }));
    assert.equal(unnamed.statusCode, 400);
    assertFieldError(unnamed.body, 'indicatorId', 'Select the outcome indicator off target (R-2.6.14)');
    const opened = await officer.post(`${home}/performance-issues`, form());
    assert.equal(opened.statusCode, 303, errorsOf(opened.body));
    const issueId = (await db.selectFrom('performance_issues').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;

    // Tackled: met, and the page says when it goes higher.
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.14'), /1 performance issue open, each at the level it is due at; no poor performance untackled \(R-2\.6\.14\)/);
    page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(!page.includes('Not tackled:'));
    assert.ok(page.includes(escapeHtml('Open since 1 October 2026, at the partnership board; escalate to the sponsoring officer (Head of Service) by 1 January 2027 if still open (R-2.6.14)')));
    // The indicator it names stays while it does (its measurements say so first; removed, the issue still holds it).
    const api = await w.auditorApi.get(`/api/v1/partnerships/${p.id}/performance`);
    assert.deepEqual([api.body.performanceIssues.issues[0].level, api.body.performanceIssues.issues[0].escalationDueOn, api.body.performanceIssues.untackled], ['board', '2027-01-01', []]);

    // 14 October + 84 days: 6 January 2027, still at the board: the escalation is overdue.
    clock.advance({ hours: 84 * 24 });
    const later = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const late = complianceRow((await later.get(`${home}/compliance`)).body, 'R-2.6.14');
    assert.ok(late.includes(escapeHtml('Streets below standard: Escalation overdue: open since 1 October 2026, it was due at the sponsoring officer (Head of Service) by 1 January 2027 (R-2.6.14)')), late);
    assert.ok((await later.get(`${home}/performance`)).body.includes('<strong class="govuk-tag govuk-tag--red">Overdue</strong><br>Escalation overdue'));
    const escalated = await later.post(`${home}/performance-issues/${issueId}`, { ...form(), level: 'sponsoring-officer', status: 'open' });
    assert.equal(escalated.statusCode, 303, errorsOf(escalated.body));
    assert.match(complianceRow((await later.get(`${home}/compliance`)).body, 'R-2.6.14'), /each at the level it is due at/);

    // Closing needs the day and how it was resolved; open, it has no day closed.
    const closing = await later.post(`${home}/performance-issues/${issueId}`, { ...form(), level: 'sponsoring-officer', status: 'closed', resolution: '' });
    assert.equal(closing.statusCode, 400);
    assert.deepEqual(summaryLinks(closing.body), ['closedOn-day', 'resolution']);
    assertFieldError(closing.body, 'resolution', 'Enter how the issue was resolved (R-2.6.14)');
    const early = await later.post(`${home}/performance-issues/${issueId}`, { ...form(), status: 'closed', ...threeBoxes('closedOn', '2026-09-01'), resolution: 'Back on target.' });
    assertFieldError(early.body, 'closedOn-day', 'The issue cannot close before it was opened, on 1 October 2026 (R-2.6.14)');
    const closed = await later.post(`${home}/performance-issues/${issueId}`, { ...form(), level: 'sponsoring-officer', status: 'closed', ...threeBoxes('closedOn', '2027-01-05'), resolution: 'Back on target for a quarter.' });
    assert.equal(closed.statusCode, 303, errorsOf(closed.body));
    // Closed, the red run is untackled again (its latest periods are still red).
    assert.match(complianceRow((await later.get(`${home}/compliance`)).body, 'R-2.6.14'), /Not tackled: Streets cleaned to standard, red for 2 periods in a row/);
    assert.ok((await later.get(`${home}/performance`)).body.includes('1 closed: <a class="govuk-link"'));

    const history = (await later.get(`${home}/history`)).body;
    assert.ok(history.includes('Streets below standard'), 'History names the issue');
    assert.ok(history.includes('Back on target for a quarter.'));
  });

  it('R-2.6.14: on the API, an issue with every field error at once; a reader sees no forms', async () => {
    const p = await w.partnership();
    const base = `/api/v1/partnerships/${p.id}`;
    const bad = await w.api.post(`${base}/performance-issues`, { title: '', trigger: 'luck', ownerId: 'nobody', openedOn: '2026-02-30', level: 'the-king', actions: '' });
    assert.equal(bad.status, 400);
    assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['actions', 'level', 'openedOn', 'ownerId', 'title', 'trigger']);
    const rule = await w.api.post(`${base}/performance-issues`, { title: 'Report owed', trigger: 'report', ownerId: w.r.officers[0]!.id, openedOn: '2026-10-01', level: 'board', actions: 'Chase it', status: 'open', closedOn: '2026-10-02' });
    assert.equal(rule.status, 422);
    assert.deepEqual(rule.body.errors.map((e: { field: string }) => e.field).sort(), ['closedOn', 'reportingLineId']);
    const home = `/partnerships/${p.id}`;
    // Signed in afresh: the first test moved the clock past the suite's sessions.
    const [reader, keeper] = await Promise.all([makeUser(t.deps, 'auditor'), makeUser(t.deps, 'officer')].map(async (u) => signedIn(t.app, await u)));
    assert.equal((await reader!.get(`${home}/performance-issues/new`)).statusCode, 403);
    assert.ok(!(await reader!.get(`${home}/performance`)).body.includes('Open a performance issue'));
    assert.ok((await keeper!.get(`${home}/performance`)).body.includes('Open a performance issue'));
  });
});
