// Issue 10: single sign-on. A user is linked to their OpenID Connect account by the provider's issuer and
// the subject it gives them (never by email alone, which can change or be reissued), one Accord user per
// provider account. Both are null for people who sign in with a password only.
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').addColumn('sso_issuer', 'text').execute();
  await db.schema.alterTable('users').addColumn('sso_subject', 'text').execute();
  await db.schema.createIndex('users_sso_identity').unique().on('users').columns(['sso_issuer', 'sso_subject']).execute();
}
