// /api/v1/partnerships/{id}/compliance: the compliance engine's findings for one partnership on the API
// (issue 9), exactly as the engine gives them and the Compliance tab shows them; and recording an
// attestation or an exception through the same use cases as the pages. POST: 201; 400 at each field (the
// schema's and the dates' rules); 404 for a requirement the catalogue does not know; 409 when the
// requirement takes no such evidence for this partnership now; 422 when the partnership is withdrawn.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { NotTakenError, recordAttestation, recordException, requirementOf } from '../../app/compliance.service.ts';
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { londonToday } from '../../app/lifecycle.service.ts';
import { partnershipCompliance } from '../../app/queries/compliance.queries.ts';
import { attestationProblems, attestationSchema, exceptionProblems, exceptionSchema } from '../../app/schemas/compliance.schema.ts';
import type { PartnershipCompliance } from '../../domain/compliance/evaluate.ts';
import { REQUIREMENT_IDS } from '../../domain/compliance/requirements.ts';
import { TIER_LABELS } from '../../domain/compliance/tier.ts';
import type { Finding } from '../../domain/compliance/types.ts';
import { TIERS } from '../../domain/protocol-config/schema.ts';
import { principalOf } from '../context.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { ApiProblem, invalidRequest, ruleBroken, zodProblems } from './problem.ts';
import { dateOut, requestComponent, responseComponent } from './schemas/common.ts';

const attestationInput = requestComponent(attestationSchema, {
  id: 'AttestationInput',
  description: 'An attestation of a requirement Accord does not yet hold the data for: what is in place, when it was attested and until when. Unknown fields are refused (400).',
});
const exceptionInput = requestComponent(exceptionSchema, {
  id: 'ExceptionInput',
  description: 'An exception to a requirement that gates operating (R-APPROVE): why, who agreed it (name and role) and until when. Unknown fields are refused (400).',
});

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const attestationOut = z.strictObject({
  id: z.string(),
  requirementId: z.string(),
  statement: z.string(),
  documentId: z.string().nullable(),
  attestedBy: described(z.string(), 'Who attested it: the user who recorded it, as they were named then.'),
  attestedOn: dateOut,
  validUntil: dateOut,
});
const exceptionOut = z.strictObject({
  id: z.string(),
  requirementId: z.string(),
  reason: z.string(),
  agreedBy: described(z.string(), 'Who agreed it: “name, role”.'),
  recordedBy: described(z.string(), 'The user who recorded it, as they were named then.'),
  recordedOn: dateOut,
  until: dateOut,
});
responseComponent(attestationOut, { id: 'ComplianceAttestation', description: 'An attestation, kept as recorded: a newer one stands beside it and the latest in date counts.' });
responseComponent(exceptionOut, { id: 'ComplianceException', description: 'An exception, kept as recorded: while in date, its gap does not stop the partnership operating (R-APPROVE).' });

const findingOut = z.strictObject({
  requirementId: described(z.enum(REQUIREMENT_IDS), 'The requirement’s id in requirements.md.'),
  clause: described(z.string(), 'The protocol’s clause.'),
  kind: z.enum(['record', 'rule', 'check', 'due']),
  title: z.string(),
  section: described(z.string(), 'The requirements.md heading it sits under, in words.'),
  how: described(z.enum(['computed', 'attested', 'system']), 'computed from Accord’s records; attested (a statement, who, when, valid until); or kept by Accord itself.'),
  result: described(z.enum(['pass', 'gap', 'not-applicable']), 'Met, a gap, or not applicable to this partnership now.'),
  reason: described(z.string(), 'Why, in words, citing the requirement.'),
  evidence: z.array(z.string()),
  fix: described(z.strictObject({ href: z.string(), text: z.string() }), 'For a gap: the page that puts it right.').optional(),
  attestation: described(attestationOut, 'The attestation in date that evidences it, or the latest one, expired.').optional(),
  exception: described(exceptionOut, 'For a gap: the exception in date that lets it operate despite the gap.').optional(),
  gatesOperating: described(z.boolean(), 'Whether it must be met, or excepted, before the partnership starts operating (R-APPROVE).'),
});
responseComponent(findingOut, { id: 'ComplianceFinding', description: 'One requirement of the protocol, as the compliance engine finds it for this partnership today.' });

const complianceOut = z.strictObject({
  tier: z.strictObject({ tier: z.enum(TIERS), label: z.string(), reasons: described(z.array(z.string()), 'Why, by the council’s criteria.') }),
  counts: z.strictObject({ pass: z.number().int(), gap: z.number().int(), 'not-applicable': z.number().int() }),
  findings: described(z.array(findingOut), 'Every requirement of the catalogue, in its order.'),
});
responseComponent(complianceOut, { id: 'PartnershipCompliance', description: 'A partnership’s significance tier, counts and every requirement’s finding.' });

const recordedAttestationOut = responseComponent(z.strictObject({ attestation: attestationOut, finding: findingOut }), {
  id: 'RecordedAttestation',
  description: 'Recorded: the attestation, and the requirement’s finding now.',
});
const recordedExceptionOut = responseComponent(z.strictObject({ exception: exceptionOut, finding: findingOut }), {
  id: 'RecordedException',
  description: 'Recorded: the exception, and the requirement’s finding now.',
});

const REQUIREMENT_PARAMETER: ParameterDoc = {
  name: 'requirementId',
  in: 'path',
  description: 'The requirement’s id in requirements.md (R-2.8a). Unknown: 404.',
  schema: { type: 'string', enum: [...REQUIREMENT_IDS] },
  example: 'R-2.8a',
};

