import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, it } from 'node:test';
import { auditHash, checkpointSignatureMatches, createAuditKey, eventMac, signCheckpoint, type HashedFields } from '../../src/app/audit-chain.ts';
import { GENESIS_HASH } from '../../src/db/migrations/0001-platform.ts';
import { checkpointProblem, endOfChain, nextEvent, parseCheckpoint, startChain, type EventFacts } from '../../src/domain/audit/chain.ts';

const EVENT: HashedFields = {
  seq: 7,
  id: '01936f2a-7b1c-7d3e-8f00-0123456789ab',
  occurred_at: '2025-01-06T09:00:00.000Z',
  actor_id: '01936f2a-0000-7000-8000-000000000001',
  actor_label: 'Ada Lovelace <ada@example.gov.uk>',
  request_id: 'req-123',
  entity_type: 'user',
  entity_id: '01936f2a-0000-7000-8000-000000000002',
  action: 'updated',
  changes: JSON.stringify({ before: { role: 'officer' }, after: { role: 'administrator' } }),
  prev_hash: 'a'.repeat(64),
  partnership_id: null,
};

// An event of a partnership's record, as written from migration 0007 on.
const PARTNER_EVENT: HashedFields = {
  ...EVENT,
  entity_type: 'partnership-partner',
  entity_id: '01936f2a-0000-7000-8000-000000000004',
  changes: JSON.stringify({ before: null, after: { organisation: 'Brackenford CVS', role: 'member' } }),
  partnership_id: '01936f2a-0000-7000-8000-000000000005',
};

// A different value of the same type for every field.
const OTHER: { [K in keyof HashedFields]: HashedFields[K] } = {
  seq: 8,
  id: '01936f2a-7b1c-7d3e-8f00-0123456789ac',
  occurred_at: '2025-01-06T09:00:00.001Z',
  actor_id: null,
  actor_label: 'Ada Lovelace <ada@example.gov.uk> ',
  request_id: null,
  entity_type: 'users',
  entity_id: '01936f2a-0000-7000-8000-000000000003',
  action: 'deleted',
  changes: JSON.stringify({ before: { role: 'officer' }, after: { role: 'auditor' } }),
  prev_hash: 'b'.repeat(64),
  partnership_id: '01936f2a-0000-7000-8000-000000000005',
};

describe('R-2.6.10 the audit hash', () => {
  it('is a SHA-256 in lower-case hex', () => {
    assert.match(auditHash(EVENT), /^[0-9a-f]{64}$/);
  });

  it('is stable: the same event always hashes the same', () => {
    assert.equal(auditHash(EVENT), auditHash({ ...EVENT }));
    assert.equal(auditHash(EVENT), auditHash(JSON.parse(JSON.stringify(EVENT)) as HashedFields));
  });

  it('does not depend on the order the fields were written in', () => {
    const reversed = Object.fromEntries(Object.entries(EVENT).reverse()) as unknown as HashedFields;
    assert.equal(auditHash(reversed), auditHash(EVENT));
  });

  it('is pinned: stored chains must still verify after any change to the code', () => {
    // If this fails, every audit chain already written would fail verification. Do not update it
    // unless a migration re-hashes existing chains.
    assert.equal(auditHash(EVENT), PINNED);
  });

  it('is pinned for an event naming its partnership: its id is appended to the same array', () => {
    assert.equal(auditHash(PARTNER_EVENT), PINNED_WITH_PARTNERSHIP);
  });

  it('an event of no partnership hashes exactly as before migration 0007: the 11 fields, nothing appended', () => {
    const e = EVENT;
    const before0007 = [e.seq, e.id, e.occurred_at, e.actor_id, e.actor_label, e.request_id, e.entity_type, e.entity_id, e.action, e.changes, e.prev_hash];
    const sha = createHash('sha256').update(JSON.stringify(before0007), 'utf8').digest('hex');
    assert.equal(auditHash(EVENT), sha);
  });

  it('covers the partnership: changing, nulling or adding one changes the hash', () => {
    const base = auditHash(PARTNER_EVENT);
    assert.notEqual(auditHash({ ...PARTNER_EVENT, partnership_id: '01936f2a-0000-7000-8000-000000000006' }), base, 'changed');
    assert.notEqual(auditHash({ ...PARTNER_EVENT, partnership_id: null }), base, 'nulled');
    assert.notEqual(auditHash({ ...EVENT, partnership_id: EVENT.entity_id }), auditHash(EVENT), 'set on an event that had none');
  });

  it('tells a partnership id from the same text at the end of another field', () => {
    const pid = PARTNER_EVENT.partnership_id!;
    assert.notEqual(auditHash(PARTNER_EVENT), auditHash({ ...PARTNER_EVENT, prev_hash: `${PARTNER_EVENT.prev_hash}","${pid}`, partnership_id: null }));
  });

  it('covers every field: changing any single one changes the hash', () => {
    const base = auditHash(EVENT);
    const keys = Object.keys(EVENT) as Array<keyof HashedFields>;
    assert.deepEqual(keys.sort(), (Object.keys(OTHER) as Array<keyof HashedFields>).sort());
    for (const key of keys) {
      const changed = { ...EVENT, [key]: OTHER[key] } as HashedFields;
      assert.notEqual(auditHash(changed), base, `changing ${key} must change the hash`);
    }
  });

  const nullable: Array<keyof HashedFields> = ['actor_id', 'request_id', 'partnership_id'];
  for (const key of nullable) {
    it(`tells ${key} null from "null" and from ""`, () => {
      const hashes = new Set([null, 'null', ''].map((v) => auditHash({ ...EVENT, [key]: v } as HashedFields)));
      assert.equal(hashes.size, 3);
    });
  }

  it('tells field boundaries apart: "ab"+"c" is not "a"+"bc"', () => {
    assert.notEqual(
      auditHash({ ...EVENT, entity_type: 'ab', entity_id: 'c' }),
      auditHash({ ...EVENT, entity_type: 'a', entity_id: 'bc' }),
    );
    assert.notEqual(
      auditHash({ ...EVENT, actor_label: 'x', request_id: 'y' }),
      auditHash({ ...EVENT, actor_label: 'x","y', request_id: null }),
    );
  });

  it('tells seq 7 from seq "7"', () => {
    assert.notEqual(auditHash(EVENT), auditHash({ ...EVENT, seq: '7' as unknown as number }));
  });

  it('chains: an event after the genesis differs from the same event after another', () => {
    assert.match(GENESIS_HASH, /^0{64}$/);
    assert.notEqual(auditHash({ ...EVENT, seq: 1, prev_hash: GENESIS_HASH }), auditHash({ ...EVENT, seq: 1 }));
  });
});

