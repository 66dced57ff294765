// R-2.6.14: non or poor performance tackled. An outcome indicator red for the council's number of periods
// in a row, or a report owed past its day, is a trigger: it needs a performance issue open, with an owner,
// the actions being taken and the level it is escalated to. An issue climbs a level each time the council's
// interval passes while it stays open: the partnership board, then the sponsoring officer (Head of
// Service), then the Cabinet Member with Overview and Scrutiny.
import { dateInWords } from '../decisions/notice.ts';
import { addMonths } from './reporting.ts';

export const ISSUE_TRIGGERS = ['indicator', 'report', 'other'] as const;
export type IssueTrigger = (typeof ISSUE_TRIGGERS)[number];
export const ISSUE_TRIGGER_LABELS: Readonly<Record<IssueTrigger, string>> = {
  indicator: 'An outcome indicator off target',
  report: 'A performance report overdue',
  other: 'Other poor performance',
};

export const ESCALATION_LEVELS = ['board', 'sponsoring-officer', 'cabinet-member'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
export const ESCALATION_LEVEL_LABELS: Readonly<Record<EscalationLevel, string>> = {
  board: 'The partnership board',
  'sponsoring-officer': 'The sponsoring officer (Head of Service)',
  'cabinet-member': 'The Cabinet Member and Overview and Scrutiny',
};
const lower = (level: EscalationLevel) => ESCALATION_LEVEL_LABELS[level].replace(/^The /, 'the ');

export const ISSUE_STATUSES = ['open', 'closed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
export const ISSUE_STATUS_LABELS: Readonly<Record<IssueStatus, string>> = { open: 'Open', closed: 'Closed' };

export interface PerformanceIssueInput {
  title: string;
  trigger: IssueTrigger;
  /** The indicator off target, for a trigger of `indicator`; null otherwise. */
  indicatorId: string | null;
  /** The reporting line owed a report, for a trigger of `report`; null otherwise. */
  reportingLineId: string | null;
  ownerId: string;
  openedOn: string;
  level: EscalationLevel;
  /** What is being done about it. */
  actions: string;
  status: IssueStatus;
  closedOn: string | null;
  /** How it was resolved, once closed. */
  resolution: string | null;
}

export interface PerformanceIssue extends PerformanceIssueInput {
  id: string;
  ownerName: string;
  indicatorName: string | null;
  reportingLineTitle: string | null;
}

/** The council's rule (protocol configuration, `compliance.poorPerformance`). */
export interface PoorPerformanceRule {
  /** An indicator red this many periods in a row needs an issue. */
  redPeriods: number;
  /** An open issue is due at the next level each time this many months pass. */
  escalationMonths: number;
}

type Problem<F extends string> = { field: F; message: string };
type IssueField = 'indicatorId' | 'reportingLineId' | 'closedOn' | 'resolution';

/** An issue's problems of its own: what triggered it is named; closed, it has a day and a resolution. */
export function issueProblems(v: Partial<PerformanceIssueInput>): Array<Problem<IssueField>> {
  const problems: Array<Problem<IssueField>> = [];
  if (v.trigger === 'indicator' && !v.indicatorId) problems.push({ field: 'indicatorId', message: 'Select the outcome indicator off target (R-2.6.14)' });
  if (v.trigger !== 'indicator' && v.indicatorId) problems.push({ field: 'indicatorId', message: 'Choose an indicator only for an issue raised by an indicator off target (R-2.6.14)' });
  if (v.trigger === 'report' && !v.reportingLineId) problems.push({ field: 'reportingLineId', message: 'Select the reporting line whose report is overdue (R-2.6.14)' });
  if (v.trigger !== 'report' && v.reportingLineId) problems.push({ field: 'reportingLineId', message: 'Choose a reporting line only for an issue raised by an overdue report (R-2.6.14)' });
  if (v.status === 'closed') {
    if (!v.closedOn) problems.push({ field: 'closedOn', message: 'Enter the date the issue was closed (R-2.6.14)' });
    else if (v.openedOn && v.closedOn < v.openedOn) problems.push({ field: 'closedOn', message: `The issue cannot close before it was opened, on ${dateInWords(v.openedOn)} (R-2.6.14)` });
    if (!v.resolution) problems.push({ field: 'resolution', message: 'Enter how the issue was resolved (R-2.6.14)' });
  } else if (v.closedOn) problems.push({ field: 'closedOn', message: 'An open issue has no date closed: clear it, or close the issue (R-2.6.14)' });
  return problems;
}

export interface Escalation {
  /** The level the issue should be at today, from how long it has been open. */
  expected: EscalationLevel;
  /** Its level is below the expected one. */
  overdue: boolean;
  /** The day it was due at the expected level (overdue), or is due at the next (null at the top, or closed). */
  dueOn: string | null;
  words: string;
  clause: 'R-2.6.14';
}

/** R-2.6.14: where an issue stands against the escalation rule on `today`. */
export function escalationOf(issue: Pick<PerformanceIssueInput, 'openedOn' | 'level' | 'status' | 'closedOn'>, rule: Pick<PoorPerformanceRule, 'escalationMonths'>, today: string): Escalation {
  const at = (rank: number) => addMonths(issue.openedOn, rank * rule.escalationMonths);
  if (issue.status === 'closed') return { expected: issue.level, overdue: false, dueOn: null, words: `Closed${issue.closedOn ? ` on ${dateInWords(issue.closedOn)}` : ''}, at ${lower(issue.level)}`, clause: 'R-2.6.14' };
  let rank = 0;
  while (rank < ESCALATION_LEVELS.length - 1 && at(rank + 1) <= today) rank++;
  const expected = ESCALATION_LEVELS[rank]!;
  const held = ESCALATION_LEVELS.indexOf(issue.level);
  if (held < rank) {
    return { expected, overdue: true, dueOn: at(rank), words: `Escalation overdue: open since ${dateInWords(issue.openedOn)}, it was due at ${lower(expected)} by ${dateInWords(at(rank))} (R-2.6.14)`, clause: 'R-2.6.14' };
  }
  // At the expected level or above: the next level falls due from the rule's clock, if there is one above.
  const next = Math.max(held, rank) + 1;
  if (next >= ESCALATION_LEVELS.length) return { expected, overdue: false, dueOn: null, words: `Open since ${dateInWords(issue.openedOn)}, at ${lower(issue.level)}, the highest level (R-2.6.14)`, clause: 'R-2.6.14' };
  return { expected, overdue: false, dueOn: at(next), words: `Open since ${dateInWords(issue.openedOn)}, at ${lower(issue.level)}; escalate to ${lower(ESCALATION_LEVELS[next]!)} by ${dateInWords(at(next))} if still open (R-2.6.14)`, clause: 'R-2.6.14' };
}

/** Something that needs a performance issue: an indicator red too long, or a report overdue. */
export interface PoorPerformance {
  kind: 'indicator' | 'report';
  /** The indicator's or the reporting line's id. */
  id: string;
  words: string;
}

/** R-2.6.14: the indicators red for the rule's periods in a row, and the reports overdue. */
export function poorPerformance(
  indicators: readonly { id: string; name: string; redPeriods: number }[],
  lines: readonly { id: string; title: string; overdueSince: string | null }[],
  rule: Pick<PoorPerformanceRule, 'redPeriods'>,
): PoorPerformance[] {
  return [
    ...indicators.filter((i) => i.redPeriods >= rule.redPeriods).map((i) => ({ kind: 'indicator' as const, id: i.id, words: `${i.name}, red for ${i.redPeriods} periods in a row` })),
    ...lines.filter((l) => l.overdueSince).map((l) => ({ kind: 'report' as const, id: l.id, words: `the report to ${l.title}, overdue since ${dateInWords(l.overdueSince!)}` })),
  ];
}

/** R-2.6.14: the poor performance with no open issue tackling it. */
export function untackled(found: readonly PoorPerformance[], issues: readonly Pick<PerformanceIssueInput, 'status' | 'indicatorId' | 'reportingLineId'>[]): PoorPerformance[] {
  const open = issues.filter((i) => i.status === 'open');
  return found.filter((p) => !open.some((i) => (p.kind === 'indicator' ? i.indicatorId === p.id : i.reportingLineId === p.id)));
}
