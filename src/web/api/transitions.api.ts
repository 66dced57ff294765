// /api/v1/partnerships/{id}/transitions: a partnership's lifecycle (R-APPROVE, R-2.5c) on the API, through
// the same use case as the pages. GET reads its timeline and the steps open from its status (each refused
// one with why); POST takes a step: 400 for a body of the wrong shape, 422 for a step refused now, each
// problem with its clause.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { ValidationError } from '../../app/errors.ts';
import { lifecycleOf, londonToday, stepProblems, transition, type Lifecycle } from '../../app/lifecycle.service.ts';
import { decisionSchema, transitionSchema } from '../../app/schemas/decision.schema.ts';
import { DECISION_MAKERS, DECISION_OUTCOMES, DECISION_SUBJECTS } from '../../domain/lifecycle/decisions.ts';
import type { TimelineEntry } from '../../domain/lifecycle/timeline.ts';
import { isLifecycleAction, LIFECYCLE_ACTIONS, transitionOf, type LifecycleProblem, type Transition } from '../../domain/lifecycle/transitions.ts';
import { STATUSES } from '../../domain/register/vocabulary.ts';
import { besideSchemaErrors, fieldsThatParse } from '../forms/every-error.ts';
import { fixHref } from '../shared/fix-href.ts';
import { apiRequestContext } from './bearer.ts';
import type { ApiOperation } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { invalidRequest, ruleBroken, zodProblems, type FieldProblem } from './problem.ts';
import { dateOut, requestComponent, responseComponent, timeOut } from './schemas/common.ts';

requestComponent(decisionSchema, {
  id: 'DecisionInput',
  description: 'A decision a lifecycle step records (R-APPROVE): who decided, when, the reference, conditions or the reason. Unknown fields are refused (400).',
});
const transitionInput = requestComponent(transitionSchema, {
  id: 'TransitionInput',
  description: 'A lifecycle step to take, with its evidence: a note or a decision, as the step asks (GET …/transitions says which). Unknown fields are refused (400).',
});

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const decisionOut = responseComponent(
  z.strictObject({
    subject: z.enum(DECISION_SUBJECTS),
    outcome: z.enum(DECISION_OUTCOMES),
    decisionMaker: z.enum(DECISION_MAKERS),
    decisionMakerName: z.string().nullable(),
    decidedOn: dateOut,
    reference: z.string().nullable(),
    conditions: z.string().nullable(),
    reason: z.string().nullable(),
  }),
  { id: 'Decision', description: 'A recorded decision: what it was about (the partnership, or its unbudgeted commitment, R-2.5c), its outcome, who made it, when and its reference.' },
);

const timelineEntryOut = responseComponent(
  z.strictObject({
    kind: described(z.enum(['registered', 'before-lifecycle', 'transition']), 'registered: when it was added; before-lifecycle: the status it had when Accord began keeping the lifecycle; transition: a step.'),
    title: described(z.string(), 'The entry in words: “Approved”, “Recorded as Operating before Accord kept the lifecycle”.'),
    at: described(timeOut.nullable(), 'When, in UTC; null where it is not known.'),
    status: described(z.enum(STATUSES).nullable(), 'The status after this entry; null where it is not known.'),
    seq: described(z.int().min(1).nullable(), 'The step’s number on the partnership’s timeline (1, 2, …); null for entries that are not steps.'),
    action: described(z.string().nullable(), 'The step taken (a lifecycle action); null for entries that are not steps.'),
    by: described(z.string().nullable(), 'Who took the step.'),
    note: z.string().nullable(),
    decision: decisionOut.nullable(),
    decisionSummary: described(z.string().nullable(), 'The decision in one line: “Cabinet, 12 March 2026, CAB/2026/031”.'),
  }),
  { id: 'TimelineEntry', description: 'One entry of a partnership’s lifecycle timeline (R-APPROVE).' },
);

const EVIDENCE = ['note', 'optional-note', 'decision', 'screening'] as const;

const stepOut = responseComponent(
  z.strictObject({
    action: z.enum(LIFECYCLE_ACTIONS),
    label: z.string(),
    hint: z.string(),
    to: described(z.enum(STATUSES).nullable(), 'The status it leads to; null for a step recorded on the timeline that keeps the status.'),
    evidence: described(z.enum(EVIDENCE), 'What POST …/transitions must carry for it: note (a note is required), optional-note, or decision (a decision record); screening: not taken here but by recording a screening, POST …/screenings (R-1.1, R-2.2).'),
    allowed: described(z.boolean(), 'Whether it can be taken now; if not, reasons says why, each with its clause.'),
    reasons: z.array(
      z.strictObject({
        message: z.string(),
        clause: z.string(),
        fix: described(z.string().nullable(), 'R-APPROVE: the address of the page that puts it right (a field of the business case, the partners, a governance section, the Compliance tab…); null when a step does (the message names it) or nothing does.'),
      }),
    ),
  }),
  { id: 'LifecycleStep', description: 'A step open from the partnership’s status, and whether it can be taken now.' },
);

