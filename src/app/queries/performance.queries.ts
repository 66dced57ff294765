// R-A1.3, R-2.9: performance as the pages and the API read it, for a principal: one partnership's
// objectives, each with its outcome indicators rated period by period and where each stands today; and the
// council's performance view, every indicator of the partnerships the principal may see.
import { councilIndicators, type CouncilIndicatorRow } from '../../db/repositories/performance.repo.ts';
import { findPersonByUserId } from '../../db/repositories/people.repo.ts';
import { maySubmit } from '../../domain/performance/submission.ts';
import { listPriorities } from '../../db/repositories/priorities.repo.ts';
import { mayOn, partnershipScope } from '../../domain/access/scope.ts';
import type { Indicator, Measurement, Objective } from '../../domain/performance/indicator.ts';
import type { RagStatus } from '../../domain/performance/rag.ts';
import { ratedSeries, standingOf, type IndicatorStanding, type RatedPeriod } from '../../domain/performance/series.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { indicators, measurements, objectives } from '../records/index.ts';
import { listRecords } from '../records/record-queries.ts';

export interface IndicatorPerformance {
  indicator: Indicator;
  /** Its measurements, oldest first, each rated. */
  series: RatedPeriod[];
  measurements: Measurement[];
  standing: IndicatorStanding;
}

export interface ObjectivePerformance {
  objective: Objective;
  indicators: IndicatorPerformance[];
}

function performanceOf(indicator: Indicator, all: readonly Measurement[], today: string): IndicatorPerformance {
  const own = all.filter((m) => m.indicatorId === indicator.id).sort((a, b) => a.periodEnding.localeCompare(b.periodEnding));
  const series = ratedSeries(indicator, own);
  return { indicator, series, measurements: own, standing: standingOf(indicator, series, today) };
}

/** The partnership's objectives in order, each with its indicators rated (NotFoundError outside the scope). */
export async function partnershipPerformance(deps: AppDeps, principal: Principal, partnershipId: string, today: string): Promise<ObjectivePerformance[]> {
  const [os, is, ms] = await Promise.all([
    listRecords(deps, principal, objectives, partnershipId),
    listRecords(deps, principal, indicators, partnershipId),
    listRecords(deps, principal, measurements, partnershipId),
  ]);
  return os.map((objective) => ({ objective, indicators: is.filter((i) => i.objectiveId === objective.id).map((i) => performanceOf(i, ms, today)) }));
}

/** One indicator of the partnership, rated. */
export async function indicatorPerformance(deps: AppDeps, principal: Principal, partnershipId: string, indicator: Indicator, today: string): Promise<IndicatorPerformance> {
  return performanceOf(indicator, await listRecords(deps, principal, measurements, partnershipId), today);
}

export interface CouncilPerformanceFilter {
  priorityId: string | null;
  /** The latest rating: red, amber, green, or none (not yet rated: no target, or nothing measured). */
  rag: RagStatus | 'none' | null;
}

export type CouncilIndicator = Omit<IndicatorPerformance, 'indicator'> & { indicator: CouncilIndicatorRow };

/** the council's performance view: every indicator the principal may see, rated, filtered. */
export async function councilPerformance(deps: AppDeps, principal: Principal, filter: CouncilPerformanceFilter, today: string): Promise<{ indicators: CouncilIndicator[]; counts: Record<RagStatus | 'none', number> }> {
  const { indicators: rows, measurements: ms } = await councilIndicators(deps.database.db, partnershipScope(principal), filter.priorityId);
  const byIndicator = new Map<string, Measurement[]>();
  for (const m of ms) byIndicator.set(m.indicatorId, [...(byIndicator.get(m.indicatorId) ?? []), m]);
  const rated = rows.map((indicator) => ({ ...performanceOf(indicator, byIndicator.get(indicator.id) ?? [], today), indicator }));
  const ragOfLatest = (x: CouncilIndicator): RagStatus | 'none' => x.standing.latest?.rag.status ?? 'none';
  const counts = { red: 0, amber: 0, green: 0, none: 0 };
  for (const x of rated) counts[ragOfLatest(x)]++;
  return { indicators: filter.rag ? rated.filter((x) => ragOfLatest(x) === filter.rag) : rated, counts };
}

/** The corporate priorities the view filters by, in the council's order. */
export async function performancePriorities(deps: AppDeps): Promise<Array<{ id: string; title: string }>> {
  return (await listPriorities(deps.database.db)).map((p) => ({ id: p.id, title: p.title }));
}

/**
 * the indicators of the partnership whose measurements the principal submits as a partner's
 * representative (those their organisation supplies); none for a keeper of the partnership, who records
 * any, or for whoever holds no grant to submit.
 */
export async function submittableIndicators(deps: AppDeps, principal: Principal, partnershipId: string, all: readonly Indicator[]): Promise<Set<string>> {
  if (mayOn(principal, 'register.manage', partnershipId) || !mayOn(principal, 'performance.submit', partnershipId) || !principal.userId) return new Set();
  const person = await findPersonByUserId(deps.database.db, principal.userId);
  const submitter = { organisationId: person?.organisationId ?? null, organisationName: person?.organisationName ?? null };
  return new Set(all.filter((i) => maySubmit(submitter, i).allowed).map((i) => i.id));
}
