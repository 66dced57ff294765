// Issue 11 (R-2.8f): a partnership's forward plan: the decisions with significant policy or financial
// implications it means to take, each with the meeting it is planned for, the day it was published and
// the clear days of notice publication needs; and the agenda item that takes a planned decision.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('forward_plan_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('decision_type', 'text', (c) => c.notNull())
    .addColumn('implications', 'text', (c) => c.notNull().check(sql`implications in ('policy', 'financial', 'policy-and-financial')`))
    .addColumn('planned_on', 'text', (c) => c.notNull().check(sql`length(planned_on) = 10`))
    .addColumn('published_on', 'text', (c) => c.check(sql`published_on is null or length(published_on) = 10`))
    .addColumn('notice_days', 'integer', (c) => c.notNull().check(sql`notice_days >= 0`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('forward_plan_entries_partnership').on('forward_plan_entries').columns(['partnership_id', 'position']).execute();
  // The entry an item takes; an entry on an agenda cannot be removed (forward-plan.record.ts), so no cascade.
  await db.schema.alterTable('agenda_items').addColumn('forward_plan_id', 'text', (c) => c.references('forward_plan_entries.id')).execute();
  await db.schema.createIndex('agenda_items_forward_plan').on('agenda_items').column('forward_plan_id').execute();
}
