// Rewriting the audit trail is detected without trusting the database: each rewrite a
// database administrator could make (a forged event appended and the head moved; the triggers dropped,
// an event edited and every later hash recomputed; events cut from the end) is made here on each
// database, and verify with the audit key (and a checkpoint kept outside) must say so.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { auditHash, createAuditKey, eventMac, signCheckpoint, type AuditKey } from '../../src/app/audit-chain.ts';
import { historyOf } from '../../src/app/audit-trail.ts';
import { verifyAuditChain, type VerifyResult } from '../../src/app/audit-verify.ts';
import { command, sealUnkeyedAuditEvents } from '../../src/app/command.ts';
import { systemClock, uuidIds, type AppDeps, type RequestContext } from '../../src/app/deps.ts';
import { loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import { auditEventsAfter, readAuditHead, type AuditRow } from '../../src/db/repositories/audit.repo.ts';
import { MIGRATIONS } from '../../src/db/migrations/index.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { dialectsUnderTest, emptyDatabase, freshDatabase } from '../helpers/databases.ts';

const KEY = createAuditKey('the-councils-audit-key-kept-outside-the-database');
const ATTACKERS_KEY = createAuditKey('a-key-the-attacker-made-up-because-they-lack-ours');
const CTX: RequestContext = { actor: { id: null, label: 'test' }, requestId: null };

function depsFor(database: Database, auditKey?: AuditKey): AppDeps {
  return { database, clock: systemClock, ids: uuidIds, ...(auditKey && { auditKey }) };
}

async function append(deps: AppDeps, n: number, from = 0): Promise<void> {
  for (let i = from; i < from + n; i++) {
    await command(deps, CTX, async (_trx, audit) => {
      audit.record({ entityType: 'test', entityId: `t-${i}`, action: 'created', after: { n: i } });
    });
  }
}

async function events(database: Database): Promise<AuditRow[]> {
  return auditEventsAfter(database.db, 0, 10_000);
}

async function dropAppendOnlyGuard(database: Database): Promise<void> {
  if (database.dialect === 'sqlite') {
    await sql`drop trigger audit_events_no_update`.execute(database.db);
    await sql`drop trigger audit_events_no_delete`.execute(database.db);
  } else {
    await sql`drop trigger audit_events_no_change on audit_events`.execute(database.db);
  }
}

/** What the attacker writes: a well-formed event after `prev`, SHA-256 chained, keyed as they choose. */
function forgedAfter(prev: { seq: number; hash: string }, keyed: { version: 1 } | { version: 2; key: AuditKey } | { version: 2; mac: string }): AuditRow {
  const fields = {
    seq: prev.seq + 1,
    id: uuidIds.next(),
    occurred_at: new Date().toISOString(),
    actor_id: null,
    actor_label: 'Ada Lovelace <ada@example.gov.uk>',
    request_id: null,
    entity_type: 'user',
    entity_id: 'someone',
    action: 'updated',
    changes: '{"before":{"role":"officer"},"after":{"role":"administrator"}}',
    prev_hash: prev.hash,
    partnership_id: null,
  };
  const hash = auditHash(fields);
  if (keyed.version === 1) return { ...fields, hash, hash_version: 1, mac: null };
  return { ...fields, hash, hash_version: 2, mac: 'mac' in keyed ? keyed.mac : eventMac(keyed.key, hash) };
}

async function moveHead(database: Database, head: { seq: number; hash: string }): Promise<void> {
  await sql`update audit_head set seq = ${head.seq}, hash = ${head.hash} where id = 1`.execute(database.db);
}

/** Rewrites events from `fromSeq` on: `edit` changes the content of the first; hashes are recomputed after it, keyed as given. */
async function rewriteFrom(database: Database, fromSeq: number, keyed: { version: 1 } | { version: 2; key: AuditKey }): Promise<void> {
  await dropAppendOnlyGuard(database);
  const all = await events(database);
  let prev = fromSeq === 1 ? { hash: '0'.repeat(64) } : { hash: all[fromSeq - 2]!.hash };
  for (const e of all.filter((x) => x.seq >= fromSeq)) {
    const changes = e.seq === fromSeq ? '{"before":null,"after":{"n":999}}' : e.changes;
    const { hash: _h, hash_version: _v, mac: _m, ...fields } = { ...e, changes, prev_hash: prev.hash };
    const hash = auditHash(fields);
    const mac = keyed.version === 2 ? eventMac(keyed.key, hash) : null;
    await sql`update audit_events set changes = ${changes}, prev_hash = ${prev.hash}, hash = ${hash}, hash_version = ${keyed.version}, mac = ${mac} where seq = ${e.seq}`.execute(database.db);
    prev = { hash };
  }
  await moveHead(database, { seq: all.length, hash: prev.hash });
}

/** Applies the migrations before `name` as the migrator does, recording each, so the database is as an older Accord left it. */
async function migrateUpTo(database: Database, name: string): Promise<void> {
  const at = MIGRATIONS.findIndex(([n]) => n === name);
  assert.ok(at > 0, `${name} is registered`);
  await database.db.transaction().execute(async (trx) => {
    const db = trx as unknown as Kysely<any>;
    await db.schema.createTable('accord_migrations').addColumn('name', 'text', (c) => c.primaryKey()).addColumn('applied_at', 'text', (c) => c.notNull()).execute();
    for (const [applied, module] of MIGRATIONS.slice(0, at)) {
      await module.up(db, { dialect: database.dialect });
      await db.insertInto('accord_migrations').values({ name: applied, applied_at: new Date().toISOString() }).execute();
    }
  });
}

/** An event as Accord wrote it before migration 0007: keyed, its SHA-256 over the 11 fields that then existed (computed here, not by auditHash). */
function eventBefore0007(prev: { seq: number; hash: string }, entity: { type: string; id: string; action: string }) {
  const fields = {
    seq: prev.seq + 1,
    id: uuidIds.next(),
    occurred_at: new Date().toISOString(),
    actor_id: null,
    actor_label: 'Ada Lovelace <ada@example.gov.uk>',
    request_id: null,
    entity_type: entity.type,
    entity_id: entity.id,
    action: entity.action,
    changes: '{"before":null,"after":{"name":"Brackenford Energy"}}',
    prev_hash: prev.hash,
  };
  const hash = createHash('sha256').update(JSON.stringify(Object.values(fields)), 'utf8').digest('hex');
  return { ...fields, hash, hash_version: 2, mac: eventMac(KEY, hash) };
}

function broken(result: VerifyResult): Extract<VerifyResult, { intact: false }> {
  assert.equal(result.intact, false, 'verify must find the rewrite');
  return result as Extract<VerifyResult, { intact: false }>;
}

for (const dialect of dialectsUnderTest()) {
  describe(`R-2.6.10 rewriting the audit trail is detected [${dialect}]`, () => {
    /** A database of its own with five keyed events, for one rewrite. */
    async function withChain(work: (database: Database) => Promise<void>): Promise<void> {
      const fresh = await freshDatabase(dialect);
      try {
        await append(depsFor(fresh.database, KEY), 5);
        await work(fresh.database);
      } finally {
        await fresh.drop();
      }
    }

    it('R-2.6.10 an untouched chain verifies with the key, and extends a checkpoint of itself', async () => {
      await withChain(async (database) => {
        const result = await verifyAuditChain(database, { key: KEY });
        assert.deepEqual(result, { intact: true, count: 5, headHash: (await readAuditHead(database.db)).hash });
        const checkpoint = signCheckpoint(KEY, await readAuditHead(database.db), new Date());
        await append(depsFor(database, KEY), 2, 5);
        assert.equal((await verifyAuditChain(database, { key: KEY, checkpoint })).intact, true, 'later events extend the checkpoint');
        for (const e of await events(database)) assert.equal(e.hash_version, 2, `event ${e.seq} is keyed`);
      });
    });

    it('R-2.6.10 a forged event appended without the key and the head moved (the triggers allow both) is found', async () => {
      const forgeries = {
        'with no keyed hash': { version: 1 } as const,
        'keyed with a made-up key': { version: 2, key: ATTACKERS_KEY } as const,
        'with a keyed hash copied from the event before': null,
      };
      for (const [how, keyed] of Object.entries(forgeries)) {
        await withChain(async (database) => {
          const head = await readAuditHead(database.db);
          const forged = forgedAfter(head, keyed ?? { version: 2, mac: (await events(database)).at(-1)!.mac! });
          await database.db.insertInto('audit_events').values(forged).execute();
          await moveHead(database, { seq: forged.seq, hash: forged.hash });
          assert.equal((await verifyAuditChain(database)).intact, true, `${how}: the SHA-256 chain alone cannot tell`);
          const result = broken(await verifyAuditChain(database, { key: KEY }));
          assert.equal(result.seq, 6, how);
          assert.equal(result.eventId, forged.id, how);
          assert.equal(result.count, 5, how);
          assert.match(result.problem, keyed?.version === 1 ? /^event 6 has no keyed hash, but the events before it have one$/ : /^event 6's keyed hash does not match the audit key$/, how);
          assert.match(result.meaning, /without the audit key/, how);
        });
      }
    });

    it('R-2.6.10 the triggers dropped, an event edited and every later hash recomputed (keyed with a made-up key) is found at the edit', async () => {
      await withChain(async (database) => {
        await rewriteFrom(database, 3, { version: 2, key: ATTACKERS_KEY });
        assert.equal((await verifyAuditChain(database)).intact, true, 'the SHA-256 chain alone cannot tell');
        const result = broken(await verifyAuditChain(database, { key: KEY }));
        assert.equal(result.seq, 3);
        assert.equal(result.count, 2);
        assert.match(result.problem, /^event 3's keyed hash does not match the audit key$/);
      });
    });

    it('R-2.6.10 the same rewrite made without keyed hashes from the edit on is found at the edit', async () => {
      await withChain(async (database) => {
        await rewriteFrom(database, 3, { version: 1 });
        const result = broken(await verifyAuditChain(database, { key: KEY }));
        assert.equal(result.seq, 3);
        assert.match(result.problem, /^event 3 has no keyed hash, but the events before it have one$/);
      });
    });

    it('R-2.6.10 the whole trail rewritten from event 1 without keyed hashes is found', async () => {
      await withChain(async (database) => {
        await rewriteFrom(database, 1, { version: 1 });
        const result = broken(await verifyAuditChain(database, { key: KEY }));
        assert.match(result.problem, /^none of the 5 events has a keyed hash$/);
        assert.match(result.meaning, /rewritten without the audit key/);
      });
    });

    it('R-2.6.10 a rewrite from event 1 that Accord then wrote after is still found by a checkpoint taken before it', async () => {
      await withChain(async (database) => {
        const checkpoint = signCheckpoint(KEY, await readAuditHead(database.db), new Date('2025-04-01T09:00:00Z'));
        await rewriteFrom(database, 1, { version: 1 });
        await append(depsFor(database, KEY), 1, 5); // the next change seals whatever is before it
        assert.equal((await verifyAuditChain(database, { key: KEY })).intact, true, 'without a checkpoint this one cannot be told');
        const result = broken(await verifyAuditChain(database, { key: KEY, checkpoint }));
        assert.equal(result.seq, 5);
        assert.equal(result.problem, 'event 5 is not the event the checkpoint taken at 2025-04-01T09:00:00.000Z recorded');
        assert.match(result.meaning, /rewritten since the checkpoint/);
      });
    });

    it('R-2.6.10 events cut from the end with the head moved back are found by a checkpoint', async () => {
      await withChain(async (database) => {
        const checkpoint = signCheckpoint(KEY, await readAuditHead(database.db), new Date('2025-04-01T09:00:00Z'));
        await dropAppendOnlyGuard(database);
        const third = (await events(database))[2]!;
        await sql`delete from audit_events where seq > 3`.execute(database.db);
        await moveHead(database, { seq: 3, hash: third.hash });
        assert.equal((await verifyAuditChain(database, { key: KEY })).intact, true, 'without a checkpoint a clean cut cannot be told');
        const result = broken(await verifyAuditChain(database, { key: KEY, checkpoint }));
        assert.equal(result.seq, 4);
        assert.equal(result.problem, 'the checkpoint taken at 2025-04-01T09:00:00.000Z records 5 events, but the trail now ends at event 3');
        assert.match(result.meaning, /Events 4 to 5 were deleted since the checkpoint/);
      });
    });

    it('R-2.6.10 events cut from the end with the head left alone: a message that says which events, what is wrong and what it means', async () => {
      await withChain(async (database) => {
        await dropAppendOnlyGuard(database);
        await sql`delete from audit_events where seq > 3`.execute(database.db);
        const result = broken(await verifyAuditChain(database, { key: KEY }));
        assert.equal(result.seq, 4);
        assert.equal(result.problem, 'events 4 to 5 are missing from the end: the trail ends at event 3 but 5 events were written');
        assert.equal(result.meaning, "They were deleted outside Accord, by someone with write access to the database (the chain's head still records them).");
      });
    });

    it('R-2.6.10 a checkpoint edited after it was made, or signed with another key, is refused', async () => {
      await withChain(async (database) => {
        const checkpoint = signCheckpoint(KEY, await readAuditHead(database.db), new Date());
        const edited = broken(await verifyAuditChain(database, { key: KEY, checkpoint: { ...checkpoint, seq: 4 } }));
        assert.match(edited.problem, /does not match its signature/);
        const theirs = signCheckpoint(ATTACKERS_KEY, await readAuditHead(database.db), new Date());
        const other = broken(await verifyAuditChain(database, { key: KEY, checkpoint: theirs }));
        assert.match(other.problem, new RegExp(`signed with a different audit key \\(key id ${ATTACKERS_KEY.id}; this Accord's is ${KEY.id}\\)`));
      });
    });

    it('R-2.6.10 events written before keyed hashing still verify, sealed by the keyed events after them', async () => {
      const fresh = await freshDatabase(dialect);
      try {
        await append(depsFor(fresh.database), 3); // as before migration 0003: hash version 1
        const unsealed = broken(await verifyAuditChain(fresh.database, { key: KEY }));
        assert.match(unsealed.problem, /^none of the 3 events has a keyed hash$/);
        assert.match(unsealed.meaning, /Start Accord once/);
        assert.equal(await sealUnkeyedAuditEvents({ ...depsFor(fresh.database), auditKey: KEY }, CTX), true);
        assert.equal(await sealUnkeyedAuditEvents({ ...depsFor(fresh.database), auditKey: KEY }, CTX), false, 'sealed once only');
        await append(depsFor(fresh.database, KEY), 2, 3);
        const all = await events(fresh.database);
        assert.deepEqual(all.map((e) => e.hash_version), [1, 1, 1, 2, 2, 2]);
        assert.equal(all[3]!.entity_type, 'audit-chain');
        assert.deepEqual(await verifyAuditChain(fresh.database, { key: KEY }), { intact: true, count: 6, headHash: all[5]!.hash });
      } finally {
        await fresh.drop();
      }
    });

    it('R-2.6.10 two app servers with AUDIT_KEY from their own configuration write one chain that verifies; one with another key is found', async () => {
      const fresh = await freshDatabase(dialect);
      try {
        // Two processes share nothing but the setting: each makes its own key from its own config.
        const setting = { AUDIT_KEY: 'the-key-every-app-server-is-given-in-its-environment' };
        const one = depsFor(fresh.database, createAuditKey(loadConfig(setting).AUDIT_KEY!));
        const two = depsFor(fresh.database, createAuditKey(loadConfig(setting).AUDIT_KEY!));
        await Promise.all([append(one, 10, 0), append(two, 10, 100)]);
        const wrongKey = broken(await verifyAuditChain(fresh.database, { key: KEY }));
        assert.equal(wrongKey.seq, 1, 'verified with a key other than the servers’');
        assert.match(wrongKey.problem, /^event 1's keyed hash does not match the audit key$/);
        const verified = await verifyAuditChain(fresh.database, { key: createAuditKey(setting.AUDIT_KEY) });
        assert.equal(verified.intact, true);
        assert.equal(verified.count, 20);
        await append(depsFor(fresh.database, createAuditKey('a-third-server-configured-with-a-different-key')), 1, 200);
        const mixed = broken(await verifyAuditChain(fresh.database, { key: createAuditKey(setting.AUDIT_KEY) }));
        assert.equal(mixed.seq, 21);
        assert.match(mixed.meaning, /different AUDIT_KEY/);
      } finally {
        await fresh.drop();
      }
    });

    it('R-2.6.10 an event naming its partnership: its partnership changed, nulled, or given to an event of none is found by verify (`accord audit verify`)', async () => {
      const tampers: Record<string, { seq: number; value: string | null }> = {
        'changed to another partnership': { seq: 6, value: 'another-partnership' },
        nulled: { seq: 6, value: null },
        'set on an event that named none': { seq: 2, value: 'a-partnership' },
      };
      for (const [how, { seq, value }] of Object.entries(tampers)) {
        await withChain(async (database) => {
          await command(depsFor(database, KEY), CTX, async (_trx, audit) => {
            audit.record({ entityType: 'partnership-partner', entityId: 'an-organisation', partnershipId: 'a-partnership', action: 'added', after: { role: 'member' } });
          });
          assert.equal((await events(database))[5]!.partnership_id, 'a-partnership', 'the event names its partnership');
          assert.equal((await verifyAuditChain(database, { key: KEY })).intact, true, how);
          await dropAppendOnlyGuard(database);
          await sql`update audit_events set partnership_id = ${value} where seq = ${seq}`.execute(database.db);
          const result = broken(await verifyAuditChain(database, { key: KEY }));
          assert.equal(result.seq, seq, how);
          assert.match(result.problem, new RegExp(`^event ${seq} was changed after it was written`), how);
        });
      }
    });

    it('R-2.6.10 events written before migration 0007 verify unchanged after it, beside new events that name their partnership; History finds both', async () => {
      const fresh = await emptyDatabase(dialect);
      try {
        const { database } = fresh;
        await migrateUpTo(database, '0007-audit-partnership');
        let head = { seq: 0, hash: '0'.repeat(64) };
        for (const entity of [
          { type: 'partnership', id: 'p-1', action: 'created' },
          { type: 'user', id: 'u-1', action: 'created' },
          { type: 'partnership', id: 'p-1', action: 'updated' },
        ]) {
          const row = eventBefore0007(head, entity);
          await database.db.insertInto('audit_events').values(row).execute();
          head = { seq: row.seq, hash: row.hash };
        }
        await moveHead(database, head);

        assert.deepEqual((await migrateToLatest(database)).slice(0, 1), ['0007-audit-partnership']);
        assert.deepEqual((await events(database)).map((e) => e.partnership_id), [null, null, null], 'no backfill');
        assert.deepEqual(await verifyAuditChain(database, { key: KEY }), { intact: true, count: 3, headHash: head.hash });

        const deps = depsFor(database, KEY);
        await command(deps, CTX, async (_trx, audit) => {
          audit.record({ entityType: 'partnership', entityId: 'p-1', action: 'updated', before: { name: 'a' }, after: { name: 'b' } });
          audit.record({ entityType: 'partnership-partner', entityId: 'o-1', partnershipId: 'p-1', action: 'added', after: { role: 'member' } });
          audit.record({ entityType: 'partnership-partner', entityId: 'o-1', partnershipId: 'p-2', action: 'added', after: { role: 'lead' } });
          audit.record({ entityType: 'organisation', entityId: 'o-1', action: 'updated', before: { name: 'a' }, after: { name: 'b' } });
        });
        assert.deepEqual((await events(database)).map((e) => e.partnership_id), [null, null, null, 'p-1', 'p-1', 'p-2', null]);
        assert.equal((await verifyAuditChain(database, { key: KEY })).intact, true);

        const history = await historyOf(database, 'partnership', 'p-1');
        assert.deepEqual(history.map((e) => [e.seq, e.entityType, e.action]), [
          [5, 'partnership-partner', 'added'],
          [4, 'partnership', 'updated'],
          [3, 'partnership', 'updated'],
          [1, 'partnership', 'created'],
        ]);
        assert.deepEqual((await historyOf(database, 'partnership', 'p-2')).map((e) => e.seq), [6]);
      } finally {
        await fresh.drop();
      }
    });
  });
}
