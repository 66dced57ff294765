import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditHash, type HashedFields } from '../../src/app/audit-chain.ts';
import { GENESIS_HASH } from '../../src/db/migrations/0001-platform.ts';

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

  it('covers every field: changing any single one changes the hash', () => {
    const base = auditHash(EVENT);
    const keys = Object.keys(EVENT) as Array<keyof HashedFields>;
    assert.deepEqual(keys.sort(), (Object.keys(OTHER) as Array<keyof HashedFields>).sort());
    for (const key of keys) {
      const changed = { ...EVENT, [key]: OTHER[key] } as HashedFields;
      assert.notEqual(auditHash(changed), base, `changing ${key} must change the hash`);
    }
  });

  const nullable: Array<keyof HashedFields> = ['actor_id', 'request_id'];
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

// sha256 of JSON.stringify([seq, id, occurred_at, actor_id, actor_label, request_id, entity_type, entity_id, action, changes, prev_hash]).
const PINNED = '26160b7438d414b75359f3125aa30b7080733c8e605d7feeea20d8d61beb5c26';
