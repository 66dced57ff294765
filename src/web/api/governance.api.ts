// /api/v1/partnerships/{id}/governance: the governance framework and running arrangements on the API (R-2.7,
// R-2.7doc, R-A1.4–R-A1.6, R-2.6.9, R-2.6.13, R-2.10– ), through the same use case as the pages.
// GET reads every section (status, summary, agreedOn, required, documents) and the completeness with each
// missing item's clause and fix; PUT /governance/{section} replaces one section: 200, 400 with every field
// problem (the schema's and the section's rules), 404 for a section the catalogue does not know, 422 when
// the partnership is withdrawn.
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { saveGovernanceSection } from '../../app/governance.service.ts';
import { londonToday } from '../../app/lifecycle.service.ts';
import { governanceFor } from '../../app/queries/governance.queries.ts';
import { governanceSectionSchema } from '../../app/schemas/governance.schema.ts';
import { DOCUMENT_TYPES, GOVERNANCE_SECTION_KEYS, SECTION_GROUPS, SECTION_STATUSES, governanceSection } from '../../domain/governance/catalogue.ts';
import { completenessInWords } from '../../domain/governance/completeness.ts';
import { normaliseSection, sectionProblems } from '../../domain/governance/section.ts';
import { principalOf } from '../context.ts';
import { governanceFixHref } from '../features/governance/governance-href.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation, ParameterDoc } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { ApiProblem, invalidRequest, ruleBroken, zodProblems } from './problem.ts';
import { dateOut, requestComponent, responseComponent, timeOut } from './schemas/common.ts';

const sectionInput = requestComponent(governanceSectionSchema, {
  id: 'GovernanceSectionChange',
  description: 'One section as it now stands (R-2.7): every field is replaced; summary and agreedOn left out are none. Unknown fields are refused (400).',
});

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
const documentOut = z.strictObject({ documentId: z.string(), title: z.string(), type: z.enum(DOCUMENT_TYPES) });
const fixOut = z.strictObject({ page: z.enum(['governance-section', 'documents-new']), href: z.string() });

const governanceOut = z.strictObject({
  legalForm: z.string(),
  complete: described(z.boolean(), 'Whether every section the legal form requires is agreed and every document it requires held.'),
  summary: described(z.string(), 'The completeness in words: "12 of 15 required elements agreed; 20 of 26 required running arrangements agreed; 1 required document missing".'),
  counts: z.strictObject({
    elementsAgreed: z.number().int(),
    elementsRequired: z.number().int(),
    arrangementsAgreed: z.number().int(),
    arrangementsRequired: z.number().int(),
    documentsHeld: z.number().int(),
    documentsRequired: z.number().int(),
  }),
  missing: described(
    z.array(
      z.strictObject({
        kind: z.enum(['section', 'document']),
        key: z.string().nullable(),
        type: z.enum(DOCUMENT_TYPES).nullable(),
        title: z.string(),
        clause: z.string(),
        status: z.enum(SECTION_STATUSES).nullable(),
        message: z.string(),
        fix: fixOut,
      }),
    ),
    'Each required section not agreed (key, status, its own clause), then each required document not held (type, R-2.7doc); fix: the page that puts it right.',
  ),
  sections: z.array(
    z.strictObject({
      key: described(z.enum(GOVERNANCE_SECTION_KEYS as [string, ...string[]]), 'The section: element-a … element-o (R-2.7), then the running arrangements.'),
      group: z.enum(SECTION_GROUPS),
      title: z.string(),
      clause: z.string(),
      status: z.enum(SECTION_STATUSES),
      summary: z.string().nullable(),
      agreedOn: dateOut.nullable(),
      required: described(z.boolean(), 'Whether the partnership’s legal form requires it, under the council’s protocol configuration.'),
      documents: z.array(documentOut),
      updatedBy: described(z.string().nullable(), 'Who last changed it, as they were named then; null when never started.'),
      updatedAt: timeOut.nullable(),
    }),
  ),
  requiredDocuments: described(
    z.array(z.strictObject({ type: z.enum(DOCUMENT_TYPES), label: z.string(), held: z.boolean(), documents: z.array(documentOut) })),
    'R-2.7doc: the documents the legal form requires, each held when a current document of its type is.',
  ),
});
responseComponent(governanceOut, { id: 'Governance', description: 'A partnership’s governance framework and running arrangements, and what it still lacks (R-2.7, R-2.7doc).' });

