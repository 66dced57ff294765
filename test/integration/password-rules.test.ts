// The password rules apply wherever a password is set: the first administrator, an administrator
// adding a user or setting one's password, your own change, `accord user add` and
// ACCORD_ADMIN_PASSWORD at start. A refused password re-renders the form (400, at the field) and
// saves nothing: the row counts, the audit trail and the stored hash are as they were.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { UserFacingError } from '../../src/app/errors.ts';
import { ensureFirstAdministrator } from '../../src/app/users.service.ts';
import { Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { cli } from '../helpers/cli.ts';
import { emptyDatabase, forEachDatabase, dialectsUnderTest, type FreshDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';
import { rowCountsAndSeq } from '../helpers/rows.ts';

// [what, password, message]: the three the issue found accepted, and the account's own words
// (the surname is not in these emails, so each case meets its own rule).
const REFUSED = (email: string, name: string): Array<[string, string, RegExp]> => [
  ['a common password', 'password1234', /Password is one of the most common passwords/],
  ['digits in a row', '123456789012', /Password must not be a run of characters/],
  ['twelve spaces', ' '.repeat(12), /Password must not be only spaces/],
  ['the email’s local part', `${email.split('@')[0]}-2025-26`, /Password must not contain the email address/],
  ['the name', `${name.split(' ')[1]} rules ok!`, /Password must not contain the user’s name/],
];

async function snapshot(t: { deps: { database: Database } }, userId?: string) {
  const counts = await rowCountsAndSeq(t.deps.database);
  const hash = userId ? (await t.deps.database.db.selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow()).password_hash : null;
  return { counts, hash };
}

forEachDatabase('password rules wherever a password is set', (ctx) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof makeUser>>;
  let adminClient: Client;
  before(async () => {
    t = await startApp(ctx.database);
    admin = await makeUser(t.deps, 'administrator', { name: 'Ada Admin' });
    adminClient = await signedIn(t.app, admin);
  });
  after(() => t.close());

  for (const [what, password, message] of REFUSED('grace.h@example.gov.uk', 'Grace Hopper')) {
    it(`an administrator adding a user: refuses ${what}, saves nothing`, async () => {
      const before = await snapshot(t);
      const res = await adminClient.post('/users', { name: 'Grace Hopper', email: 'grace.h@example.gov.uk', role: 'officer', password }, { from: '/users/new' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, new RegExp(`href="#password">${message.source}`), 'in the error summary, linked to the field');
      assert.deepEqual(await snapshot(t), before);
    });
  }

  it('an administrator setting a user’s password, and the user changing their own: each refuses all of them, saves nothing', async () => {
    const user = await makeUser(t.deps, 'officer', { name: 'Katherine Johnson', email: 'katherine.j@example.gov.uk' });
    const own = await signedIn(t.app, user);
    for (const [what, password, message] of REFUSED(user.email, user.name)) {
      const before = await snapshot(t, user.id);
      const reset = await adminClient.post(`/users/${user.id}/password`, { password, confirmPassword: password }, { from: `/users/${user.id}/password` });
      assert.equal(reset.statusCode, 400, what);
      assert.match(reset.body, message, what);
      const change = await own.post('/account/password', { currentPassword: PASSWORD, newPassword: password, confirmPassword: password }, { from: '/account/password' });
      assert.equal(change.statusCode, 400, what);
      assert.match(change.body, message, what);
      assert.deepEqual(await snapshot(t, user.id), before, what);
    }
  });
});

for (const dialect of dialectsUnderTest()) {
  describe(`the first administrator [${dialect}]`, () => {
    let fresh: FreshDatabase;
    let t: TestApp;
    before(async () => {
      fresh = await emptyDatabase(dialect);
      await migrateToLatest(fresh.database);
      t = await startApp(fresh.database);
    });
    after(async () => {
      await t.close();
      await fresh.drop();
    });

    it('the set-up page refuses each of them and creates nobody', async () => {
      const client = new Client(t.app);
      for (const [what, password, message] of REFUSED('mary.s@example.gov.uk', 'Mary Somerville')) {
        const res = await client.post('/setup', { name: 'Mary Somerville', email: 'mary.s@example.gov.uk', password, confirmPassword: password }, { from: '/setup' });
        assert.equal(res.statusCode, 400, what);
        assert.match(res.body, message, what);
        assert.equal((await snapshot(t)).counts.users, 0, what);
      }
    });

    it('ACCORD_ADMIN_PASSWORD at start: a common one is refused, naming the setting, and nobody is created', async () => {
      await assert.rejects(
        ensureFirstAdministrator(t.deps, { email: 'admin@example.gov.uk', password: 'password1234' }),
        (e: Error) => e instanceof UserFacingError && /^ACCORD_ADMIN_PASSWORD is refused: Password is one of the most common/.test(e.message),
      );
      assert.equal((await snapshot(t)).counts.users, 0);
      assert.equal(await ensureFirstAdministrator(t.deps, { email: 'admin@example.gov.uk', password: 'walnut tractor gleam oxide' }), 'created');
    });
  });
}

describe('accord user add [sqlite]', () => {
  let dir: string;
  let env: Record<string, string>;
  let database: Database;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'accord-pw-'));
    env = { DATABASE_URL: `sqlite:${join(dir, 'accord.sqlite')}`, DATA_DIR: dir, LOG_LEVEL: 'silent' };
    database = Database.fromUrl(env.DATABASE_URL!);
    await migrateToLatest(database);
  });
  after(async () => {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses each of them with the message, exit 1, and adds nobody', async () => {
    for (const [what, password, message] of REFUSED('alan.t@example.gov.uk', 'Alan Turing')) {
      const res = await cli(['user', 'add', '--email', 'alan.t@example.gov.uk', '--name', 'Alan Turing', '--role', 'officer'], env, `${password}\n`);
      assert.equal(res.code, 1, `${what}: ${res.err}`);
      assert.match(res.err, message, what);
    }
    const users = await database.db.selectFrom('users').select('id').execute();
    assert.deepEqual(users, []);
  });
});
