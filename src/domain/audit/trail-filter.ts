// the audit trail page's filters, read from the address: by user, record type, record and
// a range of days. Days are UK days (London time), as the page shows times, so "from 1 April" starts
// at midnight in London whatever the season. A date that cannot be read is an error at its field; the
// other filters are lenient (a value the page cannot use is dropped), like the register's.

export interface TrailFilter {
  /** The user who acted (audit events' actor id). */
  actorId: string | null;
  entityType: string | null;
  entityId: string | null;
  /** ISO instants: occurred_at >= from and < to. */
  fromInstant: string | null;
  toInstant: string | null;
  /** Paging: events numbered below this one. */
  beforeSeq: number | null;
}

export interface TrailFilterInput {
  user: string;
  type: string;
  record: string;
  'from-day': string;
  'from-month': string;
  'from-year': string;
  'to-day': string;
  'to-month': string;
  'to-year': string;
}

export interface TrailFilterError {
  field: string;
  message: string;
}

export interface ParsedTrailFilter {
  filter: TrailFilter;
  input: TrailFilterInput;
  errors: TrailFilterError[];
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TYPE = /^[a-z][a-z-]{0,39}$/;

function first(query: Readonly<Record<string, unknown>>, name: string): string {
  const all = query[name];
  const value = Array.isArray(all) ? all.find((v) => typeof v === 'string') : all;
  return typeof value === 'string' ? value.replace(/[\u0000-\u001F\u007F]/g, '').trim().slice(0, 200).toWellFormed() : '';
}

type Day = { year: number; month: number; day: number };

// Calendar arithmetic by hand: the domain reads no clock and keeps to pure functions.
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** 0 for Sunday (Sakamoto's method). */
function weekday(y: number, m: number, d: number): number {
  const t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
  const yy = m < 3 ? y - 1 : y;
  return (yy + Math.floor(yy / 4) - Math.floor(yy / 100) + Math.floor(yy / 400) + t[m - 1]! + d) % 7;
}

const lastSunday = (y: number, m: number) => daysIn(y, m) - weekday(y, m, daysIn(y, m));
const order = (d: Day) => d.year * 10000 + d.month * 100 + d.day;

function nextDay(d: Day): Day {
  if (d.day < daysIn(d.year, d.month)) return { ...d, day: d.day + 1 };
  return d.month < 12 ? { year: d.year, month: d.month + 1, day: 1 } : { year: d.year + 1, month: 1, day: 1 };
}

function previousDay(d: Day): Day {
  if (d.day > 1) return { ...d, day: d.day - 1 };
  return d.month > 1 ? { year: d.year, month: d.month - 1, day: daysIn(d.year, d.month - 1) } : { year: d.year - 1, month: 12, day: 31 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (d: Day, time: string) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}T${time}`;

/**
 * The instant a UK day begins. British Summer Time runs from 1am UTC on the last Sunday of March to 1am
 * UTC on the last Sunday of October (the rule since 1996), so midnight is BST from the day after the
 * clocks go forward to the day they go back; midnight itself is never skipped or repeated.
 */
export function londonDayStart(year: number, month: number, day: number): string {
  const d = { year, month, day };
  const summer = order(d) > order({ year, month: 3, day: lastSunday(year, 3) }) && order(d) <= order({ year, month: 10, day: lastSunday(year, 10) });
  return summer ? iso(previousDay(d), '23:00:00.000Z') : iso(d, '00:00:00.000Z');
}

function readDay(label: string, prefix: 'from' | 'to', input: TrailFilterInput, errors: TrailFilterError[]): Day | null {
  const parts = { day: input[`${prefix}-day`], month: input[`${prefix}-month`], year: input[`${prefix}-year`] };
  if (!parts.day && !parts.month && !parts.year) return null;
  const missing = (['day', 'month', 'year'] as const).filter((k) => !parts[k]);
  if (missing.length) {
    errors.push({ field: `${prefix}-${missing[0]}`, message: `${label} must include a ${missing.join(' and ')}` });
    return null;
  }
  const ok = /^\d{1,2}$/.test(parts.day) && /^\d{1,2}$/.test(parts.month) && /^\d{4}$/.test(parts.year);
  const d = { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
  const real = ok && d.year >= 1900 && d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= daysIn(d.year, d.month);
  if (!real) {
    errors.push({ field: `${prefix}-day`, message: `${label} must be a real date, for example 27 3 2026` });
    return null;
  }
  return d;
}

export function parseTrailFilter(query: Readonly<Record<string, unknown>>): ParsedTrailFilter {
  const input: TrailFilterInput = {
    user: first(query, 'user'),
    type: first(query, 'type'),
    record: first(query, 'record'),
    'from-day': first(query, 'from-day'),
    'from-month': first(query, 'from-month'),
    'from-year': first(query, 'from-year'),
    'to-day': first(query, 'to-day'),
    'to-month': first(query, 'to-month'),
    'to-year': first(query, 'to-year'),
  };
  const errors: TrailFilterError[] = [];
  const from = readDay('The first day', 'from', input, errors);
  const to = readDay('The last day', 'to', input, errors);
  const fromInstant = from ? londonDayStart(from.year, from.month, from.day) : null;
  // The last day is included: the range ends when the day after it begins.
  const after = to ? nextDay(to) : null;
  const toInstant = after ? londonDayStart(after.year, after.month, after.day) : null;
  if (fromInstant && toInstant && toInstant <= fromInstant) {
    errors.push({ field: 'to-day', message: 'The last day must be the same as or after the first day' });
  }
  const before = first(query, 'before');
  return {
    input,
    errors,
    filter: {
      actorId: ID.test(input.user) ? input.user : null,
      entityType: TYPE.test(input.type) ? input.type : null,
      entityId: input.record || null,
      fromInstant,
      toInstant,
      beforeSeq: /^\d{1,15}$/.test(before) && Number(before) > 0 ? Number(before) : null,
    },
  };
}

/** The filters as address parameters (without paging), for links that keep them. */
export function trailFilterParams(input: TrailFilterInput): Array<[string, string]> {
  return Object.entries(input).filter(([, v]) => v !== '');
}
