// R-2.14: when a partner serving notice to withdraw is out. The partnership's termination provisions say how
// long the notice is, from when it runs and at what point it may take effect (any day, a month's end, a
// quarter's end, the end of the financial or the municipal year); given the day notice is served, the
// earliest day the withdrawal takes effect, with each step in words, citing the clause.
//
// A period of months ends on the corresponding day of the later month, or on that month's last day where it
// has none (the corresponding date rule, Dodds v Walker [1981]): three months from 30 November is 28 (or 29)
// February, and one month from 30 April is 30 May, not 31.
import { addDays, dateInWords } from '../decisions/notice.ts';
import { daysIn } from '../performance/periods.ts';

export const NOTICE_UNITS = ['days', 'weeks', 'months'] as const;
export type NoticeUnit = (typeof NOTICE_UNITS)[number];

/** From when the notice runs: the day it is served, or the first day of the month after. */
export const NOTICE_STARTS = ['service', 'next-month'] as const;
export type NoticeStart = (typeof NOTICE_STARTS)[number];

/** The points at which a withdrawal may take effect. */
export const EFFECTIVE_POINTS = ['any-day', 'month-end', 'quarter-end', 'financial-year-end', 'municipal-year-end'] as const;
export type EffectivePoint = (typeof EFFECTIVE_POINTS)[number];

export const EFFECTIVE_POINT_LABELS: Readonly<Record<EffectivePoint, string>> = {
  'any-day': 'On any day',
  'month-end': 'Only at the end of a month',
  'quarter-end': 'Only at the end of a quarter (30 June, 30 September, 31 December, 31 March)',
  'financial-year-end': 'Only at the end of a financial year (31 March)',
  'municipal-year-end': 'Only at the end of the municipal year',
};

/** The most notice the calculator takes: ten years, in any unit. */
export const MAX_NOTICE: Readonly<Record<NoticeUnit, number>> = { days: 3650, weeks: 520, months: 120 };

export interface NoticeProvisions {
  /** The minimum notice a partner gives to withdraw (0: none). */
  noticeLength: number;
  noticeUnit: NoticeUnit;
  runsFrom: NoticeStart;
  effectiveAt: EffectivePoint;
  /** The municipal year's last day, MM-DD (the day before the annual meeting the council fixes), where effectiveAt is municipal-year-end. */
  municipalYearEnds: string | null;
  /** Who may agree a shorter notice (the board, unanimously); null where no one may. */
  whoMayShorten: string | null;
  /** What must be done before the notice takes effect (its share of any losses paid). */
  conditions: readonly string[];
}

export interface NoticeOutcome {
  servedOn: string;
  /** The first day of the notice period. */
  runsFrom: string;
  /** The day the notice period ends. */
  noticeEndsOn: string;
  /** The earliest day the withdrawal takes effect: the notice's end, or the next point it may take effect at. */
  effectiveOn: string;
  /** Each step in words, in order. */
  steps: string[];
  /** The answer in one sentence. */
  words: string;
  conditions: readonly string[];
  whoMayShorten: string | null;
  clause: 'R-2.14';
}

const MM_DD = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** The corresponding day `n` months after `iso`, or the later month's last day where it has none. */
export function monthsAfter(iso: string, n: number): string {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return isoOf(year, month, Math.min(d, daysIn(year, month)));
}

/** The day a yearly point MM-DD falls on in `year` (29 February is 28 February in a year without it). */
function yearly(year: number, mmdd: string): string {
  const [m, d] = mmdd.split('-').map(Number) as [number, number];
  return isoOf(year, m, Math.min(d, daysIn(year, m)));
}

/** The first day on or after `iso` that is a point of the kind. */
export function nextPoint(iso: string, at: EffectivePoint, municipalYearEnds: string | null): string {
  const [y, m] = parts(iso);
  switch (at) {
    case 'any-day':
      return iso;
    case 'month-end':
      return isoOf(y, m, daysIn(y, m));
    case 'quarter-end': {
      const q = Math.ceil(m / 3) * 3;
      return isoOf(y, q, daysIn(y, q));
    }
    case 'financial-year-end':
    case 'municipal-year-end': {
      const mmdd = at === 'financial-year-end' ? '03-31' : municipalYearEnds!;
      const thisYear = yearly(y, mmdd);
      return thisYear >= iso ? thisYear : yearly(y + 1, mmdd);
    }
  }
}

