// Startup failures a person can fix stop the server with one plain line on standard error naming the
// setting to change, and exit 1: not a JSON log with a stack trace (src/startup.ts explains them).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { freePort, startServer } from '../helpers/server-process.ts';

const KEYS = { AUDIT_KEY: 'an-audit-key-for-start-failure-tests-0123456789', SESSION_SECRET: 'a-session-secret-for-start-failure-tests-0123' };

describe('startup failures', () => {
  let dir: string;
  let aFile: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'accord-start-failures-'));
    aFile = join(dir, 'a-file');
    writeFileSync(aFile, 'not a directory\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  /** Starts a server expected to fail; returns its one line on standard error. */
  async function failure(t: { after(fn: () => unknown): void }, env: Record<string, string>): Promise<string> {
    const server = startServer(t, { DATABASE_URL: `sqlite:${join(dir, 'good', 'accord.sqlite')}`, DATA_DIR: join(dir, 'good'), PORT: String(await freePort()), ...env });
    assert.equal(await server.exited(), 1, server.output());
    const lines = server.errors().split('\n').filter(Boolean);
    assert.equal(lines.length, 1, `one line on standard error:\n${server.output()}`);
    assert.doesNotMatch(server.output(), /"level":60| {4}at |"stack"/, 'no fatal JSON log, no stack trace');
    return lines[0]!;
  }

  it('the database is unreachable: names DATABASE_URL, without its password', async (t) => {
    const port = await freePort();
    const line = await failure(t, { ...KEYS, DATABASE_URL: `postgres://accord:secret-pw@127.0.0.1:${port}/accord` });
    assert.equal(line, `Cannot open the database postgres://accord:***@127.0.0.1:${port}/accord: the connection was refused (is PostgreSQL running there?). Set DATABASE_URL to a database Accord can reach and write to.`);
  });

  it('the SQLite file cannot be made: names DATABASE_URL', async (t) => {
    const line = await failure(t, { ...KEYS, DATABASE_URL: `sqlite:${join(aFile, 'accord.sqlite')}` });
    assert.equal(line, `Cannot open the database sqlite:${join(aFile, 'accord.sqlite')}: a file is where a directory should be. Set DATABASE_URL to a database Accord can reach and write to.`);
  });

  it('the port is in use: names PORT and HOST', async (t) => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    t.after(() => new Promise((resolve) => taken.close(resolve)));
    const port = (taken.address() as { port: number }).port;
    const line = await failure(t, { ...KEYS, PORT: String(port) });
    assert.equal(line, `Cannot listen on 127.0.0.1:${port}: the address is in use. Set PORT or HOST to another.`);
  });

  it('a common first administrator password is refused: names ACCORD_ADMIN_PASSWORD', async (t) => {
    const line = await failure(t, { ...KEYS, ACCORD_ADMIN_EMAIL: 'first@example.org', ACCORD_ADMIN_PASSWORD: 'password1234' });
    assert.match(line, /^ACCORD_ADMIN_PASSWORD is refused: /);
  });

  it('the host is not an address of this machine: names HOST', async (t) => {
    const line = await failure(t, { ...KEYS, HOST: '192.0.2.1', PORT: '3999' });
    assert.equal(line, 'Cannot listen on 192.0.2.1:3999: this machine has no such address. Set HOST to one of its addresses, or 0.0.0.0 for all of them.');
  });

  // Each file Accord may keep in DATA_DIR: the generated audit key, then the generated session secret.
  for (const [which, env] of [
    ['nothing set (the audit key is the first file written)', {}],
    ['AUDIT_KEY set (the session secret is written)', { AUDIT_KEY: KEYS.AUDIT_KEY }],
    ['SESSION_SECRET set (the audit key is written)', { SESSION_SECRET: KEYS.SESSION_SECRET }],
  ] as const) {
    it(`the data directory cannot be written, ${which}: names DATA_DIR`, async (t) => {
      const dataDir = join(aFile, 'data');
      const line = await failure(t, { ...env, DATA_DIR: dataDir });
      assert.equal(line, `Cannot write to the data directory ${dataDir}: a file is where a directory should be. Set DATA_DIR to a directory Accord can write to.`);
    });
  }

  // Permissions stop everyone but root (CI may run as root: the case above needs no permissions).
  it('the data directory is not writable by this user: names DATA_DIR', { skip: process.getuid?.() === 0 && 'running as root, whom permissions do not stop' }, async (t) => {
    const dataDir = join(dir, 'read-only');
    mkdirSync(dataDir, { mode: 0o500 });
    const line = await failure(t, { DATA_DIR: dataDir });
    assert.equal(line, `Cannot write to the data directory ${dataDir}: permission denied. Set DATA_DIR to a directory Accord can write to.`);
  });
});
