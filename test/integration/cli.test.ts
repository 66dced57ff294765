// The accord command line, in-process (runCli) and as a real process (bin/accord.js).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

  it('R-2.6.10 verify and checkpoint never invent an audit key: without one they say so', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'accord-cli-nokey-'));
    try {
      const res = await cli(['audit', 'verify'], { DATABASE_URL: `sqlite:${join(empty, 'a.sqlite')}`, DATA_DIR: empty });
      assert.equal(res.code, 1);
      assert.match(res.err, /No audit key: AUDIT_KEY is not set and .*audit-key does not exist/);
      assert.equal(existsSync(join(empty, 'audit-key')), false);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
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
    assert.match(broken.err, /BROKEN after 0 good events: event 1 was changed after it was written: its content no longer matches its hash \(event id [0-9a-f-]{36}\)\.\nWhat it likely means: It was edited outside Accord/);
  });

  it('a bad setting stops a command with one line naming it', async () => {
    const short = await cli(['audit', 'verify'], { ...env, AUDIT_KEY: 'too short' });
    assert.equal(short.code, 1);
    assert.match(short.err, /^Invalid setting AUDIT_KEY: AUDIT_KEY must be at least 32 characters/);
    const res = await cli(['migrate'], { ...env, DATABASE_URL: 'mysql://x' });
    assert.equal(res.code, 1);
    assert.match(res.err, /^Invalid setting DATABASE_URL: /);
  });

  it('an unreachable database stops a command with one line naming DATABASE_URL, without its password', async () => {
    const server = (await import('node:net')).createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    await new Promise((resolve) => server.close(resolve)); // nothing listens there now
    const res = await cli(['migrate'], { ...env, DATABASE_URL: `postgres://accord:secret-pw@127.0.0.1:${port}/accord` });
    assert.equal(res.code, 1);
    assert.equal(res.err, `Cannot open the database postgres://accord:***@127.0.0.1:${port}/accord: the connection was refused (is PostgreSQL running there?). Set DATABASE_URL to a database Accord can reach and write to.\n`);
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

describe('R-2.6.10 accord audit with the audit key [sqlite]', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  /** A data directory of its own, and a trail of two events written by the command line. */
  async function withTwoEvents() {
    const dir = mkdtempSync(join(tmpdir(), 'accord-cli-audit-'));
    dirs.push(dir);
    const env = { DATABASE_URL: `sqlite:${join(dir, 'accord.sqlite')}`, DATA_DIR: dir };
    const added = await cli(['user', 'add', '--email', 'clerk@example.gov.uk', '--name', 'Chris Clerk', '--role', 'officer'], env, 'a long enough passphrase\n');
    assert.equal(added.code, 0, added.err);
    await cli(['user', 'set-role', '--email', 'clerk@example.gov.uk', '--role', 'auditor'], env);
    return { dir, env, warning: added.err };
  }

  it('R-2.6.10 the first command that writes keeps a generated audit key in DATA_DIR, readable by its owner only, with a warning', async () => {
    const { dir, warning } = await withTwoEvents();
    assert.match(warning, /^Warning: AUDIT_KEY is not set: generated one and kept it in the data directory\..*same value on every app server/);
    const file = join(dir, 'audit-key');
    assert.ok(existsSync(file));
    assert.ok(readFileSync(file, 'utf8').trim().length >= 32);
    assert.equal(statSync(file).mode & 0o077, 0);
  });

  it('R-2.6.10 audit checkpoint prints a signed head; verify --checkpoint proves the chain extends it, and names a cut', async () => {
    const { dir, env } = await withTwoEvents();
    const made = await cli(['audit', 'checkpoint'], env);
    assert.equal(made.code, 0, made.err);
    const checkpoint = JSON.parse(made.out) as { format: string; seq: number; headHash: string; at: string; signature: string };
    assert.equal(checkpoint.format, 'accord-audit-checkpoint-1');
    assert.equal(checkpoint.seq, 2);
    const file = join(dir, 'checkpoint.json');
    writeFileSync(file, made.out);
    await cli(['user', 'set-role', '--email', 'clerk@example.gov.uk', '--role', 'officer'], env);
    const extends_ = await cli(['audit', 'verify', '--checkpoint', file], env);
    assert.equal(extends_.code, 0, extends_.err);
    assert.match(extends_.out, /Audit chain intact: 3 events/);
    assert.match(extends_.out, new RegExp(`extends the checkpoint taken at ${checkpoint.at} \\(event 2\\)`));

    writeFileSync(join(dir, 'edited.json'), JSON.stringify({ ...checkpoint, seq: 3 }));
    const edited = await cli(['audit', 'verify', '--checkpoint', join(dir, 'edited.json')], env);
    assert.equal(edited.code, 1);
    assert.match(edited.err, /does not match its signature/);
    const missing = await cli(['audit', 'verify', '--checkpoint', join(dir, 'nothing.json')], env);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /Cannot read the checkpoint file/);

    const otherKey = await cli(['audit', 'verify'], { ...env, AUDIT_KEY: 'a-different-key-than-the-one-that-wrote-the-trail' });
    assert.equal(otherKey.code, 1);
    assert.match(otherKey.err, /event 1's keyed hash does not match the audit key/);
    assert.match(otherKey.err, /What it likely means: .*different AUDIT_KEY/);

    const database = Database.fromUrl(env.DATABASE_URL!);
    await sql`drop trigger audit_events_no_delete`.execute(database.db);
    const second = await database.db.selectFrom('audit_events').select('hash').where('seq', '=', 1).executeTakeFirstOrThrow();
    await sql`delete from audit_events where seq > 1`.execute(database.db);
    await sql`update audit_head set seq = 1, hash = ${second.hash}`.execute(database.db);
    await database.close();
    const cut = await cli(['audit', 'verify', '--checkpoint', file], env);
    assert.equal(cut.code, 1);
    assert.match(cut.err, /records 2 events, but the trail now ends at event 1/);
    assert.match(cut.err, /What it likely means: Events 2 to 2 were deleted since the checkpoint/);
  });

});
