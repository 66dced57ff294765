// A partnership's voting rules, one per type of decision (R-2.8a), in the order they were added. A
// qualified majority's share is kept as two whole numbers and read back as "2/3".
import type { Db, Trx } from '../database.ts';
import { fractionColumns, fractionText } from './fraction-columns.ts';
import { nextPosition } from './record-positions.ts';
import type { VotingRuleRecordInput } from '../../domain/decisions/records.ts';

type Row = {
  decision_type: string;
  method: string;
  fallback: string | null;
  fraction_numerator: number | null;
  fraction_denominator: number | null;
  qualified_base: string | null;
  abstentions_count: string;
  casting_vote: string;
  on_tie: string;
};

const COLUMNS = ['decision_type', 'method', 'fallback', 'fraction_numerator', 'fraction_denominator', 'qualified_base', 'abstentions_count', 'casting_vote', 'on_tie'] as const;

const toRule = (r: Row): VotingRuleRecordInput =>
  ({
    decisionType: r.decision_type,
    method: r.method,
    fallback: r.fallback,
    fraction: fractionText(r),
    qualifiedBase: r.qualified_base,
    abstentions: r.abstentions_count,
    castingVote: r.casting_vote,
    onTie: r.on_tie,
  }) as VotingRuleRecordInput;

const columnsOf = (r: VotingRuleRecordInput) => ({
  method: r.method,
  fallback: r.fallback,
  ...fractionColumns(r.fraction),
  qualified_base: r.qualifiedBase,
  abstentions_count: r.abstentions,
  casting_vote: r.castingVote,
  on_tie: r.onTie,
});

export async function listVotingRules(db: Db | Trx, partnershipId: string): Promise<VotingRuleRecordInput[]> {
  const rows = await db.selectFrom('voting_rules').select(COLUMNS).where('partnership_id', '=', partnershipId).orderBy('position').orderBy('decision_type').execute();
  return rows.map(toRule);
}

export async function findVotingRule(db: Db | Trx, partnershipId: string, decisionType: string): Promise<VotingRuleRecordInput | undefined> {
  const row = await db.selectFrom('voting_rules').select(COLUMNS).where('partnership_id', '=', partnershipId).where('decision_type', '=', decisionType).executeTakeFirst();
  return row && toRule(row);
}

export async function insertVotingRule(trx: Trx, partnershipId: string, r: VotingRuleRecordInput): Promise<string> {
  const position = await nextPosition(trx, 'voting_rules', partnershipId);
  await trx.insertInto('voting_rules').values({ partnership_id: partnershipId, decision_type: r.decisionType, ...columnsOf(r), position }).execute();
  return r.decisionType;
}

export async function updateVotingRule(trx: Trx, partnershipId: string, decisionType: string, r: VotingRuleRecordInput): Promise<void> {
  await trx.updateTable('voting_rules').set(columnsOf(r)).where('partnership_id', '=', partnershipId).where('decision_type', '=', decisionType).execute();
}

export async function removeVotingRule(trx: Trx, partnershipId: string, decisionType: string): Promise<void> {
  await trx.deleteFrom('voting_rules').where('partnership_id', '=', partnershipId).where('decision_type', '=', decisionType).execute();
}
