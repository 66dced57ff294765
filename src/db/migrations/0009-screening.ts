// Screening: every screening of a partnership, kept (re-screening adds one; the
// latest is current), and each user's draft answers while they go through the question pages.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // A record of its own: a screened partnership is not deleted (the domain's PARTNERSHIP_PARTS leaves it
  // out, R-2.2: it stays on record); the cascade only keeps the database from holding a screening of nothing. screened_by has no foreign key, as in
  // audit_events: who screened is recorded as they were, id and name (the command line has no id).
  // answers and reasons are JSON text, read only by the screening repository.
  await db.schema
    .createTable('screenings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('applies', 'does-not-apply')`))
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('screened_by', 'text')
    .addColumn('screened_by_label', 'text', (c) => c.notNull())
    .addColumn('screened_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('screenings_partnership').on('screenings').columns(['partnership_id', 'screened_at']).execute();

  // A working copy, like a session (decision 39): one per partnership and user, not audited, deleted
  // when the screening is recorded. It goes with the partnership or the user.
  await db.schema
    .createTable('screening_drafts')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('answers', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('screening_drafts_pk', ['partnership_id', 'user_id'])
    .execute();
  // Deleting a user looks their drafts up by user_id.
  await db.schema.createIndex('screening_drafts_user').on('screening_drafts').column('user_id').execute();
}
