// Issue 10: "forgotten your password" by email. A link's token is kept only as its SHA-256 (as sessions
// and API tokens are), with when it was asked for, when it expires and when it was used (single use).
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  // How many links a user was sent lately (the limit), and removing a user's links when one is used.
  await db.schema.createIndex('password_resets_user').on('password_resets').columns(['user_id', 'created_at']).execute();
}
