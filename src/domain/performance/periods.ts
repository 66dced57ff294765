// R-2.6.2, R-2.9: the reporting periods of an indicator. A measurement names its period by the period's
// last day, so one date input asks for any frequency and periods sort as dates. The council's year is
// the financial year, April to March: its quarters end on 30 June, 30 September, 31 December and 31 March,
// and an annual indicator's year ends on 31 March.
import type { Frequency } from './indicator.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const MONTHS_IN: Readonly<Record<Frequency, number>> = { monthly: 1, quarterly: 3, annual: 12 };
/** The months a period of each frequency may end in (1 = January). */
const ENDS_IN: Readonly<Record<Frequency, readonly number[]>> = { monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], quarterly: [6, 9, 12, 3], annual: [3] };

const parts = (iso: string): [number, number, number] => iso.split('-').map(Number) as [number, number, number];
const pad = (n: number) => String(n).padStart(2, '0');
/** The quarter of the financial year a quarter's last month ends: June is Q1, March Q4. */
const quarterOf = (m: number) => ((m + 9) % 12) / 3 || 4;
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
/** The days in a month of a year (1 = January). */
export const daysIn = (year: number, month: number) => (month === 2 ? (leap(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31);

/** The last day of the month `months` after the month of `iso` (negative: before). */
export function monthEndAfter(iso: string, months: number): string {
  const [y, m] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(daysIn(year, month))}`;
}

/** Whether `iso` is the last day of a period of this frequency; the reason when it is not. */
export function periodEndProblem(frequency: Frequency, iso: string): string | null {
  const [y, m, d] = parts(iso);
  const monthEnd = d === daysIn(y, m);
  if (frequency === 'monthly') return monthEnd ? null : 'A monthly indicator’s period ends on the last day of a month, like 30 September 2026';
  if (frequency === 'quarterly') return monthEnd && ENDS_IN.quarterly.includes(m) ? null : 'A quarterly indicator’s period ends on the last day of a quarter: 30 June, 30 September, 31 December or 31 March';
  return monthEnd && m === 3 ? null : 'An annual indicator’s period is the financial year, ending on 31 March';
}

/** The financial year a month falls in: "2026/27" for April 2026 to March 2027. */
export function financialYear(iso: string): string {
  const [y, m] = parts(iso);
  const start = m >= 4 ? y : y - 1;
  return `${start}/${pad((start + 1) % 100)}`;
}

/** A period by its last day, in words: "September 2026", "Q2 2026/27 (July to September 2026)", "2026/27". */
export function periodInWords(frequency: Frequency, periodEnding: string): string {
  const [y, m] = parts(periodEnding);
  if (frequency === 'monthly') return `${MONTHS[m - 1]} ${y}`;
  if (frequency === 'annual') return `${financialYear(periodEnding)} (April ${y - 1} to March ${y})`;
  const [, first] = parts(monthEndAfter(periodEnding, -2));
  const quarter = quarterOf(m);
  const firstYear = first > m ? y - 1 : y;
  return `Q${quarter} ${financialYear(periodEnding)} (${MONTHS[first - 1]}${firstYear !== y ? ` ${firstYear}` : ''} to ${MONTHS[m - 1]} ${y})`;
}

/** The short name of a period, for a chart's axis: "Sep 2026", "Q2 26/27", "2026/27". */
export function periodShort(frequency: Frequency, periodEnding: string): string {
  const [y, m] = parts(periodEnding);
  if (frequency === 'monthly') return `${MONTHS[m - 1]!.slice(0, 3)} ${y}`;
  if (frequency === 'annual') return financialYear(periodEnding);
  return `Q${quarterOf(m)} ${financialYear(periodEnding).slice(2)}`;
}

/** The period after the one ending on `periodEnding`. */
export const nextPeriodEnding = (frequency: Frequency, periodEnding: string): string => monthEndAfter(periodEnding, MONTHS_IN[frequency]);

/** The last period of this frequency to have ended before `today` (yyyy-mm-dd). */
export function lastEndedPeriod(frequency: Frequency, today: string): string {
  let end = monthEndAfter(today, -1);
  while (periodEndProblem(frequency, end)) end = monthEndAfter(end, -1);
  return end;
}
