// Issue 13, R-2.14: "a partnership cannot be dissolved until the dissolution checklist is complete". One
// entry an item of the checklist (DISSOLUTION_ITEMS): done, or an exception with its reason. The
// vocabularies are the domain's (domain/exit/dissolution.ts); the checks here are the last line.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('dissolution_items')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('done', 'exception')`))
    .addColumn('completed_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('dissolution_items_pk', ['partnership_id', 'item'])
    .addCheckConstraint('dissolution_items_exception_has_reason', sql`outcome = 'done' or note is not null`)
    .execute();
}
