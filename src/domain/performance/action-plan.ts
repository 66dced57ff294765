// R-2.6.6, R-2.6.7: a partnership's action plan. Each action has an owner (a person, for one of the
// partners), its start and due days, a status and progress, the objective it serves and where it sits in
// its owner's own organisational plan (R-2.6.6: each partner's actions embedded in its plans). The plan is
// refreshed by every partner once a year (R-2.6.7): each refresh records who at the partner confirmed it,
// and when; a partner's next refresh falls due a year after its last, or a year after the plan began
// (its earliest action's start) where it has never confirmed one.
import { dateInWords } from '../decisions/notice.ts';
import { addMonths } from './reporting.ts';

export const PLAN_ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled'] as const;
export type PlanActionStatus = (typeof PLAN_ACTION_STATUSES)[number];
export const PLAN_ACTION_STATUS_LABELS: Readonly<Record<PlanActionStatus, string>> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk of slipping',
  'off-track': 'Off track',
  complete: 'Complete',
  cancelled: 'Cancelled',
};
/** Finished with: no longer owed, so never overdue. */
export const CLOSED_STATUSES: readonly PlanActionStatus[] = ['complete', 'cancelled'];

export interface PlanActionInput {
  title: string;
  objectiveId: string | null;
  /** R-2.6.8: the partnership's risk it addresses, if any. */
  riskId: string | null;
  ownerId: string;
  organisationId: string;
  startsOn: string;
  dueOn: string;
  status: PlanActionStatus;
  /** R-2.6.6: where the action sits in its owner's organisational plan. */
  planReference: string | null;
  progress: string | null;
}

export interface PlanAction extends PlanActionInput {
  id: string;
  objectiveTitle: string | null;
  riskTitle: string | null;
  ownerName: string;
  /** The owning partner's name. */
  partnerName: string;
}

export interface PlanRefreshInput {
  organisationId: string;
  confirmedBy: string;
  confirmedOn: string;
  notes: string | null;
}

export interface PlanRefresh extends PlanRefreshInput {
  id: string;
  partnerName: string;
}

/** The action's problems of its own: it cannot be due before it starts. */
export function planActionProblems(a: Partial<Pick<PlanActionInput, 'startsOn' | 'dueOn'>>): Array<{ field: 'dueOn'; message: string }> {
  return a.startsOn && a.dueOn && a.dueOn < a.startsOn ? [{ field: 'dueOn', message: `The due date must be on or after its start, ${dateInWords(a.startsOn)}` }] : [];
}

export interface ActionStanding {
  overdue: boolean;
  /** "Overdue since 31 March 2027 (R-2.6.7)", "Due by 31 March 2027", "Complete". */
  words: string;
}

/** Where an action stands on `today`: overdue once its due day has passed and it is still open. */
export function actionStanding(a: Pick<PlanActionInput, 'dueOn' | 'status'>, today: string): ActionStanding {
  if (CLOSED_STATUSES.includes(a.status)) return { overdue: false, words: PLAN_ACTION_STATUS_LABELS[a.status] };
  const overdue = a.dueOn < today;
  return { overdue, words: overdue ? `Overdue since ${dateInWords(a.dueOn)} (R-2.6.7)` : `Due by ${dateInWords(a.dueOn)}` };
}

export interface RefreshStanding {
  organisationId: string;
  partnerName: string;
  /** The day of its latest refresh; null for none. */
  lastOn: string | null;
  lastBy: string | null;
  /** The day its next refresh is due: a year after its last, or after the plan began. */
  dueOn: string;
  overdue: boolean;
  /** "Refreshed 1 April 2026 by …; next due by 1 April 2027", "Overdue since 1 April 2027: no refresh since 1 April 2026 (R-2.6.7)". */
  words: string;
  clause: 'R-2.6.7';
}

/** The day the plan began: its earliest action's start, or null where it has no actions. */
export function planStartedOn(actions: readonly Pick<PlanActionInput, 'startsOn'>[]): string | null {
  return actions.reduce<string | null>((first, a) => (first === null || a.startsOn < first ? a.startsOn : first), null);
}

/**
 * R-2.6.7: each partner's annual refresh of the plan on `today`. A refresh is due a year (to the day; a
 * month end stays a month end, 29 February becomes 28 February) after the partner's latest, or after the
 * plan began where it has none yet. A partner's refreshes from before it joined still count: the plan is
 * the partnership's. No actions, no plan: nothing is due (R-2.6.7's check says the plan is missing).
 */
export function refreshStandings(
  partners: readonly { organisationId: string; name: string }[],
  refreshes: readonly Pick<PlanRefresh, 'organisationId' | 'confirmedOn' | 'confirmedBy'>[],
  actions: readonly Pick<PlanActionInput, 'startsOn'>[],
  today: string,
): RefreshStanding[] {
  const began = planStartedOn(actions);
  if (began === null) return [];
  return partners.map((p) => {
    const latest = refreshes.filter((r) => r.organisationId === p.organisationId).reduce<(typeof refreshes)[number] | null>((l, r) => (l === null || r.confirmedOn > l.confirmedOn ? r : l), null);
    const dueOn = addMonths(latest?.confirmedOn ?? began, 12);
    const overdue = dueOn < today;
    const since = latest ? `no refresh since ${dateInWords(latest.confirmedOn)}` : `never refreshed since the plan began on ${dateInWords(began)}`;
    const words = overdue
      ? `Overdue since ${dateInWords(dueOn)}: ${since} (R-2.6.7)`
      : `${latest ? `Refreshed ${dateInWords(latest.confirmedOn)} by ${latest.confirmedBy}; next` : 'First refresh'} due by ${dateInWords(dueOn)}`;
    return { organisationId: p.organisationId, partnerName: p.name, lastOn: latest?.confirmedOn ?? null, lastBy: latest?.confirmedBy ?? null, dueOn, overdue, words, clause: 'R-2.6.7' };
  });
}
