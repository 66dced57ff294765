// R-2.4e: the annual review. Once a year the partnership's objectives and outcomes are evaluated
// against their indicators, the value it adds is assessed, each partner's contribution is evaluated and fed
// back, and a recommendation (continue, change or exit) is approved. A review counts once approved; the
// next falls due a year after it (the first, a year after the partnership started). An approved review
// is a record of what was found: its findings are kept as approved.
import { dateInWords } from '../decisions/notice.ts';
import { addMonths } from './reporting.ts';

/** "annually". */
export const REVIEW_INTERVAL_MONTHS = 12;

export const RECOMMENDATIONS = ['continue', 'change', 'exit'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];
export const RECOMMENDATION_LABELS: Readonly<Record<Recommendation, string>> = {
  continue: 'Continue as it is',
  change: 'Continue with changes',
  exit: 'Exit the partnership',
};

export const FINDINGS = ['achieved', 'progressing', 'not-achieved'] as const;
export type Finding = (typeof FINDINGS)[number];
export const FINDING_LABELS: Readonly<Record<Finding, string>> = {
  achieved: 'Achieved',
  progressing: 'Progressing',
  'not-achieved': 'Not achieved',
};

export interface AnnualReviewInput {
  reviewedOn: string;
  /** the value the partnership added, assessed. */
  addedValue: string;
  recommendation: Recommendation;
  reasons: string;
  /** Who approved it (the partnership board, the Cabinet Member); null until approved. */
  approvedBy: string | null;
  approvedOn: string | null;
}

export interface AnnualReview extends AnnualReviewInput {
  id: string;
}

export interface ObjectiveEvaluationInput {
  annualReviewId: string;
  objectiveId: string;
  finding: Finding;
  /** What its indicators showed, and why the finding. */
  evaluation: string;
}

export interface ObjectiveEvaluation extends ObjectiveEvaluationInput {
  id: string;
  objectiveTitle: string;
  reviewedOn: string;
}

export interface ContributionEvaluationInput {
  annualReviewId: string;
  organisationId: string;
  evaluation: string;
  /** R-2.4e: the day the evaluation was fed back to the partner; null until it is. */
  feedbackSentOn: string | null;
}

export interface ContributionEvaluation extends ContributionEvaluationInput {
  id: string;
  partnerName: string;
  reviewedOn: string;
}

type Problem<F extends string> = { field: F; message: string };

/** A review's problems of its own: approval has both its words and its day, not before the review. */
export function reviewProblems(v: Partial<AnnualReviewInput>): Array<Problem<'approvedBy' | 'approvedOn'>> {
  const problems: Array<Problem<'approvedBy' | 'approvedOn'>> = [];
  if (v.approvedOn && !v.approvedBy) problems.push({ field: 'approvedBy', message: 'Enter who approved the review (R-2.6.4)' });
  if (v.approvedBy && !v.approvedOn) problems.push({ field: 'approvedOn', message: 'Enter the date the review was approved (R-2.6.4)' });
  else if (v.approvedOn && v.reviewedOn && v.approvedOn < v.reviewedOn) problems.push({ field: 'approvedOn', message: `The review cannot be approved before it took place, on ${dateInWords(v.reviewedOn)} (R-2.6.4)` });
  return problems;
}

/**
 * R-2.4e: what a review must hold before it is approved: an evaluation of each of the
 * partnership's objectives, and of each partner's contribution (the council's own excepted).
 */
export function approvalProblems(objectives: readonly { id: string; title: string }[], partners: readonly { organisationId: string; name: string }[], evaluated: { objectiveIds: readonly string[]; organisationIds: readonly string[] }): Array<Problem<'approvedOn'>> {
  const problems: Array<Problem<'approvedOn'>> = [];
  const objectivesLeft = objectives.filter((o) => !evaluated.objectiveIds.includes(o.id));
  if (objectivesLeft.length) problems.push({ field: 'approvedOn', message: `Evaluate each objective before the review is approved: ${objectivesLeft.map((o) => o.title).join('; ')} (R-2.6.4)` });
  const partnersLeft = partners.filter((p) => !evaluated.organisationIds.includes(p.organisationId));
  if (partnersLeft.length) problems.push({ field: 'approvedOn', message: `Evaluate each partner’s contribution before the review is approved: ${partnersLeft.map((p) => p.name).join('; ')} (R-2.4e)` });
  return problems;
}

export interface ReviewStanding {
  /** The latest approved review's day, or null for none. */
  lastOn: string | null;
  /** When the next is due by; null where there is no review and no start date to count from. */
  dueBy: string | null;
  overdue: boolean;
  words: string;
  clause: 'R-2.6.4';
}

/** when the next annual review is due: a year after the latest approved one, or after the start. */
export function reviewStanding(reviews: readonly Pick<AnnualReviewInput, 'reviewedOn' | 'approvedOn'>[], startDate: string | null, today: string): ReviewStanding {
  const approved = reviews.filter((r) => r.approvedOn).map((r) => r.reviewedOn).sort();
  const lastOn = approved.at(-1) ?? null;
  const from = lastOn ?? startDate;
  if (!from) return { lastOn, dueBy: null, overdue: false, words: 'No start date recorded: the first annual review is due a year after the partnership starts (R-2.6.4)', clause: 'R-2.6.4' };
  const dueBy = addMonths(from, REVIEW_INTERVAL_MONTHS);
  const overdue = dueBy < today;
  const since = lastOn ? `the last was on ${dateInWords(lastOn)}` : 'none yet';
  return { lastOn, dueBy, overdue, words: overdue ? `Overdue: the annual review was due by ${dateInWords(dueBy)}; ${since} (R-2.6.4)` : `Next due by ${dateInWords(dueBy)}; ${since} (R-2.6.4)`, clause: 'R-2.6.4' };
}

/** R-2.4e: the partners whose evaluation at a review has not been fed back to them yet. */
export function feedbackOwed(contributions: readonly Pick<ContributionEvaluation, 'partnerName' | 'feedbackSentOn'>[]): string[] {
  return contributions.filter((c) => !c.feedbackSentOn).map((c) => c.partnerName);
}
