// /api/v1/partnerships/{id}/screenings: screening on the API, through the same use
// case as the pages. GET lists every screening, newest first, the current one flagged; POST records one
// from its answers and takes the lifecycle step its outcome leads to: 201 with the outcome and reasons,
// 400 with every field problem, 422 when the partnership cannot be screened now.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { screeningsFor, type StoredScreening } from '../../app/queries/screening.queries.ts';
import { screeningAnswersSchema } from '../../app/schemas/screening.schema.ts';
import { recordScreening } from '../../app/screening.service.ts';
import { CHARACTERISTICS, EXCLUSIONS, SCREENING_WELLBEING } from '../../domain/screening/questions.ts';
import { outcomeSentence } from '../../domain/screening/outcome.ts';
import { STATUSES } from '../../domain/register/vocabulary.ts';
import { principalOf } from '../context.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { invalidRequest, ruleBroken, zodProblems } from './problem.ts';
import { idOut, requestComponent, responseComponent, timeOut } from './schemas/common.ts';

const answersInput = requestComponent(screeningAnswersSchema, {
  id: 'ScreeningAnswers',
  description: 'Screening’s answers (R-1.1, R-1.2, R-2.2), in the protocol’s terms. Unknown fields are refused (400).',
});

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const reasonOut = z.strictObject({
  clause: described(z.string(), 'Where in the protocol: “section 1”, “2.2(b)”.'),
  message: z.string(),
});

const screeningOut = responseComponent(
  z.strictObject({
    id: idOut,
    current: described(z.boolean(), 'The latest screening: the one the partnership’s status follows.'),
    applies: described(z.boolean(), 'Whether the protocol applies (R-1.1, R-2.2).'),
    outcome: described(z.string(), '“The protocol applies: …” or “The protocol does not apply because 2.2(b): informal consultation group.”'),
    reasons: described(z.array(reasonOut), 'Every reason, in the protocol’s order, each with its clause.'),
    answers: z.strictObject({
      sharedResponsibility: z.boolean(),
      wellbeing: z.array(z.enum(SCREENING_WELLBEING)),
      characteristics: z.array(z.enum(CHARACTERISTICS)),
      exclusions: z.array(z.enum(EXCLUSIONS)),
      councilControlsThirdParty: z.boolean().nullable(),
      note: z.string().nullable(),
    }),
    screenedBy: described(z.string(), 'Who recorded it, as they were named then.'),
    screenedAt: timeOut,
  }),
  { id: 'Screening', description: 'A screening of a partnership (R-1.1, R-1.2, R-2.2): its answers, whether the protocol applies and why, who and when.' },
);

responseComponent(
  z.strictObject({
    screening: screeningOut,
    status: described(z.enum(STATUSES), 'The partnership’s status now: screened when the protocol applies, not-applicable when it does not.'),
  }),
  { id: 'RecordedScreening', description: 'A screening just recorded, and the status its outcome led to.' },
);

responseComponent(z.strictObject({ items: z.array(screeningOut) }), { id: 'ScreeningList', description: 'A partnership’s screenings, newest first; the first is current.' });

function toScreeningResource(s: StoredScreening, current: boolean): z.output<typeof screeningOut> {
  return {
    id: s.id,
    current,
    applies: s.applies,
    outcome: outcomeSentence({ applies: s.applies, reasons: s.reasons }),
    reasons: s.reasons,
    answers: { ...s.answers, wellbeing: [...s.answers.wellbeing], characteristics: [...s.answers.characteristics], exclusions: [...s.answers.exclusions] },
    screenedBy: s.screenedByLabel,
    screenedAt: s.screenedAt,
  };
}

export function screeningOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/screenings',
      operationId: 'listPartnershipScreenings',
      tag: 'Screening',
      summary: 'Read a partnership’s screenings',
      description: 'Every screening of the partnership, newest first; the first is current (R-2.2: an arrangement can be re-screened and the history stays).',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The screenings, newest first.', component: 'ScreeningList' } },
      handler: async (request) => {
        const list = await screeningsFor(deps, principalOf(request), idOf(request));
        return { items: list.map((s, i) => toScreeningResource(s, i === 0)) };
      },
    },
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/screenings',
      operationId: 'recordScreening',
      tag: 'Screening',
      summary: 'Record a screening',
      description:
        'Works out from the answers whether the protocol applies (R-1.1, R-2.2; R-1.2’s characteristics are recorded), keeps the screening, and takes the lifecycle step it leads to: screen-in (to screened) or screen-out (to not-applicable). A proposed partnership is screened; a screened or screened-out one can be re-screened. Recorded in the audit trail and on its timeline.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: {
        component: 'ScreeningAnswers',
        description: 'The answers.',
        example: { sharedResponsibility: true, wellbeing: ['social'], characteristics: ['independent-bodies', 'common-goal'], exclusions: ['consultation-group'], note: 'Meets twice a year to discuss the town centre.' },
      },
      refusal: 'The partnership cannot be screened now (it is past screening, or withdrawn): errors says why, at action, with the clause.',
      responses: { '201': { description: 'Recorded: the screening with its outcome and reasons, and the partnership’s status now.', component: 'RecordedScreening' } },
      handler: async (request, reply) => {
        const id = idOf(request);
        const parsed = answersInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        try {
          const recorded = await recordScreening(deps, apiRequestContext(request), request.user!, id, parsed.data);
          reply.code(201);
          return { screening: toScreeningResource(recorded.screening, true), status: recorded.entry.status! };
        } catch (error) {
          if (error instanceof ValidationError) throw ruleBroken(error.problems.map((p) => ({ field: p.field, message: p.message, ...('clause' in p ? { clause: String(p.clause) } : {}) })));
          throw error;
        }
      },
    },
  ];
}

