// R-2.4e: a partnership's annual reviews as its Performance page, the review's PDF and the API
// read them, for a principal: when the next is due, and each review with its findings and what it has
// still to evaluate (the objectives and the partners other than the council it does not cover yet).
import { reviewStanding, type AnnualReview, type ContributionEvaluation, type ObjectiveEvaluation, type ReviewStanding } from '../../domain/performance/annual-review.ts';
import { startDateOf } from '../../db/repositories/annual-reviews.repo.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { annualReviews, contributionEvaluations, objectiveEvaluations, objectives, partners } from '../records/index.ts';
import { listRecords } from '../records/record-queries.ts';

export interface ReviewWithFindings {
  review: AnnualReview;
  objectives: ObjectiveEvaluation[];
  contributions: ContributionEvaluation[];
  /** Not yet evaluated at a review still to approve (an approved one covered them when approved). */
  objectivesLeft: string[];
  partnersLeft: string[];
}

export interface PartnershipAnnualReviews {
  standing: ReviewStanding;
  /** Newest first. */
  reviews: ReviewWithFindings[];
}

export async function partnershipAnnualReviews(deps: AppDeps, principal: Principal, partnershipId: string, today: string): Promise<PartnershipAnnualReviews> {
  const [reviews, found, contributed, objectiveList, partnerList, startDate] = await Promise.all([
    listRecords(deps, principal, annualReviews, partnershipId),
    listRecords(deps, principal, objectiveEvaluations, partnershipId),
    listRecords(deps, principal, contributionEvaluations, partnershipId),
    listRecords(deps, principal, objectives, partnershipId),
    listRecords(deps, principal, partners, partnershipId),
    startDateOf(deps.database.db, partnershipId),
  ]);
  const others = partnerList.filter((p) => !p.isThisCouncil);
  return {
    standing: reviewStanding(reviews, startDate, today),
    reviews: [...reviews].reverse().map((review) => {
      const own = found.filter((e) => e.annualReviewId === review.id);
      const theirs = contributed.filter((e) => e.annualReviewId === review.id);
      return {
        review,
        objectives: own,
        contributions: theirs,
        objectivesLeft: review.approvedOn ? [] : objectiveList.filter((o) => !own.some((e) => e.objectiveId === o.id)).map((o) => o.title),
        partnersLeft: review.approvedOn ? [] : others.filter((p) => !theirs.some((e) => e.organisationId === p.organisationId)).map((p) => p.name),
      };
    }),
  };
}
