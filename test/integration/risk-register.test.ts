// The risk register end to end on both databases: a risk's form refuses at its fields and keeps
// what was typed (a residual score above the inherent one included); the Performance page shows the heat
// map (SVG, and the table naming each cell's risks), each risk's band, trend and next review, overdue first;
// a review moves the score and the next review; the Compliance page computes with the day a review
// fell due; the API reads and writes both with every field error; History words them; a partner that owns
// an open risk, and a reviewed risk, are not removed.
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

forEachDatabase('the risk register: risks, their reviews and the heat map (R-2.6.8)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;
  // Wednesday 14 October 2026, in London.
  const clock = new TestClock('2026-10-14T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Risk register', { clock });
    ({ t, officer, auditor } = w);
  });
  after(() => t.close());

  const risksOf = async (partnershipId: string) => (await t.deps.database.db.selectFrom('risks').select('id').where('partnership_id', '=', partnershipId).orderBy('id').execute()).map((r) => r.id);
  const riskForm = (over: Record<string, string> = {}) => ({
    title: 'Winter demand outstrips places',
    cause: 'A cold winter and rising evictions',
    event: 'More people need a bed than the shelters have',
    consequence: 'People sleep rough in freezing weather',
    category: 'operational',
    ownerId: w.r.officers[0]!.id,
    organisationId: w.r.council.id,
    ...threeBoxes('identifiedOn', '2026-09-01'),
    inherentLikelihood: '4',
    inherentImpact: '5',
    residualLikelihood: '3',
    residualImpact: '4',
    targetScore: '6',
    response: 'treat',
    ...over,
  });

  it('R-2.6.8: a risk refused at its fields with the input kept; then the register, its heat map and a review on the Performance and Compliance pages', async () => {
    const p = await w.partnership();
    await writeStatusForTest(t.deps, p.id, 'operating');
    const home = `/partnerships/${p.id}`;
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.8'), /No risk register recorded: the risks the partners share, each owned by a partner \(R-2\.6\.8\)/);
    assert.ok((await officer.get(`${home}/performance`)).body.includes('No risk register recorded'));

    // Every missing field at once, the typed title kept.
    const refused = await officer.post(`${home}/risks`, { title: 'Winter demand outstrips places', cause: '', event: '', consequence: 'x', ownerId: '', organisationId: '', ...threeBoxes('identifiedOn', '2026-09-01') });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['cause', 'event', 'category', 'ownerId', 'organisationId', 'inherentLikelihood', 'inherentImpact', 'residualLikelihood', 'residualImpact', 'response']);
    assertFieldError(refused.body, 'inherentLikelihood', 'Select the inherent likelihood');
    assert.equal(inputValue(refused.body, 'title'), 'Winter demand outstrips places', 'input kept');
    // Controls cannot make it worse: residual 5 × 5 = 25 above inherent 4 × 5 = 20; the radios keep what was chosen.
    const worse = await officer.post(`${home}/risks`, riskForm({ residualLikelihood: '5', residualImpact: '5' }));
    assert.equal(worse.statusCode, 400);
    assertFieldError(worse.body, 'residualLikelihood', 'The residual score (25) cannot be above the inherent score (20): controls reduce a risk (R-2.6.8)');
    assert.match(worse.body, /name="residualLikelihood"[^>]*value="5"[^>]*checked|value="5"[^>]*name="residualLikelihood"[^>]*checked/);
    assert.equal((await risksOf(p.id)).length, 0, 'nothing saved');

    // Identified 1 September at 3 × 4 = 12, High (every 2 months): its first review is due 1 November.
    const added = await officer.post(`${home}/risks`, riskForm());
    assert.equal(added.statusCode, 303, errorsOf(added.body));
    const low = await officer.post(`${home}/risks`, riskForm({ title: 'Volunteers drift away', category: 'partnership', inherentLikelihood: '2', inherentImpact: '2', residualLikelihood: '1', residualImpact: '2', targetScore: '', response: 'tolerate' }));
    assert.equal(low.statusCode, 303, errorsOf(low.body));
    const riskId = (await t.deps.database.db.selectFrom('risks').select('id').where('partnership_id', '=', p.id).where('title', '=', 'Winter demand outstrips places').executeTakeFirstOrThrow()).id;
    let page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes('<title id="risk-heat-map-title">Heat map of open risks</title>'), 'the heat map is drawn');
    assert.ok(page.includes('2 open risks on a 5 by 5 matrix'), 'and described in words');
    assert.ok(page.includes('Likelihood 3 (Possible), impact 4 (Major): score 12, High; 1 risk'));
    assert.ok(page.includes(`<a class="govuk-link" href="${home}/risks/${riskId}">Winter demand outstrips places</a>`), 'the table links each cell’s risks');
    assert.ok(page.includes('Next review due by 1 November 2026 (High: reviewed every 2 months)'));
    assert.ok(page.includes('Not yet reviewed'));
    assert.ok(page.indexOf('12 High') < page.indexOf('2 Low'), 'the highest score first');
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.8'), /2 open risks on the register, none overdue for review \(R-2\.6\.8\)/);

    // A review finds it down to 2 × 4 = 8, Medium (every 3 months): due 10 January, falling.
    const badReview = await officer.post(`${home}/risk-reviews`, { riskId, likelihood: '2', impact: '4', reviewedBy: 'Partnership board', ...threeBoxes('reviewedOn', '2026-08-31') });
    assert.equal(badReview.statusCode, 400);
    assertFieldError(badReview.body, 'reviewedOn-day', 'The review cannot be before the risk was identified, on 1 September 2026 (R-2.6.8)');
    const reviewed = await officer.post(`${home}/risk-reviews`, { riskId, likelihood: '2', impact: '4', reviewedBy: 'Partnership board', ...threeBoxes('reviewedOn', '2026-10-10'), notes: 'Overflow beds open.' });
    assert.equal(reviewed.statusCode, 303, errorsOf(reviewed.body));
    page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes('Next review due by 10 January 2027 (Medium: reviewed every 3 months)'));
    assert.ok(page.includes('Falling'));
    assert.ok(page.includes('10 October 2026: 8'), 'the score at each review');
    assert.ok(page.includes('target 6 (above target)'));
    // History words the risk and its review, the levels by name.
    const history = (await officer.get(`${home}/history`)).body;
    assert.ok(history.includes('Winter demand outstrips places'));
    assert.ok(history.includes('3: Possible'));
    assert.ok(history.includes('Partnership board'));
  });

  it('R-2.6.8: a partner that owns an open risk, and a risk with reviews, are not removed; closed, the partner may go', async () => {
    // Three partners, so one may leave (R-1.1 keeps the council and one other).
    const p = await w.partnership({
      partners: [
        { organisationId: w.r.council.id, role: 'lead', memberStatus: 'voting' },
        { organisationId: w.r.partners[0]!.id, role: 'member', memberStatus: 'voting' },
        { organisationId: w.r.partners[1]!.id, role: 'member', memberStatus: 'voting' },
      ],
    });
    const base = `/api/v1/partnerships/${p.id}`;
    const home = `/partnerships/${p.id}`;
    const risk = await w.api.post(`${base}/risks`, { title: 'Data shared without a lawful basis', cause: 'Forms sent by email', event: 'Personal data shared too widely', consequence: 'A reportable breach', category: 'information', ownerId: w.r.officers[0]!.id, organisationId: w.r.partners[0]!.id, identifiedOn: '2026-06-01', inherentLikelihood: 3, inherentImpact: 4, residualLikelihood: 2, residualImpact: 4, response: 'treat' });
    assert.equal(risk.status, 201, JSON.stringify(risk.body));
    assert.equal(risk.body.status, 'open', 'the default status');
    assert.equal((await w.api.post(`${base}/risk-reviews`, { riskId: risk.body.id, reviewedOn: '2026-08-01', likelihood: 1, impact: 4, reviewedBy: 'Information governance lead' })).status, 201);
    const partnerRemoval = await officer.post(`${home}/partners/${w.r.partners[0]!.id}/remove`, {});
    assert.equal(partnerRemoval.statusCode, 400);
    assert.ok(partnerRemoval.body.includes('It owns an open risk of the risk register: give it to another partner, or close it, first (R-2.6.8)'), errorsOf(partnerRemoval.body));
    const riskRemoval = await officer.post(`${home}/risks/${risk.body.id}/remove`, {});
    assert.equal(riskRemoval.statusCode, 400);
    assert.ok(riskRemoval.body.includes('It has a review on record: close the risk instead, or remove its review first (R-2.6.8)'), errorsOf(riskRemoval.body));
    // Closed, it no longer holds the partner, is no longer due, and takes no new review.
    assert.equal((await w.api.patch(`${base}/risks/${risk.body.id}`, { status: 'closed' })).status, 200);
    const refusedReview = await w.api.post(`${base}/risk-reviews`, { riskId: risk.body.id, reviewedOn: '2026-10-01', likelihood: 1, impact: 4, reviewedBy: 'Lead' });
    assert.equal(refusedReview.status, 422);
    assert.deepEqual(refusedReview.body.errors, [{ field: 'riskId', message: 'That risk is closed: reopen it to review it (R-2.6.8)' }]);
    const perf = await w.auditorApi.get(`${base}/performance`);
    assert.deepEqual([perf.body.riskRegister.risks[0].nextReviewOn, perf.body.riskRegister.risks[0].overdue], [null, false]);
    assert.equal(perf.body.riskRegister.heatMap.flat().filter((c: { riskIds: string[] }) => c.riskIds.length).length, 0, 'a closed risk is off the heat map');
    const removed = await officer.post(`${home}/partners/${w.r.partners[0]!.id}/remove`, {});
    assert.equal(removed.statusCode, 303, errorsOf(removed.body));
  });

  it('R-2.6.8: a risk’s controls with their owners and effectiveness: refused at their fields with the input kept, shown beside the risk, and holding the risk until removed', async () => {
    const p = await w.partnership();
    const home = `/partnerships/${p.id}`;
    const added = await officer.post(`${home}/risks`, riskForm());
    assert.equal(added.statusCode, 303, errorsOf(added.body));
    const [riskId] = await risksOf(p.id);
    let page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes('No controls recorded (R-2.6.8)'));

    // Assessed needs the day; not before the risk was identified; not assessed has none.
    const control = (over: Record<string, string> = {}) => ({ riskId: riskId!, title: 'Overflow beds agreed with two churches', ownerId: w.r.officers[1]!.id, effectiveness: 'effective', ...threeBoxes('assessedOn', '2026-10-01'), ...over });
    const empty = await officer.post(`${home}/risk-controls`, { riskId: '', title: 'Overflow beds agreed with two churches', ownerId: '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['riskId', 'ownerId', 'effectiveness']);
    assert.equal(inputValue(empty.body, 'title'), 'Overflow beds agreed with two churches', 'input kept');
    const undated = await officer.post(`${home}/risk-controls`, control({ 'assessedOn-day': '', 'assessedOn-month': '', 'assessedOn-year': '' }));
    assert.equal(undated.statusCode, 400);
    assertFieldError(undated.body, 'assessedOn-day', 'Enter the date it was found effective (R-2.6.8)');
    const early = await officer.post(`${home}/risk-controls`, control(threeBoxes('assessedOn', '2026-08-01')));
    assert.equal(early.statusCode, 400);
    assertFieldError(early.body, 'assessedOn-day', 'The assessment cannot be before the risk was identified, on 1 September 2026 (R-2.6.8)');
    const datedUnassessed = await officer.post(`${home}/risk-controls`, control({ effectiveness: 'not-assessed' }));
    assert.equal(datedUnassessed.statusCode, 400);
    assertFieldError(datedUnassessed.body, 'assessedOn-day', 'A control not yet assessed has no date of assessment: choose how effective it was found, or clear the date (R-2.6.8)');

    assert.equal((await officer.post(`${home}/risk-controls`, control())).statusCode, 303);
    const second = await officer.post(`${home}/risk-controls`, control({ title: 'Weekly count of places', effectiveness: 'ineffective', ...threeBoxes('assessedOn', '2026-10-10') }));
    assert.equal(second.statusCode, 303, errorsOf(second.body));
    page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes('2 controls: 1 effective, 1 ineffective'), 'in brief beside the risk');
    assert.ok(page.includes(`(ineffective; ${w.r.officers[1]!.name})`), 'each with its effectiveness and owner');
    const api = await w.auditorApi.get(`/api/v1/partnerships/${p.id}/performance`);
    assert.deepEqual(api.body.riskRegister.risks[0].controls.map((c: { title: string; effectiveness: string; assessedOn: string }) => `${c.title} ${c.effectiveness} ${c.assessedOn}`), ['Overflow beds agreed with two churches effective 2026-10-01', 'Weekly count of places ineffective 2026-10-10']);
    const history = (await officer.get(`${home}/history`)).body;
    assert.ok(history.includes('Weekly count of places'), 'History names the control');

    // A risk with controls is not removed; its controls removed, it is.
    const refused = await officer.post(`${home}/risks/${riskId}/remove`, {});
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('It has 2 controls: close the risk instead, or remove its controls first (R-2.6.8)'), errorsOf(refused.body));
    const ids = (await t.deps.database.db.selectFrom('risk_controls').select('id').where('partnership_id', '=', p.id).execute()).map((r) => r.id);
    for (const id of ids) assert.equal((await officer.post(`${home}/risk-controls/${id}/remove`, {})).statusCode, 303);
    assert.equal((await officer.post(`${home}/risks/${riskId}/remove`, {})).statusCode, 303);
  });

  it('R-2.6.8, R-2.6.6: an action of the plan addresses a risk: shown beside the action, named in the download and on the API, and holding the risk until changed', async () => {
    const p = await w.partnership();
    const other = await w.partnership();
    const home = `/partnerships/${p.id}`;
    assert.equal((await officer.post(`${home}/risks`, riskForm())).statusCode, 303);
    assert.equal((await officer.post(`/partnerships/${other.id}/risks`, riskForm())).statusCode, 303);
    const [riskId] = await risksOf(p.id);
    const [othersRisk] = await risksOf(other.id);
    const action = { title: 'Open the winter shelter', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, ...threeBoxes('startsOn', '2026-09-01'), ...threeBoxes('dueOn', '2027-03-31') };
    // The form offers the partnership's risks; another's is refused at the field, with the input kept.
    assert.ok((await officer.get(`${home}/plan-actions/new`)).body.includes(`value="${riskId}"`));
    const elsewhere = await officer.post(`${home}/plan-actions`, { ...action, riskId: othersRisk! });
    assert.equal(elsewhere.statusCode, 400);
    assertFieldError(elsewhere.body, 'riskId', 'Select one of the partnership’s risks, or none (R-2.6.8)');
    assert.equal(inputValue(elsewhere.body, 'title'), 'Open the winter shelter', 'input kept');
    const added = await officer.post(`${home}/plan-actions`, { ...action, riskId: riskId! });
    assert.equal(added.statusCode, 303, errorsOf(added.body));
    const page = (await auditor.get(`${home}/performance`)).body;
    assert.ok(page.includes(`Addresses the risk: <a class="govuk-link" href="${home}/risks/${riskId}">`), 'beside the action, linked');
    const api = await w.auditorApi.get(`/api/v1/partnerships/${p.id}/plan-actions`);
    assert.equal(api.body.items[0].riskId, riskId);
    assert.ok((await auditor.get(`${home}/action-plan.csv`)).body.includes(',Open the winter shelter,,Winter demand outstrips places,'), 'the risk named in the download');
    // It holds the risk: not removed while an action addresses it.
    const refused = await officer.post(`${home}/risks/${riskId}/remove`, {});
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes('An action of the plan addresses it: close the risk instead, or change that action first (R-2.6.8)'), errorsOf(refused.body));
    assert.equal((await w.api.request('DELETE', `/api/v1/partnerships/${p.id}/risks/${riskId}`)).status, 422);
  });

  it('R-2.6.8: on the API, a risk and a review with every field error at once', async () => {
    const p = await w.partnership();
    const base = `/api/v1/partnerships/${p.id}`;
    const bad = await w.api.post(`${base}/risks`, { title: '', cause: 'c', event: 'e', consequence: 'q', category: 'weather', ownerId: 'nobody', organisationId: w.r.council.id, identifiedOn: '2026-02-30', inherentLikelihood: 0, inherentImpact: 6, residualLikelihood: 2, residualImpact: 2, targetScore: 26, response: 'ignore' });
    assert.equal(bad.status, 400);
    assert.match(String(bad.headers['content-type']), /^application\/problem\+json/);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['category', 'identifiedOn', 'inherentImpact', 'inherentLikelihood', 'ownerId', 'response', 'targetScore', 'title']);
    const badReview = await w.api.post(`${base}/risk-reviews`, { riskId: '', reviewedOn: 'soon', likelihood: 'high', impact: 7, reviewedBy: '' });
    assert.equal(badReview.status, 400);
    assert.deepEqual(badReview.body.errors.map((e: { field: string }) => e.field).sort(), ['impact', 'likelihood', 'reviewedBy', 'reviewedOn', 'riskId']);
  });

  it('R-2.6.8: a reader sees the register but no forms', async () => {
    const p = await w.partnership();
    const home = `/partnerships/${p.id}`;
    assert.equal((await auditor.get(`${home}/risks/new`)).statusCode, 403);
    assert.equal((await auditor.get(`${home}/risk-reviews/new`)).statusCode, 403);
    assert.equal((await auditor.get(`${home}/risk-controls/new`)).statusCode, 403);
    assert.ok(!(await auditor.get(`${home}/performance`)).body.includes('Add a risk to the register'));
    assert.ok((await officer.get(`${home}/performance`)).body.includes('Add a risk to the register'));
  });

  // Last: it moves the suite's clock on.
  it('R-2.6.8: a very high risk not reviewed within its month is a gap with the day it fell due, and the fix links the review form', async () => {
    const p = await w.partnership();
    await writeStatusForTest(t.deps, p.id, 'operating');
    const base = `/api/v1/partnerships/${p.id}`;
    const home = `/partnerships/${p.id}`;
    // Identified 1 October at 4 × 4 = 16, Very high: reviewed monthly, so first due 1 November.
    assert.equal((await w.api.post(`${base}/risks`, { title: 'Grant funding ends early', cause: 'The funder reviews its programme', event: 'The grant stops before March', consequence: 'The hub closes', category: 'financial', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, identifiedOn: '2026-10-01', inherentLikelihood: 5, inherentImpact: 4, residualLikelihood: 4, residualImpact: 4, response: 'treat' })).status, 201);
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.8'), /none overdue for review/);
    // 14 October + 30 days: 13 November.
    clock.advance({ hours: 30 * 24 });
    const later = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const overdue = complianceRow((await later.get(`${home}/compliance`)).body, 'R-2.6.8');
    assert.ok(overdue.includes(escapeHtml('Overdue: the review of Grant funding ends early (Very high), due 1 November 2026 (R-2.6.8)')), overdue);
    assert.ok(overdue.includes(`href="${home}/risk-reviews/new"`), 'the fix links the review form');
    const page = (await later.get(`${home}/performance`)).body;
    assert.ok(page.includes('1 risk is overdue for review.'));
    assert.ok(page.includes(escapeHtml('Review overdue since 1 November 2026: Very high risks are reviewed monthly, and it was not reviewed since it was identified on 1 October 2026 (R-2.6.8)')));
  });
});
