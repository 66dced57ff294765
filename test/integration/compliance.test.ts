// The Compliance tab, attestations and exceptions (issue 9) on both databases: the tier with its reasons,
// the counts and every finding with its clause, reason and fix; an attestation turns a gap Met, and its
// expiry (the test clock) a gap again; an exception shown beside its gap; the forms' 400s with the input
// kept; 409 for a requirement that takes no such evidence, 404 for an unknown one; internal audit reads
// with no links and is refused the forms; the History's words; the API's shape and errors.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { REQUIREMENTS } from '../../src/domain/compliance/requirements.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { escapeHtml, inputValue, summaryLinks, textareaValue } from '../helpers/html.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

/** The finding's row on the tab: from its id to the next row. */
const tagged = (row: string, text: string) => new RegExp(`govuk-tag[^"]*">\\s*${text}\\s*<`).test(row);
const rowOf = (html: string, requirementId: string): string => {
  const start = html.indexOf(`id="${requirementId}"`);
  assert.ok(start >= 0, `${requirementId} is on the page`);
  const end = html.indexOf('govuk-summary-list__row', start + 10);
  return html.slice(start, end < 0 ? undefined : end);
};

forEachDatabase('the Compliance tab, attestations and exceptions (issue 9)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let auditor: Client;
  const clock = new TestClock('2026-06-01T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Compliance', { clock });
    ({ t, officer, auditor } = w);
  });
  after(() => t.close());

  /** An approved partnership (R-APPROVE): its arrangements and decision rules now apply. */
  const approved = async () => {
    const p = await w.partnership({ legalForm: 'joint-committee', councilContributionPence: 0, withinApprovedBudget: true });
    await reachStatus(t.deps, p.id, 'approved');
    return p;
  };

  it('shows the tier with its reasons, the counts, and each gap with its clause, reason and fix; the Compliance line in the sub-navigation', async () => {
    const p = await approved();
    const page = await officer.get(`/partnerships/${p.id}/compliance`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /href="[^"]+\/compliance" aria-current="page">Compliance</, 'Compliance in the sub-navigation');
    assert.match(page.body, /<span class="govuk-!-font-weight-bold">Standard<\/span>: neither minor nor significant by the council’s criteria\./);
    assert.match(page.body, /\d+ met, \d+ gaps, \d+ not applicable\./);
    const r261 = rowOf(page.body, 'R-2.6.1');
    assert.ok(r261.includes('No accountable officer named (R-2.6.1)') && tagged(r261, 'Gap') && r261.includes('Gates operating'));
    assert.ok(r261.includes(`href="/partnerships/${p.id}/edit"`), 'the fix link');
    assert.ok(r261.includes(`href="/partnerships/${p.id}/compliance/R-2.6.1/exception"`), 'a gating gap takes an exception');
    assert.ok(!r261.includes('/attest"'), 'a computed requirement takes no attestation');
    const r28e = rowOf(page.body, 'R-2.13');
    assert.ok(r28e.includes(`href="/partnerships/${p.id}/compliance/R-2.13/attest"`));
    assert.ok(!r28e.includes('/exception"'), 'R-2.13 does not gate operating');
    // What does not apply yet is collapsed, after what does.
    assert.match(page.body, /<details[\s\S]*?Not applicable \(\d+\)[\s\S]*?id="R-2.8c"/);
  });

  it('an attestation turns its gap Met, and its expiry a gap again (the test clock); forms refuse with 400 and keep the input; History words it', async () => {
    const p = await approved();
    const home = `/partnerships/${p.id}/compliance`;
    const form = await officer.get(`${home}/R-2.13/attest`);
    assert.equal(form.statusCode, 200);
    assert.equal(inputValue(form.body, 'attestedOn-day'), '1', 'attested today, by default');
    assert.equal(inputValue(form.body, 'validUntil-year'), '2027', 'valid for the council’s twelve months, by default');

    const empty = await officer.post(`${home}/R-2.13/attest`, { statement: '  ', 'attestedOn-day': '', 'attestedOn-month': '', 'attestedOn-year': '' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['statement', 'attestedOn-day']);
    const backwards = await officer.post(`${home}/R-2.13/attest`, {
      statement: 'Simple majority, clause 7',
      'attestedOn-day': '2',
      'attestedOn-month': '6',
      'attestedOn-year': '2026',
      'validUntil-day': '1',
      'validUntil-month': '1',
      'validUntil-year': '2026',
    });
    assert.equal(backwards.statusCode, 400);
    assert.deepEqual(summaryLinks(backwards.body), ['attestedOn-day', 'validUntil-day'], 'attested tomorrow, and valid until before it: both in one round');
    assert.equal(textareaValue(backwards.body, 'statement')?.trim(), 'Simple majority, clause 7', 'input kept');
    assert.equal(inputValue(backwards.body, 'validUntil-year'), '2026');
    const before = await officer.post(`${home}/R-2.13/attest`, { statement: 'x', 'attestedOn-day': '1', 'attestedOn-month': '6', 'attestedOn-year': '2026', 'validUntil-day': '1', 'validUntil-month': '6', 'validUntil-year': '2026' });
    assert.deepEqual(summaryLinks(before.body), ['validUntil-day']);
    assert.ok(before.body.includes('The date it is valid until must be after the date it was attested'));

    const saved = await officer.post(`${home}/R-2.13/attest`, { statement: 'Simple majority, clause 7 of the agreement', 'attestedOn-day': '1', 'attestedOn-month': '6', 'attestedOn-year': '2026', 'validUntil-day': '3', 'validUntil-month': '6', 'validUntil-year': '2026' });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, `${home}#R-2.13`);
    const met = rowOf((await officer.follow(saved)).body, 'R-2.13');
    assert.ok(tagged(met, 'Met'), met);
    assert.ok(met.includes('Simple majority, clause 7 of the agreement') && met.includes('valid until 3 June 2026'));

    const events = await historyOf(ctx.database, 'compliance-attestation', (await t.deps.database.db.selectFrom('compliance_attestations').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id);
    assert.equal(events.length, 1);
    assert.equal(events[0]!.partnershipId, p.id);
    assert.deepEqual({ ...events[0]!.after, attestedBy: 'x' }, { requirementId: 'R-2.13', statement: 'Simple majority, clause 7 of the agreement', documentId: null, attestedBy: 'x', attestedOn: '2026-06-01', validUntil: '2026-06-03' });
    const history = await officer.get(`/partnerships/${p.id}/history`);
    assert.ok(history.body.includes('Recorded an attestation of R-2.13 Register of interests'));
    assert.ok(history.body.includes('What is attested') && history.body.includes('3 June 2026'));
    // The audit trail names the record by what it is and whose.
    const trail = await auditor.get('/audit');
    assert.ok(trail.body.includes(escapeHtml(`Attestation of R-2.13, ${p.name} (${p.reference})`)), 'named on the audit trail');

    // Three days on, past its last day: a gap again, the expired attestation shown with it.
    clock.advance({ hours: 72 });
    const later = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const expired = rowOf((await later.get(home)).body, 'R-2.13');
    assert.ok(tagged(expired, 'Gap') && expired.includes('The attestation expired on 2026-06-03: attest it again (R-2.13)'), expired);
    assert.ok(expired.includes('now expired'));
    // The sessions of before() have lapsed with the hours: sign in afresh.
    officer = later;
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
  });

  it('an exception to a gating gap is shown beside it; 400 with the input kept; 409 for what takes none; 404 for an unknown requirement', async () => {
    const p = await approved();
    const home = `/partnerships/${p.id}/compliance`;
    assert.equal((await officer.get(`${home}/R-2.6.1/exception`)).statusCode, 200);
    const empty = await officer.post(`${home}/R-2.6.1/exception`, {});
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['reason', 'agreedByName', 'agreedByRole', 'until-day']);
    const past = await officer.post(`${home}/R-2.6.1/exception`, { reason: 'Recruiting', agreedByName: 'Sam Patel', agreedByRole: 'Monitoring Officer', 'until-day': '1', 'until-month': '1', 'until-year': '2020' });
    assert.equal(past.statusCode, 400);
    assert.deepEqual(summaryLinks(past.body), ['until-day']);
    assert.equal(inputValue(past.body, 'agreedByRole'), 'Monitoring Officer', 'input kept');
    const saved = await officer.post(`${home}/R-2.6.1/exception`, { reason: 'The post is being recruited to', agreedByName: 'Sam Patel', agreedByRole: 'Monitoring Officer', 'until-day': '31', 'until-month': '3', 'until-year': '2027' });
    assert.equal(saved.statusCode, 303);
    const row = rowOf((await officer.follow(saved)).body, 'R-2.6.1');
    assert.ok(tagged(row, 'Gap') && row.includes('Exception: The post is being recruited to') && row.includes('Agreed by Sam Patel, Monitoring Officer') && row.includes('until 31 March 2027'), row);
    assert.ok(!row.includes('/exception"'), 'no second link while one is in date');
    assert.ok((await officer.get(`/partnerships/${p.id}/history`)).body.includes(escapeHtml('Recorded an exception to R-2.6.1 Accountable officer named (R-APPROVE)')));

    const computed = await officer.get(`${home}/R-2.6.1/attest`);
    assert.equal(computed.statusCode, 409);
    assert.ok(computed.body.includes('R-2.6.1 is worked out from the partnership’s own records, so it takes no attestation'));
    const notGating = await officer.get(`${home}/R-2.13/exception`);
    assert.equal(notGating.statusCode, 409);
    assert.ok(notGating.body.includes('R-2.13 does not gate operating'));
    const posted = await officer.post(`${home}/R-2.6.1/attest`, { statement: 'x', 'attestedOn-day': '1', 'attestedOn-month': '6', 'attestedOn-year': '2026' }, { from: `${home}` });
    assert.equal(posted.statusCode, 400, 'the use case refuses it too, on the form');
    assert.deepEqual(summaryLinks(posted.body), ['statement']);
    assert.equal((await officer.get(`${home}/R-9.9/attest`)).statusCode, 404);
    assert.equal((await officer.get(`${home}/R-9.9/exception`)).statusCode, 404);
  });

  it('internal audit reads the tab with no links, and is refused the forms (403)', async () => {
    const p = await approved();
    const home = `/partnerships/${p.id}/compliance`;
    const page = await auditor.get(home);
    assert.equal(page.statusCode, 200);
    assert.ok(page.body.includes('No accountable officer named (R-2.6.1)'));
    assert.ok(!page.body.includes('/attest"') && !page.body.includes('/exception"') && !page.body.includes(`href="/partnerships/${p.id}/edit"`));
    assert.equal((await auditor.get(`${home}/R-2.13/attest`)).statusCode, 403);
    const refused = await auditor.post(`${home}/R-2.13/attest`, { statement: 'x', 'attestedOn-day': '1', 'attestedOn-month': '6', 'attestedOn-year': '2026' }, { from: home });
    assert.equal(refused.statusCode, 403);
    assert.equal(await ctx.database.db.selectFrom('compliance_attestations').select('id').where('partnership_id', '=', p.id).executeTakeFirst(), undefined);
  });

  it('API: GET gives the tier, counts and every finding as the engine gives them; POST attestations and exceptions 201, 400 at each field, 404, 409, 422 and 403', async () => {
    const p = await approved();
    const base = `/api/v1/partnerships/${p.id}/compliance`;
    const read = await w.auditorApi.get(base);
    assert.equal(read.status, 200);
    assert.equal(read.body.tier.tier, 'standard');
    assert.deepEqual(read.body.findings.map((f: { requirementId: string }) => f.requirementId), REQUIREMENTS.map((q) => q.id));
    const r261 = read.body.findings.find((f: { requirementId: string }) => f.requirementId === 'R-2.6.1');
    assert.deepEqual(Object.keys(r261).sort(), ['clause', 'evidence', 'fix', 'gatesOperating', 'how', 'kind', 'reason', 'requirementId', 'result', 'section', 'title']);
    assert.equal(r261.fix.href, `/partnerships/${p.id}/edit`);

    const attested = await w.api.post(`${base}/R-2.13/attestations`, { statement: 'Simple majority', attestedOn: '2026-06-04' });
    assert.equal(attested.status, 201, JSON.stringify(attested.body));
    assert.equal(attested.body.attestation.validUntil, '2027-06-04', 'the council’s default length');
    assert.equal(attested.body.finding.result, 'pass');
    const bad = await w.api.post(`${base}/R-2.13/attestations`, { statement: '', attestedOn: '2026-02-31', colour: 'red' });
    assert.equal(bad.status, 400);
    assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['attestedOn', 'colour', 'statement']);
    assert.equal((await w.api.post(`${base}/R-2.13/attestations`, { statement: 'x', attestedOn: '2099-01-01' })).status, 400);
    assert.equal((await w.api.post(`${base}/R-9.9/attestations`, { statement: 'x', attestedOn: '2026-06-01' })).status, 404);
    const conflict = await w.api.post(`${base}/R-2.6.1/attestations`, { statement: 'x', attestedOn: '2026-06-01' });
    assert.equal(conflict.status, 409);
    assert.match(conflict.body.detail, /takes no attestation/);
    assert.equal((await w.auditorApi.post(`${base}/R-2.13/attestations`, { statement: 'x', attestedOn: '2026-06-01' })).status, 403);

    const excepted = await w.api.post(`${base}/R-2.6.1/exceptions`, { reason: 'Recruiting', agreedByName: 'Sam Patel', agreedByRole: 'Monitoring Officer', until: '2027-03-31' });
    assert.equal(excepted.status, 201);
    assert.equal(excepted.body.finding.exception.agreedBy, 'Sam Patel, Monitoring Officer');
    assert.equal((await w.api.post(`${base}/R-2.6.1/exceptions`, { reason: 'x', agreedByName: 'x', agreedByRole: 'x', until: '2020-01-01' })).status, 400);
    assert.equal((await w.api.post(`${base}/R-2.13/exceptions`, { reason: 'x', agreedByName: 'x', agreedByRole: 'x', until: '2027-01-01' })).status, 409);

    const gone = await w.partnership();
    assert.equal((await w.api.post(`/api/v1/partnerships/${gone.id}/withdrawal`, { reason: 'Entered by mistake' })).status, 200);
    const withdrawn = await w.api.post(`/api/v1/partnerships/${gone.id}/compliance/R-2.13/attestations`, { statement: 'x', attestedOn: '2026-06-01' });
    assert.equal(withdrawn.status, 422);
    assert.match(withdrawn.body.errors[0].message, /withdrawn/);
  });
});
