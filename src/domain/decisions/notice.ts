// R-2.8g: whether a meeting had the notice the partners agreed, in clear days: the days between the day
// notice was sent and the day of the meeting, neither counted. Dates are calendar dates (yyyy-mm-dd),
// worked out in whole days without a clock or a time zone (the domain does not use Date), so a change of
// the clocks never moves a day.

export interface NoticeResult {
  sufficient: boolean;
  /** Clear days between sending and the meeting, excluding both; null when no notice is recorded. */
  given: number | null;
  required: number;
  /** The latest date notice could have been sent: the meeting less (clearDays + 1) days. */
  sendBy: string;
  explanation: string;
  clause: 'R-2.8g';
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number): number => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** yyyy-mm-dd as [year, month, day], or a RangeError: a date the calendar does not have is a caller's mistake. */
function parts(iso: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const [y, m, d] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || y < 1000 || m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) throw new RangeError(`${JSON.stringify(iso)} is not a date (yyyy-mm-dd)`);
  return [y, m, d];
}

// Days since 1970-01-01 and back, by the proleptic Gregorian calendar (H. Hinnant's days_from_civil):
// the arithmetic Date.UTC does, in whole numbers.
function dayNumber(iso: string): number {
  const [year, m, d] = parts(iso);
  const y = m <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function isoOf(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The date n days after iso (before it for a negative n). */
/** Whole days from one day to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);

export function addDays(iso: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addDays: ${n} is not a whole number of days`);
  const result = isoOf(dayNumber(iso) + n);
  parts(result);
  return result;
}

/** 2027-03-03 → "3 March 2027". */
export function dateInWords(iso: string): string {
  const [y, m, d] = parts(iso);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

const days = (n: number): string => `${n} clear day${n === 1 ? '' : 's'}`;

/**
 * R-2.8g: notice sent on `sentOn` (null when none is recorded) for a meeting on `meetingOn` that needs
 * `clearDays` clear days. Sufficient when it was sent on or before sendBy.
 */
export function noticeOf(sentOn: string | null, meetingOn: string, clearDays: number): NoticeResult {
  if (!Number.isSafeInteger(clearDays) || clearDays < 0) throw new RangeError(`noticeOf: ${clearDays} is not a number of clear days`);
  const sendBy = addDays(meetingOn, -(clearDays + 1));
  const base = { required: clearDays, sendBy, clause: 'R-2.8g' as const };
  if (sentOn === null) {
    return { ...base, sufficient: false, given: null, explanation: `No notice recorded; it needed to be sent by ${dateInWords(sendBy)}.` };
  }
  const between = dayNumber(meetingOn) - dayNumber(sentOn);
  // Sent on the day of the meeting or later gives no clear days at all.
  const given = Math.max(0, between - 1);
  const sufficient = between - 1 >= clearDays;
  const when = between > 1
    ? `${days(given)} before the meeting on ${dateInWords(meetingOn)}`
    : between === 1
      ? `the day before the meeting on ${dateInWords(meetingOn)}, so no clear days`
      : between === 0
        ? 'the day of the meeting, so no clear days'
        : `after the meeting on ${dateInWords(meetingOn)}`;
  const need = `${days(clearDays)} ${clearDays === 1 ? 'is' : 'are'} required`;
  const explanation = sufficient
    ? `Notice sufficient: sent on ${dateInWords(sentOn)}, ${when}; ${need}.`
    : `Notice insufficient: sent on ${dateInWords(sentOn)}, ${when}; ${need}, so it needed to be sent by ${dateInWords(sendBy)}.`;
  return { ...base, sufficient, given, explanation };
}
