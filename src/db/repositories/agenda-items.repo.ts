// The items of a meeting's agenda in order (R-2.8g), each with the interests declared at it and,
// once taken, its vote and the outcome computed then (R-2.8a).
import type { Db, Trx } from '../database.ts';
import type { AgendaItem, AgendaItemInput, RecordedVote } from '../../domain/meetings/agenda-item.ts';
import type { Consequence, Declaration, DeclarationKind } from '../../domain/meetings/declarations.ts';
import type { DecisionNotice, ToldHow } from '../../domain/meetings/communication.ts';
import type { DecisionType, VoteChoice } from '../../domain/decisions/rules.ts';
import type { Ratification, RatificationNeeded } from '../../domain/decisions/authority.ts';

function items(db: Db | Trx) {
  return db
    .selectFrom('agenda_items as i')
    .leftJoin('organisations as o', 'o.id', 'i.concerns_id')
    .leftJoin('forward_plan_entries as f', 'f.id', 'i.forward_plan_id')
    .select([
      'i.id',
      'i.meeting_id',
      'i.position',
      'i.title',
      'i.decision_type',
      'i.key_decision',
      'i.confidential',
      'i.motion',
      'i.concerns_id',
      'o.name as concerns_name',
      'i.forward_plan_id',
      'f.title as forward_plan_title',
      'i.amount_pence',
      'i.voting',
      'i.counted_for',
      'i.counted_against',
      'i.counted_abstain',
      'i.consensus_reached',
      'i.casting_vote',
      'i.lot',
      'i.outcome',
      'i.explanation',
      'i.decided_at',
    ]);
}

type Row = Awaited<ReturnType<ReturnType<typeof items>['execute']>>[number];

async function withParts(db: Db | Trx, rows: Row[]): Promise<AgendaItem[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const [votes, declarations, notices, ratifications] = await Promise.all([
    db.selectFrom('item_votes').select(['item_id', 'person_id', 'vote']).where('item_id', 'in', ids).execute(),
    db
      .selectFrom('item_declarations as d')
      .innerJoin('people as p', 'p.id', 'd.person_id')
      .select(['d.item_id', 'd.person_id', 'p.name', 'd.kind', 'd.consequence', 'd.dispensation_by', 'd.dispensation_until'])
      .where('d.item_id', 'in', ids)
      .orderBy('p.name')
      .execute(),
    db.selectFrom('decision_notices').select(['item_id', 'person_id', 'told_on', 'how']).where('item_id', 'in', ids).orderBy('told_on').execute(),
    db
      .selectFrom('item_ratifications as r')
      .innerJoin('organisations as o', 'o.id', 'r.organisation_id')
      .select(['r.item_id', 'r.organisation_id', 'o.name', 'r.ratifier', 'r.explanation', 'r.ratified_on', 'r.note'])
      .where('r.item_id', 'in', ids)
      .orderBy('o.name')
      .execute(),
  ]);
  return rows.map((r): AgendaItem => {
    const vote: RecordedVote | null =
      r.voting === null
        ? null
        : {
            voting: r.voting as 'named' | 'counted',
            named: new Map(votes.filter((v) => v.item_id === r.id).map((v) => [v.person_id, v.vote as VoteChoice])),
            counted: r.voting === 'counted' ? { for: Number(r.counted_for ?? 0), against: Number(r.counted_against ?? 0), abstain: Number(r.counted_abstain ?? 0) } : null,
            consensusReached: Number(r.consensus_reached ?? 0) === 1,
            castingVote: r.casting_vote,
            lot: r.lot,
            outcome: r.outcome ?? '',
            explanation: r.explanation ?? '',
            decidedAt: r.decided_at ?? '',
          };
    return {
      id: r.id,
      meetingId: r.meeting_id,
      position: Number(r.position),
      title: r.title,
      decisionType: r.decision_type as DecisionType | null,
      keyDecision: Number(r.key_decision) === 1,
      confidential: Number(r.confidential) === 1,
      motion: r.motion,
      concernsId: r.concerns_id,
      concernsName: r.concerns_name,
      forwardPlanId: r.forward_plan_id,
      forwardPlanTitle: r.forward_plan_title,
      amountPence: r.amount_pence === null ? null : Number(r.amount_pence),
      ratifications: ratifications
        .filter((x) => x.item_id === r.id)
        .map((x): Ratification => ({ organisationId: x.organisation_id, partnerName: x.name, ratifier: x.ratifier, explanation: x.explanation, ratifiedOn: x.ratified_on, note: x.note })),
      vote,
      declarations: declarations
        .filter((d) => d.item_id === r.id)
        .map(
          (d): Declaration => ({
            personId: d.person_id,
            name: d.name,
            kind: d.kind as DeclarationKind,
            consequence: d.consequence as Consequence,
            dispensationBy: d.dispensation_by,
            dispensationUntil: d.dispensation_until,
          }),
        ),
      notices: notices.filter((n) => n.item_id === r.id).map((n): DecisionNotice => ({ personId: n.person_id, toldOn: n.told_on, how: n.how as ToldHow })),
    };
  });
}

export async function listAgendaItems(db: Db | Trx, meetingId: string): Promise<AgendaItem[]> {
  return withParts(db, await items(db).where('i.meeting_id', '=', meetingId).orderBy('i.position').execute());
}

export async function findAgendaItem(db: Db | Trx, meetingId: string, id: string): Promise<AgendaItem | undefined> {
  const [item] = await withParts(db, await items(db).where('i.meeting_id', '=', meetingId).where('i.id', '=', id).execute());
  return item;
}

