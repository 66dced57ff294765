// Changes to a partnership's rules for decisions (R-2.7(n)), in the order they apply, each with the rules as
// they stood before it, kept as the record kinds read them (JSON) so a copy reads back as the rules did.
import type { Db, Trx } from '../database.ts';
import { itemInWords } from '../../domain/actions/action.ts';
import type { RuleChange, RuleChangeInput, RulesOfDecision } from '../../domain/decisions/rule-changes.ts';

function changes(db: Db | Trx) {
  return db
    .selectFrom('rule_changes as c')
    .leftJoin('agenda_items as i', 'i.id', 'c.agreed_item_id')
    .leftJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['c.id', 'c.in_force_from', 'c.agreed_item_id', 'c.reason', 'c.previous_voting_rules', 'c.previous_quorum', 'c.recorded_at', 'i.title as item_title', 'm.title as meeting_title', 'm.meets_on']);
}

type Row = Awaited<ReturnType<ReturnType<typeof changes>['execute']>>[number];

const toChange = (r: Row): RuleChange => ({
  id: r.id,
  inForceFrom: r.in_force_from,
  agreedItemId: r.agreed_item_id,
  agreedAt: r.item_title && r.meeting_title && r.meets_on ? itemInWords(r.item_title, r.meeting_title, r.meets_on) : null,
  reason: r.reason,
  recordedAt: r.recorded_at,
  previous: { votingRules: JSON.parse(r.previous_voting_rules) as RulesOfDecision['votingRules'], quorum: JSON.parse(r.previous_quorum) as RulesOfDecision['quorum'] },
});

export async function listRuleChanges(db: Db | Trx, partnershipId: string): Promise<RuleChange[]> {
  return (await changes(db).where('c.partnership_id', '=', partnershipId).orderBy('c.in_force_from').execute()).map(toChange);
}

export async function insertRuleChange(trx: Trx, partnershipId: string, id: string, input: RuleChangeInput, previous: RulesOfDecision, recordedAt: string): Promise<RuleChange> {
  await trx
    .insertInto('rule_changes')
    .values({
      id,
      partnership_id: partnershipId,
      in_force_from: input.inForceFrom,
      agreed_item_id: input.agreedItemId,
      reason: input.reason,
      previous_voting_rules: JSON.stringify(previous.votingRules),
      previous_quorum: JSON.stringify(previous.quorum),
      recorded_at: recordedAt,
    })
    .execute();
  return toChange((await changes(trx).where('c.id', '=', id).executeTakeFirstOrThrow()) as Row);
}

/** Corrects a change's day, decision or reason; the copy it keeps is the rules as they stood when it was recorded. */
export async function updateRuleChange(trx: Trx, partnershipId: string, id: string, input: RuleChangeInput): Promise<RuleChange> {
  await trx.updateTable('rule_changes').set({ in_force_from: input.inForceFrom, agreed_item_id: input.agreedItemId, reason: input.reason }).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
  return toChange((await changes(trx).where('c.id', '=', id).executeTakeFirstOrThrow()) as Row);
}
