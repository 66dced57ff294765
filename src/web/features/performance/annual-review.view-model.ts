// R-2.4e: the annual reviews as the Performance page and a review's PDF show them: when the next
// is due, and each review with its recommendation, approval, each objective's finding and each partner's
// contribution with whether it was fed back, and what a review still to approve has left to evaluate.
import type { PartnershipAnnualReviews, ReviewWithFindings } from '../../../app/queries/annual-reviews.queries.ts';
import { FINDING_LABELS, RECOMMENDATION_LABELS } from '../../../domain/performance/annual-review.ts';
import { dateInWords } from '../../../domain/decisions/notice.ts';

export function reviewView(partnershipId: string, x: ReviewWithFindings) {
  const base = `/partnerships/${partnershipId}`;
  const r = x.review;
  return {
    title: `Annual review of ${dateInWords(r.reviewedOn)}`,
    href: `${base}/annual-reviews/${r.id}`,
    pdf: `${base}/annual-reviews/${r.id}/review.pdf`,
    reviewedOn: r.reviewedOn,
    approval: r.approvedOn ? `Approved by ${r.approvedBy} on ${dateInWords(r.approvedOn)}` : 'Not yet approved: it counts once approved (R-2.6.4)',
    approved: Boolean(r.approvedOn),
    recommendation: RECOMMENDATION_LABELS[r.recommendation],
    reasons: r.reasons,
    addedValue: r.addedValue,
    objectives: x.objectives.map((e) => ({ title: e.objectiveTitle, href: `${base}/objective-evaluations/${e.id}`, finding: FINDING_LABELS[e.finding], evaluation: e.evaluation })),
    contributions: x.contributions.map((e) => ({
      partner: e.partnerName,
      href: `${base}/contribution-evaluations/${e.id}`,
      evaluation: e.evaluation,
      feedback: e.feedbackSentOn ? `Fed back on ${dateInWords(e.feedbackSentOn)}` : 'Not yet fed back (R-2.4e)',
      fedBack: Boolean(e.feedbackSentOn),
    })),
    left: [
      ...(x.objectivesLeft.length ? [`Objectives still to evaluate: ${x.objectivesLeft.join('; ')} (R-2.6.4)`] : []),
      ...(x.partnersLeft.length ? [`Partners’ contributions still to evaluate: ${x.partnersLeft.join('; ')} (R-2.4e)`] : []),
    ],
  };
}

export function annualReviewSection(partnershipId: string, data: PartnershipAnnualReviews) {
  const base = `/partnerships/${partnershipId}`;
  const [latest, ...earlier] = data.reviews;
  return {
    rule: 'Once a year the partners evaluate each objective against its outcome indicators, assess the value the partnership adds, evaluate and feed back each partner’s contribution, and approve a recommendation: continue, change or exit (R-2.6.4, R-2.4e).',
    standing: data.standing.words,
    overdue: data.standing.overdue,
    latest: latest ? reviewView(partnershipId, latest) : null,
    earlier: earlier.map((x) => ({ title: `Annual review of ${dateInWords(x.review.reviewedOn)}`, href: `${base}/annual-reviews/${x.review.id}`, pdf: `${base}/annual-reviews/${x.review.id}/review.pdf`, recommendation: RECOMMENDATION_LABELS[x.review.recommendation] })),
    inProgress: Boolean(latest && !latest.review.approvedOn),
    links: { add: `${base}/annual-reviews/new`, objective: `${base}/objective-evaluations/new`, contribution: `${base}/contribution-evaluations/new`, all: `${base}/annual-reviews` },
  };
}