// sha256 of JSON.stringify([seq, id, occurred_at, actor_id, actor_label, request_id, entity_type, entity_id, action, changes, prev_hash]):
// the hash of an event with no partnership, unchanged since before migration 0007.
const PINNED = '26160b7438d414b75359f3125aa30b7080733c8e605d7feeea20d8d61beb5c26';
// The same array for PARTNER_EVENT with its partnership_id appended, computed outside Accord (Python's json + hashlib).
const PINNED_WITH_PARTNERSHIP = '6ee0f62fbde5afc60c115ca142a1e85e6776fc6c63beb4aa527621784e5b1e69';

describe('R-2.6.10 the keyed hash (HMAC-SHA256 with the audit key)', () => {
  const SECRET = 'unit-test-audit-key-0123456789abcdef';
  const key = createAuditKey(SECRET);
  const HASH = 'a'.repeat(64);

  it('is pinned to HMAC-SHA256(key, "event-v2\\n" + hash), as openssl computes it', () => {
    // printf 'event-v2\n%s' aaaa…(64) | openssl dgst -sha256 -hmac "$SECRET". Do not update: written events would stop verifying.
    assert.equal(eventMac(key, HASH), 'c63290e8a9e6adcb01e26ac9d1876af2f8de857ff784bea8787ebb632c124ba1');
    assert.equal(key.id, 'c3254643309e4b94');
  });

  it('differs for another key, another hash, and another purpose', () => {
    assert.notEqual(eventMac(createAuditKey(`${SECRET}x`), HASH), eventMac(key, HASH));
    assert.notEqual(eventMac(key, 'b'.repeat(64)), eventMac(key, HASH));
    assert.notEqual(key.mac('checkpoint-v1', HASH), eventMac(key, HASH));
  });

  it('never shows the key: the deps carrying it serialise to its id only', () => {
    assert.equal(JSON.stringify(key).includes(SECRET), false);
  });
});

