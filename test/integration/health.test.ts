// Liveness and readiness for load balancers: JSON, and honest about the database.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { MIGRATION_NAMES } from '../../src/db/migrations/index.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { dialectsUnderTest, emptyDatabase, POSTGRES_URL, type FreshDatabase } from '../helpers/databases.ts';

function json(res: { headers: Record<string, unknown>; body: string }): unknown {
  assert.match(String(res.headers['content-type']), /^application\/json/);
  return JSON.parse(res.body);
}

for (const dialect of dialectsUnderTest()) {
  describe(`health [${dialect}]`, () => {
    let fresh: FreshDatabase;
    let t: TestApp;
    before(async () => {
      // Built over an empty database, so the same app sees it unmigrated, then migrated.
      fresh = await emptyDatabase(dialect);
      t = await startApp(fresh.database);
    });
    after(async () => {
      await t?.close();
      await fresh?.drop();
    });

    it('/health/live answers 200 {status: ok}', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/health/live' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(json(res), { status: 'ok' });
      assert.equal(res.headers['cache-control'], 'no-store');
    });

    it('/health/ready is 503 on an unmigrated database, listing the pending migrations', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/health/ready' });
      assert.equal(res.statusCode, 503);
      assert.deepEqual(json(res), { status: 'unavailable', database: 'ok', pendingMigrations: MIGRATION_NAMES });
    });

    it('/health/ready is 200 with the database ok once migrated', async () => {
      await migrateToLatest(fresh.database);
      const res = await t.app.inject({ method: 'GET', url: '/health/ready' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(json(res), { status: 'ok', database: 'ok', dialect });
    });

    it('both are public: no session, no redirect to sign in', async () => {
      for (const url of ['/health/live', '/health/ready']) {
        const res = await t.app.inject({ method: 'GET', url, headers: { cookie: 'accord_session=not-a-real-session-token-xxxxxxxx' } });
        assert.equal(res.statusCode, 200, url);
      }
    });

    it('HEAD works for both (load balancers often use it)', async () => {
      for (const url of ['/health/live', '/health/ready']) {
        const res = await t.app.inject({ method: 'HEAD', url });
        assert.equal(res.statusCode, 200, url);
      }
    });
  });

  describe(`health with the database gone [${dialect}]`, () => {
    let t: TestApp;
    let database: Database;
    before(async () => {
      if (dialect === 'sqlite') {
        database = Database.memory();
        await migrateToLatest(database);
      } else {
        // Nothing listens on port 1: every connection is refused.
        const url = new URL(POSTGRES_URL!);
        url.port = '1';
        database = Database.postgres(url.toString(), { max: 1 });
      }
      t = await startApp(database);
      if (dialect === 'sqlite') await database.close();
    });
    after(async () => {
      await t?.close();
      if (dialect === 'postgres') await database.close();
    });

    it('/health/ready is 503 {database: unreachable}, quickly', async () => {
      const started = Date.now();
      const res = await t.app.inject({ method: 'GET', url: '/health/ready' });
      assert.equal(res.statusCode, 503);
      assert.deepEqual(json(res), { status: 'unavailable', database: 'unreachable' });
      assert.ok(Date.now() - started < 5000, 'answers within 5 seconds');
    });

    it('the 503 body says nothing about where the database is or why it failed', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/health/ready' });
      assert.doesNotMatch(res.body, /127\.0\.0\.1|ECONNREFUSED|postgres:|sqlite|not open|stack/i);
    });

    it('a page that needs the database answers with the 500 page, not a hang or a stack trace', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/sign-in', headers: { 'x-request-id': 'req-db-gone' } });
      assert.equal(res.statusCode, 500);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.match(res.body, /Sorry, there is a problem with the service/);
      assert.match(res.body, /req-db-gone/);
      assert.doesNotMatch(res.body, /ECONNREFUSED|not open|\bat .+\.(ts|js):\d+/);
    });

    it('/health/live still answers 200: liveness does not depend on the database', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/health/live' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(json(res), { status: 'ok' });
    });
  });
}
