// Where a partnership's next record of a kind goes: after the others, in the order they were added.
import { sql } from 'kysely';
import type { Trx } from '../database.ts';

/** The tables whose records of a partnership keep the order they were added in. */
export type OrderedRecordTable = 'partnership_partners' | 'partnership_representatives' | 'member_seats' | 'voting_rules' | 'quorum_conditions' | 'partnership_actions' | 'performance_objectives' | 'outcome_indicators' | 'reporting_lines' | 'plan_actions' | 'risks' | 'risk_controls' | 'funding_proposals' | 'termination_provisions' | 'exit_arrangements' | 'dissolution_items' | 'performance_issues' | 'performance_challenges' | 'annual_reviews' | 'objective_evaluations' | 'contribution_evaluations' | 'forward_plan_entries' | 'delegated_authorities';

/** The position after the partnership's last record in `table` (0 for its first). */
export async function nextPosition(trx: Trx, table: OrderedRecordTable, partnershipId: string): Promise<number> {
  const { next } = await trx
    .selectFrom(table)
    .select(sql<number>`coalesce(max(position), -1) + 1`.as('next'))
    .where('partnership_id', '=', partnershipId)
    .executeTakeFirstOrThrow();
  return Number(next);
}
