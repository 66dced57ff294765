// The governance framework and running arrangements (R-2.7, R-2.7doc, R-A1.4, R-A1.5, R-A1.6, R-2.6.9,
// ) on both databases: the completeness view of what the legal form
// requires; a section's form (400 with the error summary, input kept); each change audited and worded in
// the History; the API; internal audit reads but does not change it; an unknown section is 404.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { loadDemoData } from '../../src/app/demo-data.ts';
import { governanceEntityId } from '../../src/app/governance.service.ts';
import { csrfFrom, type Client, type TestApp } from '../helpers/app.ts';
import { multipart, SAMPLES } from '../helpers/documents.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { assertFieldError, escapeHtml, summaryLinks, textareaValue, inputValue } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

forEachDatabase('governance (R-2.7, R-2.7doc, R-A1.4–R-A1.6, R-2.6.9, R-2.6.13, R-2.10–R-2.12, R-2.17)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;

  before(async () => {
    w = await openWorkspace(ctx.database, 'Governance');
    ({ t, officer, auditor } = w);
  });
  after(() => t.close());

  it('R-2.7, R-2.7doc: the page says what a joint committee requires, and a section agreed on its form is audited and in the History', async () => {
    const p = await w.partnership({ legalForm: 'joint-committee' });
    const home = `/partnerships/${p.id}/governance`;
    const page = await officer.get(home);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="[^"]+\/governance" aria-current="page"/, 'Governance in the sub-navigation');
    assert.ok(page.body.includes('0 of 15 required elements agreed; 0 of 26 required running arrangements agreed; 1 required document missing'));
    assert.ok(page.body.includes(escapeHtml('Add the terms of reference: a joint committee needs one (R-2.7doc)')));
    assert.match(page.body, new RegExp(`href="/partnerships/${p.id}/documents/new\\?type=terms-of-reference"`), 'R-2.7doc: fixed on the documents upload page');
    assert.ok(page.body.includes(escapeHtml('(i) Meetings')) && page.body.includes('R-2.7(i)'));
    assert.ok(page.body.includes('The scrutiny arrangement') && page.body.includes('R-2.17'));
    assert.match(page.body, new RegExp(`href="/partnerships/${p.id}/governance/element-i">Change<span class="govuk-visually-hidden"> \\(i\\) Meetings`));

    const form = await officer.get(`${home}/element-i`);
    assert.equal(form.statusCode, 200);
    assert.ok(form.body.includes('Notice and frequency, quorum rules'), 'the catalogue’s hint');

    // 400: agreed with no date and nothing summarised; the error summary, each message at its field, the input kept.
    const refused = await officer.post(`${home}/element-i`, { status: 'agreed', summary: '   ', 'agreedOn-day': '', 'agreedOn-month': '', 'agreedOn-year': '' });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['agreedOn-day', 'summary']);
    assertFieldError(refused.body, 'agreedOn-day', 'Enter the date the partners agreed it (R-2.7(i))', 'input');
    assertFieldError(refused.body, 'summary', 'Summarise what the partners agreed (R-2.7(i))');
    const future = await officer.post(`${home}/element-i`, { status: 'agreed', summary: 'Quarterly, quorum of three', 'agreedOn-day': '1', 'agreedOn-month': '1', 'agreedOn-year': '2099' });
    assert.equal(future.statusCode, 400);
    assert.deepEqual(summaryLinks(future.body), ['agreedOn-day']);
    assert.equal(textareaValue(future.body, 'summary')?.trim(), 'Quarterly, quorum of three', 'input kept');
    assert.equal(inputValue(future.body, 'agreedOn-year'), '2099');
    const noStatus = await officer.post(`${home}/element-i`, { summary: 'x' });
    assert.equal(noStatus.statusCode, 400);
    assert.deepEqual(summaryLinks(noStatus.body), ['status']);
    assert.equal((await historyOf(ctx.database, 'governance-section', governanceEntityId(p.id, 'element-i'))).length, 0, 'nothing recorded');

    const draft = await officer.post(`${home}/element-i`, { status: 'draft', summary: 'Quarterly meetings', 'agreedOn-day': '3' });
    assert.equal(draft.statusCode, 303, 'the date boxes are read only when agreed');
    assert.equal(draft.headers.location, `${home}#element-i`);
    const saved = await officer.post(`${home}/element-i`, { status: 'agreed', summary: 'Quarterly, quorum of three, chaired in turn.', 'agreedOn-day': '12', 'agreedOn-month': '3', 'agreedOn-year': '2026' });
    assert.equal(saved.statusCode, 303);
    const shown = await officer.follow(saved);
    assert.ok(shown.body.includes(escapeHtml('(i) Meetings saved')));
    assert.ok(shown.body.includes('1 of 15 required elements agreed'));
    assert.ok(shown.body.includes('Agreed on 12 March 2026'));
    assert.ok(shown.body.includes('Quarterly, quorum of three, chaired in turn.'));

    const events = await historyOf(ctx.database, 'governance-section', governanceEntityId(p.id, 'element-i'));
    assert.deepEqual(events.map((e) => e.action).sort(), ['created', 'updated']);
    assert.ok(events.every((e) => e.partnershipId === p.id));
    const updated = events.find((e) => e.action === 'updated')!;
    assert.deepEqual(updated.before, { status: 'draft', summary: 'Quarterly meetings', agreedOn: null });
    assert.deepEqual(updated.after, { status: 'agreed', summary: 'Quarterly, quorum of three, chaired in turn.', agreedOn: '2026-03-12' });
    const history = await officer.get(`/partnerships/${p.id}/history`);
    assert.ok(history.body.includes(escapeHtml('Started governance section (i) Meetings')));
    assert.ok(history.body.includes(escapeHtml('Changed governance section (i) Meetings')));
    assert.ok(history.body.includes('Status (R-2.7)') && history.body.includes('12 March 2026'));

    // Saved unchanged: no event (decision 38).
    await officer.post(`${home}/element-i`, { status: 'agreed', summary: 'Quarterly, quorum of three, chaired in turn.', 'agreedOn-day': '12', 'agreedOn-month': '3', 'agreedOn-year': '2026' });
    assert.equal((await historyOf(ctx.database, 'governance-section', governanceEntityId(p.id, 'element-i'))).length, 2);
  });

  it('R-2.7doc: a joint committee’s terms of reference uploaded (linked to element e) is held, linked on the page and the API; nothing missing of it', async () => {
    const p = await w.partnership({ legalForm: 'joint-committee' });
    await officer.get(`/partnerships/${p.id}/documents/new`);
    const fields = { _csrf: csrfFrom(officer.lastPage), title: 'Joint committee terms of reference', type: 'terms-of-reference', section: 'element-e', 'effectiveFrom-day': '1', 'effectiveFrom-month': '4', 'effectiveFrom-year': '2025' };
    const { payload, contentType } = multipart([...Object.entries(fields).map(([name, value]) => ({ name, value })), { name: 'file', filename: 'terms.pdf', content: SAMPLES.pdf }]);
    const cookie = [...officer.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const uploaded = await t.app.inject({ method: 'POST', url: `/partnerships/${p.id}/documents/new`, headers: { cookie, 'content-type': contentType }, payload });
    assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 500));
    const page = await auditor.get(`/partnerships/${p.id}/governance`);
    assert.ok(page.body.includes('0 of 15 required elements agreed; 0 of 26 required running arrangements agreed; the required document held'));
    assert.match(page.body, new RegExp(`<a class="govuk-link" href="/partnerships/${p.id}/documents/[0-9a-f-]+">Joint committee terms of reference</a>`));
    assert.ok(!page.body.includes(escapeHtml('Add the terms of reference')));
    const api = await w.api.get(`/api/v1/partnerships/${p.id}/governance`);
    assert.deepEqual(api.body.requiredDocuments.map((d: { type: string; held: boolean }) => `${d.type} ${d.held}`), ['terms-of-reference true']);
    assert.deepEqual(api.body.sections.find((x: { key: string }) => x.key === 'element-e').documents.map((d: { title: string }) => d.title), ['Joint committee terms of reference']);
  });

  it('a section an informal arrangement does not require is optional, shown and never missing', async () => {
    const p = await w.partnership({ legalForm: 'informal' });
    const page = await officer.get(`/partnerships/${p.id}/governance`);
    assert.ok(page.body.includes('0 of 6 required elements agreed; 0 of 2 required running arrangements agreed; no document required'));
    assert.ok(page.body.includes('Optional for an informal arrangement'));
    assert.ok(!page.body.includes(escapeHtml('Partnership capital is not started')), 'an optional section is not missing');
  });

  it('an unknown section is 404; an unknown partnership is 404', async () => {
    const p = await w.partnership();
    assert.equal((await officer.get(`/partnerships/${p.id}/governance/element-z`)).statusCode, 404);
    assert.equal((await officer.post(`/partnerships/${p.id}/governance/element-z`, { status: 'draft' })).statusCode, 404);
    assert.equal((await officer.get('/partnerships/01900000-0000-7000-8000-000000000000/governance')).statusCode, 404);
  });

  it('internal audit reads the governance but cannot change it: no Change links, no fix links, 403 at the forms', async () => {
    const p = await w.partnership({ legalForm: 'latco' });
    const read = await auditor.get(`/partnerships/${p.id}/governance`);
    assert.equal(read.statusCode, 200);
    assert.ok(read.body.includes(escapeHtml('Add the articles of association: a local authority trading company (LATCo) needs one (R-2.7doc)')), 'what is missing, in words');
    assert.doesNotMatch(read.body, /governance\/element-|documents\/new/, 'no link to a form internal audit may not open');
    assert.doesNotMatch(read.body, />Change</);
    assert.equal((await auditor.get(`/partnerships/${p.id}/governance/element-a`)).statusCode, 403);
    assert.equal((await auditor.post(`/partnerships/${p.id}/governance/element-a`, { status: 'draft' })).statusCode, 403);
  });

  it('the API reads every section and what is missing, with clauses and fixes; PUT sets one section (400 at each field, 404 unknown), audited', async () => {
    const p = await w.partnership({ legalForm: 'corporate-joint-venture' });
    const url = `/api/v1/partnerships/${p.id}/governance`;
    const first = await w.auditorApi.get(url);
    assert.equal(first.status, 200);
    assert.equal(first.body.complete, false);
    assert.equal(first.body.sections.length, 41);
    assert.deepEqual(first.body.requiredDocuments.map((d: { type: string; held: boolean }) => `${d.type} ${d.held}`), ['articles-of-association false', 'shareholders-agreement false']);
    const docs = first.body.missing.filter((m: { kind: string }) => m.kind === 'document');
    assert.deepEqual(docs.map((m: { type: string; clause: string; fix: { href: string } }) => `${m.type} ${m.clause} ${m.fix.href}`), [
      `articles-of-association R-2.7doc /partnerships/${p.id}/documents/new?type=articles-of-association`,
      `shareholders-agreement R-2.7doc /partnerships/${p.id}/documents/new?type=shareholders-agreement`,
    ]);
    assert.equal(first.body.missing[0].key, 'element-a');
    assert.equal(first.body.missing[0].clause, 'R-2.7(a)');
    assert.equal(first.body.missing[0].fix.href, `/partnerships/${p.id}/governance/element-a`);

    const set = await w.api.put(`${url}/scrutiny`, { status: 'agreed', summary: 'Reported to the Overview and Scrutiny Committee each year.', agreedOn: '2026-02-01' });
    assert.equal(set.status, 200);
    const scrutiny = set.body.sections.find((s: { key: string }) => s.key === 'scrutiny');
    assert.deepEqual({ status: scrutiny.status, agreedOn: scrutiny.agreedOn, required: scrutiny.required, clause: scrutiny.clause }, { status: 'agreed', agreedOn: '2026-02-01', required: true, clause: 'R-2.17' });
    assert.ok(!set.body.missing.some((m: { key: string | null }) => m.key === 'scrutiny'));
    assert.equal(set.body.counts.arrangementsAgreed, 1);
    const events = await historyOf(ctx.database, 'governance-section', governanceEntityId(p.id, 'scrutiny'));
    assert.equal(events.length, 1);
    assert.equal(events[0]!.partnershipId, p.id);

    const bad = await w.api.put(`${url}/scrutiny`, { status: 'agreed', agreedOn: '2099-01-01' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['agreedOn', 'summary']);
    const shape = await w.api.put(`${url}/scrutiny`, { status: 'finished', agreedOn: '31-02-2026', colour: 'red' });
    assert.equal(shape.status, 400);
    assert.deepEqual([...new Set(shape.body.errors.map((e: { field: string }) => e.field))].sort(), ['agreedOn', 'colour', 'status']);
    const dated = await w.api.put(`${url}/element-a`, { status: 'draft', agreedOn: '2026-01-01' });
    assert.equal(dated.status, 400, 'a date of agreement only when agreed');
    assert.equal((await w.api.put(`${url}/element-z`, { status: 'draft' })).status, 404);
    assert.equal((await w.auditorApi.put(`${url}/element-a`, { status: 'draft' })).status, 403);
  });

  it('a withdrawn partnership’s governance is kept as it was', async () => {
    const p = await w.partnership();
    assert.equal((await officer.post(`/partnerships/${p.id}/withdraw`, { reason: 'Entered by mistake' })).statusCode, 303);
    const page = await officer.get(`/partnerships/${p.id}/governance`);
    assert.doesNotMatch(page.body, />Change</);
    const refused = await officer.post(`/partnerships/${p.id}/governance/element-a`, { status: 'draft', summary: 'x' });
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(summaryLinks(refused.body), ['status']);
  });

  it('the demo data shows a framework in place: an informal arrangement complete, a joint committee’s elements agreed with the rest still to do', async () => {
    await loadDemoData(t.deps, { councilName: 'Brackenford Borough Council', force: true });
    const idOf = async (name: string) => (await ctx.database.db.selectFrom('partnerships').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    const safety = await officer.get(`/partnerships/${await idOf('Brackenford Community Safety Partnership')}/governance`);
    assert.ok(safety.body.includes('6 of 6 required elements agreed; 2 of 2 required running arrangements agreed; no document required'));
    assert.ok(safety.body.includes('The governance framework is complete'));
    const waste = await officer.get(`/partnerships/${await idOf('Wealdshire Joint Waste Committee')}/governance`);
    assert.ok(waste.body.includes('15 of 15 required elements agreed; 2 of 26 required running arrangements agreed; 1 required document missing'));
    const proposed = await officer.get(`/partnerships/${await idOf('Brackenford Homelessness Prevention Partnership')}/governance`);
    assert.ok(proposed.body.includes('0 of 6 required elements agreed'), 'only operating examples have a framework');
  });
});
