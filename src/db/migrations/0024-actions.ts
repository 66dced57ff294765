// Issue 11 (R-2.8d): the actions arising from a partnership's decisions: what is to be done, its owner (a
// person, for a partner), the day it is due, its status and progress, and the meeting's item it arose from
// where it arose from one. Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('due_on', 'text', (c) => c.notNull().check(sql`length(due_on) = 10`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'in-progress', 'completed')`))
    .addColumn('completed_on', 'text', (c) => c.check(sql`completed_on is null or length(completed_on) = 10`))
    .addColumn('progress', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partnership_actions_partnership').on('partnership_actions').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('partnership_actions_owner').on('partnership_actions').columns(['owner_id', 'status', 'due_on']).execute();
}
