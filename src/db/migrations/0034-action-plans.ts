// Issue 12: a partnership's action plan, its actions each owned by a person for one of
// the partners, with where the action sits in that partner's own organisational plan; and each partner's
// annual refresh of the plan (who confirmed it, when). What is due and overdue is computed
// (src/domain/performance/action-plan.ts), never kept.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    // An objective is not removed while actions serve it (its rules say so first).
    .addColumn('objective_id', 'text', (c) => c.references('performance_objectives.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'))
    // One of the partnership's partners; a partner is not removed while it owns actions.
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('starts_on', 'text', (c) => c.notNull().check(sql`length(starts_on) = 10`))
    .addColumn('due_on', 'text', (c) => c.notNull().check(sql`length(due_on) = 10`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('not-started', 'on-track', 'at-risk', 'off-track', 'complete', 'cancelled')`))
    .addColumn('plan_reference', 'text')
    .addColumn('progress', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('plan_actions_partnership').on('plan_actions').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('plan_actions_owner').on('plan_actions').columns(['owner_id', 'status', 'due_on']).execute();
  await db.schema.createIndex('plan_actions_objective').on('plan_actions').column('objective_id').execute();

  await db.schema
    .createTable('plan_refreshes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('confirmed_by', 'text', (c) => c.notNull())
    .addColumn('confirmed_on', 'text', (c) => c.notNull().check(sql`length(confirmed_on) = 10`))
    .addColumn('notes', 'text')
    .execute();
  await db.schema.createIndex('plan_refreshes_partnership').on('plan_refreshes').columns(['partnership_id', 'organisation_id', 'confirmed_on']).execute();
}
