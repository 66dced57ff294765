// R-2.4e: a partnership's annual reviews and their findings: the evaluation of each objective
// (with its title beside the id) and of each partner's contribution (with its name), each with the day of
// the review it belongs to.
import type { Db, Trx } from '../database.ts';
import type { AnnualReview, AnnualReviewInput, ContributionEvaluation, ContributionEvaluationInput, Finding, ObjectiveEvaluation, ObjectiveEvaluationInput, Recommendation } from '../../domain/performance/annual-review.ts';
import { nextPosition } from './record-positions.ts';

function reviews(db: Db | Trx) {
  return db.selectFrom('annual_reviews as r').select(['r.id', 'r.partnership_id', 'r.reviewed_on', 'r.added_value', 'r.recommendation', 'r.reasons', 'r.approved_by', 'r.approved_on']);
}
type ReviewRow = Awaited<ReturnType<ReturnType<typeof reviews>['execute']>>[number];
const toReview = (r: ReviewRow): AnnualReview => ({ id: r.id, reviewedOn: r.reviewed_on, addedValue: r.added_value, recommendation: r.recommendation as Recommendation, reasons: r.reasons, approvedBy: r.approved_by, approvedOn: r.approved_on });
const reviewColumns = (r: AnnualReviewInput) => ({ reviewed_on: r.reviewedOn, added_value: r.addedValue, recommendation: r.recommendation, reasons: r.reasons, approved_by: r.approvedBy, approved_on: r.approvedOn });

