// Issue 12: any partner may challenge the partnership's performance or the value it adds. A
// challenge: the partner raising it and who did, the day, what it is about and says, who is to answer
// it, and the answer with its day. Whether an answer is overdue is computed (src/domain/performance/
// challenge.ts), never kept.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('performance_challenges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    // One of the partnership's partners when raised; it stays on the record if the partner later leaves.
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('raised_by', 'text', (c) => c.notNull())
    .addColumn('raised_on', 'text', (c) => c.notNull().check(sql`length(raised_on) = 10`))
    .addColumn('subject', 'text', (c) => c.notNull().check(sql`subject in ('performance', 'added-value')`))
    .addColumn('challenge', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.references('people.id'))
    .addColumn('response', 'text')
    .addColumn('answered_on', 'text', (c) => c.check(sql`answered_on is null or length(answered_on) = 10`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('performance_challenges_partnership').on('performance_challenges').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('performance_challenges_partner').on('performance_challenges').columns(['partnership_id', 'organisation_id']).execute();
  await db.schema.createIndex('performance_challenges_assignee').on('performance_challenges').column('assignee_id').execute();
}
