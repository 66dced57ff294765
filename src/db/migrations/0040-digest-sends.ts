// Issue 12: the What's due digest email, sent at most once a day to each user. A row claims a user's digest
// for a day (London): its primary key is the lock that makes the digest go exactly once when several app
// servers run the schedule; the first to insert it sends, the others find it there and send nothing.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('digest_sends')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('day', 'text', (c) => c.notNull().check(sql`length(day) = 10`))
    .addColumn('claimed_at', 'text', (c) => c.notNull())
    .addColumn('items', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('digest_sends_pk', ['user_id', 'day'])
    .execute();
}
