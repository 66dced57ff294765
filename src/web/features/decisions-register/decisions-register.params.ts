// The decisions register page's filters (R-2.8a), read from the address: a search of the item's title and
// motion, types of decision, outcomes, key decisions only, a range of meeting days and, across the council,
// one partnership. As on the partnership register, a value the page cannot use (an old or edited link) is
// left out rather than refused, except a day someone typed, which cannot be read or ends before it starts:
// that is an error at its field (the page answers 400 with the error summary), the list shown without it,
// and what was typed kept in the boxes. The downloads read the same parameters.
import { dateFromParts } from '../../forms/date-input.ts';
import { realDate } from '../../../app/schemas/fields.ts';
import { listParam } from '../../../domain/query/query-params.ts';
import type { DecisionsQuery } from '../../../app/queries/decisions-register.queries.ts';
import { OUTCOMES } from '../../../domain/decisions/outcome.ts';
import { DECISION_TYPES, type DecisionType } from '../../../domain/decisions/rules.ts';
import type { FieldError } from '../../forms/form.ts';
import { LIST_PAGE_SIZE } from '../../shared/paging.ts';

export const DECISIONS_PAGE_SIZE = LIST_PAGE_SIZE;
export const MAX_SEARCH = 200;

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY_FIELDS = ['from-day', 'from-month', 'from-year', 'to-day', 'to-month', 'to-year'] as const;
type DayField = (typeof DAY_FIELDS)[number];

/** The day boxes as typed, to put back in them. */
export type DayInput = Record<DayField, string>;

function first(params: Readonly<Record<string, unknown>>, name: string): string {
  const all = params[name];
  const value = Array.isArray(all) ? all.find((v) => typeof v === 'string') : all;
  return typeof value === 'string' ? value.replace(/[\u0000-\u001F\u007F]/g, '').trim().toWellFormed() : '';
}


/**
 * The day typed in a date input's three boxes as YYYY-MM-DD, read as every form reads one (dateFromParts);
 * null when blank or when it cannot be read (its error kept), and a day the calendar lacks is an error too.
 */
function readDay(label: string, prefix: 'from' | 'to', input: DayInput, errors: FieldError[]): string | null {
  const read: FieldError[] = [];
  const iso = dateFromParts(input, prefix, label, read);
  if (iso && realDate(iso)) return iso;
  if (iso === null && !read.length) return null;
  const missing = read.find((e) => e.message.includes('must include'));
  errors.push(missing ?? { field: `${prefix}-day`, message: `${label} must be a real date, for example 27 3 2026` });
  return null;
}

export interface ParsedDecisionsParams {
  query: DecisionsQuery;
  /** The day boxes as typed. */
  days: DayInput;
  /** Only the days: everything else is left out when it cannot be used. */
  errors: FieldError[];
}

/**
 * The page's (and its downloads') query. `partnershipId` is the partnership of the address, for one
 * partnership's register; across the council (null) the `partnership` parameter may choose one.
 */
export function parseDecisionsParams(params: Readonly<Record<string, unknown>>, partnershipId: string | null): ParsedDecisionsParams {
  const q = first(params, 'q');
  const chosen = first(params, 'partnership');
  const key = first(params, 'keyDecision');
  const page = first(params, 'page');
  const days = Object.fromEntries(DAY_FIELDS.map((f) => [f, first(params, f).slice(0, 10).toWellFormed()])) as DayInput;
  const errors: FieldError[] = [];
  const from = readDay('The first day', 'from', days, errors);
  let to = readDay('The last day', 'to', days, errors);
  if (from !== null && to !== null && to < from) {
    errors.push({ field: 'to-day', message: 'The last day must be the same as or after the first day' });
    to = null;
  }
  return {
    days,
    errors,
    query: {
      partnershipId: partnershipId ?? (ID.test(chosen) ? chosen : null),
      q: q.length <= MAX_SEARCH ? q : '',
      types: [...new Set(listParam(params.type))].filter((t): t is DecisionType => (DECISION_TYPES as readonly string[]).includes(t)),
      outcomes: [...new Set(listParam(params.outcome))].filter((o) => (OUTCOMES as readonly string[]).includes(o)),
      keyDecision: key === 'true' ? true : key === 'false' ? false : null,
      from,
      to,
      page: /^\d{1,6}$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
      pageSize: DECISIONS_PAGE_SIZE,
    },
  };
}

const dayBoxes = (prefix: 'from' | 'to', iso: string | null): Array<[string, string]> => {
  if (!iso) return [];
  const [y, m, d] = iso.split('-');
  return [
    [`${prefix}-day`, String(Number(d))],
    [`${prefix}-month`, String(Number(m))],
    [`${prefix}-year`, y!],
  ];
};

/** The address's parameters for a query (leaving out what is not chosen), so a filtered register is a link to keep or send. */
export function decisionsParams(query: DecisionsQuery, overrides: Partial<DecisionsQuery> = {}, councilWide = false): URLSearchParams {
  const o = { ...query, ...overrides };
  const out = new URLSearchParams();
  if (o.q) out.set('q', o.q);
  for (const t of o.types) out.append('type', t);
  for (const x of o.outcomes) out.append('outcome', x);
  if (o.keyDecision !== null) out.set('keyDecision', String(o.keyDecision));
  for (const [k, v] of [...dayBoxes('from', o.from), ...dayBoxes('to', o.to)]) out.set(k, v);
  if (councilWide && o.partnershipId) out.set('partnership', o.partnershipId);
  if (o.page !== 1) out.set('page', String(o.page));
  return out;
}