const columnsOf = (i: AgendaItemInput) => ({
  title: i.title,
  decision_type: i.decisionType,
  key_decision: i.keyDecision ? 1 : 0,
  confidential: i.confidential ? 1 : 0,
  motion: i.motion,
  concerns_id: i.concernsId,
  forward_plan_id: i.forwardPlanId,
  amount_pence: i.amountPence,
});

export async function insertAgendaItem(trx: Trx, meetingId: string, id: string, i: AgendaItemInput): Promise<void> {
  const { next } = await trx
    .selectFrom('agenda_items')
    .select((eb) => eb.fn.coalesce(eb.fn.max('position'), eb.val(-1)).as('next'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow();
  await trx.insertInto('agenda_items').values({ id, meeting_id: meetingId, position: Number(next) + 1, ...columnsOf(i) }).execute();
}

export async function updateAgendaItem(trx: Trx, meetingId: string, id: string, i: AgendaItemInput): Promise<void> {
  await trx.updateTable('agenda_items').set(columnsOf(i)).where('meeting_id', '=', meetingId).where('id', '=', id).execute();
}

export async function removeAgendaItem(trx: Trx, meetingId: string, id: string): Promise<void> {
  await trx.deleteFrom('item_ratifications').where('item_id', '=', id).execute();
  await trx.deleteFrom('decision_notices').where('item_id', '=', id).execute();
  await trx.deleteFrom('item_votes').where('item_id', '=', id).execute();
  await trx.deleteFrom('item_declarations').where('item_id', '=', id).execute();
  await trx.deleteFrom('agenda_items').where('meeting_id', '=', meetingId).where('id', '=', id).execute();
}

/** The vote on an item as given, with the outcome computed now; null clears it (the vote to be taken again). */
export async function setItemVote(trx: Trx, itemId: string, vote: RecordedVote | null): Promise<void> {
  await trx.deleteFrom('item_votes').where('item_id', '=', itemId).execute();
  await trx
    .updateTable('agenda_items')
    .set({
      voting: vote?.voting ?? null,
      counted_for: vote?.counted?.for ?? null,
      counted_against: vote?.counted?.against ?? null,
      counted_abstain: vote?.counted?.abstain ?? null,
      consensus_reached: vote ? (vote.consensusReached ? 1 : 0) : null,
      casting_vote: vote?.castingVote ?? null,
      lot: vote?.lot ?? null,
      outcome: vote?.outcome ?? null,
      explanation: vote?.explanation ?? null,
      decided_at: vote?.decidedAt ?? null,
    })
    .where('id', '=', itemId)
    .execute();
  if (vote && vote.named.size) await trx.insertInto('item_votes').values([...vote.named].map(([person_id, v]) => ({ item_id: itemId, person_id, vote: v }))).execute();
}

/** R-2.8c: members not present told of the item's decision, on a day, in a way. */
export async function insertDecisionNotices(trx: Trx, itemId: string, notices: readonly DecisionNotice[]): Promise<void> {
  if (notices.length) await trx.insertInto('decision_notices').values(notices.map((n) => ({ item_id: itemId, person_id: n.personId, told_on: n.toldOn, how: n.how }))).execute();
}

/** The interests declared at an item, all at once. */
export async function setItemDeclarations(trx: Trx, itemId: string, declarations: readonly Omit<Declaration, 'name'>[]): Promise<void> {
  await trx.deleteFrom('item_declarations').where('item_id', '=', itemId).execute();
  if (declarations.length) {
    await trx
      .insertInto('item_declarations')
      .values(declarations.map((d) => ({ item_id: itemId, person_id: d.personId, kind: d.kind, consequence: d.consequence, dispensation_by: d.dispensationBy, dispensation_until: d.dispensationUntil })))
      .execute();
  }
}

/**
 * R-2.8e: the partners that must ratify the item's decision, as computed when its vote was recorded (none:
 * cleared); a ratification already recorded for a partner still asked is kept.
 */
export async function setItemRatifications(trx: Trx, itemId: string, needed: readonly RatificationNeeded[], kept: readonly Ratification[] = []): Promise<void> {
  await trx.deleteFrom('item_ratifications').where('item_id', '=', itemId).execute();
  if (needed.length) {
    await trx
      .insertInto('item_ratifications')
      .values(
        needed.map((n) => {
          const had = kept.find((k) => k.organisationId === n.organisationId && k.ratifiedOn);
          return { item_id: itemId, organisation_id: n.organisationId, ratifier: n.ratifier, explanation: n.explanation, ratified_on: had?.ratifiedOn ?? null, note: had?.note ?? null };
        }),
      )
      .execute();
  }
}

/** R-2.8e: a partner's ratification of the item's decision, on a day. */
export async function ratifyItem(trx: Trx, itemId: string, organisationId: string, ratifiedOn: string, note: string | null): Promise<void> {
  await trx.updateTable('item_ratifications').set({ ratified_on: ratifiedOn, note }).where('item_id', '=', itemId).where('organisation_id', '=', organisationId).execute();
}

/** R-2.8d: the partnership's items that ask for a decision, newest meeting first: what an action may arise from. */
export async function decisionItemsOf(db: Db | Trx, partnershipId: string): Promise<Array<{ id: string; title: string; meetingTitle: string; meetsOn: string; outcome: string | null }>> {
  const rows = await db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.id', 'i.title', 'm.title as meeting_title', 'm.meets_on', 'i.outcome'])
    .where('m.partnership_id', '=', partnershipId)
    .where('i.decision_type', 'is not', null)
    .orderBy('m.meets_on', 'desc')
    .orderBy('i.position')
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, meetingTitle: r.meeting_title, meetsOn: r.meets_on, outcome: r.outcome }));
}
