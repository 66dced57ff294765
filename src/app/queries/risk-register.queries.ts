// a partnership's risk register as its Performance page and the API read it, for a principal:
// each risk with where it stands today (its current score and band, its next review, its trend), the
// reviews newest first, and the heat map of its open risks on the matrix. And the council's view across
// every partnership the principal may see: the open risks by band, filtered, with the same heat map.
import type { RiskMatrix } from '../../domain/risk/matrix.ts';
import { riskMatrixOf, storedRiskMatrix } from '../../db/repositories/risk-matrix.repo.ts';
import { DEFAULT_RISK_MATRIX } from '../../domain/risk/matrix.ts';
import { heatMap, riskStanding, type HeatCell, type Risk, type RiskReview, type RiskStanding } from '../../domain/risk/risk.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import { councilRisks, type CouncilRiskRow } from '../../db/repositories/risks.repo.ts';
import { openRiskControlsOf } from '../../db/repositories/risk-controls.repo.ts';
import { BATCH } from '../../db/repositories/compliance.repo.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { controlsInBrief, type ControlsInBrief, type RiskControl } from '../../domain/risk/control.ts';
import { riskControls, riskReviews, risks } from '../records/index.ts';
import { listRecords } from '../records/record-queries.ts';

export interface PartnershipRiskRegister {
  matrix: RiskMatrix;
  risks: Array<{ risk: Risk; standing: RiskStanding; reviews: RiskReview[]; controls: RiskControl[]; controlsInBrief: ControlsInBrief }>;
  /** the open risks at their current likelihood and impact, highest likelihood first. */
  heatMap: HeatCell[][];
}

/** The partnership's risk register (NotFoundError outside the principal's scope). */
export async function partnershipRiskRegister(deps: AppDeps, principal: Principal, partnershipId: string, today: string): Promise<PartnershipRiskRegister> {
  const [all, reviews, controls, m] = await Promise.all([listRecords(deps, principal, risks, partnershipId), listRecords(deps, principal, riskReviews, partnershipId), listRecords(deps, principal, riskControls, partnershipId), riskMatrixOf(deps.database.db)]);
  const rows = all.map((risk) => {
    const own = controls.filter((c) => c.riskId === risk.id);
    return { risk, standing: riskStanding(m, risk, reviews, today), reviews: reviews.filter((v) => v.riskId === risk.id), controls: own, controlsInBrief: controlsInBrief(own) };
  });
  const open = rows.filter((x) => x.risk.status === 'open').map((x) => ({ id: x.risk.id, likelihood: x.standing.likelihood, impact: x.standing.impact }));
  return { matrix: m, risks: rows, heatMap: heatMap(m, open) };
}

/** The council view's filters: a band by name, one cell of the heat map, overdue (true) or not (false); null is any. */
export interface CouncilRiskFilter {
  band: string | null;
  likelihood: number | null;
  impact: number | null;
  overdue: boolean | null;
}

/** An open risk on the council's view, where it stands, and its controls (in brief and each by name). */
export type CouncilRisk = { risk: CouncilRiskRow; standing: RiskStanding; controls: RiskControl[]; controlsInBrief: ControlsInBrief };

export interface CouncilRiskRegister {
  matrix: RiskMatrix;
  /** The open risks the filters pick: overdue first, then the highest score. */
  risks: CouncilRisk[];
  /** Every open risk in scope, whatever the filters, by band (lowest first) and overdue. */
  counts: { bands: Array<{ name: string; n: number }>; overdue: number; open: number };
  heatMap: HeatCell[][];
}

/** the council's risk matrix in force (decision 87): what every score, band and review follows. */
export async function riskMatrixInForce(deps: Pick<AppDeps, 'database'>): Promise<RiskMatrix> {
  return riskMatrixOf(deps.database.db);
}

/** The matrix in force and whether it is the council's own (set by an administrator) or the default. */
export async function riskMatrixAndSource(deps: AppDeps): Promise<{ matrix: RiskMatrix; own: boolean }> {
  const stored = await storedRiskMatrix(deps.database.db);
  return { matrix: stored ?? DEFAULT_RISK_MATRIX, own: stored !== null };
}

/**
 * the open risks of every partnership the principal may see, where each stands today on the matrix
 * in force (`m`, read by the caller first, as its filters name its bands and cells).
 */
export async function councilRiskRegister(deps: AppDeps, principal: Principal, m: RiskMatrix, filter: CouncilRiskFilter, today: string): Promise<CouncilRiskRegister> {
  const found = await councilRisks(deps.database.db, partnershipScope(principal));
  const ids = [...new Set(found.risks.map((r) => r.partnershipId))];
  const controls: RiskControl[] = [];
  for (let i = 0; i < ids.length; i += BATCH) controls.push(...(await openRiskControlsOf(deps.database.db, ids.slice(i, i + BATCH))));
  const all = found.risks.map((risk) => {
    const own = controls.filter((c) => c.riskId === risk.id);
    return { risk, standing: riskStanding(m, risk, found.reviews, today), controls: own, controlsInBrief: controlsInBrief(own) };
  });
  const picked = all
    .filter(({ standing: s }) => (filter.band === null || s.band === filter.band) && (filter.likelihood === null || s.likelihood === filter.likelihood) && (filter.impact === null || s.impact === filter.impact) && (filter.overdue === null || s.overdue === filter.overdue))
    .sort((a, b) => Number(b.standing.overdue) - Number(a.standing.overdue) || b.standing.score - a.standing.score);
  return {
    matrix: m,
    risks: picked,
    counts: { bands: m.bands.map((b) => ({ name: b.name, n: all.filter((x) => x.standing.band === b.name).length })), overdue: all.filter((x) => x.standing.overdue).length, open: all.length },
    heatMap: heatMap(m, all.map((x) => ({ id: x.risk.id, likelihood: x.standing.likelihood, impact: x.standing.impact }))),
  };
}
