// /api/v1/people/{id}/interests: a person's register of interests as their page shows it, read
// through interestsOf, so a sensitive interest's confidential fields are null (and withheld true) for a token
// that may not read them, as on every page and download; and its interests added, changed and removed by the
// same use cases as the pages (a sensitive one only by who may read it).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { NotFoundError } from '../../app/errors.ts';
import { INTEREST_FIELDS } from '../../app/interests/interest.description.ts';
import { addInterest, changeInterest, interestInputProblems, removeInterestOf } from '../../app/interests.service.ts';
import { inputOf, interestSchema } from '../../app/interests/interest.description.ts';
import { interestOf, interestsOf, type InterestView } from '../../app/queries/interests.queries.ts';
import type { InterestInput } from '../../domain/interests/interest.ts';
import { besideSchemaErrors, fieldsThatParse } from '../forms/every-error.ts';
import { apiRequestContext } from './bearer.ts';
import { FIDUCIARY_ROLES, INTEREST_KINDS, SENSITIVE_UNTOUCHABLE } from '../../domain/interests/interest.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { ID_PARAMETER, idOf, write } from './partnerships.api.ts';
import { ApiProblem, invalidRequest, zodProblems } from './problem.ts';
import { idOut, requestComponent, responseComponent, UUID } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, field: keyof typeof INTEREST_FIELDS) => schema.meta({ description: INTEREST_FIELDS[field].api });

const interestOut = responseComponent(
  z.strictObject({
    id: idOut,
    personId: idOut,
    kind: described(z.enum(INTEREST_KINDS), 'kind'),
    body: described(z.string().nullable(), 'body'),
    organisationId: described(idOut.nullable(), 'organisationId'),
    organisationName: z.string().nullable().meta({ description: 'The organisation’s name, or null (withheld with its id).' }),
    role: described(z.enum(FIDUCIARY_ROLES).nullable(), 'role'),
    details: described(z.string().nullable(), 'details'),
    startsOn: described(z.iso.date(), 'startsOn'),
    endsOn: described(z.iso.date().nullable(), 'endsOn'),
    sensitive: described(z.boolean(), 'sensitive'),
    sensitiveAgreedBy: described(z.string().nullable(), 'sensitiveAgreedBy'),
    withheld: z.boolean().meta({ description: 'R-2.13: true when this is a sensitive interest the token may not read: its confidential fields are then null.' }),
  }),
  { id: 'Interest', description: 'A registered interest or fiduciary role (R-2.13).' },
);

responseComponent(z.strictObject({ items: z.array(interestOut).meta({ description: 'The current and most recent first.' }) }), {
  id: 'InterestList',
  description: 'A person’s register of interests (R-2.13).',
});

const interestInput = requestComponent(interestSchema, { id: 'InterestInput', description: 'A registered interest or fiduciary role (R-2.13).' });
const interestPatch = requestComponent(interestSchema.partial(), { id: 'InterestPatch', description: 'Changes to a registered interest: send only the fields to change.' });

const EXAMPLE = {
  kind: 'fiduciary',
  body: 'Brackenford Council for Voluntary Service',
  organisationId: '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a91',
  role: 'trustee',
  details: 'Unpaid trustee since 2022.',
  startsOn: '2022-06-01',
  endsOn: null,
  sensitive: false,
  sensitiveAgreedBy: null,
};

const INTEREST_ID: ParameterDoc = { name: 'interestId', in: 'path', description: 'The interest’s id.', schema: { type: 'string', pattern: UUID.source }, example: '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a92' };

const interestIdOf = (request: FastifyRequest): string => {
  const value = (request.params as Record<string, unknown>).interestId;
  if (typeof value !== 'string' || !UUID.test(value)) throw new ApiProblem({ status: 404, detail: 'There is no interest with this id.' });
  return value;
};

/** 403 for a sensitive interest the token may not read: changing it would be changing it blind. */
const touchable = (interest: InterestView): InterestView => {
  if (interest.withheld) throw new ApiProblem({ status: 403, detail: `${SENSITIVE_UNTOUCHABLE}.` });
  return interest;
};

