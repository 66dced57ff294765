// the risk register the partners keep together. A risk runs cause → event → consequence, has a
// category, an owner (a person, for one of the partners), its inherent score (before controls) and
// residual score (with them) on the risk matrix, a target score and the response chosen. Each review
// records the score then; the latest sets the band, and the band how soon the next review falls due.
import { dateInWords } from '../decisions/notice.ts';
import { addMonths } from '../performance/reporting.ts';
import { bandOf, maxScore, reviewInterval, scoreOf, type RiskMatrix } from './matrix.ts';

export const RISK_CATEGORIES = ['strategic', 'financial', 'operational', 'legal', 'reputational', 'partnership', 'safeguarding', 'information'] as const;
export type RiskCategory = (typeof RISK_CATEGORIES)[number];
export const RISK_CATEGORY_LABELS: Readonly<Record<RiskCategory, string>> = {
  strategic: 'Strategic',
  financial: 'Financial',
  operational: 'Operational and service delivery',
  legal: 'Legal and regulatory',
  reputational: 'Reputational',
  partnership: 'Partnership and governance',
  safeguarding: 'Safeguarding and health and safety',
  information: 'Information and data',
};

/** The four responses to a risk (the "4 Ts"). */
export const RISK_RESPONSES = ['treat', 'tolerate', 'transfer', 'terminate'] as const;
export type RiskResponse = (typeof RISK_RESPONSES)[number];
export const RISK_RESPONSE_LABELS: Readonly<Record<RiskResponse, string>> = { treat: 'Treat', tolerate: 'Tolerate', transfer: 'Transfer', terminate: 'Terminate' };
export const RISK_RESPONSE_HINTS: Readonly<Record<RiskResponse, string>> = {
  treat: 'Act to reduce its likelihood or impact.',
  tolerate: 'Accept it as it is, and keep it under review.',
  transfer: 'Pass it to another party, by insurance or contract.',
  terminate: 'Stop the activity that gives rise to it.',
};

export const RISK_STATUSES = ['open', 'closed'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];
export const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, string>> = { open: 'Open', closed: 'Closed' };

export interface RiskInput {
  title: string;
  cause: string;
  event: string;
  consequence: string;
  category: RiskCategory;
  ownerId: string;
  organisationId: string;
  /** The day it was entered on the register: its first review falls due from it. */
  identifiedOn: string;
  inherentLikelihood: number;
  inherentImpact: number;
  residualLikelihood: number;
  residualImpact: number;
  /** The score the partners aim to bring it to; null where none is agreed. */
  targetScore: number | null;
  response: RiskResponse;
  status: RiskStatus;
  /** Protocol 2.4(h): the partnership's funding proposal whose risk assessment it is part of; null for none. */
  fundingProposalId: string | null;
}

export interface Risk extends RiskInput {
  id: string;
  ownerName: string;
  /** The owning partner's name. */
  partnerName: string;
  /** The funding proposal's title, beside its id. */
  fundingProposalTitle: string | null;
}

export interface RiskReviewInput {
  riskId: string;
  reviewedOn: string;
  /** The residual likelihood and impact as the review found them. */
  likelihood: number;
  impact: number;
  reviewedBy: string;
  notes: string | null;
}

export interface RiskReview extends RiskReviewInput {
  id: string;
  riskTitle: string;
}

type Problem<F extends string> = { field: F; message: string };

/** A risk's problems of its own: controls cannot make it worse, nor can its target be above where it began. */
export function riskProblems(m: RiskMatrix, r: Partial<RiskInput>): Array<Problem<'residualLikelihood' | 'targetScore'>> {
  const problems: Array<Problem<'residualLikelihood' | 'targetScore'>> = [];
  const inherent = r.inherentLikelihood && r.inherentImpact ? scoreOf(r.inherentLikelihood, r.inherentImpact) : null;
  const residual = r.residualLikelihood && r.residualImpact ? scoreOf(r.residualLikelihood, r.residualImpact) : null;
  if (inherent !== null && residual !== null && residual > inherent) problems.push({ field: 'residualLikelihood', message: `The residual score (${residual}) cannot be above the inherent score (${inherent}): controls reduce a risk (R-2.6.8)` });
  if (r.targetScore != null && (r.targetScore < 1 || r.targetScore > maxScore(m))) problems.push({ field: 'targetScore', message: `The target score must be from 1 to ${maxScore(m)} (R-2.6.8)` });
  else if (r.targetScore != null && inherent !== null && r.targetScore > inherent) problems.push({ field: 'targetScore', message: `The target score (${r.targetScore}) cannot be above the inherent score (${inherent}) (R-2.6.8)` });
  return problems;
}

