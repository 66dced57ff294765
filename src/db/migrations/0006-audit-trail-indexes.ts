// The audit trail page (internal audit's main screen) filters by who acted and by a range of days,
// newest first. Without these, each such filter reads the whole trail once it is large.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('audit_events_actor').on('audit_events').columns(['actor_id', 'seq']).execute();
  await db.schema.createIndex('audit_events_occurred').on('audit_events').columns(['occurred_at', 'seq']).execute();
}