/** In the order they were held. */
export async function listAnnualReviews(db: Db | Trx, partnershipId: string): Promise<AnnualReview[]> {
  return (await reviews(db).where('r.partnership_id', '=', partnershipId).orderBy('r.reviewed_on').orderBy('r.position').execute()).map(toReview);
}
export async function findAnnualReview(db: Db | Trx, partnershipId: string, id: string): Promise<AnnualReview | undefined> {
  const row = await reviews(db).where('r.partnership_id', '=', partnershipId).where('r.id', '=', id).executeTakeFirst();
  return row && toReview(row);
}
export async function insertAnnualReview(trx: Trx, partnershipId: string, id: string, r: AnnualReviewInput): Promise<string> {
  const position = await nextPosition(trx, 'annual_reviews', partnershipId);
  await trx.insertInto('annual_reviews').values({ id, partnership_id: partnershipId, position, ...reviewColumns(r) }).execute();
  return id;
}
export async function updateAnnualReview(trx: Trx, partnershipId: string, id: string, r: AnnualReviewInput): Promise<void> {
  await trx.updateTable('annual_reviews').set(reviewColumns(r)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeAnnualReview(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('annual_reviews').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

function objectiveEvaluations(db: Db | Trx) {
  return db
    .selectFrom('objective_evaluations as e')
    .innerJoin('annual_reviews as r', 'r.id', 'e.annual_review_id')
    .innerJoin('performance_objectives as o', 'o.id', 'e.objective_id')
    .select(['e.id', 'e.annual_review_id', 'e.objective_id', 'o.title as objective_title', 'r.reviewed_on', 'e.finding', 'e.evaluation']);
}
type ObjectiveRow = Awaited<ReturnType<ReturnType<typeof objectiveEvaluations>['execute']>>[number];
const toObjectiveEvaluation = (r: ObjectiveRow): ObjectiveEvaluation => ({ id: r.id, annualReviewId: r.annual_review_id, objectiveId: r.objective_id, objectiveTitle: r.objective_title, reviewedOn: r.reviewed_on, finding: r.finding as Finding, evaluation: r.evaluation });
const objectiveColumns = (e: ObjectiveEvaluationInput) => ({ annual_review_id: e.annualReviewId, objective_id: e.objectiveId, finding: e.finding, evaluation: e.evaluation });

/** By review, in the order they were added. */
export async function listObjectiveEvaluations(db: Db | Trx, partnershipId: string): Promise<ObjectiveEvaluation[]> {
  return (await objectiveEvaluations(db).where('e.partnership_id', '=', partnershipId).orderBy('r.reviewed_on').orderBy('e.position').execute()).map(toObjectiveEvaluation);
}
export async function findObjectiveEvaluation(db: Db | Trx, partnershipId: string, id: string): Promise<ObjectiveEvaluation | undefined> {
  const row = await objectiveEvaluations(db).where('e.partnership_id', '=', partnershipId).where('e.id', '=', id).executeTakeFirst();
  return row && toObjectiveEvaluation(row);
}
export async function insertObjectiveEvaluation(trx: Trx, partnershipId: string, id: string, e: ObjectiveEvaluationInput): Promise<string> {
  const position = await nextPosition(trx, 'objective_evaluations', partnershipId);
  await trx.insertInto('objective_evaluations').values({ id, partnership_id: partnershipId, position, ...objectiveColumns(e) }).execute();
  return id;
}
export async function updateObjectiveEvaluation(trx: Trx, partnershipId: string, id: string, e: ObjectiveEvaluationInput): Promise<void> {
  await trx.updateTable('objective_evaluations').set(objectiveColumns(e)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeObjectiveEvaluation(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('objective_evaluations').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

function contributionEvaluations(db: Db | Trx) {
  return db
    .selectFrom('contribution_evaluations as e')
    .innerJoin('annual_reviews as r', 'r.id', 'e.annual_review_id')
    .innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['e.id', 'e.annual_review_id', 'e.organisation_id', 'o.name as partner_name', 'r.reviewed_on', 'e.evaluation', 'e.feedback_sent_on']);
}
type ContributionRow = Awaited<ReturnType<ReturnType<typeof contributionEvaluations>['execute']>>[number];
const toContributionEvaluation = (r: ContributionRow): ContributionEvaluation => ({ id: r.id, annualReviewId: r.annual_review_id, organisationId: r.organisation_id, partnerName: r.partner_name, reviewedOn: r.reviewed_on, evaluation: r.evaluation, feedbackSentOn: r.feedback_sent_on });
const contributionColumns = (e: ContributionEvaluationInput) => ({ annual_review_id: e.annualReviewId, organisation_id: e.organisationId, evaluation: e.evaluation, feedback_sent_on: e.feedbackSentOn });

/** By review, in the order they were added. */
export async function listContributionEvaluations(db: Db | Trx, partnershipId: string): Promise<ContributionEvaluation[]> {
  return (await contributionEvaluations(db).where('e.partnership_id', '=', partnershipId).orderBy('r.reviewed_on').orderBy('e.position').execute()).map(toContributionEvaluation);
}
export async function findContributionEvaluation(db: Db | Trx, partnershipId: string, id: string): Promise<ContributionEvaluation | undefined> {
  const row = await contributionEvaluations(db).where('e.partnership_id', '=', partnershipId).where('e.id', '=', id).executeTakeFirst();
  return row && toContributionEvaluation(row);
}
export async function insertContributionEvaluation(trx: Trx, partnershipId: string, id: string, e: ContributionEvaluationInput): Promise<string> {
  const position = await nextPosition(trx, 'contribution_evaluations', partnershipId);
  await trx.insertInto('contribution_evaluations').values({ id, partnership_id: partnershipId, position, ...contributionColumns(e) }).execute();
  return id;
}
export async function updateContributionEvaluation(trx: Trx, partnershipId: string, id: string, e: ContributionEvaluationInput): Promise<void> {
  await trx.updateTable('contribution_evaluations').set(contributionColumns(e)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeContributionEvaluation(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('contribution_evaluations').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

/** the partnership's start date, from which its first review falls due. */
export async function startDateOf(db: Db | Trx, partnershipId: string): Promise<string | null> {
  return (await db.selectFrom('partnerships').select('start_date').where('id', '=', partnershipId).executeTakeFirst())?.start_date ?? null;
}

/** How many findings a review holds (it is not removed while it holds any), and an objective is named in. */
export async function findingsOfReview(db: Db | Trx, reviewId: string): Promise<number> {
  const [o, c] = await Promise.all([
    db.selectFrom('objective_evaluations').select((eb) => eb.fn.countAll<number>().as('n')).where('annual_review_id', '=', reviewId).executeTakeFirstOrThrow(),
    db.selectFrom('contribution_evaluations').select((eb) => eb.fn.countAll<number>().as('n')).where('annual_review_id', '=', reviewId).executeTakeFirstOrThrow(),
  ]);
  return Number(o.n) + Number(c.n);
}
export async function evaluationsOfObjective(db: Db | Trx, objectiveId: string): Promise<number> {
  return Number((await db.selectFrom('objective_evaluations').select((eb) => eb.fn.countAll<number>().as('n')).where('objective_id', '=', objectiveId).executeTakeFirstOrThrow()).n);
}

/** R-2.4e: for the compliance engine, each partnership's reviews with the feedback owed at each: one statement for any number. */
export async function annualReviewsOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<Array<{ partnershipId: string; reviewedOn: string; approvedOn: string | null; contributions: number; feedbackOwed: string[] }>> {
  if (!partnershipIds.length) return [];
  const rows = await db
    .selectFrom('annual_reviews as r')
    .leftJoin('contribution_evaluations as e', 'e.annual_review_id', 'r.id')
    .leftJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['r.id', 'r.partnership_id', 'r.reviewed_on', 'r.approved_on', 'e.id as evaluation_id', 'e.feedback_sent_on', 'o.name as partner_name'])
    .where('r.partnership_id', 'in', partnershipIds)
    .orderBy('r.partnership_id')
    .orderBy('r.reviewed_on')
    .orderBy('r.position')
    .orderBy('e.position')
    .execute();
  const byReview = new Map<string, { partnershipId: string; reviewedOn: string; approvedOn: string | null; contributions: number; feedbackOwed: string[] }>();
  for (const r of rows) {
    const review = byReview.get(r.id) ?? { partnershipId: r.partnership_id, reviewedOn: r.reviewed_on, approvedOn: r.approved_on, contributions: 0, feedbackOwed: [] };
    if (r.evaluation_id) {
      review.contributions += 1;
      if (!r.feedback_sent_on && r.partner_name) review.feedbackOwed.push(r.partner_name);
    }
    byReview.set(r.id, review);
  }
  return [...byReview.values()];
}