export const lifecycleOut = responseComponent(
  z.strictObject({
    status: z.enum(STATUSES),
    timeline: described(z.array(timelineEntryOut), 'Oldest first.'),
    actions: described(z.array(stepOut), 'Every step from the current status, in the lifecycle’s order.'),
  }),
  { id: 'Lifecycle', description: 'A partnership’s status, its timeline, and the steps open from its status (R-APPROVE).' },
);

const evidenceOf = (t: Transition): (typeof EVIDENCE)[number] =>
  t.evidence.kind === 'note' ? (t.evidence.required ? 'note' : 'optional-note') : t.evidence.kind;

function toEntryResource(e: TimelineEntry): z.output<typeof timelineEntryOut> {
  return { kind: e.kind, title: e.title, at: e.at, status: e.status, seq: e.seq, action: e.action, by: e.by, note: e.note, decision: e.decision, decisionSummary: e.decisionSummary };
}

function toLifecycleResource(life: Lifecycle): z.output<typeof lifecycleOut> {
  return {
    status: life.facts.status,
    timeline: life.timeline.map(toEntryResource),
    actions: life.actions.map(({ transition: t, decision }) => ({
      action: t.action,
      label: t.label,
      hint: t.hint,
      to: t.to,
      evidence: evidenceOf(t),
      allowed: decision.allowed,
      reasons: decision.allowed ? [] : decision.reasons.map((r) => ({ message: r.message, clause: r.clause, fix: r.fix ? fixHref(life.partnership.id, r.fix) : null })),
    })),
  };
}

const withClause = (p: LifecycleProblem): FieldProblem => ({ field: p.field, message: p.message, clause: p.clause });
/** A refusal of the step as the 422 lists it: with the address of the page that puts it right, when one does. */
const withFix = (id: string) => (p: LifecycleProblem): FieldProblem => ({ ...withClause(p), ...(p.fix ? { fix: fixHref(id, p.fix) } : {}) });

export function transitionOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/transitions',
      operationId: 'getPartnershipLifecycle',
      tag: 'Lifecycle',
      summary: 'Read a partnership’s lifecycle',
      description:
        'Its status, its timeline (oldest first: registered, then each step with who took it, when, the note and the decision), and every step from its status, each saying whether it can be taken now and, if not, why, with the clause.',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The partnership’s lifecycle.', component: 'Lifecycle' } },
      handler: async (request) => toLifecycleResource(await lifecycleOf(deps, request.user!, idOf(request))),
    },
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/transitions',
      operationId: 'takeLifecycleStep',
      tag: 'Lifecycle',
      summary: 'Take a lifecycle step',
      description:
        'The only way a partnership’s status changes: a named step from the lifecycle’s table (approve, start-operating, withdraw…), with the evidence it asks for. Recorded on its timeline and in the audit trail.',
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: {
        component: 'TransitionInput',
        description: 'The step and its evidence.',
        example: { action: 'approve', decision: { decisionMaker: 'cabinet', decidedOn: '2026-03-12', reference: 'CAB/2026/031', conditions: 'Reviewed after one year.' } },
      },
      refusal:
        'The step cannot be taken now (not from this status, a check such as R-2.5c’s unbudgeted commitment, or its evidence is missing): errors lists every reason, at action, note or decision.<field>, each with its clause.',
      responses: { '201': { description: 'Taken: the new entry on the timeline; its status is the partnership’s now.', component: 'TimelineEntry' } },
      handler: async (request, reply) => {
        const id = idOf(request);
        const parsed = transitionInput.safeParse(request.body);
        if (!parsed.success) {
          // Every problem at once (decision 29): what the step still lacks among the answers that parsed.
          const body = fieldsThatParse(transitionSchema, request.body);
          const sent = (request.body as { decision?: unknown } | null)?.decision;
          const decision = sent && typeof sent === 'object' ? fieldsThatParse(decisionSchema, sent) : null;
          const rules = isLifecycleAction(body.action)
            ? stepProblems(transitionOf(body.action), { note: body.note ?? null, decision }, londonToday(deps.clock.now())).map(withClause)
            : [];
          throw invalidRequest(besideSchemaErrors(zodProblems(parsed.error), rules));
        }
        try {
          const { entry } = await transition(deps, apiRequestContext(request), request.user!, id, parsed.data);
          reply.code(201);
          return toEntryResource(entry);
        } catch (error) {
          if (error instanceof ValidationError) throw ruleBroken((error.problems as readonly LifecycleProblem[]).map(withFix(id)));
          throw error;
        }
      },
    },
  ];
}
