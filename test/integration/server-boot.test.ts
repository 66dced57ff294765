// The real server process: boot order, configuration errors, migrations policy, graceful shutdown, and
// `npm start` stopping the server when npm is told to stop. Every spawned process is killed when its
// test ends and every wait has a deadline (test/helpers/server-process.ts), so a failure cannot hang
// the run.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { Database } from '../../src/db/database.ts';
import { POSTGRES_URL } from '../helpers/databases.ts';
import { eventually, freePort, isAlive, portIsFree, spawnProcess, startServer } from '../helpers/server-process.ts';

describe('server boot', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'accord-boot-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a bad setting stops the start with one line naming it', async (t) => {
    const server = startServer(t, { PORT: 'eighty' });
    assert.equal(await server.exited(), 1);
    assert.equal(server.output().trim(), 'Invalid setting PORT: PORT must be a whole number from 0 to 65535');
  });

  it('starts on SQLite, migrates itself, creates the administrator from the environment, and shuts down gracefully', async (t) => {
    const port = await freePort();
    const server = startServer(t, {
      DATABASE_URL: `sqlite:${join(dir, 'accord.sqlite')}`,
      DATA_DIR: dir,
      PORT: String(port),
      ACCORD_ADMIN_EMAIL: 'admin@example.gov.uk',
      ACCORD_ADMIN_PASSWORD: 'a long enough passphrase',
      COUNCIL_NAME: 'Boot Borough Council',
    });
    await server.waitFor(/Accord is ready/);
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    assert.equal(ready.status, 200);
    const signIn = await fetch(`http://127.0.0.1:${port}/sign-in`);
    assert.match(await signIn.text(), /Boot Borough Council/);
    assert.match(server.output(), /created the first administrator/);
    assert.match(server.output(), /SESSION_SECRET is not set/);
    server.kill('SIGTERM');
    assert.equal(await server.exited(), 0);
    assert.match(server.output(), /stopped/);
  });

  // npm passes a signal only to the shell it runs the script in, and a shell waiting for a command
  // ignores SIGINT, so the start script `exec`s node (package.json; see docs/decisions.md).
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`npm start: ${signal} to npm stops the server and frees the port`, async (t) => {
      const port = await freePort();
      const home = mkdtempSync(join(dir, 'npm-'));
      const npm = spawnProcess(t, 'npm', ['start'], {
        HOME: home,
        DATABASE_URL: `sqlite:${join(home, 'accord.sqlite')}`,
        DATA_DIR: home,
        PORT: String(port),
      });
      await npm.waitFor(/Accord is ready/, 30_000);
      // npm runs the server through a shell: the server is not npm's own process.
      const server = Number(/"pid":(\d+)[^\n]*Accord is ready/.exec(npm.output())?.[1]);
      assert.ok(server > 0 && server !== npm.pid, `the server's pid is in its log: ${npm.output()}`);

      process.kill(npm.pid, signal);
      await npm.exited(15_000);
      await eventually(() => !isAlive(server), `the server (pid ${server}) to stop after npm did`);
      await eventually(() => portIsFree(port), `port ${port} to be free`);
      assert.match(npm.output(), /shutting down/, 'the server shut down gracefully');
    });
  }

  it('PostgreSQL with MIGRATE_ON_START=false and a pending migration stops with a clear message', { skip: !POSTGRES_URL && 'TEST_DATABASE_URL not set' }, async (t) => {
    const schema = `accord_boot_${randomBytes(5).toString('hex')}`;
    const admin = Database.postgres(POSTGRES_URL!, { max: 1 });
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    t.after(async () => {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    });
    const url = new URL(POSTGRES_URL!);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const server = startServer(t, { DATABASE_URL: url.toString(), MIGRATE_ON_START: 'false', DATA_DIR: dir, PORT: String(await freePort()) });
    assert.equal(await server.exited(), 1);
    assert.match(server.output(), /migrations are pending .*run npx accord migrate/);

    const migrated = startServer(t, { DATABASE_URL: url.toString(), DATA_DIR: dir, PORT: String(await freePort()) });
    await migrated.waitFor(/Accord is ready/);
    assert.match(migrated.output(), /applied database migrations/);
    migrated.kill('SIGINT');
    assert.equal(await migrated.exited(), 0);
  });
});
