// Kysely's SQLite driver prepares every query again on each call; under load that was 15% of the API's
// time (issue "Fast under load"). This wraps a better-sqlite3 handle so that `prepare` hands back the
// statement already compiled for the same SQL. Bounded (least recently used goes first), because SQL
// with a variable number of placeholders makes new strings. A statement still being iterated (a
// streamed export) is `busy`: better-sqlite3 refuses to run it again until the iterator finishes, so
// then a fresh, uncached statement is prepared instead.
import type SqliteDriver from 'better-sqlite3';

type Handle = SqliteDriver.Database;
type Statement = SqliteDriver.Statement;

export const STATEMENT_CACHE_SIZE = 200;

/** The two methods Kysely's SqliteDialect uses, over one handle with a statement cache. */
export interface CachingHandle {
  prepare(sql: string): Statement;
  close(): void;
  /** For tests and the benchmark: how many statements are held. */
  readonly cached: number;
}

export function cachingHandle(handle: Handle, capacity = STATEMENT_CACHE_SIZE): CachingHandle {
  const statements = new Map<string, Statement>();
  return {
    prepare(sql: string): Statement {
      const held = statements.get(sql);
      if (held && !held.busy) {
        // Re-insert: a Map iterates in insertion order, so the first key is the least recently used.
        statements.delete(sql);
        statements.set(sql, held);
        return held;
      }
      const fresh = handle.prepare(sql);
      if (held) return fresh; // the cached one is mid-iteration; keep it for later callers
      statements.set(sql, fresh);
      if (statements.size > capacity) statements.delete(statements.keys().next().value!);
      return fresh;
    },
    close(): void {
      statements.clear();
      handle.close();
    },
    get cached() {
      return statements.size;
    },
  };
}
