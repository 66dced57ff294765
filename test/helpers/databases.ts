// A fresh database per test file, for each dialect under test: SQLite always, PostgreSQL too when
// TEST_DATABASE_URL is set (each file gets its own schema, dropped afterwards).
import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import { sql } from 'kysely';
import { Database, type DialectName } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

export const POSTGRES_URL = process.env.TEST_DATABASE_URL;

export function dialectsUnderTest(): DialectName[] {
  return POSTGRES_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface FreshDatabase {
  database: Database;
  drop(): Promise<void>;
}

/** An empty, unmigrated database of the dialect. */
export async function emptyDatabase(dialect: DialectName): Promise<FreshDatabase> {
  if (dialect === 'sqlite') {
    const database = Database.memory();
    return { database, drop: () => database.close() };
  }
  if (!POSTGRES_URL) throw new Error('TEST_DATABASE_URL is not set');
  const schema = `accord_test_${randomBytes(6).toString('hex')}`;
  const admin = Database.postgres(POSTGRES_URL, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin.db);
  const database = Database.postgres(POSTGRES_URL, { searchPath: schema, max: 5 });
  return {
    database,
    async drop() {
      await database.close();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
}

export async function freshDatabase(dialect: DialectName): Promise<FreshDatabase> {
  const fresh = await emptyDatabase(dialect);
  await migrateToLatest(fresh.database);
  return fresh;
}

/**
 * Runs a suite once per dialect with a migrated database of its own:
 * `forEachDatabase('users', (ctx) => { it(..., () => ctx.database ...) })`.
 */
export function forEachDatabase(name: string, suite: (ctx: { database: Database; dialect: DialectName }) => void): void {
  for (const dialect of dialectsUnderTest()) {
    describe(`${name} [${dialect}]`, () => {
      const ctx = { dialect } as { database: Database; dialect: DialectName };
      let fresh: FreshDatabase;
      before(async () => {
        fresh = await freshDatabase(dialect);
        ctx.database = fresh.database;
      });
      after(async () => {
        await fresh?.drop();
      });
      suite(ctx);
    });
  }
}
