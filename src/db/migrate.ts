// Applying and inspecting migrations. Accord keeps its own small migrator rather than Kysely's: Kysely's
// looks for its bookkeeping tables by listing every table in every schema, which on a PostgreSQL shared
// with other schemas races with their DDL ("relation … does not exist") and costs a catalogue scan on
// each readiness probe. Ours reads one table in the current schema (docs/decisions.md).
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

export const MIGRATIONS_TABLE = 'accord_migrations';
// Any constant will do: it names the lock every Accord server takes while migrating (PostgreSQL).
const MIGRATION_LOCK = 47_202_611;

export class MigrationError extends Error {}

async function migrationsTableExists(db: Kysely<any>, database: Database): Promise<boolean> {
  if (database.dialect === 'sqlite') {
    const { rows } = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${MIGRATIONS_TABLE}`.execute(db);
    return Number(rows[0]?.n ?? 0) > 0;
  }
  // to_regclass resolves the name through search_path: this schema's table, no other's.
  const { rows } = await sql<{ t: string | null }>`select to_regclass(${MIGRATIONS_TABLE})::text as t`.execute(db);
  return rows[0]?.t !== null && rows[0]?.t !== undefined;
}

async function appliedNames(db: Kysely<any>, database: Database): Promise<string[]> {
  if (!(await migrationsTableExists(db, database))) return [];
  const rows = await db.selectFrom(MIGRATIONS_TABLE).select('name').orderBy('name').execute();
  return rows.map((r) => String(r.name));
}

function check(applied: string[]): void {
  const known = new Set(MIGRATIONS.map(([name]) => name));
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new MigrationError(`The database has migrations this version of Accord does not know (${unknown.join(', ')}): it was migrated by a newer Accord`);
  }
}

/** Applies every pending migration, in order, in one transaction; returns the names applied. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  return database.db.transaction().execute(async (trx) => {
    const db = trx as unknown as Kysely<any>;
    // Servers starting together queue here; the second finds nothing left to do.
    if (database.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`.execute(db);
    await db.schema
      .createTable(MIGRATIONS_TABLE)
      .ifNotExists()
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('applied_at', 'text', (c) => c.notNull())
      .execute();
    const applied = new Set(await appliedNames(db, database));
    check([...applied]);
    const done: string[] = [];
    for (const [name, module] of MIGRATIONS) {
      if (applied.has(name)) continue;
      try {
        await module.up(db, { dialect: database.dialect });
      } catch (error) {
        throw new MigrationError(`Migration ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await db.insertInto(MIGRATIONS_TABLE).values({ name, applied_at: new Date().toISOString() }).execute();
      done.push(name);
    }
    return done;
  });
}

/** Names of migrations not yet applied. */
export async function pendingMigrations(database: Database): Promise<string[]> {
  const applied = new Set(await appliedNames(database.db as unknown as Kysely<any>, database));
  return MIGRATIONS.map(([name]) => name).filter((name) => !applied.has(name));
}
