// compiledOnce: a lookup compiled once per database answers each value with its own rows, on both
// dialects and inside a transaction, and refuses a query whose parameters are not just the value.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { compiledOnce } from '../../src/db/compiled-once.ts';
import type { Db } from '../../src/db/database.ts';
import { forEachDatabase } from '../helpers/databases.ts';

let builds = 0;
const priorityNamed = compiledOnce((db: Db, name: string) => {
  builds++;
  return db.selectFrom('corporate_priorities').select(['id', 'title']).where('title', '=', name);
});

forEachDatabase('compiledOnce', (ctx) => {
  it('answers each value with its own rows, the SQL compiled once', async () => {
    const db = ctx.database.db;
    builds = 0;
    for (const [id, name] of [['p1', 'Thriving places'], ['p2', 'Healthy lives']] as const) {
      await db.insertInto('corporate_priorities').values({ id, title: name, description: null, active: 1, position: Number(id.slice(1)), created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' }).execute();
    }
    assert.deepEqual(await priorityNamed(db, 'Thriving places'), [{ id: 'p1', title: 'Thriving places' }]);
    assert.deepEqual(await priorityNamed(db, 'Healthy lives'), [{ id: 'p2', title: 'Healthy lives' }]);
    assert.deepEqual(await priorityNamed(db, 'compiled-once: stand-in value'), []);
    assert.deepEqual(await priorityNamed(db, "x' or '1'='1"), [], 'the value is bound, never written into the SQL');
    assert.equal(builds, 1, 'built and compiled once for this database');
    await db.transaction().execute(async (trx) => {
      await trx.updateTable('corporate_priorities').set({ title: 'Renamed' }).where('id', '=', 'p2').execute();
      assert.deepEqual(await priorityNamed(trx as unknown as Db, 'Renamed'), [{ id: 'p2', title: 'Renamed' }], 'runs on the transaction it is given');
      assert.equal(builds, 2, 'and once for the transaction');
    });
  });

  it('refuses a query with another parameter, or none', async () => {
    const db = ctx.database.db;
    const two = compiledOnce((d: Db, name: string) => d.selectFrom('corporate_priorities').select('id').where('title', '=', name).where('position', '>', 0));
    await assert.rejects(two(db, 'Thriving places'), /exactly one parameter/);
    const none = compiledOnce((d: Db, _name: string) => d.selectFrom('corporate_priorities').select('id'));
    await assert.rejects(none(db, 'Thriving places'), /exactly one parameter/);
  });
});
