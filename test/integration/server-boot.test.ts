// The real server process: boot order, configuration errors, migrations policy, graceful shutdown.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { Database } from '../../src/db/database.ts';
import { POSTGRES_URL } from '../helpers/databases.ts';

// What `npm start` runs.
const serverTs = join(import.meta.dirname, '..', '..', 'bin', 'start.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

interface Running {
  output: () => string;
  exited: Promise<number | null>;
  kill: (signal: NodeJS.Signals) => void;
}

function start(env: Record<string, string>): Running {
  const child = spawn(process.execPath, [serverTs], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { output: () => output, exited, kill: (s) => child.kill(s) };
}

async function waitFor(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('server boot', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'accord-boot-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a bad setting stops the start with one line naming it', async () => {
    const server = start({ PORT: 'eighty' });
    assert.equal(await server.exited, 1);
    assert.equal(server.output().trim(), 'Invalid setting PORT: PORT must be a whole number from 0 to 65535');
  });

  it('starts on SQLite, migrates itself, creates the administrator from the environment, and shuts down gracefully', async () => {
    const port = await freePort();
    const server = start({
      DATABASE_URL: `sqlite:${join(dir, 'accord.sqlite')}`,
      DATA_DIR: dir,
      PORT: String(port),
      ACCORD_ADMIN_EMAIL: 'admin@example.gov.uk',
      ACCORD_ADMIN_PASSWORD: 'a long enough passphrase',
      COUNCIL_NAME: 'Boot Borough Council',
    });
    await waitFor(() => server.output().includes('Accord is ready'));
    const ready = await fetch(`http://127.0.0.1:${port}/health/ready`);
    assert.equal(ready.status, 200);
    const signIn = await fetch(`http://127.0.0.1:${port}/sign-in`);
    assert.match(await signIn.text(), /Boot Borough Council/);
    assert.match(server.output(), /created the first administrator/);
    assert.match(server.output(), /SESSION_SECRET is not set/);
    server.kill('SIGTERM');
    assert.equal(await server.exited, 0);
    assert.match(server.output(), /stopped/);
  });

  it('PostgreSQL with MIGRATE_ON_START=false and a pending migration stops with a clear message', { skip: !POSTGRES_URL && 'TEST_DATABASE_URL not set' }, async () => {
    const schema = `accord_boot_${randomBytes(5).toString('hex')}`;
    const admin = Database.postgres(POSTGRES_URL!, { max: 1 });
    await sql`create schema ${sql.id(schema)}`.execute(admin.db);
    try {
      const url = new URL(POSTGRES_URL!);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const server = start({ DATABASE_URL: url.toString(), MIGRATE_ON_START: 'false', DATA_DIR: dir, PORT: String(await freePort()) });
      assert.equal(await server.exited, 1);
      assert.match(server.output(), /migrations are pending .*run npx accord migrate/);

      const migrated = start({ DATABASE_URL: url.toString(), DATA_DIR: dir, PORT: String(await freePort()) });
      await waitFor(() => migrated.output().includes('Accord is ready'));
      assert.match(migrated.output(), /applied database migrations/);
      migrated.kill('SIGINT');
      assert.equal(await migrated.exited, 0);
    } finally {
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin.db);
      await admin.close();
    }
  });
});
