// /api/v1/risk-matrix: the council's risk matrix (R-2.6.8, decision 87). GET reads the matrix in force,
// for anyone who reads the register; PUT replaces it whole, for administrators: 400 with every problem when
// it is not a usable matrix (the schema's, then the domain's matrixProblems), 422 when an open risk is
// scored on a level it would not have. The page at /admin/risk-matrix runs the same use case.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { riskMatrixInForce } from '../../app/queries/risk-register.queries.ts';
import { changeRiskMatrix } from '../../app/risk-matrix.service.ts';
import { riskMatrixSchema } from '../../app/schemas/risk-matrix.schema.ts';
import { DEFAULT_RISK_MATRIX, matrixProblems, type RiskMatrix } from '../../domain/risk/matrix.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation } from './openapi.ts';
import { invalidRequest, ruleBroken, zodProblems } from './problem.ts';
import { requestComponent, responseComponent } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

responseComponent(
  z.strictObject({
    likelihood: described(z.array(z.string()), 'R-2.6.8: the likelihood scale’s levels, lowest (1) first.'),
    impact: described(z.array(z.string()), 'R-2.6.8: the impact scale’s levels, lowest (1) first.'),
    bands: described(
      z.array(z.strictObject({ name: z.string(), from: z.int(), to: z.int(), reviewMonths: described(z.int(), 'R-2.6.8: a risk in the band is reviewed this many months after its last review.') })),
      'Lowest first; together they cover every score from 1 to likelihood × impact, without overlap.',
    ),
  }),
  { id: 'RiskMatrix', description: 'R-2.6.8: the risk matrix risks are scored on: score = likelihood × impact, and each band’s review interval.' },
);

const input = requestComponent(riskMatrixSchema, {
  id: 'RiskMatrixInput',
  description: 'R-2.6.8: the whole matrix, replacing the one in force: scales of 3 to 6 named levels, and bands covering every score from 1 to likelihood × impact once, each reviewed at least as often as the band below it.',
});

const resourceOf = (m: RiskMatrix) => ({ likelihood: [...m.likelihood], impact: [...m.impact], bands: m.bands.map((b) => ({ name: b.name, from: b.from, to: b.to, reviewMonths: b.reviewMonths })) });

export function riskMatrixOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/risk-matrix',
      operationId: 'getRiskMatrix',
      tag: 'Performance',
      summary: 'Read the risk matrix',
      description: 'R-2.6.8: the scales risks are scored on (score = likelihood × impact), the bands of scores and how often a risk in each is reviewed: the council’s own, or its default 5 × 5 until an administrator sets one.',
      access: 'register.view',
      responses: { '200': { description: 'The risk matrix in force.', component: 'RiskMatrix' } },
      handler: async () => resourceOf(await riskMatrixInForce(deps)),
    },
    {
      method: 'PUT',
      path: '/api/v1/risk-matrix',
      operationId: 'putRiskMatrix',
      tag: 'Performance',
      summary: 'Set the risk matrix',
      description:
        'R-2.6.8: replaces the council’s risk matrix. Every risk’s score, band and next review follow from it at once, on every page, in What’s due and in the compliance checks. Recorded in the audit trail.',
      access: 'risk-matrix.manage',
      requestBody: { component: 'RiskMatrixInput', description: 'The matrix as it is to be.', example: resourceOf(DEFAULT_RISK_MATRIX) },
      refusal: 'An open risk is scored on a level of likelihood or impact the new matrix does not have: score it again or close it first. errors names the risks, at likelihood or impact.',
      responses: { '200': { description: 'Set: the matrix now in force.', component: 'RiskMatrix' } },
      handler: async (request) => {
        const parsed = input.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        // Not a usable matrix: the request's own problems, 400 at each part.
        const own = matrixProblems(parsed.data);
        if (own.length) throw invalidRequest(own);
        try {
          return resourceOf(await changeRiskMatrix(deps, apiRequestContext(request), parsed.data));
        } catch (error) {
          if (error instanceof ValidationError) throw ruleBroken(error.problems.map((p) => ({ field: p.field, message: p.message })));
          throw error;
        }
      },
    },
  ];
}
