// /api/v1/partnerships: the register list (its search, filters, sort and paging), registering a
// partnership, reading one and changing it. Writes go through the same use cases as the pages.
import type { FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { createPartnership, loadPartnership, updatePartnership } from '../../app/partnerships.service.ts';
import { BUDGET_FILTERS, MAX_PAGE_SIZE, PAGE_SIZE, SORTS, parseRegisterQuery } from '../../domain/register/register-query.ts';
import { LEGAL_FORMS, SECTORS, STATUSES } from '../../domain/register/vocabulary.ts';
import { registerPage } from '../../app/queries/register.queries.ts';
import { partnershipChangeSchema } from '../schemas/partnership.schema.ts';
import { idParam } from '../shared/params.ts';
import { principalOf } from '../context.ts';
import { apiRequestContext } from './bearer.ts';
import { apiField, ruleProblemsBeside } from './partnership-rules.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { invalidRequest, ruleBroken, zodProblems, type FieldProblem } from './problem.ts';
import {
  PARTNERSHIP_CHANGE_FIELDS,
  partnershipCreateSchema,
  partnershipPatchSchema,
  toPartnershipResource,
  toPartnershipSummary,
} from './schemas/partnership.api.ts';

const ID_PATTERN = '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
export const EXAMPLE_ID = '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a90';

export const ID_PARAMETER: ParameterDoc = {
  name: 'id',
  in: 'path',
  description: 'The record’s id.',
  schema: { type: 'string', pattern: ID_PATTERN },
  example: EXAMPLE_ID,
};

const PAGE_PARAMETERS: ParameterDoc[] = [
  { name: 'page', in: 'query', description: 'The page to show, from 1 (default 1). A page past the last has no items.', schema: { type: 'integer', minimum: 1, maximum: 999999 } },
  { name: 'pageSize', in: 'query', description: `How many per page, 1 to ${MAX_PAGE_SIZE} (default ${PAGE_SIZE}).`, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE } },
];

/** The register page's parameters, as parseRegisterQuery reads them (a test keeps the two the same). */
export const REGISTER_PARAMETERS: ParameterDoc[] = [
  { name: 'q', in: 'query', description: 'Search: words found in the name, reference, purpose or a partner’s name (accents and case ignored; a word matches the start of a word).', schema: { type: 'string', maxLength: 200 }, example: 'health' },
  {
    name: 'status',
    in: 'query',
    description: 'Only these statuses. Repeat the parameter (status=a&status=b) or separate with commas.',
    schema: { type: 'array', items: { type: 'string', enum: [...STATUSES] } },
    explode: true,
    example: ['operating'],
  },
  { name: 'legalForm', in: 'query', description: 'Only these legal forms (repeat, or separate with commas).', schema: { type: 'array', items: { type: 'string', enum: [...LEGAL_FORMS] } }, explode: true },
  { name: 'sector', in: 'query', description: 'Only partnerships with a partner (other than the council) of this sector.', schema: { type: 'string', enum: [...SECTORS] } },
  { name: 'organisation', in: 'query', description: 'Only partnerships this organisation (an id) is a partner in.', schema: { type: 'string', pattern: ID_PATTERN } },
  { name: 'sponsor', in: 'query', description: 'Only partnerships with this sponsoring officer (a person’s id).', schema: { type: 'string', pattern: ID_PATTERN } },
  { name: 'priority', in: 'query', description: 'Only partnerships linked to this corporate priority (an id).', schema: { type: 'string', pattern: ID_PATTERN } },
  {
    name: 'minContribution',
    in: 'query',
    description: 'Only partnerships whose council contribution per year is at least this many pounds (like the register page: 5000 or 5000.50). Responses give money in pence.',
    schema: { type: 'string', pattern: '^£?[0-9][0-9,]*(\\.[0-9]{0,2})?$' },
  },
  {
    name: 'budget',
    in: 'query',
    description: 'R-2.5c: only partnerships whose contribution is within an approved budget, outside one, or whose answer is not recorded.',
    schema: { type: 'string', enum: [...BUDGET_FILTERS] },
  },
  { name: 'sort', in: 'query', description: `What to sort by (default name).`, schema: { type: 'string', enum: [...SORTS] } },
  { name: 'order', in: 'query', description: 'asc (default) or desc.', schema: { type: 'string', enum: ['asc', 'desc'] } },
  ...PAGE_PARAMETERS,
];

const EXAMPLE_BODY = {
  name: 'Thameside Health and Wellbeing Partnership',
  purpose: 'Join up health and care services for older residents.',
  expectedOutcomes: 'Fewer emergency admissions; more people living independently at home.',
  rationale: ['coordinated-services', 'maximise-funds'],
  wellbeing: ['social'],
  legalForm: 'joint-committee',
  startDate: '2026-04-01',
  councilContributionPence: 2500000,
  withinApprovedBudget: true,
  partners: [
    { organisationId: '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a91', role: 'lead', memberStatus: 'voting' },
    { organisationId: '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a92', role: 'member', memberStatus: 'voting' },
  ],
};

/**
 * Fields a v1 client may still send that have moved to an operation of their own (issue 8): the
 * schema refuses them as unknown, and the 400 says where they went instead (decision 34).
 */
export const MOVED_FIELDS: Readonly<Record<string, string>> = {
  status: 'Status changes only through an action: POST /api/v1/partnerships/{id}/transitions',
};

/** On PATCH, partners and representatives have moved too: they are records of their own (decision 38). */
export const MOVED_ON_CHANGE: Readonly<Record<string, string>> = {
  ...MOVED_FIELDS,
  partners: 'Partners change one at a time: POST/PATCH/DELETE /api/v1/partnerships/{id}/partners',
  representatives: 'Council representatives change one at a time: POST/PATCH/DELETE /api/v1/partnerships/{id}/representatives',
};

