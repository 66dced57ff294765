// The annual review end to end on both databases (R-2.6.4, R-2.4e): a year after the start with no review
// is a gap at both; the review is started on its form (refused at its fields, input kept), cannot be
// approved until each objective and the partner's contribution are evaluated, then counts: the next is due
// a year on; the evaluation not yet fed back is the gap at R-2.4e until its day is recorded; an approved
// review's findings are kept as approved and the review stays; its page, the Performance page, its PDF
// (read back with a real PDF parser) and the API say the same.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { SYSTEM } from '../../src/app/deps.ts';
import { COMMAND_LINE } from '../../src/app/principal.ts';
import { objectives } from '../../src/app/records/index.ts';
import { addRecord } from '../../src/app/records/record-commands.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { assertFieldError, complianceRow, escapeHtml, inputValue, summaryLinks, threeBoxes } from '../helpers/html.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

const errorsOf = (html: string) => html.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,600}/)?.[0];
const textOf = async (pdf: Buffer) => (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text.replace(/\s+/g, ' ');

forEachDatabase('the annual review (R-2.6.4, R-2.4e)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  // Wednesday 14 October 2026, in London.
  const clock = new TestClock('2026-10-14T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Annual reviews', { clock });
    ({ t, officer } = w);
  });
  after(() => t.close());

  it('R-2.6.4, R-2.4e: overdue a year after the start; approved once everything is evaluated; fed back, met', async () => {
    const p = await w.partnership({ startDate: '2025-09-01' });
    await writeStatusForTest(t.deps, p.id, 'operating');
    const home = `/partnerships/${p.id}`;
    const objective = await addRecord(t.deps, SYSTEM, COMMAND_LINE, objectives, p.id, { title: 'Fewer people sleeping rough', outcome: null });
    const partner = w.r.partners[0]!;
    const compliance = async (id: string) => complianceRow((await officer.get(`${home}/compliance`)).body, id);
    assert.ok((await compliance('R-2.6.4')).includes(escapeHtml('Overdue: the annual review was due by 1 September 2026; none yet (R-2.6.4)')));
    assert.ok((await compliance('R-2.4e')).includes(escapeHtml('No annual review yet has evaluated the partners’ contribution: the first was due by 1 September 2026 (R-2.4e)')));

    // Started on its form: refused at its fields, what was typed kept.
    const empty = await officer.post(`${home}/annual-reviews`, { addedValue: 'One front door for housing advice.' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['reviewedOn-day', 'recommendation', 'reasons']);
    assert.ok(empty.body.includes('One front door for housing advice.'), 'input kept');
    const body = { ...threeBoxes('reviewedOn', '2026-09-30'), addedValue: 'One front door for housing advice.', recommendation: 'change', reasons: 'On track, but the night shelter needs a second partner.' };
    const started = await officer.post(`${home}/annual-reviews`, body);
    assert.equal(started.statusCode, 303, errorsOf(started.body));
    const reviewId = (await t.deps.database.db.selectFrom('annual_reviews').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const page = (await officer.get(`${home}/annual-reviews/${reviewId}`)).body;
    assert.ok(page.includes(escapeHtml('Objectives still to evaluate: Fewer people sleeping rough (R-2.6.4)')));
    assert.ok(page.includes(escapeHtml(`Partners’ contributions still to evaluate: ${partner.name} (R-2.4e)`)));

    // Not approved until the objective and the partner's contribution are evaluated.
    const approval = { ...body, approvedBy: 'Partnership board', ...threeBoxes('approvedOn', '2026-10-07') };
    const early = await officer.post(`${home}/annual-reviews/${reviewId}`, approval);
    assert.equal(early.statusCode, 400);
    assertFieldError(early.body, 'approvedOn-day', 'Evaluate each objective before the review is approved: Fewer people sleeping rough (R-2.6.4)');
    assert.ok(early.body.includes(escapeHtml(`Evaluate each partner’s contribution before the review is approved: ${partner.name} (R-2.4e)`)));
    assert.equal(inputValue(early.body, 'approvedBy'), 'Partnership board', 'input kept');
    const evaluated = await officer.post(`${home}/objective-evaluations`, { annualReviewId: reviewId, objectiveId: objective.id, finding: 'progressing', evaluation: 'Rough sleeping down from 14 to 9 on the autumn count.' });
    assert.equal(evaluated.statusCode, 303, errorsOf(evaluated.body));
    const twice = await officer.post(`${home}/objective-evaluations`, { annualReviewId: reviewId, objectiveId: objective.id, finding: 'achieved', evaluation: 'Again' });
    assert.equal(twice.statusCode, 400);
    assertFieldError(twice.body, 'objectiveId', 'That objective is already evaluated at this review: change its evaluation instead (R-2.6.4)');
    const council = await officer.post(`${home}/contribution-evaluations`, { annualReviewId: reviewId, organisationId: w.r.council.id, evaluation: 'x' });
    assertFieldError(council.body, 'organisationId', 'The council’s own contribution is not evaluated here: select another partner (R-2.4e)');
    const contributed = await officer.post(`${home}/contribution-evaluations`, { annualReviewId: reviewId, organisationId: partner.id, evaluation: 'Two outreach workers as agreed; data a month late twice.' });
    assert.equal(contributed.statusCode, 303, errorsOf(contributed.body));
    const approved = await officer.post(`${home}/annual-reviews/${reviewId}`, approval);
    assert.equal(approved.statusCode, 303, errorsOf(approved.body));

    // It counts: the next is due a year after it; the partner's feedback is still owed.
    assert.ok((await compliance('R-2.6.4')).includes(escapeHtml('Reviewed on 30 September 2026; the next is due by 30 September 2027 (R-2.6.4)')));
    assert.ok((await compliance('R-2.4e')).includes(escapeHtml(`Not yet fed back: the evaluation at the review of 30 September 2026 of ${partner.name} (R-2.4e)`)));
    const performance = (await officer.get(`${home}/performance`)).body;
    assert.ok(performance.includes(escapeHtml('Next due by 30 September 2027; the last was on 30 September 2026 (R-2.6.4)')));
    assert.ok(performance.includes('Approved by Partnership board on 7 October 2026'));

    // An approved review's findings are kept as approved; only the day of the feedback is still recorded.
    const objectiveEvaluationId = (await t.deps.database.db.selectFrom('objective_evaluations').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const changed = await officer.post(`${home}/objective-evaluations/${objectiveEvaluationId}`, { annualReviewId: reviewId, objectiveId: objective.id, finding: 'achieved', evaluation: 'Rewritten' });
    assert.equal(changed.statusCode, 400);
    assert.ok(changed.body.includes(escapeHtml('The annual review of 30 September 2026 was approved on 7 October 2026: its evaluations are kept as approved (R-2.6.4)')));
    assert.equal((await officer.post(`${home}/annual-reviews/${reviewId}/remove`, {})).statusCode, 400, 'an approved review stays');
    const contributionId = (await t.deps.database.db.selectFrom('contribution_evaluations').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const before = await officer.post(`${home}/contribution-evaluations/${contributionId}`, { annualReviewId: reviewId, organisationId: partner.id, evaluation: 'Two outreach workers as agreed; data a month late twice.', ...threeBoxes('feedbackSentOn', '2026-09-29') });
    assertFieldError(before.body, 'feedbackSentOn-day', 'The feedback cannot be sent before the review, on 30 September 2026 (R-2.4e)');
    const fedBack = await officer.post(`${home}/contribution-evaluations/${contributionId}`, { annualReviewId: reviewId, organisationId: partner.id, evaluation: 'Two outreach workers as agreed; data a month late twice.', ...threeBoxes('feedbackSentOn', '2026-10-09') });
    assert.equal(fedBack.statusCode, 303, errorsOf(fedBack.body));
    assert.ok((await compliance('R-2.4e')).includes(escapeHtml('1 partner’s contribution evaluated at the review of 30 September 2026, each fed back (R-2.4e)')));

    // Its PDF says what its page says.
    const pdf = await officer.get(`${home}/annual-reviews/${reviewId}/review.pdf`);
    assert.equal(pdf.statusCode, 200);
    assert.match(String(pdf.headers['content-type']), /application\/pdf/);
    const text = await textOf(pdf.rawPayload);
    for (const words of ['Annual review of 30 September 2026', 'Continue with changes', 'Fewer people sleeping rough: Progressing', `${partner.name}: Fed back on 9 October 2026`, 'Approved by Partnership board on 7 October 2026']) assert.ok(text.includes(words), `${words} in ${text.slice(0, 400)}`);
    assert.equal((await officer.get(`${home}/annual-reviews/01890000-0000-7000-8000-000000000000/review.pdf`)).statusCode, 404);
    // And the API lists the review and its findings, for internal audit too.
    const listed = await w.auditorApi.get(`/api/v1/partnerships/${p.id}/contribution-evaluations`);
    assert.deepEqual((listed.body as { items: Array<{ feedbackSentOn: string; reviewedOn: string }> }).items.map((x) => [x.reviewedOn, x.feedbackSentOn]), [['2026-09-30', '2026-10-09']]);
    const read = (await w.auditorApi.get(`/api/v1/partnerships/${p.id}/performance`)).body as { annualReview: { lastOn: string; dueBy: string; overdue: boolean; reviews: Array<{ approvedOn: string; feedbackOwed: string[]; objectivesLeft: string[] }> } };
    assert.deepEqual([read.annualReview.lastOn, read.annualReview.dueBy, read.annualReview.overdue], ['2026-09-30', '2027-09-30', false], 'the performance API says when the next is due');
    assert.deepEqual(read.annualReview.reviews.map((r) => [r.approvedOn, r.feedbackOwed, r.objectivesLeft]), [['2026-10-07', [], []]]);
    const history = (await officer.get(`${home}/history`)).body;
    assert.ok(history.includes('Rough sleeping down from 14 to 9 on the autumn count.'), 'History words it');
  });

  it('R-2.6.4: an objective an annual review evaluated stays on the record; internal audit reads the review but changes nothing', async () => {
    const p = await w.partnership({ startDate: '2026-04-01' });
    const home = `/partnerships/${p.id}`;
    const objective = await addRecord(t.deps, SYSTEM, COMMAND_LINE, objectives, p.id, { title: 'Kept objective', outcome: null });
    assert.equal((await officer.post(`${home}/annual-reviews`, { ...threeBoxes('reviewedOn', '2026-10-01'), addedValue: 'v', recommendation: 'continue', reasons: 'r' })).statusCode, 303);
    const reviewId = (await t.deps.database.db.selectFrom('annual_reviews').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    assert.equal((await officer.post(`${home}/objective-evaluations`, { annualReviewId: reviewId, objectiveId: objective.id, finding: 'achieved', evaluation: 'e' })).statusCode, 303);
    const removed = await officer.post(`${home}/objectives/${objective.id}/remove`, {});
    assert.equal(removed.statusCode, 400);
    assert.ok(removed.body.includes(escapeHtml('An annual review has evaluated this objective, so it stays on the record (R-2.6.4)')));
    // R-2.4e: an evaluation is not moved onto a review already approved.
    const partner = w.r.partners[0]!;
    assert.equal((await officer.post(`${home}/contribution-evaluations`, { annualReviewId: reviewId, organisationId: partner.id, evaluation: 'c' })).statusCode, 303);
    const approvedId = (await t.deps.database.db.insertInto('annual_reviews').values({ id: '01890000-0000-7000-8000-00000000a001', partnership_id: p.id, reviewed_on: '2026-09-01', added_value: 'v', recommendation: 'continue', reasons: 'r', approved_by: 'Board', approved_on: '2026-09-02', position: 99 }).returning('id').executeTakeFirstOrThrow()).id;
    const contributionId = (await t.deps.database.db.selectFrom('contribution_evaluations').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    const moved = await officer.post(`${home}/contribution-evaluations/${contributionId}`, { annualReviewId: approvedId, organisationId: partner.id, evaluation: 'c' });
    assert.equal(moved.statusCode, 400);
    assertFieldError(moved.body, 'annualReviewId', 'That review was approved on 2 September 2026: start a new review to evaluate again (R-2.4e)');
    assert.equal((await officer.post(`${home}/contribution-evaluations/${contributionId}/remove`, {})).statusCode, 303);
    const removeReview = await officer.post(`${home}/annual-reviews/${reviewId}/remove`, {});
    assert.ok(removeReview.body.includes(escapeHtml('It holds an evaluation: remove it first (R-2.6.4)')));
    assert.equal((await w.auditor.get(`${home}/annual-reviews/${reviewId}`)).statusCode, 200);
    assert.equal((await w.auditor.get(`${home}/annual-reviews/${reviewId}/review.pdf`)).statusCode, 200);
    assert.equal((await w.auditor.get(`${home}/annual-reviews/${reviewId}/edit`)).statusCode, 403);
  });
});