/** "3 months’ notice", "1 day’s notice". */
const noticeWords = (n: number, unit: NoticeUnit) => `${n} ${n === 1 ? `${unit.slice(0, -1)}’s` : `${unit}’`} notice`;

/** Why the provisions could not be calculated on, each at its field (none: they can). */
export function provisionProblems(p: Partial<NoticeProvisions>): Array<{ field: keyof NoticeProvisions; message: string }> {
  const problems: Array<{ field: keyof NoticeProvisions; message: string }> = [];
  if (p.noticeUnit && typeof p.noticeLength === 'number' && p.noticeLength > MAX_NOTICE[p.noticeUnit]) problems.push({ field: 'noticeLength', message: `The notice must be ${MAX_NOTICE[p.noticeUnit]} ${p.noticeUnit} or fewer (R-2.14)` });
  if (p.effectiveAt === 'municipal-year-end' && !p.municipalYearEnds) problems.push({ field: 'municipalYearEnds', message: 'Enter the day the municipal year ends, like 05-20 (R-2.14)' });
  else if (p.municipalYearEnds && (!MM_DD.test(p.municipalYearEnds) || Number(p.municipalYearEnds.slice(3)) > daysIn(2024, Number(p.municipalYearEnds.slice(0, 2))))) problems.push({ field: 'municipalYearEnds', message: 'The day the municipal year ends must be a day of the year, MM-DD, like 05-20 (R-2.14)' });
  return problems;
}

/** R-2.14: the earliest day notice served on `servedOn` takes effect under the provisions, with why. */
export function earliestExit(p: NoticeProvisions, servedOn: string): NoticeOutcome {
  const [y, m] = parts(servedOn);
  const runsFrom = p.runsFrom === 'service' ? servedOn : isoOf(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1);
  const noticeEndsOn = p.noticeUnit === 'months' ? monthsAfter(runsFrom, p.noticeLength) : addDays(runsFrom, p.noticeLength * (p.noticeUnit === 'weeks' ? 7 : 1));
  const effectiveOn = nextPoint(noticeEndsOn, p.effectiveAt, p.municipalYearEnds);
  const steps = [
    `Notice served on ${dateInWords(servedOn)}${p.runsFrom === 'next-month' ? ` runs from the first day of the next month, ${dateInWords(runsFrom)}` : ''}.`,
    p.noticeLength === 0 ? 'No minimum notice is required.' : `${noticeWords(p.noticeLength, p.noticeUnit)} ends on ${dateInWords(noticeEndsOn)}.`,
  ];
  if (p.effectiveAt !== 'any-day') {
    const point = EFFECTIVE_POINT_LABELS[p.effectiveAt].replace(/^Only/, 'It may take effect only').replace(/ \(.*\)$/, '');
    steps.push(effectiveOn === noticeEndsOn ? `${point}, and ${dateInWords(noticeEndsOn)} is one.` : `${point}: the first on or after it is ${dateInWords(effectiveOn)}.`);
  }
  if (p.conditions.length) steps.push(`It takes effect only once ${p.conditions.length === 1 ? 'this is done' : 'these are done'}: ${p.conditions.join('; ')}.`);
  if (p.whoMayShorten) steps.push(`A shorter notice may be agreed by ${p.whoMayShorten}.`);
  const words = `Notice served on ${dateInWords(servedOn)} takes effect on ${dateInWords(effectiveOn)} at the earliest${p.conditions.length ? ', once its conditions are met' : ''} (R-2.14)`;
  return { servedOn, runsFrom, noticeEndsOn, effectiveOn, steps, words, conditions: p.conditions, whoMayShorten: p.whoMayShorten, clause: 'R-2.14' };
}
