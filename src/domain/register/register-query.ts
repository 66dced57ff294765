// The register list's search, filters, sort and page, read from URL parameters. The page ignores a
// value it cannot use (a hand-edited link still shows the register) except an amount someone typed,
// which it shows as an error at the field; the API reports every one.
import { LEGAL_FORMS, SECTORS, STATUSES, type LegalForm, type Sector, type Status } from './vocabulary.ts';
import { parsePounds, penceToInput } from './money.ts';

export const SORTS = ['name', 'reference', 'status', 'contribution', 'start'] as const;
export type Sort = (typeof SORTS)[number];
export const SORT_LABELS: Readonly<Record<Sort, string>> = {
  name: 'Name',
  reference: 'Reference',
  status: 'Status',
  contribution: 'Council contribution',
  start: 'Start date',
};

/** R-2.5c: whether the council's contribution is within an approved budget, as the register records it. */
export const BUDGET_FILTERS = ['within', 'outside', 'not-recorded'] as const;
export type BudgetFilter = (typeof BUDGET_FILTERS)[number];
export const BUDGET_FILTER_LABELS: Readonly<Record<BudgetFilter, string>> = {
  within: 'Within an approved budget',
  outside: 'Outside an approved budget',
  'not-recorded': 'Budget not recorded',
};

export const PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

export interface RegisterQuery {
  q: string;
  status: Status[];
  legalForm: LegalForm[];
  sector: Sector | null;
  organisation: string | null;
  sponsor: string | null;
  priority: string | null;
  minContributionPence: number | null;
  budget: BudgetFilter | null;
  sort: Sort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
}

export const DEFAULT_QUERY: RegisterQuery = {
  q: '',
  status: [],
  legalForm: [],
  sector: null,
  organisation: null,
  sponsor: null,
  priority: null,
  minContributionPence: null,
  budget: null,
  sort: 'name',
  order: 'asc',
  page: 1,
  pageSize: PAGE_SIZE,
};

export const QUERY_PARAMETERS = ['q', 'status', 'legalForm', 'sector', 'organisation', 'sponsor', 'priority', 'minContribution', 'budget', 'sort', 'order', 'page', 'pageSize'] as const;

export interface QueryError {
  field: string;
  message: string;
}

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function list(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  const values = Array.isArray(value) ? value : [value];
  return values.filter((v): v is string => typeof v === 'string').flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** The first value given. Not split on commas: "£5,000" is one amount. */
function single(value: unknown): string | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  return values.find(Boolean);
}

export function parseRegisterQuery(params: Record<string, unknown>): { query: RegisterQuery; errors: QueryError[] } {
  const errors: QueryError[] = [];
  const query: RegisterQuery = { ...DEFAULT_QUERY, status: [], legalForm: [] };

  for (const key of Object.keys(params)) {
    if (!(QUERY_PARAMETERS as readonly string[]).includes(key)) errors.push({ field: key, message: `Unknown parameter ${key}` });
  }

  const q = params.q;
  if (typeof q === 'string') {
    if (q.length > 200) errors.push({ field: 'q', message: 'Search must be 200 characters or fewer' });
    else query.q = q.trim();
  } else if (q !== undefined) errors.push({ field: 'q', message: 'Search must be text' });

  // A value given twice (status=a&status=a, or status=a,a) counts once.
  for (const s of new Set(list(params.status))) {
    if ((STATUSES as readonly string[]).includes(s)) query.status.push(s as Status);
    else errors.push({ field: 'status', message: `Status must be one of ${STATUSES.join(', ')}` });
  }
  for (const f of new Set(list(params.legalForm))) {
    if ((LEGAL_FORMS as readonly string[]).includes(f)) query.legalForm.push(f as LegalForm);
    else errors.push({ field: 'legalForm', message: `Legal form must be one of ${LEGAL_FORMS.join(', ')}` });
  }

  const sector = single(params.sector);
  if (sector !== undefined) {
    if ((SECTORS as readonly string[]).includes(sector)) query.sector = sector as Sector;
    else errors.push({ field: 'sector', message: `Sector must be one of ${SECTORS.join(', ')}` });
  }

  for (const key of ['organisation', 'sponsor', 'priority'] as const) {
    const id = single(params[key]);
    if (id === undefined) continue;
    if (ID.test(id)) query[key] = id;
    else errors.push({ field: key, message: `${key} must be an id` });
  }

  const min = single(params.minContribution);
  if (min !== undefined) {
    const parsed = parsePounds(min);
    if (parsed.ok) query.minContributionPence = parsed.pence;
    else errors.push({ field: 'minContribution', message: 'Minimum contribution must be an amount in pounds, like 5000 or 5000.50' });
  }

  const budget = single(params.budget);
  if (budget !== undefined) {
    if ((BUDGET_FILTERS as readonly string[]).includes(budget)) query.budget = budget as BudgetFilter;
    else errors.push({ field: 'budget', message: `Budget must be one of ${BUDGET_FILTERS.join(', ')}` });
  }

  const sort = single(params.sort);
  if (sort !== undefined) {
    if ((SORTS as readonly string[]).includes(sort)) query.sort = sort as Sort;
    else errors.push({ field: 'sort', message: `Sort must be one of ${SORTS.join(', ')}` });
  }
  const order = single(params.order);
  if (order !== undefined) {
    if (order === 'asc' || order === 'desc') query.order = order;
    else errors.push({ field: 'order', message: 'Order must be asc or desc' });
  }

  const page = single(params.page);
  if (page !== undefined) {
    if (/^\d{1,6}$/.test(page) && Number(page) >= 1) query.page = Number(page);
    else errors.push({ field: 'page', message: 'Page must be a whole number from 1' });
  }
  const size = single(params.pageSize);
  if (size !== undefined) {
    if (/^\d{1,3}$/.test(size) && Number(size) >= 1 && Number(size) <= MAX_PAGE_SIZE) query.pageSize = Number(size);
    else errors.push({ field: 'pageSize', message: `Page size must be a whole number from 1 to ${MAX_PAGE_SIZE}` });
  }

  return { query, errors };
}

/** The URL parameters for a query, leaving out defaults, so links stay short and shareable. */
export function registerQueryParams(query: RegisterQuery, overrides: Partial<RegisterQuery> = {}): URLSearchParams {
  const q = { ...query, ...overrides };
  const out = new URLSearchParams();
  if (q.q) out.set('q', q.q);
  for (const s of q.status) out.append('status', s);
  for (const f of q.legalForm) out.append('legalForm', f);
  if (q.sector) out.set('sector', q.sector);
  if (q.organisation) out.set('organisation', q.organisation);
  if (q.sponsor) out.set('sponsor', q.sponsor);
  if (q.priority) out.set('priority', q.priority);
  if (q.minContributionPence !== null) out.set('minContribution', penceToInput(q.minContributionPence));
  if (q.budget) out.set('budget', q.budget);
  if (q.sort !== DEFAULT_QUERY.sort) out.set('sort', q.sort);
  if (q.order !== DEFAULT_QUERY.order) out.set('order', q.order);
  if (q.page !== 1) out.set('page', String(q.page));
  if (q.pageSize !== PAGE_SIZE) out.set('pageSize', String(q.pageSize));
  return out;
}
