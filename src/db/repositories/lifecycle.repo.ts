// A partnership's lifecycle as stored (migration 0008): the decisions recorded for it, each step it has
// taken, and the status those steps set. Written only by the lifecycle use case, inside its command.
import type { Selectable } from 'kysely';
import type { Db, Trx } from '../database.ts';
import type { PartnershipDecisionsTable } from '../schema.ts';
import type { DecisionMaker, DecisionOutcome, DecisionRecord, DecisionSubject } from '../../domain/lifecycle/decisions.ts';
import type { RecordedDecision, RecordedTransition } from '../../domain/lifecycle/timeline.ts';
import type { Status } from '../../domain/register/vocabulary.ts';

type Executor = Db | Trx;

/** What the lifecycle needs of the partnership itself: who it is, its status and its money (R-2.5c). */
export interface LifecycleHeader {
  id: string;
  reference: string;
  name: string;
  status: Status;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  createdAt: string;
}

export async function findLifecycleHeader(db: Executor, id: string): Promise<LifecycleHeader | undefined> {
  const row = await db
    .selectFrom('partnerships')
    .select(['id', 'reference', 'name', 'status', 'council_contribution_pence', 'within_approved_budget', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    id: row.id,
    reference: row.reference,
    name: row.name,
    status: row.status as Status,
    councilContributionPence: row.council_contribution_pence === null ? null : Number(row.council_contribution_pence),
    withinApprovedBudget: row.within_approved_budget === null ? null : Number(row.within_approved_budget) === 1,
    createdAt: row.created_at,
  };
}

/** The decisions recorded for a partnership, oldest first (what its guards look at). */
export async function decisionsOf(db: Executor, partnershipId: string): Promise<RecordedDecision[]> {
  const rows = await db.selectFrom('partnership_decisions').selectAll().where('partnership_id', '=', partnershipId).orderBy('decided_on').orderBy('recorded_at').execute();
  return rows.map(toDecision);
}

/** The columns a decision is read from (transitionsOf reads them through its join). */
type DecisionRow = Pick<
  Selectable<PartnershipDecisionsTable>,
  'subject' | 'outcome' | 'decision_maker' | 'decision_maker_name' | 'decided_on' | 'reference' | 'conditions' | 'reason'
>;

function toDecision(r: DecisionRow): RecordedDecision {
  return {
    subject: r.subject as DecisionSubject,
    outcome: r.outcome as DecisionOutcome,
    decisionMaker: r.decision_maker as DecisionMaker,
    decisionMakerName: r.decision_maker_name,
    decidedOn: r.decided_on,
    reference: r.reference,
    conditions: r.conditions,
    reason: r.reason,
  };
}

export async function insertDecision(
  trx: Trx,
  d: { id: string; partnershipId: string; subject: DecisionSubject; outcome: DecisionOutcome; record: DecisionRecord; recordedAt: string },
): Promise<void> {
  await trx
    .insertInto('partnership_decisions')
    .values({
      id: d.id,
      partnership_id: d.partnershipId,
      subject: d.subject,
      outcome: d.outcome,
      decision_maker: d.record.decisionMaker,
      decision_maker_name: d.record.decisionMakerName,
      decided_on: d.record.decidedOn,
      reference: d.record.reference,
      conditions: d.record.conditions,
      reason: d.record.reason,
      recorded_at: d.recordedAt,
    })
    .execute();
}

export interface NewTransition {
  partnershipId: string;
  action: string;
  fromStatus: Status;
  toStatus: Status;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  note: string | null;
  decisionId: string | null;
}

/**
 * Appends a step as the partnership's next (seq = the last + 1) and returns its seq. The caller runs
 * inside command(), whose lock on the audit chain's head serialises every write, so two steps cannot
 * take the same number; the primary key (partnership_id, seq) would refuse one if they did.
 */
export async function insertTransition(trx: Trx, t: NewTransition): Promise<number> {
  const last = await trx
    .selectFrom('partnership_transitions')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('partnership_id', '=', t.partnershipId)
    .executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  await trx
    .insertInto('partnership_transitions')
    .values({
      partnership_id: t.partnershipId,
      seq,
      action: t.action,
      from_status: t.fromStatus,
      to_status: t.toStatus,
      occurred_at: t.occurredAt,
      actor_id: t.actorId,
      actor_label: t.actorLabel,
      note: t.note,
      decision_id: t.decisionId,
    })
    .execute();
  return seq;
}

/** Every step a partnership has taken, oldest first, each with the decision it recorded. */
export async function transitionsOf(db: Executor, partnershipId: string): Promise<RecordedTransition[]> {
  const rows = await db
    .selectFrom('partnership_transitions as t')
    .leftJoin('partnership_decisions as d', 'd.id', 't.decision_id')
    .select([
      't.seq',
      't.action',
      't.from_status',
      't.to_status',
      't.occurred_at',
      't.actor_label',
      't.note',
      'd.id as decision_id',
      'd.subject',
      'd.outcome',
      'd.decision_maker',
      'd.decision_maker_name',
      'd.decided_on',
      'd.reference',
      'd.conditions',
      'd.reason',
    ])
    .where('t.partnership_id', '=', partnershipId)
    .orderBy('t.seq')
    .execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    action: r.action,
    fromStatus: r.from_status as Status,
    toStatus: r.to_status as Status,
    occurredAt: r.occurred_at,
    actorLabel: r.actor_label,
    note: r.note,
    decision: r.decision_id === null ? null : toDecision(r as DecisionRow),
  }));
}

/**
 * Sets the status a step reached. Withdrawing also keeps when and why on the partnership itself
 * (decision 24), where its page and the register show them.
 */
export async function setStatus(trx: Trx, id: string, status: Status, now: string, withdrawal?: { reason: string }): Promise<void> {
  await trx
    .updateTable('partnerships')
    .set({ status, updated_at: now, ...(withdrawal ? { withdrawn_at: now, withdrawal_reason: withdrawal.reason } : {}) })
    .where('id', '=', id)
    .execute();
}
