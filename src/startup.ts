// Opening the database the way both the server and the command line need it: SQLite migrates itself;
// PostgreSQL migrates too unless MIGRATE_ON_START=false, when a pending migration stops the start.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { Database } from './db/database.ts';
import { migrateToLatest, pendingMigrations } from './db/migrate.ts';

export class PendingMigrationsError extends Error {}

export async function openDatabase(config: Config, logger?: Logger): Promise<Database> {
  const database = Database.fromUrl(config.DATABASE_URL);
  try {
    if (database.dialect === 'sqlite' || config.MIGRATE_ON_START) {
      const applied = await migrateToLatest(database);
      if (applied.length) logger?.info({ applied }, 'applied database migrations');
    } else {
      const pending = await pendingMigrations(database);
      if (pending.length) {
        throw new PendingMigrationsError(
          `Database migrations are pending (${pending.join(', ')}) and MIGRATE_ON_START=false: run npx accord migrate`,
        );
      }
    }
    return database;
  } catch (error) {
    await database.close().catch(() => {});
    throw error;
  }
}
