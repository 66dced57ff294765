// What the council-wide compliance dashboard, its exports and GET /api/v1/compliance are asked for: which
// partnerships (status, legal form, significance tier), which requirement (its id, which cites its clause)
// and which result, and the page. One reading for the page (which leaves a bad value out, as the register
// does: it came from an old or edited link) and the API (which answers 400 at the parameter).
import { listParam, oneOf, paging, single, type QueryError } from '../query/query-params.ts';
import { LEGAL_FORMS, STATUSES, type LegalForm, type Status } from '../register/vocabulary.ts';

export const RESULTS = ['gap', 'pass', 'not-applicable'] as const;
export type Result = (typeof RESULTS)[number];
export const RESULT_LABELS: Readonly<Record<Result, string>> = { gap: 'Gap', pass: 'Met', 'not-applicable': 'Not applicable' };

export const DASHBOARD_PAGE_SIZE = 25;
export const MAX_DASHBOARD_PAGE_SIZE = 100;

export interface ComplianceQuery {
  status: Status[];
  legalForm: LegalForm[];
  tier: string[];
  /** A requirement's id: only partnerships it applies to, and only its findings. */
  requirement: string | null;
  /** Only partnerships with a finding of this result (at the requirement, when one is given). */
  result: Result | null;
  page: number;
  pageSize: number;
}

export const DEFAULT_COMPLIANCE_QUERY: ComplianceQuery = { status: [], legalForm: [], tier: [], requirement: null, result: null, page: 1, pageSize: DASHBOARD_PAGE_SIZE };

export const COMPLIANCE_PARAMETERS = ['status', 'legalForm', 'tier', 'requirement', 'result', 'page', 'pageSize'] as const;

export type { QueryError };

/** A tier's key as the configuration names it (minor, standard, significant). */
const TIER = /^[a-z][a-z0-9-]{0,39}$/;
/** A requirement id as requirements.md writes it, R-A1.4, R-2.7doc, R-APPROVE. */
const REQUIREMENT = /^R-[A-Za-z0-9.]{1,20}$/;

export function parseComplianceQuery(params: Record<string, unknown>): { query: ComplianceQuery; errors: QueryError[] } {
  const errors: QueryError[] = [];
  for (const key of Object.keys(params)) {
    if (!(COMPLIANCE_PARAMETERS as readonly string[]).includes(key)) errors.push({ field: key, message: `Unknown parameter ${key}` });
  }
  const query: ComplianceQuery = {
    ...DEFAULT_COMPLIANCE_QUERY,
    status: oneOf('status', 'Status', STATUSES, params.status, errors),
    legalForm: oneOf('legalForm', 'Legal form', LEGAL_FORMS, params.legalForm, errors),
    tier: [],
  };
  for (const t of new Set(listParam(params.tier))) {
    if (TIER.test(t)) query.tier.push(t);
    else errors.push({ field: 'tier', message: 'Tier must be a tier’s name, such as minor, standard or significant' });
  }
  const requirement = single('requirement', params.requirement, errors);
  if (requirement !== undefined) {
    if (REQUIREMENT.test(requirement)) query.requirement = requirement;
    else errors.push({ field: 'requirement', message: 'Requirement must be a requirement’s id, such as R-2.6.1' });
  }
  const result = single('result', params.result, errors);
  if (result !== undefined) {
    if ((RESULTS as readonly string[]).includes(result)) query.result = result as Result;
    else errors.push({ field: 'result', message: `Result must be one of ${RESULTS.join(', ')}` });
  }
  Object.assign(query, paging(params, MAX_DASHBOARD_PAGE_SIZE, errors));
  return { query, errors };
}

/** The address's parameters for a query, leaving out defaults, so a filtered view is a short link to share. */
export function complianceQueryParams(query: ComplianceQuery, overrides: Partial<ComplianceQuery> = {}): URLSearchParams {
  const q = { ...query, ...overrides };
  const out = new URLSearchParams();
  for (const s of q.status) out.append('status', s);
  for (const f of q.legalForm) out.append('legalForm', f);
  for (const t of q.tier) out.append('tier', t);
  if (q.requirement) out.set('requirement', q.requirement);
  if (q.result) out.set('result', q.result);
  if (q.page !== 1) out.set('page', String(q.page));
  if (q.pageSize !== DASHBOARD_PAGE_SIZE) out.set('pageSize', String(q.pageSize));
  return out;
}
