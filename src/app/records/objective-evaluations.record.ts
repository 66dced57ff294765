// An annual review's evaluation of one objective against its indicators, as a kind of record:
// which review and objective, the finding (achieved, progressing, not achieved) and what the indicators
// showed. One per objective a review; kept as approved once the review is.
import { z } from 'zod';
import { findAnnualReview, findObjectiveEvaluation, insertObjectiveEvaluation, listAnnualReviews, listObjectiveEvaluations, removeObjectiveEvaluation, updateObjectiveEvaluation } from '../../db/repositories/annual-reviews.repo.ts';
import { listObjectives } from '../../db/repositories/performance.repo.ts';
import { FINDING_LABELS, FINDINGS, type ObjectiveEvaluation, type ObjectiveEvaluationInput } from '../../domain/performance/annual-review.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { recordId, text } from '../schemas/fields.ts';
import { reviewTitle } from './annual-reviews.record.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  annualReviewId: recordId('Select the annual review'),
  objectiveId: recordId('Select the objective evaluated'),
  finding: z.enum(FINDINGS, { error: 'Select what the review found' }),
  evaluation: text({ label: 'The evaluation', missing: 'Enter what its indicators showed', max: 4000, multiline: true }),
});

export const objectiveEvaluations: RecordKind<ObjectiveEvaluation, ObjectiveEvaluationInput> = {
  type: 'objective-evaluation',
  segment: 'objective-evaluations',
  idParam: 'objectiveEvaluationId',
  area: 'performance',
  component: 'ObjectiveEvaluation',
  names: { one: 'objective evaluation', many: 'objective evaluations', add: 'Evaluate an objective', heading: 'Objectives evaluated at annual reviews' },
  clause: 'R-2.6.4',
  fields: {
    annualReviewId: {
      label: 'Annual review',
      clause: 'R-2.6.4',
      input: { kind: 'sibling', none: 'Select the review', choices: async (db, partnershipId) => (await listAnnualReviews(db, partnershipId)).map((r) => ({ value: r.id, text: reviewTitle(r) })) },
      list: true,
      audit: 'review',
      api: 'R-2.6.4: the id of the partnership’s annual review; one approved takes no more.',
    },
    objectiveId: {
      label: 'Objective',
      clause: 'R-2.6.4',
      input: { kind: 'sibling', none: 'Select the objective', choices: async (db, partnershipId) => (await listObjectives(db, partnershipId)).map((o) => ({ value: o.id, text: o.title })) },
      list: true,
      audit: 'objective',
      api: 'R-2.6.4: the id of the partnership’s objective evaluated; once a review.',
    },
    finding: { label: 'Finding', clause: 'R-2.6.4', input: { kind: 'radios', options: choicesOf(FINDINGS, FINDING_LABELS) }, list: true, api: 'R-2.6.4: achieved, progressing or not-achieved.', example: 'progressing' },
    evaluation: { label: 'The evaluation', hint: 'What its outcome indicators showed over the year, and why the finding.', clause: 'R-2.6.4', input: { kind: 'text', multiline: true }, api: 'R-2.6.4: the objective evaluated against its indicators.', example: 'Still at home at 91 days rose from 79% to 84%, above its 82% target.' },
  },
  schema: schema as unknown as RecordKind<ObjectiveEvaluation, ObjectiveEvaluationInput>['schema'],
  keyOf: (e) => e.id,
  title: (e) => `${e.objectiveTitle}, at the ${reviewTitle(e).replace(/^A/, 'a')}`,
  inputOf: (e) => ({ annualReviewId: e.annualReviewId, objectiveId: e.objectiveId, finding: e.finding, evaluation: e.evaluation }),
  audited: (e) => ({ review: reviewTitle(e), objective: e.objectiveTitle, finding: e.finding, evaluation: e.evaluation }),
  resource: z.strictObject({
    id: idOut,
    annualReviewId: idOut,
    reviewedOn: z.string().meta({ format: 'date' }),
    objectiveId: idOut,
    objectiveTitle: z.string(),
    finding: z.enum(FINDINGS),
    evaluation: z.string(),
  }),
  toResource: (e) => ({ ...e }),
  async problems(db, partnership, change) {
    const kept = change.kind === 'add' ? undefined : await findObjectiveEvaluation(db, partnership.id, change.key);
    // an approved review's findings are kept as approved.
    const keptReview = kept && (await findAnnualReview(db, partnership.id, kept.annualReviewId));
    if (keptReview?.approvedOn) return [{ field: 'evaluation', message: `The ${reviewTitle(keptReview).replace(/^A/, 'a')} was approved on ${dateInWords(keptReview.approvedOn)}: its evaluations are kept as approved (R-2.6.4)` }];
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems: Problem[] = [];
    if (v.annualReviewId) {
      const review = await findAnnualReview(db, partnership.id, v.annualReviewId);
      if (!review) problems.push({ field: 'annualReviewId', message: 'Select one of the partnership’s annual reviews (R-2.6.4)' });
      else if (review.approvedOn) problems.push({ field: 'annualReviewId', message: `That review was approved on ${dateInWords(review.approvedOn)}: start a new review to evaluate again (R-2.6.4)` });
    }
    if (v.objectiveId) {
      if (!(await listObjectives(db, partnership.id)).some((o) => o.id === v.objectiveId)) problems.push({ field: 'objectiveId', message: 'Select one of the partnership’s objectives (R-2.6.4)' });
      else if (v.annualReviewId && (await listObjectiveEvaluations(db, partnership.id)).some((e) => e.annualReviewId === v.annualReviewId && e.objectiveId === v.objectiveId && e.id !== kept?.id)) problems.push({ field: 'objectiveId', message: 'That objective is already evaluated at this review: change its evaluation instead (R-2.6.4)' });
    }
    return problems;
  },
  repo: {
    list: listObjectiveEvaluations,
    find: findObjectiveEvaluation,
    insert: (trx, partnershipId, e) => insertObjectiveEvaluation(trx, partnershipId, uuidIds.next(), e),
    update: updateObjectiveEvaluation,
    remove: removeObjectiveEvaluation,
  },
};
