// R-2.6.2, R-2.6.12: to whom a partnership reports its performance and how often, and which reports are
// due and overdue. A line's due days follow from its first at its frequency, each counted from the first
// (so 31 January, monthly, falls due on 28 or 29 February and then 31 March, never drifting to the 28th);
// a first due day at a month's end keeps every later one at month end. Each report submitted answers the
// earliest due day not yet answered, so a line three reports behind shows the oldest it still owes.
import { dateInWords } from '../decisions/notice.ts';
import { daysIn } from './periods.ts';

export const REPORTING_BODIES = ['cabinet', 'cabinet-member', 'overview-scrutiny', 'partners-boards', 'other'] as const;
export type ReportingBody = (typeof REPORTING_BODIES)[number];
export const REPORTING_BODY_LABELS: Readonly<Record<ReportingBody, string>> = {
  cabinet: 'Cabinet',
  'cabinet-member': 'A Cabinet Member',
  'overview-scrutiny': 'Overview and Scrutiny',
  'partners-boards': 'The partners’ boards',
  other: 'Another body',
};
/** R-2.6.12: the bodies whose oversight the protocol names, the Cabinet side and scrutiny. */
export const CABINET_BODIES: readonly ReportingBody[] = ['cabinet', 'cabinet-member'];

export const REPORTING_FREQUENCIES = ['monthly', 'quarterly', 'six-monthly', 'annual'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];
export const REPORTING_FREQUENCY_LABELS: Readonly<Record<ReportingFrequency, string>> = { monthly: 'Monthly', quarterly: 'Quarterly', 'six-monthly': 'Every six months', annual: 'Annually' };
const MONTHS_OF: Readonly<Record<ReportingFrequency, number>> = { monthly: 1, quarterly: 3, 'six-monthly': 6, annual: 12 };

export interface ReportingLineInput {
  body: ReportingBody;
  bodyName: string | null;
  frequency: ReportingFrequency;
  firstDueOn: string;
  notes: string | null;
}

export interface ReportingLine extends ReportingLineInput {
  id: string;
  /** How many reports it has had. */
  reports: number;
  /** The day of its latest report; null for none. */
  lastSubmittedOn: string | null;
}

export interface ReportInput {
  reportingLineId: string;
  title: string;
  submittedOn: string;
  documentId: string | null;
  summary: string | null;
}

export interface Report extends ReportInput {
  id: string;
  /** Its line in words: "Overview and Scrutiny: Housing Scrutiny Panel". */
  lineTitle: string;
  documentTitle: string | null;
}

/** A line in words: its body, and which one where it is named. */
export function lineTitle(line: Pick<ReportingLineInput, 'body' | 'bodyName'>): string {
  const body = REPORTING_BODY_LABELS[line.body];
  return line.bodyName ? `${body}: ${line.bodyName}` : body;
}

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');

/** The day `months` after `iso`: the same day of the month, or the month's last where it is shorter (or `iso` is a month end). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = daysIn(year, month);
  const day = d === daysIn(y, m) ? last : Math.min(d, last);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** The day the line's report number `n` (0 for its first) falls due. */
export const dueOn = (line: Pick<ReportingLineInput, 'firstDueOn' | 'frequency'>, n: number): string => addMonths(line.firstDueOn, n * MONTHS_OF[line.frequency]);

export interface ReportingStanding {
  /** The earliest due day no report has answered. */
  nextDueOn: string;
  /** How many due days before today no report has answered. */
  overdue: number;
  /** The earliest of those, when there is one: the day the gap began. */
  overdueSince: string | null;
  /** In words, with the clause: "Overdue since 30 September 2026: 2 reports owed (R-2.6.2)". */
  words: string;
  clause: 'R-2.6.2';
}

/** R-2.6.2: where a line stands on `today` (yyyy-mm-dd, London), given how many reports it has had. */
export function reportingStanding(line: Pick<ReportingLine, 'firstDueOn' | 'frequency' | 'reports'>, today: string): ReportingStanding {
  const nextDueOn = dueOn(line, line.reports);
  let overdue = 0;
  // A due day is overdue once it has passed: the report may still go in on the day itself.
  while (dueOn(line, line.reports + overdue) < today) overdue += 1;
  const overdueSince = overdue ? nextDueOn : null;
  const words = overdue
    ? `Overdue since ${dateInWords(nextDueOn)}: ${overdue === 1 ? 'a report' : `${overdue} reports`} owed (R-2.6.2)`
    : `Next report due by ${dateInWords(nextDueOn)} (R-2.6.2)`;
  return { nextDueOn, overdue, overdueSince, words, clause: 'R-2.6.2' };
}

/** R-2.6.12: the oversight a partnership's lines record, and what is missing of the Cabinet's and scrutiny's. */
export function oversightOf(lines: readonly Pick<ReportingLineInput, 'body' | 'bodyName'>[]): { cabinet: string[]; scrutiny: string[]; missing: string[]; gap: string | null; clause: 'R-2.6.12' } {
  const cabinet = lines.filter((l) => CABINET_BODIES.includes(l.body)).map(lineTitle);
  const scrutiny = lines.filter((l) => l.body === 'overview-scrutiny').map(lineTitle);
  const missing = [...(cabinet.length ? [] : ['Cabinet or a Cabinet Member']), ...(scrutiny.length ? [] : ['Overview and Scrutiny'])];
  // In words once, for the Compliance page and the Performance page alike.
  const gap = missing.length ? `No reporting to ${missing.join(', nor to ')} is recorded: the protocol asks for Cabinet and Overview and Scrutiny oversight of performance (R-2.6.12)` : null;
  return { cabinet, scrutiny, missing, gap, clause: 'R-2.6.12' };
}
