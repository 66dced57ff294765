// Issue 10: invitations. An invitation is a link that sets a new account's first password, so it is kept
// beside "forgotten your password" links, as the SHA-256 of its token, single use, with what it is for:
// 'reset' (an hour) or 'invitation' (7 days). Each page accepts only its own kind of link.
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('password_resets').addColumn('purpose', 'text', (c) => c.notNull().defaultTo('reset')).execute();
}
