// The council's view of the risk registers on the API: GET /api/v1/risks, every open risk of
// the partnerships the token may see with where it stands today, the counts by band and the heat map,
// filtered as the Risks page filters (a band, one cell of the heat map, the overdue), read strictly.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { londonToday } from '../../app/lifecycle.service.ts';
import { councilRiskRegister, riskMatrixInForce, type CouncilRiskFilter } from '../../app/queries/risk-register.queries.ts';
import { single, type QueryError } from '../../domain/query/query-params.ts';
import { MAX_SCALE, type RiskMatrix } from '../../domain/risk/matrix.ts';
import { RISK_CATEGORIES, RISK_RESPONSES } from '../../domain/risk/risk.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { invalidRequest } from './problem.ts';
import { dateOut, idOut, responseComponent } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const councilRiskOut = responseComponent(
  z.strictObject({
    partnership: z.strictObject({ id: idOut, reference: z.string(), name: z.string() }),
    id: idOut,
    title: z.string(),
    cause: z.string(),
    event: z.string(),
    consequence: z.string(),
    category: z.enum(RISK_CATEGORIES),
    ownerName: z.string(),
    partnerName: described(z.string(), 'The partner that owns the risk.'),
    response: z.enum(RISK_RESPONSES),
    likelihood: described(z.int(), 'R-2.6.8: its current likelihood: the latest review’s, or its residual likelihood before any review.'),
    impact: described(z.int(), 'R-2.6.8: its current impact, as its likelihood.'),
    score: described(z.int(), 'R-2.6.8: likelihood × impact.'),
    band: described(z.string(), 'R-2.6.8: the band of the risk matrix its score is in (GET /api/v1/risk-matrix).'),
    targetScore: z.int().nullable(),
    aboveTarget: z.boolean(),
    trend: described(z.enum(['rising', 'falling', 'steady']).nullable(), 'R-2.6.8: its score at the latest review against the one before; null before any review.'),
    lastReviewedOn: dateOut.nullable(),
    nextReviewOn: described(dateOut, 'R-2.6.8: the band’s interval after its last review, or after it was identified.'),
    overdue: z.boolean(),
    words: described(z.string(), 'Where it stands, in words, citing the clause.'),
  }),
  { id: 'CouncilRisk', description: 'An open risk in the council’s view of the risk registers, with its partnership (R-2.6.8).' },
);

responseComponent(
  z.strictObject({
    items: described(z.array(councilRiskOut), 'The open risks the filters pick: overdue first, then the highest score.'),
    counts: described(
      z.strictObject({ bands: z.array(z.strictObject({ name: z.string(), count: z.int() })), overdue: z.int(), open: z.int() }),
      'Every open risk in scope, whatever the filters: by band (lowest first), overdue, and in all.',
    ),
    heatMap: described(
      z.array(z.array(z.strictObject({ likelihood: z.int(), impact: z.int(), score: z.int(), band: z.string(), count: z.int() }))),
      'R-2.6.8: every open risk in scope at its current likelihood and impact: one row per likelihood, highest first, each cell by impact, lowest first.',
    ),
  }),
  { id: 'CouncilRisks', description: 'The council’s view of the partnerships’ risk registers (R-2.6.8).' },
);

const FILTER_DOCS: ParameterDoc[] = [
  { name: 'band', in: 'query', description: 'Only risks whose current score is in this band of the risk matrix in force (its name, as GET /api/v1/risk-matrix gives it).', schema: { type: 'string' } },
  { name: 'likelihood', in: 'query', description: 'Only risks at this current likelihood (1 is the lowest; the matrix in force has up to 6).', schema: { type: 'integer', minimum: 1, maximum: MAX_SCALE } },
  { name: 'impact', in: 'query', description: 'Only risks at this current impact (1 is the lowest; the matrix in force has up to 6).', schema: { type: 'integer', minimum: 1, maximum: MAX_SCALE } },
  { name: 'overdue', in: 'query', description: 'true: only risks overdue for review; false: only the others.', schema: { type: 'string', enum: ['true', 'false'] } },
];
const KNOWN = new Set(FILTER_DOCS.map((d) => d.name));

