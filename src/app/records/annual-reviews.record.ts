// The annual review as a kind of record (R-2.6.4, R-2.4e): its day, the value the partnership added, the
// recommendation (continue, change or exit) and why, and once approved, by whom and when. Its findings are
// the objective evaluations and contribution evaluations; it is approved only once they cover every
// objective and every partner, and, approved, it stays on the record.
import { z } from 'zod';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { listObjectives } from '../../db/repositories/performance.repo.ts';
import { findAnnualReview, findingsOfReview, insertAnnualReview, listAnnualReviews, listContributionEvaluations, listObjectiveEvaluations, removeAnnualReview, updateAnnualReview } from '../../db/repositories/annual-reviews.repo.ts';
import { approvalProblems, RECOMMENDATION_LABELS, RECOMMENDATIONS, reviewProblems, type AnnualReview, type AnnualReviewInput } from '../../domain/performance/annual-review.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalIsoDate, optionalText, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  reviewedOn: isoDate('The date of the review').meta({ format: 'date' }),
  addedValue: text({ label: 'The value it added', missing: 'Enter the value the partnership added', max: 4000, multiline: true }),
  recommendation: z.enum(RECOMMENDATIONS, { error: 'Select the recommendation' }),
  reasons: text({ label: 'Why', missing: 'Enter why the review recommends it', max: 4000, multiline: true }),
  approvedBy: optionalText({ label: 'Approved by', max: 200 }).optional().transform((v) => v ?? null),
  approvedOn: optionalIsoDate('The date it was approved').transform((v) => v ?? null),
});

/** "Annual review of 30 September 2026", as choices, headings and History name it. */
export const reviewTitle = (r: Pick<AnnualReview, 'reviewedOn'>) => `Annual review of ${dateInWords(r.reviewedOn)}`;

export const annualReviews: RecordKind<AnnualReview, AnnualReviewInput> = {
  type: 'annual-review',
  segment: 'annual-reviews',
  idParam: 'annualReviewId',
  area: 'performance',
  component: 'AnnualReview',
  names: { one: 'annual review', many: 'annual reviews', add: 'Start an annual review', heading: 'Annual reviews' },
  clause: 'R-2.6.4',
  fields: {
    reviewedOn: { label: 'Date of the review', hint: 'The day the partners reviewed the year; the next review is due a year after it. For example, 30 9 2026.', clause: 'R-2.6.4', input: { kind: 'date', called: 'The date of the review' }, list: true, api: 'R-2.6.4: the day of the review, yyyy-mm-dd; the next is due a year after it.', example: '2026-09-30' },
    addedValue: { label: 'The value it added', hint: 'What the partnership achieved that the partners could not have alone, and at what cost.', clause: 'R-2.6.4', input: { kind: 'text', multiline: true }, api: 'R-2.6.4: the value the partnership added, assessed.', example: 'One team where there were three; hospital discharges a day sooner on average.' },
    recommendation: { label: 'Recommendation', clause: 'R-2.6.4', input: { kind: 'radios', options: choicesOf(RECOMMENDATIONS, RECOMMENDATION_LABELS) }, list: true, api: 'R-2.6.4: continue, change or exit.', example: 'continue' },
    reasons: { label: 'Why', hint: 'What the evaluations of the objectives and partners showed that leads to it.', clause: 'R-2.6.4', input: { kind: 'text', multiline: true }, api: 'R-2.6.4: why the review recommends it.', example: 'Both objectives on track; every partner met its commitments.' },
    approvedBy: { label: 'Approved by (optional)', hint: 'Once approved: the partnership board, the Cabinet Member or the body that approved it.', clause: 'R-2.6.4', input: { kind: 'text' }, later: true, list: true, api: 'R-2.6.4: who approved the review and its recommendation; null until approved.', example: 'Partnership board' },
    approvedOn: { label: 'Date approved (optional)', hint: 'Once each objective and each partner’s contribution is evaluated.', clause: 'R-2.6.4', input: { kind: 'date', called: 'The date it was approved' }, later: true, api: 'R-2.6.4: the day it was approved, yyyy-mm-dd; null until then. A review counts once approved.', example: '2026-10-14' },
  },
  schema: schema as unknown as RecordKind<AnnualReview, AnnualReviewInput>['schema'],
  keyOf: (r) => r.id,
  title: reviewTitle,
  inputOf: (r) => ({ reviewedOn: r.reviewedOn, addedValue: r.addedValue, recommendation: r.recommendation, reasons: r.reasons, approvedBy: r.approvedBy, approvedOn: r.approvedOn }),
  audited: (r) => ({ reviewedOn: r.reviewedOn, addedValue: r.addedValue, recommendation: r.recommendation, reasons: r.reasons, ...(r.approvedBy ? { approvedBy: r.approvedBy } : {}), ...(r.approvedOn ? { approvedOn: r.approvedOn } : {}) }),
  resource: z.strictObject({
    id: idOut,
    reviewedOn: z.string().meta({ format: 'date' }),
    addedValue: z.string(),
    recommendation: z.enum(RECOMMENDATIONS),
    reasons: z.string(),
    approvedBy: z.string().nullable(),
    approvedOn: z.string().meta({ format: 'date' }).nullable(),
  }),
  toResource: (r) => ({ ...r }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') {
      const review = await findAnnualReview(db, partnership.id, change.key);
      if (review?.approvedOn) return [{ field: 'reviewedOn', message: `It was approved on ${dateInWords(review.approvedOn)}: an approved review stays on the record (R-2.6.4)` }];
      const n = await findingsOfReview(db, change.key);
      return n ? [{ field: 'reviewedOn', message: `It holds ${n === 1 ? 'an evaluation' : `${n} evaluations`}: remove ${n === 1 ? 'it' : 'them'} first (R-2.6.4)` }] : [];
    }
    const v = change.value;
    const problems: Problem[] = [...reviewProblems(v)];
    if (v.approvedOn && !problems.some((p) => p.field === 'approvedOn')) {
      // R-2.6.4, R-2.4e: approved only once every objective and every partner's contribution is evaluated.
      const id = change.kind === 'change' ? change.key : null;
      const [objectives, partners, objectiveFindings, contributions] = await Promise.all([listObjectives(db, partnership.id), listPartners(db, partnership.id), listObjectiveEvaluations(db, partnership.id), listContributionEvaluations(db, partnership.id)]);
      problems.push(
        ...approvalProblems(
          objectives,
          partners.filter((p) => !p.isThisCouncil),
          { objectiveIds: objectiveFindings.filter((e) => e.annualReviewId === id).map((e) => e.objectiveId), organisationIds: contributions.filter((e) => e.annualReviewId === id).map((e) => e.organisationId) },
        ),
      );
    }
    return problems;
  },
  repo: {
    list: listAnnualReviews,
    find: findAnnualReview,
    insert: (trx, partnershipId, r) => insertAnnualReview(trx, partnershipId, uuidIds.next(), r),
    update: updateAnnualReview,
    remove: removeAnnualReview,
  },
};
