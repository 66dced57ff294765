// Issue 13, R-2.14: what a partnership records from set-up about its end. Its termination provisions, one
// a party (every partner's notice, and the council's where it differs), and its exit strategy, one
// arrangement a topic. The vocabularies are the domain's (domain/exit/provisions.ts); the checks here are
// the last line, should a row ever be written other than through its record kind.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('termination_provisions')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('party', 'text', (c) => c.notNull().check(sql`party in ('every-partner', 'council')`))
    .addColumn('notice_length', 'integer', (c) => c.notNull().check(sql`notice_length between 0 and 3650`))
    .addColumn('notice_unit', 'text', (c) => c.notNull().check(sql`notice_unit in ('days', 'weeks', 'months')`))
    .addColumn('runs_from', 'text', (c) => c.notNull())
    .addColumn('effective_at', 'text', (c) => c.notNull())
    .addColumn('municipal_year_ends', 'text')
    .addColumn('who_may_shorten', 'text')
    .addColumn('conditions', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('termination_provisions_pk', ['partnership_id', 'party'])
    .execute();
  await db.schema
    .createTable('exit_arrangements')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('arrangement', 'text', (c) => c.notNull())
    .addColumn('agreed_on', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('exit_arrangements_pk', ['partnership_id', 'topic'])
    .execute();
}