export function interestOperations(deps: AppDeps): ApiOperation[] {
  const db = deps.database.db;
  /** 400 with the schema's problems and the interest's rules broken by the fields that are valid. */
  const everyProblem = async (candidate: unknown, error: z.ZodError) =>
    invalidRequest(besideSchemaErrors(zodProblems(error), await interestInputProblems(db, fieldsThatParse(interestSchema, candidate) as Partial<InterestInput>)));
  const one = (request: FastifyRequest) => interestOf(deps, principalOf(request), idOf(request), interestIdOf(request));
  return [
    {
      method: 'GET',
      path: '/api/v1/people/{id}/interests',
      operationId: 'listInterests',
      tag: 'People',
      summary: 'List a person’s registered interests',
      description:
        'Their register of interests (R-2.13): interests that may conflict with their duties to the council, and fiduciary roles, each with the body it is in, its dates and whether it is sensitive. A sensitive interest’s body, organisation, role and details are null, and withheld is true, unless the token’s user is the person, the monitoring officer or an administrator.',
      access: 'directory.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The interests.', component: 'InterestList' } },
      handler: async (request) => {
        try {
          return { items: await interestsOf(deps, principalOf(request), idOf(request)) };
        } catch (error) {
          if (error instanceof NotFoundError) throw new ApiProblem({ status: 404, detail: 'There is no person with this id.' });
          throw error;
        }
      },
    },
    {
      method: 'POST',
      path: '/api/v1/people/{id}/interests',
      operationId: 'addInterest',
      tag: 'People',
      summary: 'Add an interest to a person’s register',
      description: 'R-2.13: a fiduciary role names its office; an end is not before its start; a sensitive interest says who agreed it, and is marked so only by the monitoring officer or an administrator (422 otherwise).',
      access: 'interests.manage',
      parameters: [ID_PARAMETER],
      requestBody: { component: 'InterestInput', description: 'The interest.', example: EXAMPLE },
      refusal: 'The interest breaks a rule of the register of interests (R-2.13): errors says which, at its field.',
      responses: { '201': { description: 'Added: the interest as recorded.', component: 'Interest' } },
      handler: async (request, reply) => {
        const principal = principalOf(request);
        const personId = idOf(request);
        const parsed = interestInput.safeParse(request.body);
        if (!parsed.success) throw await everyProblem(request.body, parsed.error);
        const added = await write(() => addInterest(deps, apiRequestContext(request), principal, personId, parsed.data));
        reply.code(201);
        return interestOf(deps, principal, personId, added.id);
      },
    },
    {
      method: 'PATCH',
      path: '/api/v1/people/{id}/interests/{interestId}',
      operationId: 'changeInterest',
      tag: 'People',
      summary: 'Change a registered interest',
      description: 'Send only the fields to change; the result is checked whole, by the same rules as adding. A sensitive interest is changed only by who may read it (403 otherwise).',
      access: 'interests.manage',
      parameters: [ID_PARAMETER, INTEREST_ID],
      requestBody: { component: 'InterestPatch', description: 'The fields to change.', example: { endsOn: '2026-03-31' } },
      refusal: 'The interest would break a rule of the register of interests (R-2.13): errors says which, at its field.',
      responses: { '200': { description: 'Changed: the interest as now recorded.', component: 'Interest' } },
      handler: async (request) => {
        const principal = principalOf(request);
        const current = touchable(await one(request));
        const parsed = interestPatch.safeParse(request.body);
        const kept = inputOf(current);
        if (!parsed.success) throw await everyProblem({ ...kept, ...(request.body as object) }, parsed.error);
        const whole = interestSchema.safeParse({ ...kept, ...Object.fromEntries(Object.entries(parsed.data).filter(([, v]) => v !== undefined)) });
        if (!whole.success) throw await everyProblem({ ...kept, ...parsed.data }, whole.error);
        await write(() => changeInterest(deps, apiRequestContext(request), principal, current.personId, current.id, whole.data));
        return interestOf(deps, principal, current.personId, current.id);
      },
    },
    {
      method: 'DELETE',
      path: '/api/v1/people/{id}/interests/{interestId}',
      operationId: 'removeInterest',
      tag: 'People',
      summary: 'Remove a registered interest',
      description: 'Removes it from the register; the audit trail keeps who removed it and when. A sensitive interest is removed only by who may read it (403 otherwise).',
      access: 'interests.manage',
      parameters: [ID_PARAMETER, INTEREST_ID],
      responses: { '204': { description: 'Removed.' } },
      handler: async (request, reply) => {
        const current = touchable(await one(request));
        await write(() => removeInterestOf(deps, apiRequestContext(request), principalOf(request), current.personId, current.id));
        reply.code(204);
        return null;
      },
    },
  ];
}
