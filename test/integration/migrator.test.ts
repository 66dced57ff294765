// Accord's own migrator: one table in the current schema, a lock for servers starting together, and a
// refusal to run over a database migrated by a newer Accord.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Database } from '../../src/db/database.ts';
import { MIGRATIONS_TABLE, MigrationError, migrateToLatest, pendingMigrations } from '../../src/db/migrate.ts';
import { MIGRATION_NAMES } from '../../src/db/migrations/index.ts';
import { dialectsUnderTest, emptyDatabase, POSTGRES_URL, type FreshDatabase } from '../helpers/databases.ts';

for (const dialect of dialectsUnderTest()) {
  describe(`migrator [${dialect}]`, () => {
    let fresh: FreshDatabase;
    before(async () => {
      fresh = await emptyDatabase(dialect);
    });
    after(() => fresh.drop());

    it('applies every migration once, records each, and then has nothing pending', async () => {
      assert.deepEqual(await pendingMigrations(fresh.database), MIGRATION_NAMES);
      assert.deepEqual(await migrateToLatest(fresh.database), MIGRATION_NAMES);
      assert.deepEqual(await migrateToLatest(fresh.database), []);
      assert.deepEqual(await pendingMigrations(fresh.database), []);
      const rows = await fresh.database.db.selectFrom(MIGRATIONS_TABLE as never).select(['name' as never]).execute();
      assert.deepEqual(rows.map((r) => (r as { name: string }).name).sort(), [...MIGRATION_NAMES].sort());
    });

    it('refuses a database migrated by a newer Accord, naming the migration it does not know', async () => {
      await sql`insert into accord_migrations (name, applied_at) values ('9999-from-the-future', '2030-01-01T00:00:00Z')`.execute(fresh.database.db);
      await assert.rejects(migrateToLatest(fresh.database), (error: Error) => {
        assert.ok(error instanceof MigrationError);
        assert.match(error.message, /9999-from-the-future/);
        return true;
      });
    });
  });
}

describe('migrator on a shared PostgreSQL', { skip: !POSTGRES_URL && 'TEST_DATABASE_URL not set' }, () => {
  const schema = `accord_migrator_${randomBytes(5).toString('hex')}`;
  const other = `accord_migrator_${randomBytes(5).toString('hex')}`;
  let admin: Database;
  before(async () => {
    admin = Database.postgres(POSTGRES_URL!, { max: 1 });
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    await sql`create schema ${sql.id(other)}`.execute(admin.db);
  });
  after(async () => {
    await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
    await sql`drop schema ${sql.id(other)} cascade`.execute(admin.db);
    await admin.close();
  });

  it('servers starting together: one migrates, the others find nothing left to do', async () => {
    const servers = [1, 2, 3].map(() => Database.postgres(POSTGRES_URL!, { searchPath: schema, max: 2 }));
    try {
      const applied = await Promise.all(servers.map((s) => migrateToLatest(s)));
      assert.deepEqual(applied.map((a) => a.length).sort(), [0, 0, MIGRATION_NAMES.length]);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('another schema’s migrations are not taken for this one’s', async () => {
    const empty = Database.postgres(POSTGRES_URL!, { searchPath: other, max: 1 });
    try {
      assert.deepEqual(await pendingMigrations(empty), MIGRATION_NAMES);
    } finally {
      await empty.close();
    }
  });
});