const requirementIdOf = (request: FastifyRequest): string => {
  const id = (request.params as { requirementId?: unknown }).requirementId;
  if (typeof id !== 'string' || !requirementOf(id)) throw new ApiProblem({ status: 404, detail: 'There is no requirement with this id.' });
  return id;
};

async function complianceNow(deps: AppDeps, request: FastifyRequest): Promise<PartnershipCompliance> {
  const c = await partnershipCompliance(deps, principalOf(request), idOf(request));
  if (!c) throw new ApiProblem({ status: 404, detail: 'There is no record with this id.' });
  return c;
}

const resourceOf = (c: PartnershipCompliance): z.output<typeof complianceOut> => ({
  tier: { tier: c.tier.tier, label: TIER_LABELS[c.tier.tier], reasons: c.tier.reasons },
  counts: c.counts,
  findings: c.findings,
});

/** The use case's refusals: 409 when not taken, 422 for a rule of the register (withdrawn, a document not the partnership's). */
async function recorded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof NotTakenError) throw new ApiProblem({ status: 409, detail: error.message, errors: [{ field: 'requirementId', message: error.message }] });
    if (error instanceof ValidationError) throw ruleBroken(error.problems.map((p) => ({ field: p.field, message: p.message })));
    throw error;
  }
}

const findingNow = async (deps: AppDeps, request: FastifyRequest, id: string): Promise<Finding> => (await complianceNow(deps, request)).findings.find((f) => f.requirementId === id)!;

export function complianceOperations(deps: AppDeps): ApiOperation[] {
  const today = () => londonToday(deps.clock.now());
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/compliance',
      operationId: 'getPartnershipCompliance',
      tag: 'Compliance',
      summary: 'Read a partnership’s compliance with the protocol',
      description:
        'Its significance tier with the reasons, the counts met, gaps and not applicable, and every requirement of the catalogue as the compliance engine finds it today: clause, result, reason, evidence, the page that fixes a gap, the attestation or exception it stands on, and whether it gates operating.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The partnership’s compliance.', component: 'PartnershipCompliance' } },
      handler: async (request) => resourceOf(await complianceNow(deps, request)),
    },
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/compliance/{requirementId}/attestations',
      operationId: 'postComplianceAttestation',
      tag: 'Compliance',
      summary: 'Attest a requirement of a partnership',
      description:
        'For a requirement evidenced by attestation that applies to the partnership now. attestedOn is today or before; validUntil after it (left out: the council’s attestationMonths later); documentId one of the partnership’s current documents. The acting user is who attested it. Recorded in the audit trail and the partnership’s History.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, REQUIREMENT_PARAMETER],
      requestBody: {
        component: 'AttestationInput',
        description: 'The attestation.',
        example: { statement: 'The partnership agreement, clause 7, sets a simple majority of voting members present.', attestedOn: '2026-03-12', validUntil: '2027-03-11' },
      },
      refusal: 'The partnership is withdrawn, or documentId names no current document of it. errors says why, at action or documentId.',
      conflict: 'The requirement takes no attestation for this partnership now: it is computed from the records or kept by Accord, or it does not apply yet. detail says why.',
      responses: { '201': { description: 'Recorded: the attestation and the requirement’s finding now.', component: 'RecordedAttestation' } },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const id = idOf(request);
        const requirementId = requirementIdOf(request);
        const parsed = attestationInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        const rules = attestationProblems(parsed.data, today());
        if (rules.length) throw invalidRequest(rules);
        const attestation = await recorded(() => recordAttestation(deps, apiRequestContext(request), request.user!, id, requirementId, parsed.data));
        reply.code(201);
        return recordedAttestationOut.parse({ attestation, finding: await findingNow(deps, request, requirementId) });
      },
    },
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/compliance/{requirementId}/exceptions',
      operationId: 'postComplianceException',
      tag: 'Compliance',
      summary: 'Record an exception to a requirement that gates operating',
      description:
        'For a gap in a requirement that gates operating (R-APPROVE): while in date, the gap does not stop the partnership starting to operate. until is after today. The acting user is who recorded it, today. Recorded in the audit trail and the partnership’s History.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, REQUIREMENT_PARAMETER],
      requestBody: {
        component: 'ExceptionInput',
        description: 'The exception.',
        example: { reason: 'The information sharing protocol is with the partners’ lawyers; signed by the end of the quarter.', agreedByName: 'Sam Patel', agreedByRole: 'Monitoring Officer', until: '2027-03-31' },
      },
      refusal: 'The partnership is withdrawn. errors says why, at action.',
      conflict: 'The requirement takes no exception for this partnership now: it does not gate operating, or it is not a gap. detail says why.',
      responses: { '201': { description: 'Recorded: the exception and the requirement’s finding now.', component: 'RecordedException' } },
      handler: async (request: FastifyRequest, reply: FastifyReply) => {
        const id = idOf(request);
        const requirementId = requirementIdOf(request);
        const parsed = exceptionInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        const rules = exceptionProblems(parsed.data, today());
        if (rules.length) throw invalidRequest(rules);
        const exception = await recorded(() => recordException(deps, apiRequestContext(request), request.user!, id, requirementId, parsed.data));
        reply.code(201);
        return recordedExceptionOut.parse({ exception, finding: await findingNow(deps, request, requirementId) });
      },
    },
  ];
}