/** A body's problems, an unknown field that has moved worded as where it went. */
function bodyProblems(problems: FieldProblem[], moved: Readonly<Record<string, string>> = MOVED_FIELDS): FieldProblem[] {
  return problems.map((p) => (Object.hasOwn(moved, p.field) ? { field: p.field, message: moved[p.field]! } : p));
}

/** Where a rule's problem shows in the API's terms: partners.1.organisationId, councilContributionPence. */
export function apiProblems(error: ValidationError): FieldProblem[] {
  return (error.problems as readonly Problem[]).map((p) => ({ field: apiField(p), message: p.message }));
}


/** Runs a write; a rule it breaks becomes 422 with every problem at its field. */
export async function write<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ValidationError) throw ruleBroken(apiProblems(error));
    throw error;
  }
}

export function partnershipOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships',
      operationId: 'listPartnerships',
      tag: 'Partnerships',
      summary: 'Search and list the register',
      description: 'The register list: the same search, filters, sort and paging as the register page. Every parameter that is unknown or not valid is listed in a 400.',
      access: 'register.view',
      parameters: REGISTER_PARAMETERS,
      responses: { '200': { description: 'A page of partnerships.', component: 'PartnershipPage' } },
      handler: async (request) => {
        const { query, errors } = parseRegisterQuery(request.query as Record<string, unknown>);
        if (errors.length) throw invalidRequest(errors, 'One or more query parameters are unknown or not valid. Each is listed in errors.');
        const result = await registerPage(deps, principalOf(request), query);
        return { items: result.items.map(toPartnershipSummary), total: result.total, page: query.page, pageSize: query.pageSize };
      },
    },
    {
      method: 'POST',
      path: '/api/v1/partnerships',
      operationId: 'createPartnership',
      tag: 'Partnerships',
      summary: 'Register a partnership',
      description:
        'Registers a partnership and gives it its reference. The partners must include at least one organisation other than the council (R-1.1). It starts proposed: its status is not a field, and changes only through POST /api/v1/partnerships/{id}/transitions (a body with status is refused, 400).',
      access: 'register.manage',
      requestBody: { component: 'PartnershipInput', description: 'The partnership.', example: EXAMPLE_BODY },
      responses: {
        '201': {
          description: 'Registered: the partnership as now recorded.',
          component: 'Partnership',
          headers: { Location: { description: 'The new partnership’s address on the API.', schema: { type: 'string' } } },
        },
      },
      handler: async (request, reply) => {
        const parsed = partnershipCreateSchema.safeParse(request.body);
        // A body the schema refuses is checked by the register's rules too (R-1.1 and the rest): every problem in one answer.
        if (!parsed.success) throw invalidRequest(await ruleProblemsBeside(deps, principalOf(request), request.body, bodyProblems(zodProblems(parsed.error))));
        const created = await write(() => createPartnership(deps, apiRequestContext(request), parsed.data));
        reply.code(201).header('location', `/api/v1/partnerships/${created.id}`);
        return toPartnershipResource(created);
      },
    },
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}',
      operationId: 'getPartnership',
      tag: 'Partnerships',
      summary: 'Read a partnership',
      description: 'One partnership, with its reference, and the names of its partners, people and priorities beside their ids.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The partnership.', component: 'Partnership' } },
      handler: async (request) => toPartnershipResource(await loadPartnership(deps, idOf(request))),
    },
    {
      method: 'PATCH',
      path: '/api/v1/partnerships/{id}',
      operationId: 'updatePartnership',
      tag: 'Partnerships',
      summary: 'Change a partnership',
      description:
        'Send only the fields to change. Each replaces the current value (priorities replace the whole list). The result is checked whole, by the rules for these fields. The status, the partners and the council representatives are not fields here (a body with any of them is refused, 400, saying where to go): the status changes only through POST /api/v1/partnerships/{id}/transitions, and partners and representatives one at a time through POST/PATCH/DELETE /api/v1/partnerships/{id}/partners and /representatives, each change audited on its own.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: { component: 'PartnershipPatch', description: 'The fields to change.', example: { councilContributionPence: 3000000, withinApprovedBudget: true } },
      responses: { '200': { description: 'Changed: the partnership as now recorded.', component: 'Partnership' } },
      handler: async (request) => {
        const id = idOf(request);
        const current = await loadPartnership(deps, id);
        const parsed = partnershipPatchSchema.safeParse(request.body);
        const details = Object.fromEntries(PARTNERSHIP_CHANGE_FIELDS.map((k) => [k, current[k]]));
        const principal = principalOf(request);
        if (!parsed.success) {
          throw invalidRequest(await ruleProblemsBeside(deps, principal, { ...details, ...(request.body as object) }, bodyProblems(zodProblems(parsed.error), MOVED_ON_CHANGE), 'change'));
        }
        const whole = partnershipChangeSchema.safeParse({ ...details, ...parsed.data });
        if (!whole.success) {
          const problems = await ruleProblemsBeside(deps, principal, { ...details, ...parsed.data }, zodProblems(whole.error), 'change');
          throw invalidRequest(problems, 'The partnership would not be valid with these changes. Each problem is listed in errors.');
        }
        const updated = await write(() => updatePartnership(deps, apiRequestContext(request), id, whole.data));
        return toPartnershipResource(updated);
      },
    },
  ];
}

export function idOf(request: FastifyRequest): string {
  return idParam((request.params as { id?: unknown }).id);
}