const SECTION_PARAMETER: ParameterDoc = {
  name: 'section',
  in: 'path',
  description: 'The section’s key: element-a … element-o (R-2.7), or a running arrangement (conduct, scrutiny, …). Unknown: 404.',
  schema: { type: 'string', enum: [...GOVERNANCE_SECTION_KEYS] },
  example: 'element-i',
};

const sectionKeyOf = (request: FastifyRequest): string => {
  const key = (request.params as { section?: unknown }).section;
  if (typeof key !== 'string' || !governanceSection(key)) throw new ApiProblem({ status: 404, detail: 'There is no governance section with this key.' });
  return key;
};

async function resourceOf(deps: AppDeps, request: FastifyRequest): Promise<z.output<typeof governanceOut>> {
  const p = request.partnership!;
  const g = await governanceFor(deps, principalOf(request), p);
  const c = g.completeness;
  const doc = (d: { documentId: string; title: string; type: (typeof DOCUMENT_TYPES)[number] }) => ({ documentId: d.documentId, title: d.title, type: d.type });
  return {
    legalForm: p.legalForm,
    complete: c.complete,
    summary: completenessInWords(c),
    counts: c.counts,
    missing: c.missing.map((m) => ({
      kind: m.kind,
      key: m.kind === 'section' ? m.key : null,
      type: m.kind === 'document' ? m.type : null,
      title: m.kind === 'section' ? m.title : m.label,
      clause: m.clause,
      status: m.kind === 'section' ? m.status : null,
      message: m.message,
      fix: { page: m.fix.page, href: governanceFixHref(p.id, m.fix) },
    })),
    sections: c.sections.map((s) => {
      const kept = g.kept.get(s.key);
      return {
        key: s.key,
        group: s.group,
        title: s.title,
        clause: s.clause,
        status: s.status,
        summary: s.summary,
        agreedOn: s.agreedOn,
        required: s.required,
        documents: s.documents.map(doc),
        updatedBy: kept?.updatedByLabel ?? null,
        updatedAt: kept?.updatedAt ?? null,
      };
    }),
    requiredDocuments: c.requiredDocuments.map((d) => ({ type: d.type, label: d.label, held: d.held, documents: d.documents.map(doc) })),
  };
}

export function governanceOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/governance',
      operationId: 'getPartnershipGovernance',
      tag: 'Governance',
      summary: 'Read a partnership’s governance framework and running arrangements',
      description:
        'Every section (2.7’s elements a–o, then the running arrangements) with its status, summary, when agreed, whether the legal form requires it and its documents; the documents the legal form requires; and each item still missing with its clause and the page that fixes it.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The governance framework.', component: 'Governance' } },
      handler: (request) => resourceOf(deps, request),
    },
    {
      method: 'PUT',
      path: '/api/v1/partnerships/{id}/governance/{section}',
      operationId: 'putPartnershipGovernanceSection',
      tag: 'Governance',
      summary: 'Set one section of a partnership’s governance',
      description:
        'Replaces the section’s status, summary and agreedOn. An agreed section needs the date the partners agreed it (today or before) and a summary; a section not agreed has no agreedOn. Recorded in the audit trail and the partnership’s History.',
      access: 'register.manage',
      parameters: [ID_PARAMETER, SECTION_PARAMETER],
      requestBody: {
        component: 'GovernanceSectionChange',
        description: 'The section as it now stands.',
        example: { status: 'agreed', summary: 'Quarterly meetings, 14 days’ notice, quorum of three voting members, chaired in turn.', agreedOn: '2026-03-12' },
      },
      refusal: 'The partnership is withdrawn: its record is kept as it was (decision 24). errors says why, at action.',
      responses: { '200': { description: 'Set: the partnership’s governance now.', component: 'Governance' } },
      handler: async (request) => {
        const id = idOf(request);
        const key = sectionKeyOf(request);
        const parsed = sectionInput.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        // The section's own rules (the date and summary of an agreed section) are the request's problems too: 400 at each field.
        const rules = sectionProblems(normaliseSection(parsed.data), governanceSection(key)!.clause, londonToday(deps.clock.now()));
        if (rules.length) throw invalidRequest(rules.map((p) => ({ field: p.field, message: p.message })));
        try {
          await saveGovernanceSection(deps, apiRequestContext(request), request.user!, id, key, parsed.data);
        } catch (error) {
          if (error instanceof ValidationError) throw ruleBroken(error.problems.map((p) => ({ field: p.field, message: p.message })));
          throw error;
        }
        return resourceOf(deps, request);
      },
    },
  ];
}
