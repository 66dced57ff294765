// Moving a partnership through its lifecycle (R-APPROVE, R-2.5c): the one way its status changes. The
// domain's transition table decides whether a step may be taken and what evidence it needs; here it is
// taken in one transaction, with its decision, its place on the timeline, the status and its audit event.
import {
  decisionsOf,
  findLifecycleHeader,
  insertDecision,
  insertTransition,
  setStatus,
  transitionsOf,
  type LifecycleHeader,
} from '../db/repositories/lifecycle.repo.ts';
import { findAssessment } from '../db/repositories/business-case.repo.ts';
import { listChecklistEntries } from '../db/repositories/dissolution.repo.ts';
import { dissolutionReadiness } from '../domain/exit/dissolution.ts';
import { findPartnership, findPartnershipView } from '../db/repositories/partnerships.repo.ts';
import { screeningsOf } from '../db/repositories/screening.repo.ts';
import { assessmentCompleteness } from '../domain/business-case/assessment.ts';
import type { Role } from '../domain/access/roles.ts';
import { decisionDefaults, type DecisionRecord } from '../domain/lifecycle/decisions.ts';
import type { LifecycleFacts } from '../domain/lifecycle/guards.ts';
import { timeline, type RecordedDecision, type TimelineEntry } from '../domain/lifecycle/timeline.ts';
import { decideTransition, evidenceProblems, gatesOperatingFrom, nextActions, type LifecycleProblem, type Transition } from '../domain/lifecycle/transitions.ts';
import { complianceRowsOf } from '../db/repositories/compliance.repo.ts';
import { evaluatePartnership, NOT_EXCEPTABLE, operatingBlockers } from '../domain/compliance/evaluate.ts';
import type { Finding } from '../domain/compliance/types.ts';
import { snapshotsOf } from './queries/compliance.queries.ts';
import { protocolOf } from './protocol-config.ts';
import type { PartnershipView } from '../domain/register/records.ts';
import type { Trx } from '../db/database.ts';
import { command, type AuditRecorder } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { DecisionInput } from './schemas/decision.schema.ts';

/** Who is acting: what the lifecycle asks of the principal (its role). */
export interface LifecyclePrincipal {
  role: Role;
}

export interface TransitionInput {
  action: string;
  note?: string | null;
  /** The decision's answers; any left out are missing, or the step's defaults (a withdrawal's). */
  decision?: DecisionInput | null;
}

export interface Lifecycle {
  partnership: LifecycleHeader;
  facts: LifecycleFacts;
  timeline: TimelineEntry[];
  actions: ReturnType<typeof nextActions>;
}

const LONDON_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today in the council's time, yyyy-mm-dd: a decision taken this morning in London is not "in the future" at 00:30 BST. */
export function londonToday(now: Date): string {
  return LONDON_DAY.format(now);
}

/**
 * Issue 9, R-APPROVE: what stops it operating, as the compliance engine finds it today, read with `db` (the
 * command's transaction when a step is taken, so the gate sees what it commits on). The approval and R-2.5c
 * take no exception and are the step's own guards' to refuse, with the step that records them.
 */
async function blockersOf(deps: AppDeps, db: Trx | AppDeps['database']['db'], p: LifecycleHeader): Promise<Finding[]> {
  if (!gatesOperatingFrom(p.status)) return [];
  const today = londonToday(deps.clock.now());
  // The caller has already been let in to this partnership: the gate reads it whatever the scope.
  const [snapshot] = snapshotsOf(await complianceRowsOf(db, { kind: 'all' }, [p.id], today));
  if (!snapshot) return [];
  return operatingBlockers(evaluatePartnership(snapshot, protocolOf(deps), today)).filter((f) => !NOT_EXCEPTABLE[f.requirementId]);
}

/** What the guards look at, read from the records: the decisions, the latest screening, the assessment's completeness, the compliance engine's blockers. */
async function factsOf(deps: AppDeps, db: Trx | AppDeps['database']['db'], p: LifecycleHeader): Promise<LifecycleFacts> {
  const [decisions, screenings, partnership, assessment, blockers, checklist] = await Promise.all([
    decisionsOf(db, p.id),
    screeningsOf(db, p.id),
    findPartnership(db, p.id),
    findAssessment(db, p.id),
    blockersOf(deps, db, p),
    p.status === 'exiting' ? listChecklistEntries(db, p.id) : Promise.resolve([]),
  ]);
  return {
    status: p.status,
    councilContributionPence: p.councilContributionPence,
    withinApprovedBudget: p.withinApprovedBudget,
    decisions,
    screeningApplies: screenings[0]?.applies ?? null,
    assessmentMissing: assessmentCompleteness(partnership!, assessment ?? null).missing,
    operatingBlockers: blockers,
    dissolutionOpen: p.status === 'exiting' ? dissolutionReadiness(checklist).open : [],
  };
}

/**
 * The decision as it will be kept: the step's defaults (a withdrawal's) under what was sent, text
 * trimmed, blanks missing. A maker or date still missing is decisionProblems' to refuse, at its field.
 * Null when the step records no decision and none was sent.
 */
