// GET /api/v1/compliance: the council-wide compliance dashboard's results as JSON, the
// same filters as the page (status, legal form, significance tier, requirement, result), paged: each
// partnership the token may see with its findings (requirement id, clause, result, reason, evidence, fix).
// Stricter than the page, which leaves out a value it cannot use: here each is a 400 at its parameter.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { compliancePage } from '../../app/queries/compliance-dashboard.queries.ts';
import { DASHBOARD_PAGE_SIZE, MAX_DASHBOARD_PAGE_SIZE, parseComplianceQuery, RESULTS } from '../../domain/compliance/dashboard-query.ts';
import { LEGAL_FORMS, STATUSES } from '../../domain/register/vocabulary.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { invalidRequest } from './problem.ts';
import { idOut, responseComponent } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

export const COMPLIANCE_PARAMETER_DOCS: ParameterDoc[] = [
  { name: 'status', in: 'query', description: 'Only partnerships of these statuses (repeat, or separate with commas).', schema: { type: 'array', items: { type: 'string', enum: [...STATUSES] } }, explode: true, example: ['operating'] },
  { name: 'legalForm', in: 'query', description: 'Only these legal forms (repeat, or separate with commas).', schema: { type: 'array', items: { type: 'string', enum: [...LEGAL_FORMS] } }, explode: true },
  { name: 'tier', in: 'query', description: 'Only partnerships of these significance tiers, as the protocol configuration names them (minor, standard, significant).', schema: { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,39}$' } }, explode: true },
  { name: 'requirement', in: 'query', description: 'Only partnerships this requirement (its id in requirements.md, which cites the clause) was evaluated for, and only its findings.', schema: { type: 'string', pattern: '^R-[A-Za-z0-9.]{1,20}$' }, example: 'R-2.6.1' },
  { name: 'result', in: 'query', description: 'Only partnerships with a finding of this result (at the requirement, when one is given), and only those findings.', schema: { type: 'string', enum: [...RESULTS] } },
  { name: 'page', in: 'query', description: 'The page to show, from 1 (default 1). A page past the last has no items.', schema: { type: 'integer', minimum: 1, maximum: 999999 } },
  { name: 'pageSize', in: 'query', description: `How many partnerships per page, 1 to ${MAX_DASHBOARD_PAGE_SIZE} (default ${DASHBOARD_PAGE_SIZE}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_DASHBOARD_PAGE_SIZE } },
];

const findingOut = responseComponent(
  z.strictObject({
    requirementId: described(z.string(), 'The requirement’s id in requirements.md: R-2.6.1.'),
    clause: described(z.string(), 'The protocol’s clause it makes real: 2.6.'),
    kind: described(z.string(), 'record, rule, check or due, as requirements.md classes it.'),
    title: described(z.string(), 'The requirement, in a line.'),
    section: described(z.string(), 'The requirements.md section it is grouped under (the dashboard’s columns).'),
    result: described(z.enum(RESULTS), 'gap, pass or not-applicable.'),
    reason: described(z.string(), 'Why, in words, citing the clause.'),
    evidence: described(z.array(z.string()), 'What shows it is met: each piece in words.'),
    fix: described(z.strictObject({ href: z.string(), text: z.string() }).nullable(), 'For a gap: the page in Accord that closes it, and what to do there; null otherwise.'),
    gatesOperating: described(z.boolean(), 'Whether it must pass (or have an exception) before the partnership may start operating.'),
  }),
  { id: 'CouncilComplianceFinding', description: 'One requirement’s result for one partnership (R-2.9).' },
);

const itemOut = responseComponent(
  z.strictObject({
    partnership: z.strictObject({
      id: idOut,
      reference: z.string(),
      name: z.string(),
      status: z.enum(STATUSES),
      legalForm: z.enum(LEGAL_FORMS),
      tier: described(z.string(), 'Its significance tier, as the protocol configuration computes it.'),
    }),
    findings: described(z.array(findingOut), 'In the catalogue’s order; only the requirement’s and the result’s when the query names them.'),
  }),
  { id: 'CouncilComplianceItem', description: 'A partnership and its compliance findings.' },
);

responseComponent(
  z.strictObject({
    items: described(z.array(itemOut), 'By reference.'),
    total: z.int().min(0),
    page: z.int().min(1),
    pageSize: z.int().min(1),
  }),
  { id: 'CouncilCompliancePage', description: 'A page of the council-wide compliance results (R-2.9).' },
);

type FindingIn = { requirementId: string; clause: string; kind: string; title: string; section: string; result: (typeof RESULTS)[number]; reason: string; evidence: readonly string[]; fix?: { href: string; text: string } | undefined; gatesOperating: boolean };

function toFinding(f: FindingIn): z.output<typeof findingOut> {
  return {
    requirementId: f.requirementId,
    clause: f.clause,
    kind: f.kind,
    title: f.title,
    section: f.section,
    result: f.result,
    reason: f.reason,
    evidence: [...f.evidence],
    fix: f.fix ? { href: f.fix.href, text: f.fix.text } : null,
    gatesOperating: f.gatesOperating,
  };
}

export function councilComplianceOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/compliance',
      operationId: 'listCouncilCompliance',
      tag: 'Compliance',
      summary: 'List every partnership’s compliance findings',
      description:
        'The council-wide compliance dashboard as JSON (R-2.9): every partnership the token may see, by reference, with each requirement’s finding (requirement id, clause, result, reason, evidence and the fix for a gap), filtered as the dashboard page filters, a page at a time.',
      access: 'register.view',
      parameters: COMPLIANCE_PARAMETER_DOCS,
      responses: { '200': { description: 'A page of partnerships with their findings.', component: 'CouncilCompliancePage' } },
      handler: async (request) => {
        const { query, errors } = parseComplianceQuery((request.query ?? {}) as Record<string, unknown>);
        if (errors.length) throw invalidRequest(errors, 'One or more query parameters are unknown or not valid. Each is listed in errors.');
        const page = await compliancePage(deps, principalOf(request), query);
        return {
          items: page.items.map((c) => ({
            partnership: { id: c.partnership.id, reference: c.partnership.reference, name: c.partnership.name, status: c.partnership.status, legalForm: c.partnership.legalForm, tier: c.partnership.tier },
            findings: c.findings.map(toFinding),
          })),
          total: page.total,
          page: query.page,
          pageSize: query.pageSize,
        };
      },
    },
  ];
}