/** A review's problems of its own: it cannot come before the risk was identified. */
export function reviewProblems(risk: Pick<RiskInput, 'identifiedOn'> | undefined, v: Partial<RiskReviewInput>): Array<Problem<'reviewedOn'>> {
  return risk && v.reviewedOn && v.reviewedOn < risk.identifiedOn ? [{ field: 'reviewedOn', message: `The review cannot be before the risk was identified, on ${dateInWords(risk.identifiedOn)} (R-2.6.8)` }] : [];
}

export type Trend = 'rising' | 'falling' | 'steady';
export const TREND_LABELS: Readonly<Record<Trend, string>> = { rising: 'Rising', falling: 'Falling', steady: 'No change' };

export interface RiskStanding {
  /** Its current score: the latest review's, or its residual score where it has never been reviewed. */
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  /** The band's place from the lowest (0), for its colour. */
  rank: number;
  reviewMonths: number;
  lastReviewedOn: string | null;
  /** Its next review: the band's interval after the last review, or after it was identified; null once closed. */
  nextReviewOn: string | null;
  overdue: boolean;
  /** Its score at the latest review against the one before (or its residual score); null before any review. */
  trend: Trend | null;
  /** Above the target score the partners agreed. */
  aboveTarget: boolean;
  /** "Next review due by 31 January 2027 (High: reviewed every 2 months)", "Review overdue since … (R-2.6.8)". */
  words: string;
  clause: 'R-2.6.8';
}


/** R-2.6.8: where a risk stands on `today`, from its reviews (any order; others' are ignored). */
export function riskStanding(m: RiskMatrix, risk: Pick<Risk, 'id' | 'identifiedOn' | 'residualLikelihood' | 'residualImpact' | 'targetScore' | 'status'>, reviews: readonly Pick<RiskReviewInput, 'riskId' | 'reviewedOn' | 'likelihood' | 'impact'>[], today: string): RiskStanding {
  const own = reviews.filter((r) => r.riskId === risk.id).sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn));
  const latest = own.at(-1);
  const likelihood = latest?.likelihood ?? risk.residualLikelihood;
  const impact = latest?.impact ?? risk.residualImpact;
  const score = scoreOf(likelihood, impact);
  const { band, rank } = bandOf(m, score);
  const before = own.at(-2);
  const previous = before ? scoreOf(before.likelihood, before.impact) : scoreOf(risk.residualLikelihood, risk.residualImpact);
  const trend: Trend | null = latest ? (score > previous ? 'rising' : score < previous ? 'falling' : 'steady') : null;
  const base = { likelihood, impact, score, band: band.name, rank, reviewMonths: band.reviewMonths, lastReviewedOn: latest?.reviewedOn ?? null, trend, aboveTarget: risk.targetScore !== null && score > risk.targetScore, clause: 'R-2.6.8' as const };
  if (risk.status === 'closed') return { ...base, nextReviewOn: null, overdue: false, words: 'Closed: no longer reviewed' };
  const nextReviewOn = addMonths(latest?.reviewedOn ?? risk.identifiedOn, band.reviewMonths);
  const overdue = nextReviewOn < today;
  const since = latest ? `last reviewed ${dateInWords(latest.reviewedOn)}` : `not reviewed since it was identified on ${dateInWords(risk.identifiedOn)}`;
  const words = overdue
    ? `Review overdue since ${dateInWords(nextReviewOn)}: ${band.name} risks are reviewed ${reviewInterval(band.reviewMonths)}, and it was ${since} (R-2.6.8)`
    : `Next review due by ${dateInWords(nextReviewOn)} (${band.name}: reviewed ${reviewInterval(band.reviewMonths)})`;
  return { ...base, nextReviewOn, overdue, words };
}

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  rank: number;
  /** The risks whose current score sits in the cell. */
  ids: string[];
}

/** The heat map: one row per likelihood, highest first, each cell the risks at that likelihood and impact. */
export function heatMap(m: RiskMatrix, risks: readonly { id: string; likelihood: number; impact: number }[]): HeatCell[][] {
  return m.likelihood
    .map((_, l) =>
      m.impact.map((__, i) => {
        const score = scoreOf(l + 1, i + 1);
        const { band, rank } = bandOf(m, score);
        return { likelihood: l + 1, impact: i + 1, score, band: band.name, rank, ids: risks.filter((r) => r.likelihood === l + 1 && r.impact === i + 1).map((r) => r.id) };
      }),
    )
    .reverse();
}
