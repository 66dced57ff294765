// every change is attributable and auditable. Events are written in the same transaction
// as the change, chained by hash, verifiable, and tampering is detected and located.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { auditHash } from '../../src/app/audit-chain.ts';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { command } from '../../src/app/command.ts';
import { SYSTEM, systemClock, uuidIds, type AppDeps, type RequestContext } from '../../src/app/deps.ts';
import { createUser } from '../../src/app/users.service.ts';
import type { Database } from '../../src/db/database.ts';
import { GENESIS_HASH } from '../../src/db/migrations/0001-platform.ts';
import { readAuditHead, type AuditRow } from '../../src/db/repositories/audit.repo.ts';
import { countUsers, findUserById, insertUser } from '../../src/db/repositories/users.repo.ts';
import { Client, csrfFrom, startApp, type TestApp } from '../helpers/app.ts';
import { freshDatabase, forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';

const CTX: RequestContext = { actor: { id: null, label: 'audit test' }, requestId: 'audit-test' };

async function allEvents(database: Database): Promise<AuditRow[]> {
  const rows = await database.db.selectFrom('audit_events').selectAll().orderBy('seq').execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

async function eventCount(database: Database): Promise<number> {
  const row = await database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Appends `n` small events, one command each (or all in one command). */
async function appendEvents(deps: AppDeps, n: number, options: { oneCommand?: boolean } = {}): Promise<void> {
  if (options.oneCommand) {
    await command(deps, CTX, async (_trx, audit) => {
      for (let i = 0; i < n; i++) audit.record({ entityType: 'test', entityId: `t-${i}`, action: 'created', after: { n: i } });
    });
    return;
  }
  for (let i = 0; i < n; i++) {
    await command(deps, CTX, async (_trx, audit) => {
      audit.record({ entityType: 'test', entityId: `t-${i}`, action: 'created', after: { n: i } });
    });
  }
}

/** What a malicious database administrator does first: remove the append-only guard. */
async function dropAppendOnlyGuard(database: Database): Promise<void> {
  if (database.dialect === 'sqlite') {
    await sql`drop trigger audit_events_no_update`.execute(database.db);
    await sql`drop trigger audit_events_no_delete`.execute(database.db);
  } else {
    await sql`drop trigger audit_events_no_change on audit_events`.execute(database.db);
  }
}

forEachDatabase('R-2.6.10 audit trail', (ctx) => {
  let t: TestApp;
  let deps: AppDeps;

  before(async () => {
    t = await startApp(ctx.database);
    deps = t.deps;
    await makeUser(deps, 'administrator');
  });
  after(() => t.close());

  /** A database of its own with five events and no append-only guard, for one act of tampering. */
  async function tamperable(tamper: (database: Database, events: AuditRow[]) => Promise<void>) {
    const fresh = await freshDatabase(ctx.dialect);
    try {
      const own: AppDeps = { database: fresh.database, clock: systemClock, ids: uuidIds };
      await appendEvents(own, 5);
      const events = await allEvents(fresh.database);
      assert.equal((await verifyAuditChain(fresh.database)).intact, true);
      await dropAppendOnlyGuard(fresh.database);
      await tamper(fresh.database, events);
      return await verifyAuditChain(fresh.database);
    } finally {
      await fresh.drop();
    }
  }

  it('R-2.6.10 a command whose work throws after writing leaves neither the row nor the audit event', async () => {
    const head = await readAuditHead(ctx.database.db);
    const events = await eventCount(ctx.database);
    const users = await countUsers(ctx.database.db);
    const id = uuidIds.next();
    const now = new Date().toISOString();
    const row = { id, email: `rolled.back.${id}@example.gov.uk`, emailNormalised: `rolled.back.${id}@example.gov.uk`, name: 'Rolled Back', role: 'officer' as const, passwordHash: 'x', now };

    await assert.rejects(
      command(deps, CTX, async (trx, audit) => {
        await insertUser(trx, row);
        audit.record({ entityType: 'user', entityId: id, action: 'created', after: { name: 'Rolled Back' } });
        assert.ok(await findUserById(trx, id), 'the row was written inside the transaction');
        throw new Error('work failed after writing');
      }),
      /work failed after writing/,
    );
    assert.equal(await findUserById(ctx.database.db, id), undefined, 'the row is gone');
    assert.equal(await countUsers(ctx.database.db), users);
    assert.equal(await eventCount(ctx.database), events, 'no audit event');
    assert.deepEqual(await readAuditHead(ctx.database.db), head, 'the chain head did not move');

    // A failure while the events themselves are written (the second is invalid) undoes the first too.
    await assert.rejects(
      command(deps, CTX, async (trx, audit) => {
        await insertUser(trx, row);
        audit.record({ entityType: 'user', entityId: id, action: 'created', after: { name: 'Rolled Back' } });
        audit.record({ entityType: 'user', entityId: null as unknown as string, action: 'broken' });
      }),
    );
    assert.equal(await findUserById(ctx.database.db, id), undefined);
    assert.equal(await eventCount(ctx.database), events);
    assert.deepEqual(await readAuditHead(ctx.database.db), head);
    assert.equal((await verifyAuditChain(ctx.database)).intact, true);

    // And when the work succeeds, the row and its event arrive together.
    await command(deps, CTX, async (trx, audit) => {
      await insertUser(trx, row);
      audit.record({ entityType: 'user', entityId: id, action: 'created', after: { name: 'Rolled Back' } });
    });
    assert.ok(await findUserById(ctx.database.db, id));
    const last = (await allEvents(ctx.database)).at(-1)!;
    assert.equal(last.entity_id, id);
    assert.equal(last.seq, head.seq + 1);
    assert.equal(last.request_id, 'audit-test');
    assert.equal(last.actor_label, 'audit test');
  });

  it('R-2.6.10 chains the events: contiguous seq, each prev_hash the previous hash, each hash over its content', async () => {
    await makeUser(deps, 'officer');
    await appendEvents(deps, 3);
    const events = await allEvents(ctx.database);
    assert.ok(events.length >= 5);
    let prev = GENESIS_HASH;
    events.forEach((e, i) => {
      assert.equal(e.seq, i + 1, 'seq has no gaps');
      assert.equal(e.prev_hash, prev, `event ${e.seq} points at the one before`);
      const { hash, ...fields } = e;
      assert.equal(hash, auditHash(fields), `event ${e.seq}'s hash covers its content`);
      assert.match(hash, /^[0-9a-f]{64}$/);
      prev = hash;
    });
    assert.equal(new Set(events.map((e) => e.id)).size, events.length, 'ids are unique');
    assert.deepEqual(await readAuditHead(ctx.database.db), { seq: events.length, hash: prev });
  });

  it('R-2.6.10 verifyAuditChain reports an intact chain with its count and head', async () => {
    const events = await allEvents(ctx.database);
    const result = await verifyAuditChain(ctx.database);
    assert.deepEqual(result, { intact: true, count: events.length, headHash: events.at(-1)!.hash });
  });

  it('R-2.6.10 the database itself refuses to change or delete an audit event', async () => {
    const events = await eventCount(ctx.database);
    await assert.rejects(sql`update audit_events set changes = '{}' where seq = 1`.execute(ctx.database.db), /append-only/);
    await assert.rejects(sql`delete from audit_events where seq = 1`.execute(ctx.database.db), /append-only/);
    assert.equal(await eventCount(ctx.database), events);
    assert.equal((await verifyAuditChain(ctx.database)).intact, true);
  });

  it('R-2.6.10 detects an event edited by hand, naming its seq', async () => {
    let edited = '';
    const result = await tamperable(async (database, events) => {
      edited = events[2]!.id;
      await sql`update audit_events set changes = ${'{"before":null,"after":{"n":999}}'} where seq = 3`.execute(database.db);
    });
    assert.equal(result.intact, false);
    assert.ok(!result.intact);
    assert.equal(result.seq, 3);
    assert.equal(result.eventId, edited);
    assert.equal(result.count, 2, 'the events before it are fine');
    assert.match(result.problem, /event 3 was changed/);
  });

  it('R-2.6.10 detects an edited event whose own hash was recomputed, at the next event', async () => {
    const result = await tamperable(async (database, events) => {
      const changed = { ...events[2]!, changes: '{"before":null,"after":{"n":999}}' };
      const { hash: _old, ...fields } = changed;
      await sql`update audit_events set changes = ${changed.changes}, hash = ${auditHash(fields)} where seq = 3`.execute(database.db);
    });
    assert.ok(!result.intact);
    assert.equal(result.seq, 4);
    assert.match(result.problem, /event 4 does not follow event 3/);
  });

  it('R-2.6.10 detects a deleted event in the middle', async () => {
    const result = await tamperable(async (database) => {
      await sql`delete from audit_events where seq = 3`.execute(database.db);
    });
    assert.ok(!result.intact);
    assert.match(result.problem, /event 3 is missing/);
    assert.equal(result.count, 2);
  });

  it('R-2.6.10 detects a deleted last event from the head', async () => {
    const result = await tamperable(async (database) => {
      await sql`delete from audit_events where seq = 5`.execute(database.db);
    });
    assert.ok(!result.intact);
    assert.equal(result.seq, 5);
    assert.equal(result.count, 4);
    assert.match(result.problem, /ends at event 4 but 5 events were written/);
  });

  it('R-2.6.10 detects a changed prev_hash', async () => {
    const result = await tamperable(async (database, events) => {
      await sql`update audit_events set prev_hash = ${events[0]!.hash} where seq = 3`.execute(database.db);
    });
    assert.ok(!result.intact);
    assert.equal(result.seq, 3);
    assert.match(result.problem, /event 3 does not follow event 2/);
  });

  it('R-2.6.10 detects events put in a different order', async () => {
    const result = await tamperable(async (database) => {
      // Swap events 2 and 3 by renumbering them.
      await sql`update audit_events set seq = 1000 where seq = 2`.execute(database.db);
      await sql`update audit_events set seq = 2 where seq = 3`.execute(database.db);
      await sql`update audit_events set seq = 3 where seq = 1000`.execute(database.db);
    });
    assert.ok(!result.intact);
    assert.equal(result.seq, 2);
    assert.match(result.problem, /event 2/);
  });

  it('R-2.6.10 verifies a chain longer than one page of reading, and finds tampering beyond the first page', async () => {
    const fresh = await freshDatabase(ctx.dialect);
    try {
      const own: AppDeps = { database: fresh.database, clock: systemClock, ids: uuidIds };
      await appendEvents(own, 2500, { oneCommand: true });
      await appendEvents(own, 2);
      const intact = await verifyAuditChain(fresh.database);
      assert.ok(intact.intact);
      assert.equal(intact.count, 2502);
      await dropAppendOnlyGuard(fresh.database);
      await sql`update audit_events set entity_id = 'forged' where seq = 2001`.execute(fresh.database.db);
      const broken = await verifyAuditChain(fresh.database);
      assert.ok(!broken.intact);
      assert.equal(broken.seq, 2001);
      assert.equal(broken.count, 2000);
    } finally {
      await fresh.drop();
    }
  });

  it(`R-2.6.10 20 commands at once produce one contiguous, intact chain [${ctx.dialect}]`, async () => {
    const before = await readAuditHead(ctx.database.db);
    const stamp = Date.now();
    const users = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        createUser(deps, SYSTEM, { email: `parallel.${i}.${stamp}@example.gov.uk`, name: `Parallel ${i}`, role: 'officer', password: PASSWORD }),
      ),
    );
    assert.equal(new Set(users.map((u) => u.id)).size, 20);
    const headAfter = await readAuditHead(ctx.database.db);
    assert.equal(headAfter.seq, before.seq + 20, 'one event each, none lost');
    const events = (await allEvents(ctx.database)).filter((e) => e.seq > before.seq);
    assert.deepEqual(events.map((e) => e.seq), Array.from({ length: 20 }, (_, i) => before.seq + 1 + i));
    assert.deepEqual(new Set(events.map((e) => e.entity_id)), new Set(users.map((u) => u.id)), 'each user created exactly once');
    const result = await verifyAuditChain(ctx.database);
    assert.ok(result.intact, result.intact ? '' : result.problem);
    assert.equal(result.count, headAfter.seq);
  });

  it('R-2.6.10 records the request id a client sent, so an event can be traced to its request', async () => {
    const user = await makeUser(deps, 'officer');
    const client = new Client(t.app);
    const page = await client.get('/sign-in');
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: {
        cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        'content-type': 'application/x-www-form-urlencoded',
        'x-request-id': 'trace-4711',
      },
      payload: new URLSearchParams({ _csrf: csrfFrom(page.body), email: user.email, password: PASSWORD }).toString(),
    });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers['x-request-id'], 'trace-4711');
    const last = (await allEvents(ctx.database)).at(-1)!;
    assert.equal(last.action, 'signed-in');
    assert.equal(last.request_id, 'trace-4711');
    assert.equal(last.actor_id, user.id);
  });

  it('R-2.6.10 the audit page lists events newest first, 50 a page, with older pages by ?before=', async () => {
    await appendEvents(deps, 60);
    const admin = await makeUser(deps, 'administrator');
    const client = await signedIn(t.app, admin);
    const head = await readAuditHead(ctx.database.db);
    const seqs = (html: string) => [...html.matchAll(/<td class="govuk-table__cell" data-label="Number">(\d+)<\/td>/g)].map((m) => Number(m[1]));

    const first = await client.get('/audit');
    assert.equal(first.statusCode, 200);
    const page1 = seqs(first.body);
    assert.deepEqual(page1, Array.from({ length: 50 }, (_, i) => head.seq - i), 'the newest 50, newest first');
    assert.ok(first.body.includes(`href="/audit?before=${head.seq - 49}"`), 'a link to older entries');
    assert.ok(!first.body.includes('Newest entries'));
    assert.ok(first.body.includes('Signed in'), 'actions in plain words');

    const second = await client.get(`/audit?before=${head.seq - 49}`);
    assert.equal(second.statusCode, 200);
    const page2 = seqs(second.body);
    assert.deepEqual(page2, Array.from({ length: Math.min(50, head.seq - 50) }, (_, i) => head.seq - 50 - i));
    assert.ok(second.body.includes('href="/audit"'), 'a link back to the newest');

    const oldest = await client.get('/audit?before=3');
    assert.deepEqual(seqs(oldest.body), [2, 1]);
    assert.ok(!oldest.body.includes('Older entries'), 'no older page after the first event');

    const junk = await client.get('/audit?before=abc');
    assert.equal(junk.statusCode, 200);
    assert.deepEqual(seqs(junk.body), page1, 'a bad ?before= shows the newest');

    const auditor = await signedIn(t.app, await makeUser(deps, 'auditor'));
    assert.equal((await auditor.get('/audit')).statusCode, 200, 'internal audit reads the trail');
    const officer = await signedIn(t.app, await makeUser(deps, 'officer'));
    assert.equal((await officer.get('/audit')).statusCode, 403);
  });

  it('R-2.6.10 a user’s History says in plain words who changed what, newest first', async () => {
    const admin = await makeUser(deps, 'administrator', { name: 'Ada Admin' });
    const client = await signedIn(t.app, admin);
    const user = await makeUser(deps, 'officer', { name: 'Olive Officer' });
    const res = await client.post(
      `/users/${user.id}`,
      { name: 'Olive Promoted', email: user.email, role: 'administrator', active: 'yes' },
      { from: `/users/${user.id}/edit` },
    );
    assert.equal(res.statusCode, 303);
    const page = await client.get(`/users/${user.id}`);
    assert.equal(page.statusCode, 200);
    const history = page.body.slice(page.body.indexOf('>History<'));
    assert.ok(history.includes('<li>Role: Officer → Administrator</li>'), 'role change in words');
    assert.ok(history.includes('<li>Name: Olive Officer → Olive Promoted</li>'));
    assert.ok(!history.includes('Email:') || history.indexOf('Email:') > history.indexOf('<strong>Created</strong>'), 'the unchanged email is not listed as changed');
    assert.ok(history.includes(`<strong>Updated</strong> by Ada Admin &lt;${admin.email}&gt;`), 'who, escaped');
    assert.ok(history.includes('<strong>Created</strong> by system'));
    assert.ok(history.includes('<li>Role: Officer</li>'), 'the creation lists the starting values');
    assert.ok(history.includes('<li>Can sign in: yes</li>'));
    assert.ok(history.indexOf('<strong>Updated</strong>') < history.indexOf('<strong>Created</strong>'), 'newest first');
  });
});
