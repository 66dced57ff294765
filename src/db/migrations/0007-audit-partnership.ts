// Audit events name the partnership they concern, so a partnership's History can show everything that
// happened to it and to its records (partners, council people, the lifecycle) in one query.
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // No foreign key: a partnership's events outlive it when it is deleted. No backfill either:
  // the trail is append-only, so events written before this stay null and are found by their entity.
  // Adding a nullable column rewrites no rows, so the append-only triggers are not involved.
  await db.schema.alterTable('audit_events').addColumn('partnership_id', 'text').execute();
  await db.schema.createIndex('audit_events_partnership').on('audit_events').columns(['partnership_id', 'seq']).execute();
}
