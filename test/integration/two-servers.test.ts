// Several app servers on one PostgreSQL, as behind a load balancer: nothing a request needs is kept in
// one server's memory. Two apps (each with its own connection pool) share a fresh schema: a session
// and its form tokens made by one are honoured by the other; writes through both at once keep the
// audit chain whole; and two real servers starting together on an empty schema migrate it
// once. PostgreSQL only: SQLite is one file for one server.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { Database } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { MIGRATIONS_TABLE } from '../../src/db/migrate.ts';
import { MIGRATION_NAMES } from '../../src/db/migrations/index.ts';
import { Client, idFromRedirect, startApp, TEST_AUDIT_KEY, TEST_SECRET, type TestApp } from '../helpers/app.ts';
import { POSTGRES_URL } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { freePort, startServer } from '../helpers/server-process.ts';

const skip = !POSTGRES_URL && 'TEST_DATABASE_URL not set';

/** A schema of its own, dropped afterwards, and a Database on it for each server. */
async function sharedSchema(prefix: string): Promise<{ name: string; open(max?: number): Database; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = Database.postgres(POSTGRES_URL!, { max: 1 });
  await sql`create schema ${sql.id(name)}`.execute(admin.db);
  const opened: Database[] = [];
  return {
    name,
    open(max = 5) {
      const database = Database.postgres(POSTGRES_URL!, { searchPath: name, max });
      opened.push(database);
      return database;
    },
    async drop() {
      await Promise.all(opened.map((d) => d.close()));
      await sql`drop schema ${sql.id(name)} cascade`.execute(admin.db);
      await admin.close();
    },
  };
}

/** The same browser, its next request sent to the other server (cookies and the page it holds go too). */
function through(other: TestApp, from: Client): Client {
  const client = new Client(other.app);
  for (const [name, value] of from.cookies) client.cookies.set(name, value);
  client.lastPage = from.lastPage;
  return client;
}

const organisationForm = (name: string) => ({
  name,
  sector: 'vcse',
  isThisCouncil: 'no',
  companyNumber: '',
  charityNumber: '',
  address: '',
  website: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
});

describe('two app servers on one PostgreSQL', { skip }, () => {
  let schema: Awaited<ReturnType<typeof sharedSchema>>;
  let a: TestApp;
  let b: TestApp;
  before(async () => {
    schema = await sharedSchema('accord_two');
    const first = schema.open();
    await migrateToLatest(first);
    a = await startApp(first);
    b = await startApp(schema.open());
  });
  after(async () => {
    await a?.close();
    await b?.close();
    await schema?.drop();
  });

  it('a session made by one server is honoured by the other, and a form from one is accepted by the other', async () => {
    const officer = await makeUser(a.deps, 'officer', { name: 'Olive Across' });
    const onA = await signedIn(a.app, officer);
    const home = await through(b, onA).get('/');
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Olive Across/, 'signed in on the second server');

    // The form (and its CSRF token) from server A, posted to server B.
    await onA.get('/organisations/new');
    const onB = through(b, onA);
    const saved = await onB.post('/organisations', organisationForm('Across Servers Trust'));
    const id = idFromRedirect(saved, '/organisations');
    const page = await through(a, onB).get(`/organisations/${id}`);
    assert.match(page.body, /Across Servers Trust/);

    // Signing out on B ends the session on A too.
    await onB.post('/sign-out', {}, { from: '/' });
    const after = await through(a, onB).get('/');
    assert.equal(after.statusCode, 303, 'signed out everywhere');
  });

  it('R-2.6.10 twenty organisations added at once, half through each server, keep the audit chain whole', async () => {
    const officer = await makeUser(a.deps, 'officer');
    const onA = await signedIn(a.app, officer);
    await onA.get('/organisations/new');
    const onB = through(b, onA);
    const before = await verifyAuditChain(a.deps.database, { key: TEST_AUDIT_KEY });
    assert.ok(before.intact, JSON.stringify(before));

    const names = Array.from({ length: 20 }, (_, i) => `Parallel Partner ${String(i + 1).padStart(2, '0')}`);
    const responses = await Promise.all(names.map((name, i) => (i % 2 ? onB : onA).post('/organisations', organisationForm(name))));
    assert.deepEqual(responses.map((r) => r.statusCode), names.map(() => 303), 'every one saved');
    const ids = responses.map((r) => idFromRedirect(r, '/organisations'));

    const result = await verifyAuditChain(b.deps.database, { key: TEST_AUDIT_KEY });
    assert.ok(result.intact, JSON.stringify(result));
    assert.equal(result.count, before.count + 20, 'one event per organisation, none lost');
    const events = await b.deps.database.db
      .selectFrom('audit_events')
      .select(['seq', 'entity_id', 'action'])
      .where('seq', '>', before.count)
      .orderBy('seq')
      .execute();
    assert.deepEqual(events.map((e) => e.seq), names.map((_, i) => before.count + i + 1), 'numbered without gaps');
    assert.deepEqual(events.map((e) => e.entity_id).sort(), [...ids].sort(), 'an event for every organisation');
  });
});

describe('two real servers starting together on an empty PostgreSQL schema', { skip }, () => {
  let schema: Awaited<ReturnType<typeof sharedSchema>>;
  before(async () => {
    schema = await sharedSchema('accord_two_boot');
  });
  after(() => schema?.drop());

  it('both start, one applies the migrations, each migration is recorded once', async (t) => {
    const url = new URL(POSTGRES_URL!);
    url.searchParams.set('options', `-c search_path=${schema.name}`);
    const env = { DATABASE_URL: url.toString(), SESSION_SECRET: TEST_SECRET, AUDIT_KEY: 'two-servers-audit-key-that-is-long-enough-0123' };
    const servers = [startServer(t, { ...env, PORT: String(await freePort()) }), startServer(t, { ...env, PORT: String(await freePort()) })];
    await Promise.all(servers.map((s) => s.waitFor(/Accord is ready/, 30_000)));
    const migrated = servers.filter((s) => /applied database migrations/.test(s.output()));
    assert.equal(migrated.length, 1, 'one server migrated; the other found nothing left to do');

    const database = schema.open(1);
    const rows = await database.db.selectFrom(MIGRATIONS_TABLE as never).select(['name' as never]).execute();
    assert.deepEqual(rows.map((r) => (r as { name: string }).name).sort(), [...MIGRATION_NAMES].sort());

    for (const s of servers) s.kill('SIGTERM');
    assert.deepEqual(await Promise.all(servers.map((s) => s.exited())), [0, 0]);
  });
});
