// The audit chain gains a keyed hash: each event records its hash version and, from
// version 2, an HMAC of its hash with the audit key, which is kept outside the database. Events
// written before this migration keep version 1 and still verify by their SHA-256 chain; the first
// keyed event after them seals them, since its HMAC covers a hash that covers all of them.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Adding columns rewrites no rows, so the append-only triggers are not involved.
  await db.schema
    .alterTable('audit_events')
    .addColumn('hash_version', 'integer', (c) => c.notNull().defaultTo(1).check(sql`hash_version in (1, 2)`))
    .execute();
  await db.schema.alterTable('audit_events').addColumn('mac', 'text').execute();
}
