// An annual review's evaluation of one partner's contribution, as a kind of record (R-2.4e): which review
// and partner, the evaluation, and the day it was fed back to the partner. One per partner a review; once
// the review is approved its words are kept as approved, and only the day of the feedback is recorded.
import { z } from 'zod';
import { findAnnualReview, findContributionEvaluation, insertContributionEvaluation, listAnnualReviews, listContributionEvaluations, removeContributionEvaluation, updateContributionEvaluation } from '../../db/repositories/annual-reviews.repo.ts';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import type { ContributionEvaluation, ContributionEvaluationInput } from '../../domain/performance/annual-review.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { optionalIsoDate, recordId, text } from '../schemas/fields.ts';
import { reviewTitle } from './annual-reviews.record.ts';
import type { RecordKind } from './record-kind.ts';
import { idOut } from './record-fields.ts';

const schema = z.strictObject({
  annualReviewId: recordId('Select the annual review'),
  organisationId: recordId('Select the partner whose contribution is evaluated'),
  evaluation: text({ label: 'The evaluation', missing: 'Enter the evaluation of the partner’s contribution', max: 4000, multiline: true }),
  feedbackSentOn: optionalIsoDate('The date the feedback was sent').transform((v) => v ?? null),
});

const lower = (r: Pick<ContributionEvaluation, 'reviewedOn'>) => reviewTitle(r).replace(/^A/, 'a');

export const contributionEvaluations: RecordKind<ContributionEvaluation, ContributionEvaluationInput> = {
  type: 'contribution-evaluation',
  segment: 'contribution-evaluations',
  idParam: 'contributionEvaluationId',
  area: 'performance',
  component: 'PartnerEvaluation',
  names: { one: 'contribution evaluation', many: 'contribution evaluations', add: 'Evaluate a partner’s contribution', heading: 'Partners’ contributions evaluated at annual reviews' },
  clause: 'R-2.4e',
  fields: {
    annualReviewId: {
      label: 'Annual review',
      clause: 'R-2.4e',
      input: { kind: 'sibling', none: 'Select the review', choices: async (db, partnershipId) => (await listAnnualReviews(db, partnershipId)).map((r) => ({ value: r.id, text: reviewTitle(r) })) },
      list: true,
      audit: 'review',
      api: 'R-2.4e: the id of the partnership’s annual review; one approved takes no more.',
    },
    organisationId: {
      label: 'Partner',
      hint: 'Each partner other than the council is evaluated at every annual review.',
      clause: 'R-2.4e',
      input: { kind: 'sibling', none: 'Select the partner', choices: async (db, partnershipId) => (await listPartners(db, partnershipId)).filter((p) => !p.isThisCouncil).map((p) => ({ value: p.organisationId, text: p.name })) },
      list: true,
      audit: 'partner',
      api: 'R-2.4e: the id of the partner whose contribution is evaluated, one of the partnership’s partners; once a review.',
    },
    evaluation: { label: 'The evaluation', hint: 'What the partner committed and what it gave: money, staff, data, attendance.', clause: 'R-2.4e', input: { kind: 'text', multiline: true }, api: 'R-2.4e: the partner’s contribution evaluated.', example: 'Two reablement workers as agreed; data supplied on time each quarter.' },
    feedbackSentOn: { label: 'Date fed back (optional)', hint: 'The day the evaluation was sent to the partner. For example, 21 10 2026.', clause: 'R-2.4e', input: { kind: 'date', called: 'The date the feedback was sent' }, list: true, api: 'R-2.4e: the day the evaluation was fed back to the partner, yyyy-mm-dd; null until then.', example: '2026-10-21' },
  },
  schema: schema as unknown as RecordKind<ContributionEvaluation, ContributionEvaluationInput>['schema'],
  keyOf: (e) => e.id,
  title: (e) => `${e.partnerName}, at the ${lower(e)}`,
  inputOf: (e) => ({ annualReviewId: e.annualReviewId, organisationId: e.organisationId, evaluation: e.evaluation, feedbackSentOn: e.feedbackSentOn }),
  audited: (e) => ({ review: reviewTitle(e), partner: e.partnerName, evaluation: e.evaluation, ...(e.feedbackSentOn ? { feedbackSentOn: e.feedbackSentOn } : {}) }),
  resource: z.strictObject({
    id: idOut,
    annualReviewId: idOut,
    reviewedOn: z.string().meta({ format: 'date' }),
    organisationId: idOut,
    partnerName: z.string(),
    evaluation: z.string(),
    feedbackSentOn: z.string().meta({ format: 'date' }).nullable(),
  }),
  toResource: (e) => ({ ...e }),
  async problems(db, partnership, change) {
    const kept = change.kind === 'add' ? undefined : await findContributionEvaluation(db, partnership.id, change.key);
    const keptReview = kept && (await findAnnualReview(db, partnership.id, kept.annualReviewId));
    const approved = keptReview?.approvedOn ? `The ${reviewTitle(keptReview).replace(/^A/, 'a')} was approved on ${dateInWords(keptReview.approvedOn)}` : null;
    if (change.kind === 'remove') return approved ? [{ field: 'evaluation', message: `${approved}: its evaluations are kept as approved (R-2.4e)` }] : [];
    const v = change.value;
    // R-2.4e: once approved, only the day of the feedback is still to record.
    if (approved && kept && (v.evaluation !== kept.evaluation || v.annualReviewId !== kept.annualReviewId || v.organisationId !== kept.organisationId)) return [{ field: 'evaluation', message: `${approved}: its evaluation is kept as approved; only the day it was fed back can be recorded (R-2.4e)` }];
    const problems: Problem[] = [];
    const review = v.annualReviewId ? await findAnnualReview(db, partnership.id, v.annualReviewId) : undefined;
    if (v.annualReviewId && !review) problems.push({ field: 'annualReviewId', message: 'Select one of the partnership’s annual reviews (R-2.4e)' });
    else if (review?.approvedOn && review.id !== kept?.annualReviewId) problems.push({ field: 'annualReviewId', message: `That review was approved on ${dateInWords(review.approvedOn)}: start a new review to evaluate again (R-2.4e)` });
    if (v.organisationId && v.organisationId !== kept?.organisationId) {
      const partner = (await listPartners(db, partnership.id)).find((p) => p.organisationId === v.organisationId);
      if (!partner) problems.push({ field: 'organisationId', message: 'Select one of the partnership’s partners (R-2.4e)' });
      else if (partner.isThisCouncil) problems.push({ field: 'organisationId', message: 'The council’s own contribution is not evaluated here: select another partner (R-2.4e)' });
    }
    if (v.organisationId && v.annualReviewId && (await listContributionEvaluations(db, partnership.id)).some((e) => e.annualReviewId === v.annualReviewId && e.organisationId === v.organisationId && e.id !== kept?.id)) problems.push({ field: 'organisationId', message: 'That partner’s contribution is already evaluated at this review: change its evaluation instead (R-2.4e)' });
    if (v.feedbackSentOn && review && v.feedbackSentOn < review.reviewedOn) problems.push({ field: 'feedbackSentOn', message: `The feedback cannot be sent before the review, on ${dateInWords(review.reviewedOn)} (R-2.4e)` });
    return problems;
  },
  repo: {
    list: listContributionEvaluations,
    find: findContributionEvaluation,
    insert: (trx, partnershipId, e) => insertContributionEvaluation(trx, partnershipId, uuidIds.next(), e),
    update: updateContributionEvaluation,
    remove: removeContributionEvaluation,
  },
};
