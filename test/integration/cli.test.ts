// The accord command line, in-process (runCli) and as a real process (bin/accord.js).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { Database } from '../../src/db/database.ts';
import { findUserByEmail } from '../../src/db/repositories/users.repo.ts';
import { verifyPassword } from '../../src/app/passwords.ts';
import { cli } from '../helpers/cli.ts';

const run = promisify(execFile);

describe('accord command line [sqlite]', () => {
  let dir: string;
  let env: Record<string, string>;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'accord-cli-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'accord.sqlite')}`, DATA_DIR: dir };
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('migrate applies the migrations once', async () => {
    const first = await cli(['migrate'], env);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /Applied \d+ migration/);
    const second = await cli(['migrate'], env);
    assert.match(second.out, /up to date/);
  });

  it('user add reads the password from standard input, never an argument', async () => {
    const res = await cli(['user', 'add', '--email', 'Clerk@Example.gov.uk', '--name', 'Chris Clerk', '--role', 'officer'], env, 'a long enough passphrase\n');
    assert.equal(res.code, 0, res.err);
    assert.match(res.out, /Added Chris Clerk/);
    const database = Database.fromUrl(env.DATABASE_URL!);
    const user = await findUserByEmail(database.db, 'clerk@example.gov.uk');
    await database.close();
    assert.equal(user?.role, 'officer');
    assert.ok(user && (await verifyPassword(user.passwordHash, 'a long enough passphrase')));
  });

  it('refuses a short password, an unknown role and a duplicate email with non-zero exits', async () => {
    const short = await cli(['user', 'add', '--email', 'x@example.gov.uk', '--name', 'X', '--role', 'officer'], env, 'short\n');
    assert.equal(short.code, 1);
    assert.match(short.err, /12 characters or more/);
    const badRole = await cli(['user', 'add', '--email', 'x@example.gov.uk', '--name', 'X', '--role', 'boss'], env, 'a long enough passphrase\n');
    assert.equal(badRole.code, 2);
    assert.match(badRole.err, /Role must be one of/);
    const dup = await cli(['user', 'add', '--email', 'CLERK@example.gov.uk', '--name', 'Y', '--role', 'officer'], env, 'a long enough passphrase\n');
    assert.equal(dup.code, 1);
    assert.match(dup.err, /already exists/);
    const missing = await cli(['user', 'add', '--name', 'Y', '--role', 'officer'], env);
    assert.equal(missing.code, 2);
  });

  it('user set-role changes the role, and names an unknown email', async () => {
    const ok = await cli(['user', 'set-role', '--email', 'clerk@example.gov.uk', '--role', 'auditor'], env);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /is now auditor/);
    const unknown = await cli(['user', 'set-role', '--email', 'nobody@example.gov.uk', '--role', 'auditor'], env);
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /No user has the email address nobody@example.gov.uk/);
  });

  it('R-2.6.10 audit verify says intact, then detects a row edited by hand and exits 1 naming it', async () => {
    const intact = await cli(['audit', 'verify'], env);
    assert.equal(intact.code, 0, intact.err);
    assert.match(intact.out, /Audit chain intact: 2 events/);

    const database = Database.fromUrl(env.DATABASE_URL!);
    await sql`drop trigger audit_events_no_update`.execute(database.db);
    await sql`update audit_events set changes = ${'{"before":null,"after":{"role":"administrator"}}'} where seq = 1`.execute(database.db);
    await database.close();

    const broken = await cli(['audit', 'verify'], env);
    assert.equal(broken.code, 1);
    assert.match(broken.err, /BROKEN after 0 good events: event 1 was changed after it was written/);
  });

  it('a bad setting stops a command with one line naming it', async () => {
    const res = await cli(['migrate'], { ...env, DATABASE_URL: 'mysql://x' });
    assert.equal(res.code, 1);
    assert.match(res.err, /^Invalid setting DATABASE_URL: /);
  });

  it('runs as a real process: npx accord --help and audit verify', async () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'accord.js');
    const help = await run(process.execPath, [bin, '--help']);
    assert.match(help.stdout, /migrate/);
    assert.match(help.stdout, /audit/);
    await assert.rejects(run(process.execPath, [bin, 'audit', 'verify'], { env: { ...process.env, ...env } }), (error: { code?: number; stderr?: string }) => {
      assert.equal(error.code, 1);
      assert.match(String(error.stderr), /BROKEN/);
      return true;
    });
  });
});
