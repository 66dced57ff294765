// /api/v1/people: the list (the people page's search and filters, and paging), adding a person,
// reading one and changing them.
import type { AppDeps } from '../../app/deps.ts';
import { createPerson, personProblems, updatePerson } from '../../app/people.service.ts';
import { besideSchemaErrors, fieldsThatParse } from '../forms/every-error.ts';
import { PAGE_SIZE } from '../../domain/register/register-query.ts';
import type { Person } from '../../domain/register/records.ts';
import type { Capacity } from '../../domain/register/vocabulary.ts';
import { partsOfPerson, peoplePage, person } from '../../app/queries/directory.queries.ts';
import type { Principal } from '../../app/principal.ts';
import { principalOf } from '../context.ts';
import { personSchema } from '../schemas/person.schema.ts';
import { apiRequestContext } from './bearer.ts';
import { queryParameters, type ApiOperation } from './openapi.ts';
import { queryProblems } from './organisations.api.ts';
import { ID_PARAMETER, idOf, write } from './partnerships.api.ts';
import { ApiProblem, invalidRequest, zodProblems, type FieldProblem } from './problem.ts';
import { PERSON_FIELDS, personCreateSchema, personPatchSchema, personQuerySchema, toPersonSummary, type PersonResource } from './schemas/person.api.ts';

const EXAMPLE_BODY = {
  name: 'Alex Morgan',
  jobTitle: 'Head of Adult Social Care',
  organisationId: '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a91',
  email: 'alex.morgan@example.gov.uk',
  councilRole: 'officer',
};

export function peopleOperations(deps: AppDeps): ApiOperation[] {
  const db = deps.database.db;

  /** 400 with the schema's problems and the register's rules broken by the fields that are valid (one answer, every problem). */
  const everyProblem = async (candidate: unknown, schemaProblems: FieldProblem[], id: string | null, detail?: string) =>
    invalidRequest(besideSchemaErrors(schemaProblems, (await personProblems(db, fieldsThatParse(personSchema, candidate), id)).problems), detail);

  const load = async (principal: Principal, id: string): Promise<Person> => {
    const found = await person(deps, principal, id);
    if (!found) throw new ApiProblem({ status: 404, detail: 'There is no person with this id.' });
    return found;
  };

  const resource = async (principal: Principal, p: Person): Promise<PersonResource> => {
    const roles = await partsOfPerson(deps, principal, p.id);
    const link = (r: { id: string; reference: string; name: string }) => ({ id: r.id, reference: r.reference, name: r.name });
    return {
      ...toPersonSummary(p),
      partnerships: {
        sponsoringOfficer: roles.sponsor.map(link),
        accountableOfficer: roles.accountable.map(link),
        representative: roles.representative.map((r) => ({ ...link(r), capacity: r.capacity as Capacity })),
      },
    };
  };

  return [
    {
      method: 'GET',
      path: '/api/v1/people',
      operationId: 'listPeople',
      tag: 'People',
      summary: 'Search and list people',
      description: 'The people list, by name. Every parameter that is unknown or not valid is listed in a 400.',
      access: 'directory.view',
      parameters: queryParameters(personQuerySchema),
      responses: { '200': { description: 'A page of people.', component: 'PersonPage' } },
      handler: async (request) => {
        const parsed = personQuerySchema.safeParse(request.query ?? {});
        if (!parsed.success) throw invalidRequest(queryProblems(parsed.error), 'One or more query parameters are unknown or not valid. Each is listed in errors.');
        const page = Number(parsed.data.page ?? 1);
        const pageSize = Number(parsed.data.pageSize ?? PAGE_SIZE);
        const result = await peoplePage(deps, principalOf(request), {
          q: parsed.data.q ?? '',
          organisationId: parsed.data.organisation ?? null,
          councilOnly: parsed.data.council === 'yes',
          limit: pageSize,
          offset: (page - 1) * pageSize,
        });
        return { items: result.items.map(toPersonSummary), total: result.total, page, pageSize };
      },
    },
    {
      method: 'POST',
      path: '/api/v1/people',
      operationId: 'createPerson',
      tag: 'People',
      summary: 'Add a person',
      description: 'Adds a person to an organisation. The council’s own people need a councilRole (officer or councillor).',
      access: 'register.manage',
      requestBody: { component: 'PersonInput', description: 'The person.', example: EXAMPLE_BODY },
      responses: {
        '201': {
          description: 'Added: the person as now recorded.',
          component: 'Person',
          headers: { Location: { description: 'The new person’s address on the API.', schema: { type: 'string' } } },
        },
      },
      handler: async (request, reply) => {
        const parsed = personCreateSchema.safeParse(request.body);
        if (!parsed.success) throw await everyProblem(request.body, zodProblems(parsed.error), null);
        const created = await write(() => createPerson(deps, apiRequestContext(request), parsed.data));
        reply.code(201).header('location', `/api/v1/people/${created.id}`);
        return resource(principalOf(request), created);
      },
    },
    {
      method: 'GET',
      path: '/api/v1/people/{id}',
      operationId: 'getPerson',
      tag: 'People',
      summary: 'Read a person',
      description: 'One person, with their organisation’s name and the partnerships they have a part in.',
      access: 'directory.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The person.', component: 'Person' } },
      handler: async (request) => {
        const principal = principalOf(request);
        return resource(principal, await load(principal, idOf(request)));
      },
    },
    {
      method: 'PATCH',
      path: '/api/v1/people/{id}',
      operationId: 'updatePerson',
      tag: 'People',
      summary: 'Change a person',
      description: 'Send only the fields to change; each replaces the current value. The result is checked whole, by the same rules as adding.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: { component: 'PersonPatch', description: 'The fields to change.', example: { jobTitle: 'Director of Adult Services' } },
      responses: { '200': { description: 'Changed: the person as now recorded.', component: 'Person' } },
      handler: async (request) => {
        const principal = principalOf(request);
        const current = await load(principal, idOf(request));
        const parsed = personPatchSchema.safeParse(request.body);
        const details = Object.fromEntries(PERSON_FIELDS.map((k) => [k, current[k]]));
        if (!parsed.success) throw await everyProblem({ ...details, ...(request.body as object) }, zodProblems(parsed.error), current.id);
        const whole = personSchema.safeParse({ ...details, ...parsed.data });
        if (!whole.success) {
          throw await everyProblem({ ...details, ...parsed.data }, zodProblems(whole.error), current.id, 'The person would not be valid with these changes. Each problem is listed in errors.');
        }
        const updated = await write(() => updatePerson(deps, apiRequestContext(request), current.id, whole.data, principalOf(request)));
        return resource(principal, updated);
      },
    },
  ];
}