describe('R-2.6.10 checkpoints', () => {
  const key = createAuditKey('unit-test-audit-key-0123456789abcdef');
  const checkpoint = signCheckpoint(key, { seq: 12, hash: 'c'.repeat(64) }, new Date('2025-04-01T09:00:00Z'));

  it('records the head, the time and the key id, signed', () => {
    assert.deepEqual({ ...checkpoint, signature: '' }, { format: 'accord-audit-checkpoint-1', seq: 12, headHash: 'c'.repeat(64), at: '2025-04-01T09:00:00.000Z', keyId: key.id, signature: '' });
    assert.equal(checkpointSignatureMatches(key, checkpoint), true);
  });

  it('no longer matches its signature when any field is changed', () => {
    const changes = { seq: 11, headHash: 'd'.repeat(64), at: '2025-04-02T09:00:00.000Z', keyId: 'x', signature: 'e'.repeat(64) };
    for (const [field, value] of Object.entries(changes)) {
      assert.equal(checkpointSignatureMatches(key, { ...checkpoint, [field]: value }), false, field);
    }
    assert.equal(checkpointSignatureMatches(createAuditKey('another-key-0123456789abcdef-0123'), checkpoint), false);
  });

  it('survives its file: parse(JSON) gives it back', () => {
    assert.deepEqual(parseCheckpoint(JSON.stringify(checkpoint, null, 2)), { checkpoint });
  });

  const bad: Array<[string, string, RegExp]> = [
    ['not JSON', '{seq: 1', /not JSON/],
    ['an array', '[]', /does not hold a checkpoint/],
    ['another format', JSON.stringify({ ...checkpoint, format: 'x' }), /not an accord-audit-checkpoint-1/],
    ['a fractional seq', JSON.stringify({ ...checkpoint, seq: 1.5 }), /seq is not a whole number/],
    ['a short head hash', JSON.stringify({ ...checkpoint, headHash: 'abc' }), /headHash/],
    ['a time that is not one', JSON.stringify({ ...checkpoint, at: 'yesterday' }), /time/],
    ['no signature', JSON.stringify({ ...checkpoint, signature: undefined }), /signature/],
  ];
  for (const [what, text, message] of bad) {
    it(`a checkpoint file with ${what} is refused, saying why`, () => {
      const parsed = parseCheckpoint(text);
      assert.ok('error' in parsed);
      assert.match(parsed.error, message);
    });
  }

  it('is extended by a chain that holds its event, and not by one that lost or changed it', () => {
    const facts = { signatureMatches: true, keyId: key.id, count: 15, hashAtSeq: 'c'.repeat(64) };
    assert.equal(checkpointProblem(checkpoint, facts), null);
    assert.match(checkpointProblem(checkpoint, { ...facts, count: 11 })!.problem, /records 12 events, but the trail now ends at event 11/);
    assert.match(checkpointProblem(checkpoint, { ...facts, hashAtSeq: 'f'.repeat(64) })!.problem, /event 12 is not the event the checkpoint/);
    assert.match(checkpointProblem(checkpoint, { ...facts, signatureMatches: false })!.problem, /does not match its signature/);
    assert.match(checkpointProblem(checkpoint, { ...facts, keyId: 'other' })!.problem, /signed with a different audit key/);
  });
});

describe('R-2.6.10 the chain rules, event by event', () => {
  const good = (seq: number, over: Partial<EventFacts> = {}): EventFacts => ({
    seq,
    id: `e${seq}`,
    hashVersion: 2,
    prevHash: seq === 1 ? GENESIS_HASH : `h${seq - 1}`,
    hash: `h${seq}`,
    contentMatches: true,
    keyedMatches: true,
    ...over,
  });
  const after = (n: number, version = 2) => ({ count: n, prevHash: `h${n}`, keyedSeen: version === 2 });

  const cases: Array<[string, ReturnType<typeof after>, EventFacts, RegExp | null]> = [
    ['a good keyed event follows', after(2), good(3), null],
    ['a legacy event follows a legacy event', after(2, 1), good(3, { hashVersion: 1, keyedMatches: false }), null],
    ['an event is missing', after(2), good(4), /^event 3 is missing \(found 4 next\)$/],
    ['an event names another before it', after(2), good(3, { prevHash: 'h1' }), /^event 3 does not follow event 2/],
    ['an event was edited', after(2), good(3, { contentMatches: false }), /^event 3 was changed after it was written/],
    ['a keyed hash is wrong', after(2), good(3, { keyedMatches: false }), /^event 3's keyed hash does not match the audit key$/],
    ['an unkeyed event follows keyed ones', after(2), good(3, { hashVersion: 1, keyedMatches: false }), /^event 3 has no keyed hash, but the events before it have one$/],
    ['an unknown hash version', after(2), good(3, { hashVersion: 3 }), /unknown hash version \(3\)/],
  ];
  for (const [what, state, facts, problem] of cases) {
    it(`${what}: ${problem ? 'the problem names it' : 'fine'}`, () => {
      const step = nextEvent(state, facts);
      if (!problem) return assert.ok('state' in step && step.state.count === facts.seq);
      assert.ok('problem' in step);
      assert.match(step.problem.problem, problem);
      assert.ok(step.problem.meaning.length > 20, 'says what it likely means');
    });
  }

  it('without the key only the SHA-256 chain counts: a wrong keyed hash goes unseen', () => {
    assert.ok('state' in nextEvent(after(2), good(3, { keyedMatches: null, hashVersion: 1 })));
  });

  it('the end: the head must record the last event; with the key, something must be keyed', () => {
    const state = { count: 3, prevHash: 'h3', keyedSeen: true };
    assert.equal(endOfChain(state, { seq: 3, hash: 'h3' }, true), null);
    assert.equal(endOfChain(startChain(GENESIS_HASH), { seq: 0, hash: GENESIS_HASH }, true), null, 'an empty chain is intact');
    assert.equal(endOfChain(state, { seq: 4, hash: 'h4' }, true)!.problem, 'event 4 is missing from the end: the trail ends at event 3 but 4 events were written');
    assert.match(endOfChain(state, { seq: 2, hash: 'h2' }, true)!.problem, /head records 2 events, but the trail goes on to event 3/);
    assert.match(endOfChain(state, { seq: 3, hash: 'hx' }, true)!.problem, /head does not match event 3/);
    assert.match(endOfChain({ ...state, keyedSeen: false }, { seq: 3, hash: 'h3' }, true)!.problem, /none of the 3 events has a keyed hash/);
    assert.equal(endOfChain({ ...state, keyedSeen: false }, { seq: 3, hash: 'h3' }, false), null);
  });
});
