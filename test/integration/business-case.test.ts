// The entering assessment and business case (R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3, R-APPROVE) on both
// databases: its page beside what the partnership holds and what is missing, each with the link that fixes
// it; its change form (400 with the error summary, input kept); each change audited in the History; the
// gate to submit-for-approval; internal audit reads but does not change it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { escapeHtml, summaryLinks } from '../helpers/html.ts';
import { CANNED_ASSESSMENT, completeAssessment, reachStatus } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

forEachDatabase('the business case (R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3, R-APPROVE)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;

  before(async () => {
    w = await openWorkspace(ctx.database, 'Business case');
    ({ t, officer, auditor } = w);
  });
  after(() => t.close());

  it('R-APPROVE: the page says what is missing, each with its clause and the link that fixes it; the form saves, audited', async () => {
    const p = await w.partnership({ councilContributionPence: 0, resourcesStaff: 'Two officers, half a day a week' });
    await reachStatus(t.deps, p.id, 'business-case');
    const page = await officer.get(`/partnerships/${p.id}/business-case`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /aria-current="page"[^>]*>Business case|href="[^"]+\/business-case" aria-current="page"/);
    assert.ok(page.body.includes(escapeHtml('Cite the legal power the council relies on to enter it (R-A1.1)')));
    assert.match(page.body, new RegExp(`href="/partnerships/${p.id}/business-case/edit#legalPower"`));
    assert.match(page.body, new RegExp(`href="/partnerships/${p.id}/edit">${escapeHtml('Link the partnership to the corporate priorities')}`), 'R-2.5b: fixed in the details');
    assert.match(page.body, /Two officers, half a day a week/, 'R-2.5a: the partnership’s staff are shown, not copied');

    // 400: the error summary, the message at its field, and everything typed kept.
    const long = 'x'.repeat(10_001);
    const refused = await officer.post(`/partnerships/${p.id}/business-case/edit`, { legalPower: 'Localism Act 2011, s1', businessCase: long, barIdentified: 'maybe' });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['barIdentified', 'businessCase']);
    assert.match(refused.body, /Localism Act 2011, s1/);

    // Nothing written (a bar answered is not a business case): nothing to save, said at the first question, nothing recorded.
    const empty = await officer.post(`/partnerships/${p.id}/business-case/edit`, { legalPower: '  ', businessCase: '', barIdentified: 'no' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['existingCommitments']);
    assert.ok(empty.body.includes(escapeHtml('Write at least one answer to save the business case (R-2.6.3)')));
    assert.equal((await historyOf(ctx.database, 'business-case', p.id)).length, 0);

    const saved = await officer.post(`/partnerships/${p.id}/business-case/edit`, { legalPower: 'Localism Act 2011, s1', barIdentified: 'no' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `/partnerships/${p.id}/business-case`);
    const after1 = await officer.follow(saved);
    assert.match(after1.body, /Business case saved/);
    assert.doesNotMatch(after1.body, /Cite the legal power/);
    const events = (await historyOf(ctx.database, 'business-case', p.id)).filter((e) => e.action === 'created');
    assert.equal(events.length, 1);
    assert.equal(events[0]!.partnershipId, p.id);
    assert.deepEqual(events[0]!.after, { existingCommitments: null, legalPower: 'Localism Act 2011, s1', barIdentified: false, barDetails: null, legalFormReason: null, businessCase: null, evidenceBase: null });
    const history = await officer.get(`/partnerships/${p.id}/history`);
    assert.match(history.body, /Recorded the business case/);
    assert.ok(history.body.includes(escapeHtml('The legal power relied on (R-A1.1)')));

    // R-APPROVE: refused until complete; then submitted.
    const take = () => officer.post(`/partnerships/${p.id}/transitions/submit-for-approval`, { note: '' });
    const no = await take();
    assert.equal(no.statusCode, 400);
    assert.ok(no.body.includes(escapeHtml('Write the business case (R-2.6.3).')));
    assert.ok(!no.body.includes(escapeHtml('Cite the legal power')), 'only what is still missing');
    await completeAssessment(t.deps, p.id);
    assert.equal((await take()).statusCode, 303);
    const done = await officer.get(`/partnerships/${p.id}/business-case`);
    assert.match(done.body, /The assessment and business case are complete/);
  });

  it('the API reads what is missing, and PATCH changes only the answers sent (null clears one), audited', async () => {
    const p = await w.partnership({ councilContributionPence: null });
    const url = `/api/v1/partnerships/${p.id}/business-case`;
    const first = await w.api.get(url);
    assert.equal(first.status, 200);
    assert.equal(first.body.complete, false);
    assert.equal(first.body.updatedBy, null);
    assert.deepEqual(
      first.body.missing.map((m: { field: string; clause: string; page: string }) => `${m.field} ${m.clause} ${m.page}`).slice(0, 3),
      ['councilContributionPence R-2.5a details', 'existingCommitments R-2.5a business-case', 'priorities R-2.5b details'],
    );
    assert.equal((await w.api.patch(url, { legalPower: 'Localism Act 2011, s1', businessCase: 'Cheaper together' })).status, 200);
    const changed = await w.api.patch(url, { businessCase: null, evidenceBase: 'Needs assessment' });
    assert.equal(changed.status, 200);
    assert.equal(changed.body.answers.legalPower, 'Localism Act 2011, s1', 'left out: kept');
    assert.equal(changed.body.answers.businessCase, null, 'null: cleared');
    assert.equal(changed.body.answers.evidenceBase, 'Needs assessment');
    const events = await historyOf(ctx.database, 'business-case', p.id);
    assert.deepEqual(events.map((e) => e.action).sort(), ['created', 'updated']);
    const bad = await w.api.patch(url, { barIdentified: 'perhaps', businessCase: 'x'.repeat(10_001) });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['barIdentified', 'businessCase']);
  });

  it('R-APPROVE: while it awaits approval the business case is held as submitted, on the page and the API, until it is sent back', async () => {
    const p = await w.partnership({ councilContributionPence: 0 });
    await reachStatus(t.deps, p.id, 'awaiting-approval');
    const page = await officer.get(`/partnerships/${p.id}/business-case`);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes(escapeHtml('This business case is awaiting approval')), 'the page says why');
    assert.match(page.body, new RegExp(`href="/partnerships/${p.id}/lifecycle">Lifecycle`), 'and where it is sent back');
    assert.doesNotMatch(page.body, /Change the business case|Upload an evidence document/);
    const form = await officer.get(`/partnerships/${p.id}/business-case/edit`);
    assert.equal(form.statusCode, 303, 'no form to fill in');
    assert.equal(form.headers.location, `/partnerships/${p.id}/business-case`);
    const before = await historyOf(ctx.database, 'business-case', p.id);
    const refused = await officer.post(`/partnerships/${p.id}/business-case/edit`, { legalPower: 'Changed while Cabinet reads it' });
    assert.equal(refused.statusCode, 400);
    assert.ok(refused.body.includes(escapeHtml('send it back to the business case on the Lifecycle page first')));
    assert.match(refused.body, /Changed while Cabinet reads it/, 'what was typed is kept');
    const api = await w.api.patch(`/api/v1/partnerships/${p.id}/business-case`, { legalPower: 'Changed through the API' });
    assert.equal(api.status, 422);
    assert.match(JSON.stringify(api.body), /awaiting approval/);
    assert.equal((await historyOf(ctx.database, 'business-case', p.id)).length, before.length, 'nothing changed, nothing recorded');
    // Sent back, it may be changed again.
    assert.deepEqual(await reachStatus(t.deps, p.id, 'business-case'), ['send-back']);
    const saved = await officer.post(`/partnerships/${p.id}/business-case/edit`, { legalPower: 'Localism Act 2011, s1', evidenceBase: 'Needs assessment 2026' });
    assert.equal(saved.statusCode, 303);
  });

  it('internal audit reads the business case but cannot change it', async () => {
    const p = await w.partnership({ councilContributionPence: 0 });
    assert.equal((await auditor.get(`/partnerships/${p.id}/business-case`)).statusCode, 200);
    const read = (await auditor.get(`/partnerships/${p.id}/business-case`)).body;
    assert.doesNotMatch(read, /Change the business case/);
    assert.ok(read.includes(escapeHtml('Write the business case (R-2.6.3)')), 'what is missing, in words');
    assert.doesNotMatch(read, /business-case\/edit|\/edit"/, 'no link to a form internal audit may not open');
    assert.equal((await auditor.get(`/partnerships/${p.id}/business-case/edit`)).statusCode, 403);
    assert.equal((await officer.get('/partnerships/01900000-0000-7000-8000-000000000000/business-case')).statusCode, 404);
    assert.equal(CANNED_ASSESSMENT.barIdentified, false);
  });
});
