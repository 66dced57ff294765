// A partnership's Compliance tab (issue 9) under /partnerships/:id/compliance: its significance tier with
// the reasons, the counts, and every requirement's finding by section (clause, result, reason, evidence,
// the page that fixes it, the attestation or exception it stands on, whether it gates operating); and the
// forms that record an attestation and an exception, through the form pipeline. Works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { attestationRefusal, exceptionRefusal, recordAttestation, recordException, requirementOf } from '../../../app/compliance.service.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { protocolOf } from '../../../app/protocol-config.ts';
import { partnershipCompliance } from '../../../app/queries/compliance.queries.ts';
import { documentsOf } from '../../../app/queries/documents.queries.ts';
import { addMonths, type AttestationInput, type ExceptionInput } from '../../../app/schemas/compliance.schema.ts';
import type { Finding } from '../../../domain/compliance/types.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { attestationFieldOf, attestationFormOf, attestationFormView, parseAttestationForm, readAttestationForm, type AttestationForm } from './attestation.form.ts';
import { complianceBase, complianceView } from './compliance.view-model.ts';
import { exceptionFieldOf, exceptionFormView, parseExceptionForm, readExceptionForm, type ExceptionForm } from './exception.form.ts';
import { keepsPartnership } from '../../shared/keeper.ts';

type Params = { id: string };
type RequirementParams = Params & { requirementId: string };

export function complianceRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };
    const manage = { config: { access: 'register.manage' as const } };
    const today = () => londonToday(deps.clock.now());

    const complianceOf = async (request: FastifyRequest<{ Params: Params }>) => {
      const c = await partnershipCompliance(deps, principalOf(request), request.partnership!.id);
      if (!c) throw new PageNotFoundError();
      return c;
    };

    app.get<{ Params: Params }>('/partnerships/:id/compliance', view, async (request, reply) => {
      const p = request.partnership!;
      const canRecord = keepsPartnership(request) && !p.withdrawn;
      return reply.view('compliance/show', { title: `Compliance: ${p.name}`, ...complianceView(p.id, await complianceOf(request), canRecord), withdrawn: p.withdrawn });
    });

    /** The requirement's finding for this partnership: 404 for an id the catalogue does not know. */
    const findingOf = async (request: FastifyRequest<{ Params: RequirementParams }>): Promise<Finding> => {
      if (!requirementOf(request.params.requirementId)) throw new PageNotFoundError();
      return (await complianceOf(request)).findings.find((f) => f.requirementId === request.params.requirementId)!;
    };

    /** 409: the requirement takes no such evidence here, and the page says why, with the way back. */
    const refusedPage = (reply: FastifyReply, request: FastifyRequest<{ Params: RequirementParams }>, f: Finding, why: string) =>
      reply.code(409).view('compliance/refused', { title: `${f.requirementId} ${f.title}`, finding: f, why, backLink: complianceBase(request.partnership!.id) });

    const documentChoices = async (id: string) => (await documentsOf(deps.database.db, [id], today())).get(id) ?? [];

    const attestPage = (request: FastifyRequest<{ Params: RequirementParams }>, f: Finding, documents: Awaited<ReturnType<typeof documentChoices>>): FormPage<AttestationForm, AttestationInput, unknown> => {
      const p = request.partnership!;
      const here = `${complianceBase(p.id)}/${f.requirementId}/attest`;
      return {
        read: readAttestationForm,
        parse: (form) => parseAttestationForm(form, today()),
        render: (reply, form, errors) =>
          reply.view('compliance/attest', {
            title: `Record an attestation: ${f.requirementId} ${f.title}`,
            finding: f,
            backLink: complianceBase(p.id),
            formAction: here,
            attestationMonths: protocolOf(deps).compliance.attestationMonths,
            ...attestationFormView(form, errors, documents),
          }),
        command: (value) => recordAttestation(deps, requestContext(request), request.user!, p.id, f.requirementId, value),
        fieldOf: (problem) => attestationFieldOf(problem.field),
        done: () => ({ flash: `Attestation recorded for ${f.requirementId} ${f.title}`, to: `${complianceBase(p.id)}#${f.requirementId}` }),
      };
    };

    const exceptionPage = (request: FastifyRequest<{ Params: RequirementParams }>, f: Finding): FormPage<ExceptionForm, ExceptionInput, unknown> => {
      const p = request.partnership!;
      return {
        read: readExceptionForm,
        parse: (form) => parseExceptionForm(form, today()),
        render: (reply, form, errors) =>
          reply.view('compliance/exception', {
            title: `Record an exception: ${f.requirementId} ${f.title}`,
            finding: f,
            backLink: complianceBase(p.id),
            formAction: `${complianceBase(p.id)}/${f.requirementId}/exception`,
            ...exceptionFormView(form, errors),
          }),
        command: (value) => recordException(deps, requestContext(request), request.user!, p.id, f.requirementId, value),
        fieldOf: (problem) => exceptionFieldOf(problem.field),
        done: () => ({ flash: `Exception recorded for ${f.requirementId} ${f.title}`, to: `${complianceBase(p.id)}#${f.requirementId}` }),
      };
    };

    app.get<{ Params: RequirementParams }>('/partnerships/:id/compliance/:requirementId/attest', manage, async (request, reply) => {
      const f = await findingOf(request);
      const why = attestationRefusal(f);
      if (why) return refusedPage(reply, request, f, why);
      const start = today();
      const form = attestationFormOf(start, addMonths(start, protocolOf(deps).compliance.attestationMonths));
      return attestPage(request, f, await documentChoices(request.partnership!.id)).render(reply, form, []);
    });

    app.post<{ Params: RequirementParams }>('/partnerships/:id/compliance/:requirementId/attest', manage, async (request, reply) => {
      // A requirement that takes none is refused by the use case too (shown on the form, 400).
      const f = await findingOf(request);
      return submitForm(request, reply, attestPage(request, f, await documentChoices(request.partnership!.id)));
    });

    app.get<{ Params: RequirementParams }>('/partnerships/:id/compliance/:requirementId/exception', manage, async (request, reply) => {
      const f = await findingOf(request);
      const why = exceptionRefusal(f);
      if (why) return refusedPage(reply, request, f, why);
      return exceptionPage(request, f).render(reply, {}, []);
    });

    app.post<{ Params: RequirementParams }>('/partnerships/:id/compliance/:requirementId/exception', manage, async (request, reply) => {
      return submitForm(request, reply, exceptionPage(request, await findingOf(request)));
    });
  };
}
