// R-2.14: what a partnership records from set-up about its end. Its termination provisions: the minimum
// notice a partner gives to withdraw (and the council's, where its notice differs), from when it runs, when
// it may take effect, who may shorten it and what must be done first. Its exit strategy: one arrangement a
// topic, the four the protocol names (surpluses, mediation, assets, continuing liabilities) required, the
// rest (staff, termination without notice, the final report, informing funders and service users) asked.
import { earliestExit, NOTICE_UNITS, type NoticeOutcome, type NoticeProvisions, type NoticeStart, type NoticeUnit } from './notice.ts';

/** Whose notice a provision is: every partner's, or the council's own where its agreement differs. */
export const NOTICE_PARTIES = ['every-partner', 'council'] as const;
export type NoticeParty = (typeof NOTICE_PARTIES)[number];
export const NOTICE_PARTY_LABELS: Readonly<Record<NoticeParty, string>> = {
  'every-partner': 'Any partner withdrawing',
  council: 'The council withdrawing, where its notice differs',
};

export const NOTICE_UNIT_LABELS: Readonly<Record<NoticeUnit, string>> = { days: 'Days', weeks: 'Weeks', months: 'Months' };
export const NOTICE_START_LABELS: Readonly<Record<NoticeStart, string>> = {
  service: 'From the day notice is served',
  'next-month': 'From the first day of the month after it is served',
};

/** The calculator's provisions as kept: whose notice, with the conditions as typed, one a line (null for none). */
export type TerminationProvision = Omit<NoticeProvisions, 'conditions'> & { party: NoticeParty; conditions: string | null };

/** The conditions as the calculator takes them: one a line, blank lines dropped. */
export const conditionsOf = (text: string | null): string[] => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

export const noticeProvisionsOf = (p: TerminationProvision): NoticeProvisions => ({ ...p, conditions: conditionsOf(p.conditions) });

/** The provision the council's own notice is under: its own where recorded, otherwise every partner's. */
export function councilsProvision(provisions: readonly TerminationProvision[]): TerminationProvision | null {
  return provisions.find((p) => p.party === 'council') ?? provisions.find((p) => p.party === 'every-partner') ?? null;
}

/** R-2.14: "if notice were served on this day, the council would be out on …"; null with no provisions recorded. */
export function councilsExit(provisions: readonly TerminationProvision[], servedOn: string): NoticeOutcome | null {
  const p = councilsProvision(provisions);
  return p && earliestExit(noticeProvisionsOf(p), servedOn);
}

/** A notice period in words: "6 months, from the first day of the month after it is served, only at the end of a financial year". */
export function noticeInWords(p: Pick<TerminationProvision, 'noticeLength' | 'noticeUnit' | 'runsFrom' | 'effectiveAt' | 'municipalYearEnds'>): string {
  if (!NOTICE_UNITS.includes(p.noticeUnit)) return String(p.noticeLength);
  const one = p.noticeLength === 1;
  const length = p.noticeLength === 0 ? 'No minimum notice' : `${p.noticeLength} ${one ? `${p.noticeUnit.slice(0, -1)}’s` : `${p.noticeUnit}’`} notice`;
  const from = p.noticeLength === 0 ? '' : `, ${NOTICE_START_LABELS[p.runsFrom].toLowerCase()}`;
  const at = {
    'any-day': 'taking effect on any day',
    'month-end': 'taking effect only at the end of a month',
    'quarter-end': 'taking effect only at the end of a quarter',
    'financial-year-end': 'taking effect only at the end of a financial year (31 March)',
    'municipal-year-end': `taking effect only at the end of the municipal year${p.municipalYearEnds ? ` (${p.municipalYearEnds})` : ''}`,
  }[p.effectiveAt];
  return `${length}${from}, ${at}`;
}

/** The topics of an exit strategy, in the order its page asks them. */
export const EXIT_TOPICS = ['surpluses', 'mediation', 'assets', 'liabilities', 'staff', 'without-notice', 'final-report', 'informing'] as const;
export type ExitTopic = (typeof EXIT_TOPICS)[number];
export const EXIT_TOPIC_LABELS: Readonly<Record<ExitTopic, string>> = {
  surpluses: 'Treatment of surpluses',
  mediation: 'Mediation',
  assets: 'Ownership and disposal of assets',
  liabilities: 'Continuing financial liabilities',
  staff: 'Staff',
  'without-notice': 'Termination without notice',
  'final-report': 'Final reporting arrangements',
  informing: 'Informing funders, stakeholders and service users',
};
export const EXIT_TOPIC_HINTS: Readonly<Record<ExitTopic, string>> = {
  surpluses: 'How any surplus is shared between the partners when one leaves or the partnership ends.',
  mediation: 'How the partners resolve a dispute about the exit, and who mediates.',
  assets: 'Who owns what the partnership holds, and how it is disposed of or transferred.',
  liabilities: 'Who meets the liabilities that continue after the end (leases, pensions, contracts), and in what shares.',
  staff: 'What happens to staff employed or seconded for the partnership.',
  'without-notice': 'The grounds on which the partnership may end without notice: legislative change, an overspend, a breach of regulations, or others.',
  'final-report': 'Who writes the final report, and to whom it goes.',
  informing: 'Who tells the funders, stakeholders and service users, and when.',
};

/** R-2.14: the exit strategy the protocol names (2.14, App 1.7): without these a partnership has no plan for its end. */
export const REQUIRED_EXIT_TOPICS: readonly ExitTopic[] = ['surpluses', 'mediation', 'assets', 'liabilities'];

export interface ExitReadiness {
  /** Every partner's minimum notice recorded. */
  notice: TerminationProvision | null;
  /** The topics the protocol requires that have no arrangement yet, in order. */
  missing: ExitTopic[];
  ready: boolean;
  clause: 'R-2.14';
}

/** R-2.14: whether a partnership's end is provided for: every partner's notice and the four arrangements the protocol names. */
export function exitReadiness(provisions: readonly TerminationProvision[], topics: readonly string[]): ExitReadiness {
  const notice = provisions.find((p) => p.party === 'every-partner') ?? null;
  const missing = REQUIRED_EXIT_TOPICS.filter((t) => !topics.includes(t));
  return { notice, missing, ready: notice !== null && missing.length === 0, clause: 'R-2.14' };
}
