// Opening the database the way both the server and the command line need it: SQLite migrates itself;
// PostgreSQL migrates too unless MIGRATE_ON_START=false, when a pending migration stops the start.
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { Database } from './db/database.ts';
import { migrateToLatest, pendingMigrations } from './db/migrate.ts';

export class PendingMigrationsError extends Error {}

// The audit key is read the same way by the server and the command line.
export { AuditKeyError, ensureAuditKeySecret, findAuditKeySecret } from './audit-key.ts';

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

// Startup failures a person can fix, each told in one plain line that names the setting to change
// (not a JSON log with a stack): an unreachable database, a port in use, a data directory that cannot
// be written. undefined means the failure is unexpected, and is logged with its stack instead.

/** The error's code (an ECONN… from node:net, a PostgreSQL SQLSTATE, an SQLITE_…), or of the first of several. */
function codeOf(error: unknown): string | undefined {
  const e = error as { code?: unknown; errors?: unknown } | null;
  if (typeof e?.code === 'string') return e.code;
  return Array.isArray(e?.errors) && e.errors.length ? codeOf(e.errors[0]) : undefined;
}

const FILE_REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a file is where a directory should be',
  EEXIST: 'a file is where a directory should be',
  EISDIR: 'it is a directory',
  ENOSPC: 'the disk is full',
};

const DATABASE_REASONS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused (is PostgreSQL running there?)',
  ENOTFOUND: 'the host name is not known',
  EAI_AGAIN: 'the host name could not be looked up',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host cannot be reached',
  ECONNRESET: 'the connection was closed',
  '28P01': 'the password was refused',
  '28000': 'the user may not connect',
  '3D000': 'the database does not exist',
  SQLITE_CANTOPEN: 'the file cannot be opened',
  SQLITE_READONLY: 'the file is read-only',
  SQLITE_NOTADB: 'the file is not an SQLite database',
  ...FILE_REASONS,
};

/** Where DATABASE_URL points, without its password. */
function databaseWhere(url: string): string {
  if (url.startsWith('sqlite:')) return url;
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres';
  }
}

export function explainDatabaseFailure(config: Pick<Config, 'DATABASE_URL'>, error: unknown): string | undefined {
  const code = codeOf(error);
  const reason = code === undefined ? undefined : (DATABASE_REASONS[code] ?? (code.startsWith('SQLITE_READONLY') ? DATABASE_REASONS.SQLITE_READONLY : undefined));
  if (!reason) return undefined;
  return `Cannot open the database ${databaseWhere(config.DATABASE_URL)}: ${reason}. Set DATABASE_URL to a database Accord can reach and write to.`;
}

export function explainListenFailure(config: Pick<Config, 'HOST' | 'PORT'>, error: unknown): string | undefined {
  const at = `Cannot listen on ${config.HOST}:${config.PORT}`;
  switch (codeOf(error)) {
    case 'EADDRINUSE':
      return `${at}: the address is in use. Set PORT or HOST to another.`;
    case 'EACCES':
      return `${at}: permission denied (ports below 1024 need privileges). Set PORT to 1024 or above.`;
    case 'EADDRNOTAVAIL':
      return `${at}: this machine has no such address. Set HOST to one of its addresses, or 0.0.0.0 for all of them.`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `${at}: the host name is not known. Set HOST to an address of this machine.`;
    default:
      return undefined;
  }
}

export function explainDataDirFailure(config: Pick<Config, 'DATA_DIR'>, error: unknown): string | undefined {
  const code = codeOf(error);
  const reason = code === undefined ? undefined : FILE_REASONS[code];
  if (!reason) return undefined;
  return `Cannot write to the data directory ${config.DATA_DIR}: ${reason}. Set DATA_DIR to a directory Accord can write to.`;
}
