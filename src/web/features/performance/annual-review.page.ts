// An annual review's own page (R-2.6.4, R-2.4e), in place of the generic record page: the review with
// each objective's finding and each partner's contribution, what it has left to evaluate before it can be
// approved, and its PDF for the council's Audit or Governance committee.
import { londonToday } from '../../../app/lifecycle.service.ts';
import { partnershipAnnualReviews } from '../../../app/queries/annual-reviews.queries.ts';
import type { AnnualReview } from '../../../domain/performance/annual-review.ts';
import { principalOf } from '../../context.ts';
import type { OwnRecordPage } from '../../records/record-pages.ts';
import { reviewView } from './annual-review.view-model.ts';

export const annualReviewPage: OwnRecordPage = {
  view: 'performance/annual-review',
  async data(deps, request, p, review: AnnualReview) {
    const all = await partnershipAnnualReviews(deps, principalOf(request), p.id, londonToday(deps.clock.now()));
    const found = all.reviews.find((x) => x.review.id === review.id)!;
    return { review: reviewView(p.id, found), standing: all.standing.words, links: { objective: `/partnerships/${p.id}/objective-evaluations/new`, contribution: `/partnerships/${p.id}/contribution-evaluations/new` } };
  },
};
