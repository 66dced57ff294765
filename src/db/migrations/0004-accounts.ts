// Accounts: a password set by an administrator must be changed at the next sign-in, and API tokens
// expire. Tokens made before this migration keep expires_at null (no expiry, as they were promised);
// their owners see that on their account page (docs/decisions.md).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0).check(sql`must_change_password in (0, 1)`))
    .execute();
  await db.schema.alterTable('api_tokens').addColumn('expires_at', 'text').execute();
}
