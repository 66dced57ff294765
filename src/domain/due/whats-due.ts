// What is due: every dated obligation of the partnerships' performance management in one list, overdue
// first, each with whom it falls to and the clause that asks for it. Reports, indicator
// measurements, risk reviews, action plan refreshes, annual reviews
// the plan's actions and the actions from meetings (R-2.8d). Each date comes from
// the rule that owns it (reportingStanding, nextMeasurement, riskStanding, refreshStandings,
// reviewStanding): this module only gathers them and says who owns each.
import { addDays, dateInWords, daysBetween } from '../decisions/notice.ts';
import { CLOSED_STATUSES, refreshStandings, type PlanActionInput, type PlanRefreshInput } from '../performance/action-plan.ts';
import { reviewStanding } from '../performance/annual-review.ts';
import type { Frequency } from '../performance/indicator.ts';
import { lineTitle, reportingStanding, type ReportingLine } from '../performance/reporting.ts';
import { nextMeasurement } from '../performance/series.ts';
import type { RiskMatrix } from '../risk/matrix.ts';
import { riskStanding, type Risk, type RiskReviewInput } from '../risk/risk.ts';

export const DUE_KINDS = ['report', 'measurement', 'risk-review', 'plan-refresh', 'annual-review', 'plan-action', 'meeting-action'] as const;
export type DueKind = (typeof DUE_KINDS)[number];
export const DUE_KIND_LABELS: Readonly<Record<DueKind, string>> = {
  report: 'Performance report',
  measurement: 'Indicator measurement',
  'risk-review': 'Risk review',
  'plan-refresh': 'Action plan refresh',
  'annual-review': 'Annual review',
  'plan-action': 'Action plan action',
  'meeting-action': 'Action from a meeting',
};
export const DUE_KIND_CLAUSES: Readonly<Record<DueKind, string>> = {
  report: 'R-2.6.2',
  measurement: 'R-2.9',
  'risk-review': 'R-2.6.8',
  'plan-refresh': 'R-2.6.7',
  'annual-review': 'R-2.6.4',
  'plan-action': 'R-2.6.6',
  'meeting-action': 'R-2.8d',
};

/** How far ahead the list looks by default, and the choices a reader has. */
export const DUE_WITHIN_DAYS = 30;
export const DUE_WITHIN_CHOICES = [7, 30, 90] as const;

export interface DuePartnership {
  id: string;
  reference: string;
  name: string;
  startDate: string | null;
  /** The partnership's lead: reports, reviews and the council's own refreshes and measurements fall to them. */
  accountableOfficerId: string | null;
  sponsoringOfficerId: string | null;
}

/** What the list is gathered from: the partnerships and their dated records, each keyed by its partnership. */
export interface DueFacts {
  partnerships: readonly DuePartnership[];
  /** Every person named as an owner, by id. */
  people: Readonly<Record<string, string>>;
  partners: ReadonlyArray<{ partnershipId: string; organisationId: string; name: string; isThisCouncil: boolean }>;
  /** The partners' people on each partnership: a partner's measurements and refresh fall to them. */
  representatives: ReadonlyArray<{ partnershipId: string; personId: string; organisationId: string }>;
  reportingLines: ReadonlyArray<{ partnershipId: string } & Pick<ReportingLine, 'id' | 'body' | 'bodyName' | 'frequency' | 'firstDueOn' | 'reports'>>;
  indicators: ReadonlyArray<{ partnershipId: string; id: string; name: string; frequency: Frequency; organisationId: string; latestPeriodEnding: string | null }>;
  risks: ReadonlyArray<{ partnershipId: string; ownerId: string } & Pick<Risk, 'id' | 'title' | 'identifiedOn' | 'residualLikelihood' | 'residualImpact' | 'targetScore' | 'status'>>;
  riskReviews: ReadonlyArray<Pick<RiskReviewInput, 'riskId' | 'reviewedOn' | 'likelihood' | 'impact'>>;
  planActions: ReadonlyArray<{ partnershipId: string; id: string; ownerId: string } & Pick<PlanActionInput, 'title' | 'startsOn' | 'dueOn' | 'status'>>;
  planRefreshes: ReadonlyArray<{ partnershipId: string } & Pick<PlanRefreshInput, 'organisationId' | 'confirmedOn' | 'confirmedBy'>>;
  annualReviews: ReadonlyArray<{ partnershipId: string; reviewedOn: string; approvedOn: string | null }>;
  meetingActions: ReadonlyArray<{ partnershipId: string; id: string; title: string; ownerId: string; dueOn: string; completed: boolean }>;
}

export interface DueItem {
  kind: DueKind;
  partnership: { id: string; reference: string; name: string };
  /** The record it is due on (the line, indicator, risk, partner, action); the partnership itself for an annual review. */
  recordId: string;
  /** What is due, in words: "Report to Cabinet", "Measurement of Rough sleepers for October 2026". */
  title: string;
  dueOn: string;
  overdue: boolean;
  /** Days past due (0 when not overdue). */
  daysOverdue: number;
  /** "Overdue since 31 October 2026 (R-2.6.2)", "Due by 30 November 2026 (R-2.9)". */
  words: string;
  clause: string;
  /** Whom it falls to, by person id, with their names; none where nobody is recorded (a gap to fill). */
  ownerIds: string[];
  ownerNames: string[];
}

/** The reading order: overdue first (longest overdue first), then the soonest due, then by partnership. */
export function dueOrder(a: DueItem, b: DueItem): number {
  return Number(b.overdue) - Number(a.overdue) || a.dueOn.localeCompare(b.dueOn) || a.partnership.name.localeCompare(b.partnership.name) || a.title.localeCompare(b.title);
}

