// One Database over two dialects. Dialect differences live here and in migrations, nowhere else.
import SqliteDriver from 'better-sqlite3';
import type pgModule from 'pg';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, sql, type Transaction } from 'kysely';
import type { Schema } from './schema.ts';
import { cachingHandle } from './statement-cache.ts';

export type DialectName = 'sqlite' | 'postgres';
export type Db = Kysely<Schema>;
export type Trx = Transaction<Schema>;

/**
 * The PostgreSQL driver, loaded when a PostgreSQL database is first opened: a server on SQLite never loads
 * it (about 20 ms of every cold start, decision 32). Synchronous, so opening stays synchronous.
 */
let pgDriver: typeof pgModule | undefined;
function pg(): typeof pgModule {
  if (!pgDriver) {
    pgDriver = createRequire(import.meta.url)('pg') as typeof pgModule;
    // PostgreSQL returns int8 (count(*), bigint) as strings by default; our numbers fit in a double.
    pgDriver.types.setTypeParser(20, (v) => Number(v));
  }
  return pgDriver;
}

/**
 * Which dialect a Kysely instance speaks, for the few queries built differently on each (the register
 * list: docs/decisions.md). Read from Kysely's own adapter, so it holds for any instance over either
 * driver, the benchmark's included.
 */
export function dialectOf(db: Db | Trx): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

export class Database {
  readonly db: Db;
  readonly dialect: DialectName;
  /** Human-readable location, without credentials. */
  readonly location: string;

  private constructor(db: Db, dialect: DialectName, location: string) {
    this.db = db;
    this.dialect = dialect;
    this.location = location;
  }

  /** An embedded SQLite file; its directory is created when missing. */
  static sqlite(file: string): Database {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    const handle = new SqliteDriver(file);
    handle.pragma('journal_mode = WAL');
    // NORMAL in WAL mode keeps every acknowledged commit through a process crash; see docs/decisions.md.
    handle.pragma('synchronous = NORMAL');
    handle.pragma('foreign_keys = ON');
    handle.pragma('busy_timeout = 5000');
    const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: cachingHandle(handle) }) });
    return new Database(db, 'sqlite', file === ':memory:' ? 'sqlite (in memory)' : `sqlite:${file}`);
  }

  static memory(): Database {
    return Database.sqlite(':memory:');
  }

  /** PostgreSQL; `searchPath` confines Accord to one schema (used by tests to give each file its own). */
  static postgres(url: string, options: { searchPath?: string; max?: number } = {}): Database {
    const pool = new (pg().Pool)({
      connectionString: url,
      max: options.max ?? 10,
      // A host that never answers would otherwise hang the start (and each request) indefinitely.
      connectionTimeoutMillis: 10_000,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    });
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
    return new Database(db, 'postgres', redact(url));
  }

  /** Opens the database a DATABASE_URL names (validated by config). */
  static fromUrl(url: string): Database {
    if (url === 'sqlite::memory:') return Database.memory();
    if (url.startsWith('sqlite:')) return Database.sqlite(url.slice('sqlite:'.length));
    return Database.postgres(url);
  }

  /** Throws when the database does not answer (the readiness probe). */
  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}
