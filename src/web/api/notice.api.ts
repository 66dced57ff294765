// POST /api/v1/partnerships/{id}/notice/evaluate (R-2.14): "if notice were served on this day, when would
// the partner be out?" Computes, saving nothing, under the termination provisions given in the request or,
// when none are given, the partnership's own (the council's), with each step in words: the function the Exit page and the Summary use.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { NotFoundError } from '../../app/errors.ts';
import { londonToday } from '../../app/lifecycle.service.ts';
import { partnershipHeader } from '../../app/queries/partnership.queries.ts';
import { noticeEvaluationSchema } from '../../app/schemas/notice.schema.ts';
import { earliestExit, provisionProblems } from '../../domain/exit/notice.ts';
import { councilsProvision, noticeProvisionsOf } from '../../domain/exit/provisions.ts';
import { terminationProvisions } from '../../app/records/index.ts';
import { listRecords } from '../../app/records/record-queries.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { invalidRequest, ruleBroken, zodProblems } from './problem.ts';
import { requestComponent, responseComponent } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
const date = () => z.string().meta({ format: 'date' });

const input = requestComponent(noticeEvaluationSchema, {
  id: 'NoticeEvaluationRequest',
  description: 'R-2.14: the day notice is served (today when left out) and the termination provisions to calculate under (the partnership’s own when left out).'
});

responseComponent(
  z.strictObject({
    servedOn: date(),
    runsFrom: described(date(), 'The first day of the notice period.'),
    noticeEndsOn: described(date(), 'The day the notice period ends.'),
    effectiveOn: described(date(), 'R-2.14: the earliest day the withdrawal takes effect: the notice’s end, or the next point it may take effect at.'),
    steps: described(z.array(z.string()), 'Each step of the calculation in words, in order.'),
    words: described(z.string(), 'The answer in one sentence, citing the clause.'),
    conditions: z.array(z.string()),
    whoMayShorten: z.string().nullable(),
    clause: z.literal('R-2.14'),
  }),
  { id: 'NoticeEvaluation', description: 'When notice served on a day takes effect (R-2.14), and why.' },
);

export function noticeOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/notice/evaluate',
      operationId: 'evaluatePartnershipNotice',
      tag: 'Partnerships',
      summary: 'Work out when notice to withdraw would take effect',
      description:
        'R-2.14: computes, saving nothing, the earliest day a partner serving notice on servedOn (today when left out) would be out of the partnership under the termination provisions given, or under the partnership’s own when none are given (the council’s provision where it has one, otherwise every partner’s): the notice’s length from when it runs, then the first point on or after its end at which it may take effect, each step in words.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      requestBody: {
        component: 'NoticeEvaluationRequest',
        description: 'The day notice is served and the provisions.',
        example: { servedOn: '2027-01-15', provisions: { noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end', whoMayShorten: 'the board, unanimously', conditions: ['its share of any losses is paid'] } },
      },
      refusal: 'The provisions match the schema but cannot be calculated on: a notice longer than ten years, or one taking effect at the end of the municipal year with no day given for it; or none were given and the partnership has none recorded. errors says each, at its field.',
      notFound: 'No partnership the token may see has the id.',
      responses: { '200': { description: 'When the notice would take effect, and why.', component: 'NoticeEvaluation' } },
      handler: async (request) => {
        const parsed = input.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        const { provisions: sent, servedOn } = parsed.data;
        // Well formed, but not provisions it can calculate on (a municipal year with no end): 422 at each field.
        const problems = sent ? provisionProblems(sent) : [];
        if (problems.length) throw ruleBroken(problems.map((p) => ({ field: `provisions.${p.field}`, message: p.message })));
        const principal = principalOf(request);
        const id = idOf(request);
        if (!(await partnershipHeader(deps, principal, id))) throw new NotFoundError('No such partnership');
        const own = sent ? null : councilsProvision(await listRecords(deps, principal, terminationProvisions, id));
        const provisions = sent ?? (own && noticeProvisionsOf(own));
        if (!provisions) throw ruleBroken([{ field: 'provisions', message: 'No termination provisions are recorded for this partnership: send provisions, or record them first (R-2.14)' }]);
        return earliestExit(provisions, servedOn ?? londonToday(deps.clock.now()));
      },
    },
  ];
}
