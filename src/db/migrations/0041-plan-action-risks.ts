// Issue 12: an action of the plan may address one of the partnership's risks, as it may
// serve one of its objectives. The risk is not removed while an action addresses it (the record kind
// refuses, naming the actions), so the reference never dangles.
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('plan_actions').addColumn('risk_id', 'text', (c) => c.references('risks.id')).execute();
  await db.schema.createIndex('plan_actions_risk').on('plan_actions').column('risk_id').execute();
}
