// A partnership's entering assessment and business case (R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3) under
// /partnerships/:id/business-case: the read page on the partnership's layout, showing beside its own
// answers what the partnership already holds (money, staff, assets, priorities with how, legal form) and
// what is still missing before it may go for approval (R-APPROVE), each with the link that fixes it; and
// its change form through the form pipeline. Works without JavaScript.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { saveAssessment } from '../../../app/business-case.service.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { businessCaseFor, type BusinessCaseView } from '../../../app/queries/business-case.queries.ts';
import { documentsOfType } from '../../../app/queries/documents.queries.ts';
import { partnershipView } from '../../../app/queries/partnership.queries.ts';
import { documentRow } from '../documents/documents.routes.ts';
import type { AssessmentInput } from '../../../app/schemas/business-case.schema.ts';
import { businessCaseHold } from '../../../domain/business-case/hold.ts';
import { ASSESSMENT_TEXT, type AssessmentField } from '../../../domain/business-case/assessment.ts';
import { formatPence } from '../../../domain/register/money.ts';
import type { PartnershipView } from '../../../domain/register/records.ts';
import { LEGAL_FORM_LABELS } from '../../../domain/register/vocabulary.ts';
import { principalOf, requestContext } from '../../context.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { fixHref } from '../../shared/fix-href.ts';
import { assessmentFormOf, assessmentFormView, parseAssessmentForm, readAssessmentForm, type AssessmentForm } from './business-case.form.ts';
import { keepsPartnership } from '../../shared/keeper.ts';

type Params = { id: string };

const base = (id: string) => `/partnerships/${id}/business-case`;

interface Row {
  key: string;
  clause: string;
  value: string | null;
  /** Where it is changed: the partnership's details, for what the partnership holds. */
  held?: boolean;
}

/** The read page's sections, in the protocol's order; each row is the assessment's or the partnership's. */
function sections(p: PartnershipView, view: BusinessCaseView) {
  const a = view.assessment;
  const own = (f: AssessmentField): Row => {
    const v = a?.[f];
    return { key: ASSESSMENT_TEXT[f].label, clause: ASSESSMENT_TEXT[f].clause, value: typeof v === 'boolean' ? (v ? 'Yes' : 'No') : (v ?? null) };
  };
  const held = (key: string, clause: string, value: string | null): Row => ({ key, clause, value, held: true });
  const budget = p.withinApprovedBudget === null ? null : p.withinApprovedBudget ? 'Yes' : 'No';
  return [
    {
      heading: 'Resource implications',
      clause: 'R-2.5a',
      rows: [
        held('The council’s contribution per year', 'R-2.5a', p.councilContributionPence === null ? null : formatPence(p.councilContributionPence)),
        held('Within an approved budget', 'R-2.5c', budget),
        held('Staff', 'R-2.5a', p.resourcesStaff ?? 'None recorded'),
        held('Operational assets', 'R-2.5a', p.resourcesAssets ?? 'None recorded'),
        held('In kind', 'R-2.5a', p.resourcesInKind ?? 'None recorded'),
        own('existingCommitments'),
      ],
    },
    {
      heading: 'Corporate priorities and how it helps deliver them',
      clause: 'R-2.5b',
      rows: p.priorityViews.length ? p.priorityViews.map((x) => held(x.title, 'R-2.5b', x.how)) : [held('Corporate priorities', 'R-2.5b', null)],
    },
    { heading: 'Legal power', clause: 'R-A1.1', rows: [own('legalPower'), own('barIdentified'), own('barDetails')] },
    { heading: 'Legal form', clause: 'R-A1.2', rows: [held('Legal form', 'R-A1.2', LEGAL_FORM_LABELS[p.legalForm]), own('legalFormReason')] },
    { heading: 'Business case and evidence base', clause: 'R-2.6.3', rows: [own('businessCase'), own('evidenceBase')] },
  ];
}

export function businessCaseRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };
    const manage = { config: { access: 'register.manage' as const } };

    const load = async (request: FastifyRequest<{ Params: Params }>) => {
      const principal = principalOf(request);
      const p = await partnershipView(deps, principal, request.partnership!.id);
      return { p, bc: await businessCaseFor(deps, principal, p) };
    };

    app.get<{ Params: Params }>('/partnerships/:id/business-case', view, async (request, reply) => {
      const { p, bc } = await load(request);
      const hold = businessCaseHold(p.status);
      const keeper = keepsPartnership(request);
      const canChange = keeper && !hold;
      // the evidence base's documents, uploaded on the Documents pages.
      const evidence = await documentsOfType(deps, principalOf(request), p.id, 'business-case-evidence');
      return reply.view('business-case/show', {
        title: `Business case: ${p.name}`,
        partnership: p,
        sections: sections(p, bc),
        // Linked to its fix only for whoever may make it (the fixes are register.manage's pages).
        missing: bc.completeness.missing.map((m) => ({ ...m, href: canChange ? fixHref(p.id, { page: m.page, field: m.field }) : null })),
        screeningApplies: bc.screeningApplies,
        screeningHref: `/partnerships/${p.id}/screening`,
        updated: bc.assessment ? { by: bc.assessment.updatedByLabel, at: bc.assessment.updatedAt } : null,
        canChange,
        // R-APPROVE: why it cannot be changed now, and (for whoever may) where it is sent back.
        hold: hold ? { ...hold, lifecycleHref: keeper && hold.release ? `/partnerships/${p.id}/lifecycle` : null } : null,
        changeHref: `${base(p.id)}/edit`,
        detailsHref: canChange ? `/partnerships/${p.id}/edit` : null,
        evidence: evidence.map((d) => documentRow(p.id, d)),
        uploadEvidenceHref: canChange ? `/partnerships/${p.id}/documents/new?type=business-case-evidence` : null,
      });
    });

    const page = (request: FastifyRequest<{ Params: Params }>, p: PartnershipView): FormPage<AssessmentForm, AssessmentInput, unknown> => ({
      read: readAssessmentForm,
      parse: parseAssessmentForm,
      render: (reply, form, errors) =>
        reply.view('business-case/form', {
          title: `Change the business case: ${p.name}`,
          backLink: base(p.id),
          partnership: p,
          formAction: `${base(p.id)}/edit`,
          cancelHref: base(p.id),
          ...assessmentFormView(form, errors),
        }),
      command: (value) => saveAssessment(deps, requestContext(request), request.user!, p.id, value),
      // A refusal of the whole (withdrawn, role) is shown in the summary, linked to the first answer.
      fieldOf: (problem) => (problem.field === 'action' ? 'existingCommitments' : problem.field),
      done: () => ({ flash: 'Business case saved', to: base(p.id) }),
    });

    app.get<{ Params: Params }>('/partnerships/:id/business-case/edit', manage, async (request, reply) => {
      const { p, bc } = await load(request);
      // Held (awaiting approval, withdrawn): no form to fill in; its page says why.
      if (businessCaseHold(p.status)) return reply.redirect(base(p.id), 303);
      return page(request, p).render(reply, assessmentFormOf(bc.assessment), []);
    });

    app.post<{ Params: Params }>('/partnerships/:id/business-case/edit', manage, async (request, reply) => {
      const { p } = await load(request);
      return submitForm(request, reply, page(request, p));
    });
  };
}
