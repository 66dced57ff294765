// Issue 11 (R-2.8c): who of the members not present at a meeting has been told of each decision it took,
// when and how. Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('decision_notices')
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('told_on', 'text', (c) => c.notNull().check(sql`length(told_on) = 10`))
    .addColumn('how', 'text', (c) => c.notNull().check(sql`how in ('email', 'letter', 'phone', 'in-person', 'minutes')`))
    .addPrimaryKeyConstraint('decision_notices_pk', ['item_id', 'person_id'])
    .execute();
  await db.schema.createIndex('decision_notices_person').on('decision_notices').column('person_id').execute();
}
