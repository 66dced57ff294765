// a partnership's action plan as its Performance page and the API read it, for a
// principal: each action with where it stands today, and each current partner's annual refresh (the
// refreshes themselves newest first, a former partner's kept among them).
import { actionStanding, refreshStandings, type ActionStanding, type PlanAction, type PlanRefresh, type RefreshStanding } from '../../domain/performance/action-plan.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { partners, planActions, planRefreshes } from '../records/index.ts';
import { listRecords } from '../records/record-queries.ts';

export interface PartnershipActionPlan {
  actions: Array<{ action: PlanAction; standing: ActionStanding }>;
  refreshes: PlanRefresh[];
  /** each current partner's refresh, due and overdue; none while the plan has no actions. */
  standings: RefreshStanding[];
}

/** The partnership's action plan (NotFoundError outside the principal's scope). */
export async function partnershipActionPlan(deps: AppDeps, principal: Principal, partnershipId: string, today: string): Promise<PartnershipActionPlan> {
  const [actions, refreshes, current] = await Promise.all([
    listRecords(deps, principal, planActions, partnershipId),
    listRecords(deps, principal, planRefreshes, partnershipId),
    listRecords(deps, principal, partners, partnershipId),
  ]);
  return {
    actions: actions.map((action) => ({ action, standing: actionStanding(action, today) })),
    refreshes,
    standings: refreshStandings(current, refreshes, actions, today),
  };
}
