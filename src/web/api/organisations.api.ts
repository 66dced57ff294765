// /api/v1/organisations: the list (the organisations page's search and filter, and paging), adding
// an organisation, reading one and changing it.
import type { AppDeps } from '../../app/deps.ts';
import { createOrganisation, organisationProblems, updateOrganisation } from '../../app/organisations.service.ts';
import { besideSchemaErrors, fieldsThatParse } from '../forms/every-error.ts';
import { PAGE_SIZE } from '../../domain/register/register-query.ts';
import { organisation, organisationsPage, partnershipsOfOrganisation } from '../../app/queries/directory.queries.ts';
import type { Principal } from '../../app/principal.ts';
import { principalOf } from '../context.ts';
import { organisationSchema } from '../schemas/organisation.schema.ts';
import { apiRequestContext } from './bearer.ts';
import { queryParameters, type ApiOperation } from './openapi.ts';
import { ApiProblem, invalidRequest, zodProblems, type FieldProblem } from './problem.ts';
import { ID_PARAMETER, idOf, write } from './partnerships.api.ts';
import {
  ORGANISATION_FIELDS,
  organisationCreateSchema,
  organisationPatchSchema,
  organisationQuerySchema,
  toOrganisationSummary,
  type OrganisationResource,
} from './schemas/organisation.api.ts';
import type { Organisation } from '../../domain/register/records.ts';
import type { MemberStatus, PartnerRole, Status } from '../../domain/register/vocabulary.ts';

const EXAMPLE_BODY = {
  name: 'Thameside Community Trust',
  sector: 'vcse',
  isThisCouncil: false,
  charityNumber: '1123456',
  website: 'https://www.thameside-trust.org.uk',
  contactName: 'Sam Patel',
  contactEmail: 'sam.patel@thameside-trust.org.uk',
};

export function organisationOperations(deps: AppDeps): ApiOperation[] {
  const db = deps.database.db;

  /** 400 with the schema's problems and the register's rules broken by the fields that are valid (one answer, every problem). */
  const everyProblem = async (candidate: unknown, schemaProblems: FieldProblem[], id: string | null, detail?: string) =>
    invalidRequest(besideSchemaErrors(schemaProblems, await organisationProblems(db, fieldsThatParse(organisationSchema, candidate), id)), detail);

  const load = async (principal: Principal, id: string): Promise<Organisation> => {
    const found = await organisation(deps, principal, id);
    if (!found) throw new ApiProblem({ status: 404, detail: 'There is no organisation with this id.' });
    return found;
  };

  const resource = async (principal: Principal, o: Organisation): Promise<OrganisationResource> => {
    const partnerships = await partnershipsOfOrganisation(deps, principal, o.id);
    return {
      ...toOrganisationSummary(o),
      partnerships: partnerships.map((p) => ({
        id: p.id,
        reference: p.reference,
        name: p.name,
        status: p.status as Status,
        role: p.role as PartnerRole,
        memberStatus: p.member_status as MemberStatus,
      })),
    };
  };

  return [
    {
      method: 'GET',
      path: '/api/v1/organisations',
      operationId: 'listOrganisations',
      tag: 'Organisations',
      summary: 'Search and list organisations',
      description: 'The organisations list: the council first, then by name. Every parameter that is unknown or not valid is listed in a 400.',
      access: 'directory.view',
      parameters: queryParameters(organisationQuerySchema),
      responses: { '200': { description: 'A page of organisations.', component: 'OrganisationPage' } },
      handler: async (request) => {
        const parsed = organisationQuerySchema.safeParse(request.query ?? {});
        if (!parsed.success) throw invalidRequest(queryProblems(parsed.error), 'One or more query parameters are unknown or not valid. Each is listed in errors.');
        const page = Number(parsed.data.page ?? 1);
        const pageSize = Number(parsed.data.pageSize ?? PAGE_SIZE);
        const result = await organisationsPage(deps, principalOf(request), { q: parsed.data.q ?? '', sector: parsed.data.sector ?? null, limit: pageSize, offset: (page - 1) * pageSize });
        return { items: result.items.map(toOrganisationSummary), total: result.total, page, pageSize };
      },
    },
    {
      method: 'POST',
      path: '/api/v1/organisations',
      operationId: 'createOrganisation',
      tag: 'Organisations',
      summary: 'Add an organisation',
      description: 'Adds an organisation. Names are unique in the register; only one organisation can be this council.',
      access: 'register.manage',
      requestBody: { component: 'OrganisationInput', description: 'The organisation.', example: EXAMPLE_BODY },
      responses: {
        '201': {
          description: 'Added: the organisation as now recorded.',
          component: 'Organisation',
          headers: { Location: { description: 'The new organisation’s address on the API.', schema: { type: 'string' } } },
        },
      },
      handler: async (request, reply) => {
        const parsed = organisationCreateSchema.safeParse(request.body);
        if (!parsed.success) throw await everyProblem(request.body, zodProblems(parsed.error), null);
        const created = await write(() => createOrganisation(deps, apiRequestContext(request), parsed.data));
        reply.code(201).header('location', `/api/v1/organisations/${created.id}`);
        return resource(principalOf(request), created);
      },
    },
    {
      method: 'GET',
      path: '/api/v1/organisations/{id}',
      operationId: 'getOrganisation',
      tag: 'Organisations',
      summary: 'Read an organisation',
      description: 'One organisation, with the partnerships it is a partner in.',
      access: 'directory.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The organisation.', component: 'Organisation' } },
      handler: async (request) => {
        const principal = principalOf(request);
        return resource(principal, await load(principal, idOf(request)));
      },
    },
    {
      method: 'PATCH',
      path: '/api/v1/organisations/{id}',
      operationId: 'updateOrganisation',
      tag: 'Organisations',
      summary: 'Change an organisation',
      description: 'Send only the fields to change; each replaces the current value. The result is checked whole, by the same rules as adding.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: { component: 'OrganisationPatch', description: 'The fields to change.', example: { contactPhone: '01632 960 001' } },
      responses: { '200': { description: 'Changed: the organisation as now recorded.', component: 'Organisation' } },
      handler: async (request) => {
        const principal = principalOf(request);
        const current = await load(principal, idOf(request));
        const parsed = organisationPatchSchema.safeParse(request.body);
        const details = Object.fromEntries(ORGANISATION_FIELDS.map((k) => [k, current[k]]));
        if (!parsed.success) throw await everyProblem({ ...details, ...(request.body as object) }, zodProblems(parsed.error), current.id);
        const whole = organisationSchema.safeParse({ ...details, ...parsed.data });
        if (!whole.success) {
          throw await everyProblem({ ...details, ...parsed.data }, zodProblems(whole.error), current.id, 'The organisation would not be valid with these changes. Each problem is listed in errors.');
        }
        const updated = await write(() => updateOrganisation(deps, apiRequestContext(request), current.id, whole.data));
        return resource(principal, updated);
      },
    },
  ];
}

/** Query problems are named by parameter; an unknown parameter is refused by name. */
export function queryProblems(error: Parameters<typeof zodProblems>[0]) {
  return zodProblems(error).map((p) =>
    p.message.startsWith('Unknown field ') ? { field: p.field, message: `Unknown parameter ${p.field}` } : p,
  );
}
