// A partnership's governance framework and running arrangements (R-2.7, R-2.7doc, R-A1.4–R-A1.6, R-2.6.9,
// ) under /partnerships/:id/governance: the completeness view on the
// partnership's layout (what its legal form requires under the council's configuration, each section's
// status, summary and documents, the required documents held or not) and each section's change form
// through the form pipeline. Works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { saveGovernanceSection } from '../../../app/governance.service.ts';
import { londonToday } from '../../../app/lifecycle.service.ts';
import { governanceFor, type GovernanceView } from '../../../app/queries/governance.queries.ts';
import type { PartnershipHeader } from '../../../app/queries/partnership.queries.ts';
import type { GovernanceSectionInput } from '../../../app/schemas/governance.schema.ts';
import { governanceSection, SECTION_GROUP_HEADINGS, SECTION_GROUPS, SECTION_STATUS_LABELS, type GovernanceSectionDescription, type SectionStatus } from '../../../domain/governance/catalogue.ts';
import { completenessInWords } from '../../../domain/governance/completeness.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { governanceFixHref } from './governance-href.ts';
import { formFieldOf, parseSectionForm, readSectionForm, sectionFormOf, sectionFormView, type SectionForm } from './governance.form.ts';
import { keepsPartnership } from '../../shared/keeper.ts';

type Params = { id: string };
type SectionParams = Params & { section: string };

const base = (id: string) => `/partnerships/${id}/governance`;

const STATUS_TAG_CLASSES: Readonly<Record<SectionStatus, string>> = { 'not-started': 'govuk-tag--grey', draft: 'govuk-tag--yellow', agreed: 'govuk-tag--green' };

/** The summary's first lines, as the framework page lists them; the whole is on the section's form. */
function firstLines(text: string | null): string | null {
  if (!text) return null;
  const lines = text.split(/\r?\n/).filter((l) => l.trim()).slice(0, 3).join('\n');
  return lines.length > 300 ? `${lines.slice(0, 297).trimEnd()}…` : lines.length < text.trim().length ? `${lines}…` : lines;
}

const governanceOf = (deps: AppDeps, request: FastifyRequest<{ Params: Params }>): Promise<GovernanceView> => governanceFor(deps, principalOf(request), request.partnership!);

function framework(p: PartnershipHeader, g: GovernanceView, canChange: boolean) {
  const c = g.completeness;
  // Each document links to its own page (its versions and downloads), which everyone who reads this may see.
  const link = (d: { documentId: string; title: string }) => ({ title: d.title, href: `/partnerships/${p.id}/documents/${d.documentId}` });
  return {
    summary: completenessInWords(c),
    complete: c.complete,
    // Linked to its fix only for whoever may make it (internal audit reads it in words).
    missing: c.missing.map((m) => ({ message: m.message, href: canChange ? governanceFixHref(p.id, m.fix) : null })),
    groups: SECTION_GROUPS.map((group) => ({
      heading: SECTION_GROUP_HEADINGS[group],
      sections: c.sections
        .filter((s) => s.group === group)
        .map((s) => {
          const kept = g.kept.get(s.key);
          return {
            key: s.key,
            title: s.title,
            clause: s.clause,
            status: { text: SECTION_STATUS_LABELS[s.status], classes: STATUS_TAG_CLASSES[s.status] },
            required: s.required ? 'Required' : s.optionalText,
            agreedOn: s.agreedOn,
            summary: firstLines(s.summary),
            documents: s.documents.map(link),
            updated: kept ? { by: kept.updatedByLabel, at: kept.updatedAt } : null,
            changeHref: canChange ? `${base(p.id)}/${s.key}` : null,
          };
        }),
    })),
    documents: c.requiredDocuments.map((d) => ({
      label: d.label,
      held: d.held,
      documents: d.documents.map(link),
      addHref: canChange && !d.held ? governanceFixHref(p.id, { page: 'documents-new', type: d.type }) : null,
    })),
  };
}

export function governanceRoutes(deps: AppDeps) {
  return async function routes(app: FastifyInstance): Promise<void> {
    const view = { config: { access: 'register.view' as const } };
    const manage = { config: { access: 'register.manage' as const } };

    app.get<{ Params: Params }>('/partnerships/:id/governance', view, async (request, reply) => {
      const p = request.partnership!;
      const canChange = keepsPartnership(request) && !p.withdrawn;
      return reply.view('governance/show', { title: `Governance: ${p.name}`, ...framework(p, await governanceOf(deps, request), canChange), withdrawn: p.withdrawn });
    });

    const sectionOf = (request: FastifyRequest<{ Params: SectionParams }>): GovernanceSectionDescription => {
      const section = governanceSection(request.params.section);
      if (!section) throw new PageNotFoundError();
      return section;
    };

    const page = (request: FastifyRequest<{ Params: SectionParams }>, section: GovernanceSectionDescription): FormPage<SectionForm, GovernanceSectionInput, unknown> => {
      const p = request.partnership!;
      return {
        read: readSectionForm,
        parse: (form) => parseSectionForm(section, form, londonToday(deps.clock.now())),
        render: (reply: FastifyReply, form, errors) =>
          reply.view('governance/form', {
            title: `${section.title}: ${p.name}`,
            backLink: base(p.id),
            formAction: `${base(p.id)}/${section.key}`,
            cancelHref: base(p.id),
            ...sectionFormView(section, form, errors),
          }),
        command: (value) => saveGovernanceSection(deps, requestContext(request), request.user!, p.id, section.key, value),
        // A refusal of the whole (withdrawn, role) is shown in the summary, linked to the status.
        fieldOf: (problem) => formFieldOf(problem.field),
        done: () => ({ flash: `${section.title} saved`, to: `${base(p.id)}#${section.key}` }),
      };
    };

    app.get<{ Params: SectionParams }>('/partnerships/:id/governance/:section', manage, async (request, reply) => {
      const section = sectionOf(request);
      const g = await governanceOf(deps, request);
      return page(request, section).render(reply, sectionFormOf(g.kept.get(section.key) ?? null), []);
    });

    app.post<{ Params: SectionParams }>('/partnerships/:id/governance/:section', manage, async (request, reply) => {
      return submitForm(request, reply, page(request, sectionOf(request)));
    });
  };
}
