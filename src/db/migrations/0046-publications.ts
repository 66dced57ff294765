// Issue 13, R-2.6.10: the council's decision to publish a partnership on its public register (/public),
// one row a partnership: when, a plain-words summary for residents, and whether the sponsoring officer's
// name and email may be shown. No row: not published, and nothing of it is reachable in public.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('publications')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('register', 'text', (c) => c.notNull().check(sql`register in ('public-register')`))
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('contact_public', 'integer', (c) => c.notNull().defaultTo(0).check(sql`contact_public in (0, 1)`))
    .addPrimaryKeyConstraint('publications_pk', ['partnership_id', 'register'])
    .execute();
}
