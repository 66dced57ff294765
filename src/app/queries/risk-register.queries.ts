// a partnership's risk register as its Performance page and the API read it, for a principal:
// each risk with where it stands today (its current score and band, its next review, its trend), the
// reviews newest first, and the heat map of its open risks on the matrix.
import { RISK_MATRIX, type RiskMatrix } from '../../domain/risk/matrix.ts';
import { heatMap, riskStanding, type HeatCell, type Risk, type RiskReview, type RiskStanding } from '../../domain/risk/risk.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { riskReviews, risks } from '../records/index.ts';
import { listRecords } from '../records/record-queries.ts';

export interface PartnershipRiskRegister {
  matrix: RiskMatrix;
  risks: Array<{ risk: Risk; standing: RiskStanding; reviews: RiskReview[] }>;
  /** the open risks at their current likelihood and impact, highest likelihood first. */
  heatMap: HeatCell[][];
}

/** The partnership's risk register (NotFoundError outside the principal's scope). */
export async function partnershipRiskRegister(deps: AppDeps, principal: Principal, partnershipId: string, today: string): Promise<PartnershipRiskRegister> {
  const [all, reviews] = await Promise.all([listRecords(deps, principal, risks, partnershipId), listRecords(deps, principal, riskReviews, partnershipId)]);
  const rows = all.map((risk) => ({ risk, standing: riskStanding(RISK_MATRIX, risk, reviews, today), reviews: reviews.filter((v) => v.riskId === risk.id) }));
  const open = rows.filter((x) => x.risk.status === 'open').map((x) => ({ id: x.risk.id, likelihood: x.standing.likelihood, impact: x.standing.impact }));
  return { matrix: RISK_MATRIX, risks: rows, heatMap: heatMap(RISK_MATRIX, open) };
}