/**
 * Everything due on the partnerships by `today + within` days (yyyy-mm-dd, London), overdue included,
 * in the reading order. An item is overdue once its due day has passed (on the day itself it is still in
 * time), as each rule says.
 */
export function whatsDue(m: RiskMatrix, facts: DueFacts, today: string, within: number = DUE_WITHIN_DAYS): DueItem[] {
  const horizon = addDays(today, within);
  const byId = new Map(facts.partnerships.map((p) => [p.id, p]));
  const items: DueItem[] = [];
  const add = (kind: DueKind, partnershipId: string, recordId: string, title: string, dueOn: string, ownerIds: ReadonlyArray<string | null>) => {
    const p = byId.get(partnershipId);
    if (!p || dueOn > horizon) return;
    const overdue = dueOn < today;
    const clause = DUE_KIND_CLAUSES[kind];
    const owners = [...new Set(ownerIds.filter((id): id is string => id !== null))];
    items.push({
      kind,
      partnership: { id: p.id, reference: p.reference, name: p.name },
      recordId,
      title,
      dueOn,
      overdue,
      daysOverdue: overdue ? daysBetween(dueOn, today) : 0,
      words: `${overdue ? 'Overdue since' : 'Due by'} ${dateInWords(dueOn)} (${clause})`,
      clause,
      ownerIds: owners,
      ownerNames: owners.map((id) => facts.people[id] ?? 'Someone no longer recorded'),
    });
  };
  // Each list grouped by partnership once, so the council-wide list costs in proportion to its records.
  const group = <T extends { partnershipId: string }>(rows: readonly T[]) => {
    const by = new Map<string, T[]>();
    for (const r of rows) by.set(r.partnershipId, [...(by.get(r.partnershipId) ?? []), r]);
    return (id: string): readonly T[] => by.get(id) ?? [];
  };
  const partnersOf = group(facts.partners);
  const representativesOf = group(facts.representatives);
  const actionsOf = group(facts.planActions);
  const refreshesOf = group(facts.planRefreshes);
  const reviewsOf = group(facts.annualReviews);
  const riskReviews = new Map<string, Array<DueFacts['riskReviews'][number]>>();
  for (const r of facts.riskReviews) riskReviews.set(r.riskId, [...(riskReviews.get(r.riskId) ?? []), r]);
  const lead = (p: DuePartnership | undefined) => (p ? [p.accountableOfficerId ?? p.sponsoringOfficerId] : []);
  // A partner's share falls to its people on the partnership; the council's to the partnership's lead.
  const partnerOwners = (partnershipId: string, organisationId: string): Array<string | null> => {
    const council = partnersOf(partnershipId).some((x) => x.organisationId === organisationId && x.isThisCouncil);
    if (council) return lead(byId.get(partnershipId));
    return representativesOf(partnershipId).filter((r) => r.organisationId === organisationId).map((r) => r.personId);
  };

  for (const line of facts.reportingLines) {
    add('report', line.partnershipId, line.id, `Report to ${lineTitle(line)}`, reportingStanding(line, today).nextDueOn, lead(byId.get(line.partnershipId)));
  }
  for (const i of facts.indicators) {
    const next = nextMeasurement(i.frequency, i.latestPeriodEnding, today);
    add('measurement', i.partnershipId, i.id, `Measurement of ${i.name} for ${next.period}`, next.dueBy, partnerOwners(i.partnershipId, i.organisationId));
  }
  for (const r of facts.risks) {
    const s = riskStanding(m, r, riskReviews.get(r.id) ?? [], today);
    if (s.nextReviewOn) add('risk-review', r.partnershipId, r.id, `Review of the risk “${r.title}” (${s.band})`, s.nextReviewOn, [r.ownerId]);
  }
  for (const p of facts.partnerships) {
    const partners = partnersOf(p.id).map((x) => ({ organisationId: x.organisationId, name: x.name }));
    for (const s of refreshStandings(partners, refreshesOf(p.id), actionsOf(p.id), today)) {
      add('plan-refresh', p.id, s.organisationId, `${s.partnerName}’s refresh of the action plan`, s.dueOn, partnerOwners(p.id, s.organisationId));
    }
    const review = reviewStanding(reviewsOf(p.id), p.startDate, today);
    if (review.dueBy) add('annual-review', p.id, p.id, 'Annual review of the partnership', review.dueBy, [p.accountableOfficerId, p.sponsoringOfficerId]);
  }
  for (const a of facts.planActions) {
    // A complete or cancelled action is no longer due.
    if (CLOSED_STATUSES.includes(a.status)) continue;
    add('plan-action', a.partnershipId, a.id, a.title, a.dueOn, [a.ownerId]);
  }
  for (const a of facts.meetingActions) if (!a.completed) add('meeting-action', a.partnershipId, a.id, a.title, a.dueOn, [a.ownerId]);
  return items.sort(dueOrder);
}

/** The items that fall to any of these people (a user may be linked to more than one record under People). */
export const dueTo = (items: readonly DueItem[], personIds: readonly string[]): DueItem[] => items.filter((i) => i.ownerIds.some((id) => personIds.includes(id)));

/** How many are overdue and how many due, for a heading or an email's subject. */
export function dueCounts(items: readonly DueItem[]): { overdue: number; due: number } {
  const overdue = items.filter((i) => i.overdue).length;
  return { overdue, due: items.length - overdue };
}
