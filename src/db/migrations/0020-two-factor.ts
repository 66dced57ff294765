// Issue 10: two-factor sign-in for local accounts. A user's authenticator (its TOTP secret, encrypted
// with a key the database does not hold, once they have typed a code from it; the last time step used,
// so a code is never accepted twice; and a new secret being set up, which replaces it only when confirmed), their recovery codes (SHA-256 only, single use), and
// sign-ins that have passed the password and wait for the code (the SHA-256 of a cookie's token, for
// minutes). Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('two_factor')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('secret', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('last_step', 'integer')
    .addColumn('pending_secret', 'text')
    .addColumn('pending_at', 'text')
    .execute();
  await db.schema
    .createTable('recovery_codes')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addPrimaryKeyConstraint('recovery_codes_pk', ['user_id', 'code_hash'])
    .execute();
  await db.schema
    .createTable('sign_in_challenges')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sign_in_challenges_user').on('sign_in_challenges').column('user_id').execute();
}
