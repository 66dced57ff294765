// The lifecycle (R-APPROVE, R-2.5c) through the pages and the API: a partnership moves only by named
// steps, each with its evidence; a refused step says why, with its clause, in the same words on the page
// and in the API; an approval is a record of who decided, when and its reference; each step is on the
// timeline and audited, naming its partnership, and the chain still verifies.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { exceptOperatingBlockers } from '../../src/app/demo-data/set-up.ts';
import { londonToday } from '../../src/app/lifecycle.service.ts';
import { protocolOf } from '../../src/app/protocol-config.ts';
import { recordScreening } from '../../src/app/screening.service.ts';
import { pathTo } from '../../src/domain/lifecycle/transitions.ts';
import type { PartnershipDetails } from '../../src/domain/register/partnership.ts';
import { STATUSES, type Status } from '../../src/domain/register/vocabulary.ts';
import { TEST_AUDIT_KEY, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { escapeHtml, inputValue, summaryLinks, textareaValue } from '../helpers/html.ts';
import { cannedScreening, completeAssessment, reachStatus } from '../helpers/lifecycle.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import type { ApiClient } from './api-helpers.ts';

const UNBUDGETED = 'Record the approval of the unbudgeted commitment first: the council’s £40,000 a year is not within an approved budget, so protocol 2.5 needs its own approval (R-2.5c). Use ‘Record approval of the unbudgeted commitment’.';
const APPROVE_FROM_PROPOSED = 'Approve is for a partnership awaiting approval; this one is proposed. Its next steps: Record screening, Screen out, Withdraw.';

forEachDatabase('the lifecycle: named steps, approvals and the timeline', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;
  let api: ApiClient;
  let auditorApi: ApiClient;

  const register = (overrides: Partial<PartnershipDetails> = {}) => w.partnership({ councilContributionPence: 0, ...overrides });
  const statusOf = async (id: string) => (await ctx.database.db.selectFrom('partnerships').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  /** A partnership that had its status before Accord kept the lifecycle (set on the form, pre-0008). */
  const migrated = async (status: Status) => {
    const p = await register();
    await ctx.database.db.updateTable('partnerships').set({ status }).where('id', '=', p.id).execute();
    return p;
  };
  const take = (c: Client, id: string, action: string, form: Record<string, string>) => c.post(`/partnerships/${id}/transitions/${action}`, form, { from: `/partnerships/${id}/transitions/${action}` });

  before(async () => {
    w = await openWorkspace(ctx.database, 'Lifecycle');
    ({ t, officer, auditor, api, auditorApi } = w);
  });
  after(() => t.close());

  it('moves a partnership from proposed to approved through the pages, with an approval record on its timeline', async () => {
    const p = await register();
    const show = await officer.get(`/partnerships/${p.id}`);
    assert.match(show.body, new RegExp(`href="/partnerships/${p.id}/lifecycle"`), 'the partnership page links its lifecycle');

    const page = await officer.get(`/partnerships/${p.id}/lifecycle`);
    assert.equal(page.statusCode, 200);
    // screening's step is taken by the screening journey (test/integration/screening.test.ts).
    assert.match(page.body, new RegExp(`href="/partnerships/${p.id}/screening"[^>]*>\\s*Record screening`));
    assert.match(page.body, /<strong>Registered<\/strong>/);

    await recordScreening(t.deps, SYSTEM, { role: 'officer' }, p.id, cannedScreening(true));
    assert.equal((await take(officer, p.id, 'start-business-case', { note: '' })).statusCode, 303);
    // R-APPROVE: not submitted until the assessment and business case are complete: each missing item with
    // its clause, and a link to the page that fixes it.
    const refused = await take(officer, p.id, 'submit-for-approval', { note: 'To Cabinet in March' });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes(escapeHtml('Cite the legal power the council relies on to enter it (R-A1.1).')), 'names the missing legal power');
    assert.ok(refused.body.includes(escapeHtml('Write the business case (R-2.6.3).')), 'names the missing business case');
    assert.match(refused.body, new RegExp(`href="/partnerships/${p.id}/business-case/edit#legalPower"`));
    assert.match(refused.body, new RegExp(`href="/partnerships/${p.id}/edit"`), 'R-2.5b: the priorities are fixed on the partnership’s details');
    const lifecyclePage = await officer.get(`/partnerships/${p.id}/lifecycle`);
    assert.match(lifecyclePage.body, new RegExp(`href="/partnerships/${p.id}/business-case/edit#businessCase"`), 'the lifecycle page links the refusal to its fix');
    await completeAssessment(t.deps, p.id);
    for (const [action, form] of [['submit-for-approval', { note: 'To Cabinet in March' }]] as const) {
      const res = await take(officer, p.id, action, form);
      assert.equal(res.statusCode, 303, `${action}: ${res.body.slice(0, 200)}`);
      assert.equal(res.headers.location, `/partnerships/${p.id}/lifecycle`);
    }
    assert.equal(await statusOf(p.id), 'awaiting-approval');

    const form = await officer.get(`/partnerships/${p.id}/transitions/approve`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Who made the decision\?/);
    assert.match(form.body, /id="decidedOn-day"/);
    const res = await officer.post(`/partnerships/${p.id}/transitions/approve`, {
      decisionMaker: 'cabinet', 'decidedOn-day': '12', 'decidedOn-month': '3', 'decidedOn-year': '2026', reference: 'CAB/2026/031', conditions: 'Reviewed after one year',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const timeline = await officer.follow(res);
    assert.match(timeline.body, /Approve: Lifecycle \d+ is now approved/);
    assert.match(timeline.body, /<strong>Approved<\/strong>/);
    assert.match(timeline.body, /Decision: Cabinet, 12 March 2026, CAB\/2026\/031/);
    assert.match(timeline.body, /Reviewed after one year/);
    assert.match(timeline.body, /The protocol applies: the council and at least one other organisation share responsibility/);
    assert.equal(await statusOf(p.id), 'approved');
    const decisions = await ctx.database.db.selectFrom('partnership_decisions').selectAll().where('partnership_id', '=', p.id).execute();
    assert.deepEqual(decisions.map((d) => [d.subject, d.outcome, d.decision_maker, d.decided_on, d.reference, d.conditions]), [['partnership', 'approved', 'cabinet', '2026-03-12', 'CAB/2026/031', 'Reviewed after one year']]);
    const steps = await ctx.database.db.selectFrom('partnership_transitions').select(['seq', 'action', 'from_status', 'to_status']).where('partnership_id', '=', p.id).orderBy('seq').execute();
    assert.deepEqual(steps.map((s) => [Number(s.seq), s.action, s.from_status, s.to_status]), [
      [1, 'screen-in', 'proposed', 'screened'],
      [2, 'start-business-case', 'screened', 'business-case'],
      [3, 'submit-for-approval', 'business-case', 'awaiting-approval'],
      [4, 'approve', 'awaiting-approval', 'approved'],
    ]);
  });

  it('R-2.5c: an unbudgeted commitment is refused approval until its own approval is recorded, on the page and on the API', async () => {
    const p = await register({ councilContributionPence: 4_000_000, withinApprovedBudget: false });
    await reachStatus(t.deps, p.id, 'awaiting-approval');

    const page = await officer.get(`/partnerships/${p.id}/transitions/approve`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(escapeHtml(UNBUDGETED)), 'the page says why, and what to do');
    assert.doesNotMatch(page.body, /Who made the decision/, 'no form for a step that cannot be taken');
    const lifecycle = await officer.get(`/partnerships/${p.id}/lifecycle`);
    assert.match(lifecycle.body, new RegExp(`href="/partnerships/${p.id}/transitions/approve-unbudgeted-commitment"`));
    assert.ok(lifecycle.body.includes(escapeHtml(UNBUDGETED)), 'the refused step is listed with its reason');

    const seq = await lastAuditSeq(ctx.database);
    const refused = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'approve', decision: { decisionMaker: 'cabinet', decidedOn: '2026-03-12' } });
    assert.equal(refused.status, 422);
    assert.deepEqual(refused.body.errors, [{ field: 'action', message: UNBUDGETED, clause: 'R-2.5c' }]);
    assert.equal(await lastAuditSeq(ctx.database), seq, 'nothing recorded');

    const unbudgeted = await api.post(`/api/v1/partnerships/${p.id}/transitions`, {
      action: 'approve-unbudgeted-commitment', decision: { decisionMaker: 'full-council', decidedOn: '2026-02-20', reference: 'FC/2026/004' },
    });
    assert.equal(unbudgeted.status, 201, JSON.stringify(unbudgeted.body));
    assert.equal(unbudgeted.body.status, 'awaiting-approval', 'the status is kept');
    assert.equal(unbudgeted.body.title, 'Unbudgeted commitment approved');
    assert.equal(unbudgeted.body.decisionSummary, 'Full Council, 20 February 2026, FC/2026/004');
    const approved = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'approve', decision: { decisionMaker: 'cabinet', decidedOn: '2026-03-12', reference: 'CAB/2026/031' } });
    assert.equal(approved.status, 201, JSON.stringify(approved.body));
    assert.equal(approved.body.status, 'approved');
    assert.equal((await api.get(`/api/v1/partnerships/${p.id}`)).body.status, 'approved');
  });

  it('R-APPROVE: no operating without an approval; a partnership approved before Accord kept approvals records it, once', async () => {
    const p = await migrated('approved');
    const life = await api.get(`/api/v1/partnerships/${p.id}/transitions`);
    assert.equal(life.status, 200);
    assert.equal(life.body.timeline[1].title, 'Recorded as Approved before Accord kept the lifecycle');
    const operating = life.body.actions.find((a: { action: string }) => a.action === 'start-operating');
    assert.equal(operating.allowed, false);
    // Issue 9: the approval first, then what the compliance engine finds missing that gates operating, each with its page.
    const clauses: string[] = operating.reasons.map((r: { clause: string }) => r.clause);
    assert.equal(clauses[0], 'R-APPROVE');
    assert.ok(clauses.includes('R-2.6.5') && clauses.every((c) => protocolOf(t.deps).compliance.gateOperating.includes(c)), clauses.join());
    assert.ok(operating.reasons.slice(1).every((r: { message: string; fix: string | null }) => /or record an exception on the Compliance page\.$/.test(r.message) && r.fix?.startsWith(`/partnerships/${p.id}/`)), JSON.stringify(operating.reasons));
    assert.match(operating.reasons[0].message, /cannot operate without a recorded approval.*Use ‘Record the approval’/);
    const refused = await officer.get(`/partnerships/${p.id}/transitions/start-operating`);
    assert.equal(refused.statusCode, 200, 'the form page says why instead');
    assert.match(refused.body, /Record the approval first/);
    const posted = await officer.post(`/partnerships/${p.id}/transitions/start-operating`, { note: '' });
    assert.equal(posted.statusCode, 400);
    assert.deepEqual(new Set(summaryLinks(posted.body)), new Set(['action']), 'every refusal at the step, one line each (issue 9: one per missing item)');
    assert.match(posted.body, /id="action"/);

    const operatingAlready = await migrated('operating');
    for (const q of [p, operatingAlready]) {
      const res = await take(officer, q.id, 'record-approval', { decisionMaker: 'cabinet-member', decisionMakerName: 'Cllr Asha Patel', 'decidedOn-day': '3', 'decidedOn-month': '11', 'decidedOn-year': '2025', reference: 'CMD/2025/112' });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    }
    assert.equal(await statusOf(operatingAlready.id), 'operating', 'recording the approval keeps the status');
    const again = await api.post(`/api/v1/partnerships/${operatingAlready.id}/transitions`, { action: 'record-approval', decision: { decisionMaker: 'cabinet', decidedOn: '2025-11-03' } });
    assert.equal(again.status, 422);
    assert.match(again.body.errors[0].message, /approval is already recorded/);
    const timeline = await officer.get(`/partnerships/${operatingAlready.id}/lifecycle`);
    assert.match(timeline.body, /Recorded as Operating before Accord kept the lifecycle/);
    assert.match(timeline.body, /Decision: Cabinet Member \(Cllr Asha Patel\), 3 November 2025, CMD\/2025\/112/);

    const gated = await officer.get(`/partnerships/${p.id}/transitions/start-operating`);
    assert.match(gated.body, /or record an exception on the Compliance page\./, 'R-APPROVE, issue 9: the gate says each missing item');
    assert.match(gated.body, new RegExp(`href="/partnerships/${p.id}/partners"`), 'and links the page that fixes it');
    assert.equal((await take(officer, p.id, 'start-operating', { note: 'Went live in January' })).statusCode, 400, 'refused while gating gaps have no exception');
    const onApi = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'start-operating' });
    assert.equal(onApi.status, 422);
    assert.ok(onApi.body.errors.length > 1 && onApi.body.errors.every((e: { fix?: string }) => e.fix?.startsWith(`/partnerships/${p.id}/`)), JSON.stringify(onApi.body.errors));
    await exceptOperatingBlockers(t.deps, SYSTEM, { role: 'officer' }, p.id);
    const start = await take(officer, p.id, 'start-operating', { note: 'Went live in January' });
    assert.equal(start.statusCode, 303);
    assert.equal(await statusOf(p.id), 'operating');
  });

  it('a refused step says the same thing, with its clause, on its page, on the lifecycle page and in the API', async () => {
    const p = await register();
    const page = await officer.get(`/partnerships/${p.id}/transitions/approve`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(`${escapeHtml(APPROVE_FROM_PROPOSED)} (R-APPROVE)`), page.body.slice(0, 200));
    const res = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'approve', decision: { decisionMaker: 'cabinet', decidedOn: '2026-03-12' } });
    assert.equal(res.status, 422);
    assert.deepEqual(res.body.errors, [{ field: 'action', message: APPROVE_FROM_PROPOSED, clause: 'R-APPROVE' }]);
    const life = await api.get(`/api/v1/partnerships/${p.id}/transitions`);
    assert.deepEqual(life.body.actions.map((a: { action: string; allowed: boolean }) => [a.action, a.allowed]), [['screen-in', true], ['screen-out', true], ['withdraw', true]]);
    assert.equal(life.body.status, 'proposed');
    // An action the table does not have: not found on the pages, a shape error on the API.
    assert.equal((await officer.get(`/partnerships/${p.id}/transitions/fly`)).statusCode, 404);
    assert.equal((await officer.post(`/partnerships/${p.id}/transitions/fly`, {}, { from: `/partnerships/${p.id}/lifecycle` })).statusCode, 404);
    const fly = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'fly' });
    assert.equal(fly.status, 400);
    assert.deepEqual(fly.body.errors.map((e: { field: string }) => e.field), ['action']);
  });

  it('bad input: the form re-renders 400 with every problem in the summary and what was typed; the API lists every field', async () => {
    const p = await register();
    await reachStatus(t.deps, p.id, 'awaiting-approval');
    const long = 'x'.repeat(201);
    const res = await take(officer, p.id, 'approve', { 'decidedOn-day': '31', 'decidedOn-month': '2', 'decidedOn-year': '2026', reference: long, conditions: 'Kept <as typed>' });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(summaryLinks(res.body), ['decisionMaker', 'decidedOn-day', 'reference']);
    assert.match(res.body, /The date of the decision must be a real date/);
    assert.match(res.body, /Select who made the decision/);
    assert.equal(inputValue(res.body, 'reference'), long, 'what was typed is kept');
    assert.equal(inputValue(res.body, 'decidedOn-day'), '31');
    assert.equal(textareaValue(res.body, 'conditions'), 'Kept &lt;as typed&gt;');

    const partial = await take(officer, p.id, 'approve', { decisionMaker: 'cabinet', 'decidedOn-month': '3', 'decidedOn-year': '2026' });
    assert.equal(partial.statusCode, 400);
    assert.deepEqual(summaryLinks(partial.body), ['decidedOn-day']);
    assert.match(partial.body, /The date of the decision must include a day/);

    const future = await take(officer, p.id, 'approve', { decisionMaker: 'other-body', 'decidedOn-day': '1', 'decidedOn-month': '1', 'decidedOn-year': '2200' });
    assert.equal(future.statusCode, 400);
    assert.deepEqual(summaryLinks(future.body), ['decisionMakerName', 'decidedOn-day']);
    assert.match(future.body, /Enter the name of the body that made the decision/);
    assert.match(future.body, /The date of the decision must be today or in the past/);

    const sendBack = await take(officer, p.id, 'send-back', { note: '   ' });
    assert.equal(sendBack.statusCode, 400);
    assert.deepEqual(summaryLinks(sendBack.body), ['note']);
    assert.match(sendBack.body, /Enter what the decision-making body asked for/);

    const seq = await lastAuditSeq(ctx.database);
    const bad = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'approve', colour: 'red', decision: { decisionMaker: 'mayor', decidedOn: '2026-02-31', reference: long, size: 1 } });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['colour', 'decision.decidedOn', 'decision.decisionMaker', 'decision.reference', 'decision.size'].sort());
    const missing = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'reject', decision: { decidedOn: 'soon' } });
    assert.equal(missing.status, 400);
    const fields = missing.body.errors.map((e: { field: string }) => e.field);
    assert.deepEqual([...new Set(fields)], ['decision.decidedOn', 'decision.decisionMaker', 'decision.reason'], 'the shape, and beside it what the step still lacks');
    assert.equal(missing.body.errors.at(-1).clause, 'R-APPROVE');
    const noReason = await api.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'reject', decision: { decisionMaker: 'cabinet', decidedOn: '2026-03-12' } });
    assert.equal(noReason.status, 422);
    assert.deepEqual(noReason.body.errors, [{ field: 'decision.reason', message: 'Enter why it was not approved', clause: 'R-APPROVE' }]);
    assert.equal(await lastAuditSeq(ctx.database), seq, 'nothing recorded');
    assert.equal(await statusOf(p.id), 'awaiting-approval');
  });

  it('internal audit reads the lifecycle but takes no step', async () => {
    const p = await register();
    const page = await auditor.get(`/partnerships/${p.id}/lifecycle`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /Record screening|Next steps/);
    assert.equal((await auditor.get(`/partnerships/${p.id}/transitions/screen-in`)).statusCode, 403);
    assert.equal((await auditorApi.get(`/api/v1/partnerships/${p.id}/transitions`)).status, 200);
    assert.equal((await auditorApi.post(`/api/v1/partnerships/${p.id}/transitions`, { action: 'screen-in', note: 'x' })).status, 403);
    assert.equal((await api.get('/api/v1/partnerships/01900000-0000-7000-8000-000000000000/transitions')).status, 404);
    assert.equal((await officer.get('/partnerships/01900000-0000-7000-8000-000000000000/lifecycle')).statusCode, 404);
  });

  it('reaches every status through the table; each step is audited naming its partnership, in words, and the chain verifies', async () => {
    for (const status of STATUSES) {
      const p = await register({ councilContributionPence: 4_000_000, withinApprovedBudget: false });
      const taken = await reachStatus(t.deps, p.id, status);
      assert.equal(await statusOf(p.id), status);
      const events = (await historyOf(ctx.database, 'partnership', p.id)).reverse();
      // Linking a corporate priority for the business case (R-2.5b) is a change of its details, not a step.
      const steps = events.filter((e) => e.entityType === 'partnership' && e.action !== 'created' && e.action !== 'updated');
      assert.equal(steps.length, taken.length, `${status}: one event per step`);
      // screening's step comes with the screening's own event, naming the partnership too.
      const screenings = events.filter((e) => e.entityType === 'screening');
      assert.equal(screenings.length, taken.filter((a) => a === 'screen-in' || a === 'screen-out').length, `${status}: one screening per screening step`);
      for (const e of steps) assert.equal(e.partnershipId, p.id);
      if (status === 'approved') {
        assert.deepEqual(taken, [...pathTo('proposed', 'approved')!.slice(0, -1), 'approve-unbudgeted-commitment', 'approve']);
        const approval = steps.at(-1)!;
        assert.equal(approval.action, 'approved');
        assert.deepEqual(approval.before, { status: 'awaiting-approval', decision: null });
        assert.deepEqual(approval.after, {
          status: 'approved',
          decision: { subject: 'partnership', outcome: 'approved', decisionMaker: 'cabinet', decisionMakerName: null, decidedOn: londonToday(new Date()), reference: 'TEST/approve', conditions: null, reason: null },
        });
        const trail = await auditor.get(`/audit?type=partnership&record=${p.id}`);
        assert.match(trail.body, /Unbudgeted commitment approved/);
        assert.match(trail.body, /Decision: \(none\) → Approved: Cabinet, \d+ \w+ \d{4}, TEST\/approve/);
      }
    }
    const chain = await verifyAuditChain(ctx.database, { key: TEST_AUDIT_KEY });
    assert.equal(chain.intact, true, JSON.stringify(chain));
  });
});
