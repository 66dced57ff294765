// Applying and inspecting migrations.
import { sql } from 'kysely';
import { Migrator } from 'kysely/migration';
import type { Database } from './database.ts';
import { migrationProvider } from './migrations/index.ts';

async function migrator(database: Database): Promise<Migrator> {
  // Kysely looks for its bookkeeping tables in every schema it can see; on PostgreSQL another
  // schema's (another app's, another test file's) would be taken for ours. Name ours explicitly.
  let schema: string | undefined;
  if (database.dialect === 'postgres') {
    const { rows } = await sql<{ schema: string | null }>`select current_schema() as schema`.execute(database.db);
    schema = rows[0]?.schema ?? undefined;
  }
  return new Migrator({ db: database.db, provider: migrationProvider(database.dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
}

export class MigrationError extends Error {}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  const { error, results } = await (await migrator(database)).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Names of migrations not yet applied. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const all = await (await migrator(database)).getMigrations();
  return all.filter((m) => !m.executedAt).map((m) => m.name);
}
