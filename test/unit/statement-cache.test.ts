import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import SqliteDriver from 'better-sqlite3';
import { sql } from 'kysely';
import { cachingHandle } from '../../src/db/statement-cache.ts';
import { Database } from '../../src/db/database.ts';

function handleWithRows(n: number) {
  const raw = new SqliteDriver(':memory:');
  raw.exec('create table t (n integer)');
  const insert = raw.prepare('insert into t (n) values (?)');
  for (let i = 1; i <= n; i++) insert.run(i);
  return raw;
}

describe('SQLite statement cache', () => {
  it('hands back the same prepared statement for the same SQL', () => {
    const handle = cachingHandle(handleWithRows(1));
    const a = handle.prepare('select n from t');
    const b = handle.prepare('select n from t');
    assert.equal(a, b);
    assert.notEqual(handle.prepare('select n + 1 from t'), a);
    assert.equal(handle.cached, 2);
    handle.close();
  });

  it('never hands out a statement that is still being iterated', () => {
    const handle = cachingHandle(handleWithRows(3));
    const outer = handle.prepare('select n from t order by n');
    const seen: number[] = [];
    for (const row of outer.iterate() as Iterable<{ n: number }>) {
      // The same SQL while the outer iterator is open: a different statement, which runs.
      const inner = handle.prepare('select n from t order by n');
      assert.notEqual(inner, outer);
      assert.equal((inner.all() as unknown[]).length, 3);
      seen.push(row.n);
    }
    assert.deepEqual(seen, [1, 2, 3]);
    // Once the iterator is done the cached statement is free again.
    assert.equal(handle.prepare('select n from t order by n'), outer);
    handle.close();
  });

  it('keeps at most its capacity, dropping the least recently used', () => {
    const handle = cachingHandle(handleWithRows(1), 2);
    const first = handle.prepare('select 1');
    handle.prepare('select 2');
    handle.prepare('select 1'); // used again: now the most recent
    handle.prepare('select 3'); // evicts 'select 2'
    assert.equal(handle.cached, 2);
    assert.equal(handle.prepare('select 1'), first);
    handle.close();
  });

  it('serves Kysely queries, streams included, through the cache', async () => {
    const database = Database.memory();
    await sql`create table t (n integer)`.execute(database.db);
    for (let i = 1; i <= 3; i++) await sql`insert into t (n) values (${i})`.execute(database.db);
    const rows: number[] = [];
    for await (const row of (database.db as any).selectFrom('t').select('n').orderBy('n').stream()) rows.push(row.n);
    const again = await sql<{ n: number }>`select n from t order by n`.execute(database.db);
    assert.deepEqual(rows, [1, 2, 3]);
    assert.deepEqual(again.rows.map((r) => r.n), [1, 2, 3]);
    await database.close();
  });
});