/** The view's filters, read strictly: every problem at its parameter. */
export function parseRiskQuery(m: RiskMatrix, params: Readonly<Record<string, unknown>>): { filter: CouncilRiskFilter; errors: QueryError[] } {
  const errors: QueryError[] = [];
  for (const key of Object.keys(params)) if (!KNOWN.has(key)) errors.push({ field: key, message: `Unknown parameter ${key}` });
  const band = single('band', params.band, errors);
  if (band !== undefined && !m.bands.some((b) => b.name === band)) errors.push({ field: 'band', message: `Band must be one of ${m.bands.map((b) => b.name).join(', ')}` });
  const level = (field: 'likelihood' | 'impact', size: number): number | null => {
    const v = single(field, params[field], errors);
    if (v === undefined) return null;
    if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > size) {
      errors.push({ field, message: `${field === 'likelihood' ? 'Likelihood' : 'Impact'} must be a whole number from 1 to ${size}` });
      return null;
    }
    return Number(v);
  };
  const likelihood = level('likelihood', m.likelihood.length);
  const impact = level('impact', m.impact.length);
  const overdue = single('overdue', params.overdue, errors);
  if (overdue !== undefined && overdue !== 'true' && overdue !== 'false') errors.push({ field: 'overdue', message: 'Overdue must be true or false' });
  return {
    filter: { band: band && m.bands.some((b) => b.name === band) ? band : null, likelihood, impact, overdue: overdue === 'true' ? true : overdue === 'false' ? false : null },
    errors,
  };
}

export function riskOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/risks',
      operationId: 'listCouncilRisks',
      tag: 'Performance',
      summary: 'List every partnership’s open risks',
      description: 'R-2.6.8: the council’s view of the risk registers: every open risk of the partnerships the token may see, with its band, trend and next review; the counts by band and the heat map of them all; filtered as the Risks page filters (a band, a cell of the heat map, the overdue).',
      access: 'register.view',
      parameters: FILTER_DOCS,
      responses: { '200': { description: 'The open risks, with the counts by band and the heat map.', component: 'CouncilRisks' } },
      handler: async (request) => {
        const m = await riskMatrixInForce(deps);
        const { filter, errors } = parseRiskQuery(m, (request.query ?? {}) as Record<string, unknown>);
        if (errors.length) throw invalidRequest(errors, 'One or more query parameters are unknown or not valid. Each is listed in errors.');
        const result = await councilRiskRegister(deps, principalOf(request), m, filter, londonToday(deps.clock.now()));
        return {
          items: result.risks.map(({ risk: k, standing: s }) => ({
            partnership: { id: k.partnershipId, reference: k.reference, name: k.partnershipName },
            id: k.id,
            title: k.title,
            cause: k.cause,
            event: k.event,
            consequence: k.consequence,
            category: k.category,
            ownerName: k.ownerName,
            partnerName: k.partnerName,
            response: k.response,
            likelihood: s.likelihood,
            impact: s.impact,
            score: s.score,
            band: s.band,
            targetScore: k.targetScore,
            aboveTarget: s.aboveTarget,
            trend: s.trend,
            lastReviewedOn: s.lastReviewedOn,
            // Open risks always have a next review.
            nextReviewOn: s.nextReviewOn!,
            overdue: s.overdue,
            words: s.words,
          })),
          counts: { bands: result.counts.bands.map((b) => ({ name: b.name, count: b.n })), overdue: result.counts.overdue, open: result.counts.open },
          heatMap: result.heatMap.map((row) => row.map((c) => ({ likelihood: c.likelihood, impact: c.impact, score: c.score, band: c.band, count: c.ids.length }))),
        };
      },
    },
  ];
}