function decisionRecord(t: Transition, sent: DecisionInput | null | undefined, today: string): DecisionRecord | null {
  if (t.evidence.kind !== 'decision' && !sent) return null;
  const given: Record<string, string> = {};
  for (const [field, value] of Object.entries(sent ?? {})) if (typeof value === 'string' && value.trim()) given[field] = value.trim();
  const defaults = t.evidence.kind === 'decision' ? decisionDefaults(t.evidence, today) : {};
  const d = { ...defaults, ...given } as Partial<DecisionRecord>;
  return {
    decisionMaker: d.decisionMaker!,
    decisionMakerName: d.decisionMakerName ?? null,
    decidedOn: d.decidedOn!,
    reference: d.reference ?? null,
    conditions: d.conditions ?? null,
    reason: d.reason ?? null,
  };
}

/**
 * The problems with a step's evidence, as transition() will find them: the step's defaults applied,
 * every problem at once (decision 29), each with the step's clause. Pure, so a page or the API can
 * also check the answers that parsed when the schema refused others.
 */
export function stepProblems(t: Transition, input: Omit<TransitionInput, 'action'>, today: string, screened = false): LifecycleProblem[] {
  return evidenceProblems(t, { note: input.note?.trim() || null, decision: decisionRecord(t, input.decision, today), screened }, today);
}

/** What the partnership's lifecycle holds: its facts, its timeline, and each step open from its status. */
export async function lifecycleOf(deps: AppDeps, principal: LifecyclePrincipal, id: string): Promise<Lifecycle> {
  const db = deps.database.db;
  const partnership = await findLifecycleHeader(db, id);
  if (!partnership) throw new NotFoundError('No such partnership');
  const [facts, transitions] = await Promise.all([factsOf(deps, db, partnership), transitionsOf(db, id)]);
  return { partnership, facts, timeline: timeline(partnership, transitions), actions: nextActions(principal.role, facts) };
}

/**
 * Takes one lifecycle step. Refused (ValidationError, each problem with its clause) when the table does
 * not allow it now, or its evidence is missing or wrong: every evidence problem at once. Nothing is
 * written on a refusal. Screening's steps are refused here: recordScreening takes them.
 */
export async function transition(
  deps: AppDeps,
  ctx: RequestContext,
  principal: LifecyclePrincipal,
  id: string,
  input: TransitionInput,
): Promise<{ partnership: PartnershipView; entry: TimelineEntry }> {
  return command(deps, ctx, (trx, audit) => transitionWithin(deps, ctx, { trx, audit }, principal, id, input));
}

/** Evidence only another use case holds: the screening recorded in the same command. */
export interface StepEvidence {
  /** The screening's outcome in one sentence: the step's note on the timeline. */
  screening?: { sentence: string };
}

/**
 * transition()'s work inside a command another use case is running (recordScreening), so the step, its
 * audit event and that use case's own writes commit together or not at all.
 */
export async function transitionWithin(
  deps: AppDeps,
  ctx: RequestContext,
  { trx, audit }: { trx: Trx; audit: AuditRecorder },
  principal: LifecyclePrincipal,
  id: string,
  input: TransitionInput,
  evidence: StepEvidence = {},
): Promise<{ partnership: PartnershipView; entry: TimelineEntry }> {
  const p = await findLifecycleHeader(trx, id);
  if (!p) throw new NotFoundError('No such partnership');
  const decision = decideTransition(principal.role, await factsOf(deps, trx, p), input.action);
  if (!decision.allowed) throw new ValidationError(decision.reasons);
  const t = decision.transition;
  const now = deps.clock.now();
  const at = now.toISOString();
  const today = londonToday(now);
  const problems = stepProblems(t, input, today, Boolean(evidence.screening));
  if (problems.length) throw new ValidationError(problems);
  const note = evidence.screening?.sentence ?? (input.note?.trim() || null);
  const record = decisionRecord(t, input.decision, today);

  let decisionId: string | null = null;
  let kept: RecordedDecision | null = null;
  if (record && t.evidence.kind === 'decision') {
    decisionId = deps.ids.next();
    kept = { subject: t.evidence.subject, outcome: t.evidence.outcome, ...record };
    await insertDecision(trx, { id: decisionId, partnershipId: id, subject: t.evidence.subject, outcome: t.evidence.outcome, record, recordedAt: at });
  }
  const to = t.to ?? p.status;
  const seq = await insertTransition(trx, {
    partnershipId: id,
    action: t.action,
    fromStatus: p.status,
    toStatus: to,
    occurredAt: at,
    actorId: ctx.actor.id,
    actorLabel: ctx.actor.label,
    note,
    decisionId,
  });
  const withdrawing = t.action === 'withdraw';
  if (to !== p.status) await setStatus(trx, id, to, at, withdrawing ? { reason: record!.reason! } : undefined);

  // A step that keeps the status records a decision, so its event always has a change to show.
  audit.record({
    entityType: 'partnership',
    entityId: id,
    partnershipId: id,
    action: t.done,
    before: { status: p.status },
    after: {
      status: to,
      // Decision 24's event keeps its shape: the reason beside the status.
      ...(withdrawing ? { withdrawalReason: record!.reason } : {}),
      ...(note ? { note } : {}),
      ...(kept ? { decision: kept } : {}),
    },
  });
  // The step as the timeline shows it (its last entry).
  const entry = timeline(p, [{ seq, action: t.action, fromStatus: p.status, toStatus: to, occurredAt: at, actorLabel: ctx.actor.label, note, decision: kept }]).at(-1)!;
  return { partnership: (await findPartnershipView(trx, id))!, entry };
}
