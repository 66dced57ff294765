// Issue 11 (R-2.7(n), R-2.8a, R-2.8b): changes to a partnership's rules for decisions, each from a day. A
// change keeps a copy of the voting rules and quorum as they stood before it (JSON, as the record kinds read
// them), so a meeting before the change is decided under the rules in force on its day (decision 72).
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('rule_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    // yyyy-mm-dd: the changed rules apply from this day; one change a day at most.
    .addColumn('in_force_from', 'text', (c) => c.notNull().check(sql`length(in_force_from) = 10`))
    // The decision that agreed it; an item removed leaves the change, unlinked.
    .addColumn('agreed_item_id', 'text', (c) => c.references('agenda_items.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('previous_voting_rules', 'text', (c) => c.notNull())
    .addColumn('previous_quorum', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('rule_changes_day', ['partnership_id', 'in_force_from'])
    .execute();
  await db.schema.createIndex('rule_changes_item').on('rule_changes').column('agreed_item_id').execute();
}
