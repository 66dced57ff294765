// GET /api/v1/people/{id}/interests: a person's register of interests as their page shows it,
// read through interestsOf, so a sensitive interest's confidential fields are null (and withheld true) for
// a token that may not read them, as on every page and download.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { NotFoundError } from '../../app/errors.ts';
import { INTEREST_FIELDS } from '../../app/interests/interest.description.ts';
import { interestsOf } from '../../app/queries/interests.queries.ts';
import { FIDUCIARY_ROLES, INTEREST_KINDS } from '../../domain/interests/interest.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { ApiProblem } from './problem.ts';
import { idOut, responseComponent } from './schemas/common.ts';

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

export function interestOperations(deps: AppDeps): ApiOperation[] {
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
  ];
}
