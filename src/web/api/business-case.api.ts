// /api/v1/partnerships/{id}/business-case: the entering assessment and business case on the API (R-2.5a,
// R-2.5b, R-A1.1, R-A1.2, R-2.6.3), through the same use case as the pages. GET reads its answers, what it
// reads from the partnership, and what is still missing before it may go for approval (R-APPROVE); PATCH
// changes the answers sent (null clears one; those left out stay): 200, 400 with every field problem,
// 422 when the partnership is withdrawn.
import { z } from 'zod';
import { saveAssessment } from '../../app/business-case.service.ts';
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { assessmentFor, businessCaseFor } from '../../app/queries/business-case.queries.ts';
import { partnershipView } from '../../app/queries/partnership.queries.ts';
import { assessmentSchema } from '../../app/schemas/business-case.schema.ts';
import { ASSESSMENT_FIELDS, EMPTY_ASSESSMENT } from '../../domain/business-case/assessment.ts';
import { LEGAL_FORMS } from '../../domain/register/vocabulary.ts';
import { principalOf } from '../context.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { invalidRequest, ruleBroken, zodProblems } from './problem.ts';
import { idOut, requestComponent, responseComponent, timeOut } from './schemas/common.ts';

const answersInput = requestComponent(assessmentSchema, {
  id: 'BusinessCaseChange',
  description: 'The answers to change (R-2.5a, R-A1.1, R-A1.2, R-2.6.3): those left out stay as they are; null or blank clears one. Unknown fields are refused (400).',
});

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
const text = z.string().nullable();

const businessCaseOut = z.strictObject({
  answers: z.strictObject({
    existingCommitments: text,
    legalPower: text,
    barIdentified: z.boolean().nullable(),
    barDetails: text,
    legalFormReason: text,
    businessCase: text,
    evidenceBase: text,
  }),
  partnership: described(
    z.strictObject({
      councilContributionPence: z.number().int().nullable(),
      withinApprovedBudget: z.boolean().nullable(),
      resourcesStaff: text,
      resourcesAssets: text,
      resourcesInKind: text,
      legalForm: z.enum(LEGAL_FORMS),
      priorities: z.array(z.strictObject({ priorityId: idOut, title: z.string(), how: z.string() })),
    }),
    'What the assessment reads from the partnership (R-2.5a, R-2.5b, R-A1.2): changed with PATCH /api/v1/partnerships/{id}.',
  ),
  complete: described(z.boolean(), 'Whether nothing is missing before it may be submitted for approval (R-APPROVE).'),
  missing: described(
    z.array(z.strictObject({ field: z.string(), clause: z.string(), message: z.string(), page: z.enum(['business-case', 'details']) })),
    'Each item still missing, in the page’s order, with its clause; page: where it is fixed (business-case: this resource; details: the partnership).',
  ),
  screeningApplies: described(z.boolean().nullable(), 'What the latest screening found (R-1.1, R-2.2): it must apply before submission; null when none is recorded.'),
  updatedBy: described(z.string().nullable(), 'Who last changed it, as they were named then; null until it is first saved.'),
  updatedAt: timeOut.nullable(),
});
responseComponent(businessCaseOut, { id: 'BusinessCase', description: 'A partnership’s entering assessment and business case (R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3), and what it still lacks (R-APPROVE).' });

async function resourceOf(deps: AppDeps, request: Parameters<ApiOperation['handler']>[0]): Promise<z.output<typeof businessCaseOut>> {
  const principal = principalOf(request);
  const p = await partnershipView(deps, principal, idOf(request));
  const bc = await businessCaseFor(deps, principal, p);
  const a = bc.assessment ?? EMPTY_ASSESSMENT;
  return {
    answers: Object.fromEntries(ASSESSMENT_FIELDS.map((f) => [f, a[f]])) as z.output<typeof businessCaseOut>['answers'],
    partnership: {
      councilContributionPence: p.councilContributionPence,
      withinApprovedBudget: p.withinApprovedBudget,
      resourcesStaff: p.resourcesStaff,
      resourcesAssets: p.resourcesAssets,
      resourcesInKind: p.resourcesInKind,
      legalForm: p.legalForm,
      priorities: p.priorityViews.map((x) => ({ priorityId: x.priorityId, title: x.title, how: x.how })),
    },
    complete: bc.completeness.complete,
    missing: bc.completeness.missing,
    screeningApplies: bc.screeningApplies,
    updatedBy: bc.assessment?.updatedByLabel ?? null,
    updatedAt: bc.assessment?.updatedAt ?? null,
  };
}

export function businessCaseOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/business-case',
      operationId: 'getPartnershipBusinessCase',
      tag: 'Business case',
      summary: 'Read a partnership’s assessment and business case',
      description: 'Its answers, what it reads from the partnership, and each item still missing before it may be submitted for approval, with its clause (R-APPROVE). A partnership with none saved yet has every answer null.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The assessment and business case.', component: 'BusinessCase' } },
      handler: (request) => resourceOf(deps, request),
    },
    {
      method: 'PATCH',
      path: '/api/v1/partnerships/{id}/business-case',
      operationId: 'changePartnershipBusinessCase',
      tag: 'Business case',
      summary: 'Change a partnership’s assessment and business case',
      description: 'Changes the answers sent; those left out stay as they are. Any answer may be blank while it is written: missing says what is still needed before submit-for-approval. Recorded in the audit trail and the partnership’s History.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: {
        component: 'BusinessCaseChange',
        description: 'The answers to change.',
        example: { legalPower: 'Local Government Act 1972, sections 101 and 102.', barIdentified: false, barDetails: 'Legal Services advised on 2 March 2026 that there is no bar.' },
      },
      refusal: 'The partnership is withdrawn: its record is kept as it was (decision 24). errors says why, at action.',
      responses: { '200': { description: 'Changed: the assessment and business case now.', component: 'BusinessCase' } },
      handler: async (request) => {
        const id = idOf(request);
        const parsed = answersInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        const saved = (await assessmentFor(deps, principalOf(request), id)) ?? EMPTY_ASSESSMENT;
        // PATCH: what was sent over what is kept.
        const merged = Object.fromEntries(ASSESSMENT_FIELDS.map((f) => [f, parsed.data[f] !== undefined ? parsed.data[f] : saved[f]]));
        try {
          await saveAssessment(deps, apiRequestContext(request), request.user!, id, merged);
        } catch (error) {
          if (error instanceof ValidationError) throw ruleBroken(error.problems.map((p) => ({ field: p.field, message: p.message })));
          throw error;
        }
        return resourceOf(deps, request);
      },
    },
  ];
}
