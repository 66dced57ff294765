// The audit chain's arithmetic. Each event's SHA-256 covers its content and the previous
// hash, so changing, removing or reordering any event breaks every hash after it. Anyone who can write
// to the database could recompute those, so each event also carries an HMAC of its hash with the audit
// key, which lives outside the database (AUDIT_KEY): without the key no event can be forged or rewritten.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditRow } from '../db/repositories/audit.repo.ts';
import { CHECKPOINT_FORMAT, checkpointSigningText, type Checkpoint } from '../domain/audit/chain.ts';

/** The fields the SHA-256 covers: everything but the hash itself and its keyed hash. */
export type HashedFields = Omit<AuditRow, 'hash' | 'hash_version' | 'mac'>;

/**
 * The SHA-256 of an event's fields as a JSON array. partnership_id (migration 0007) is appended only
 * when it is not null: every event written before it has null, so its hashed bytes, and its hash, are
 * exactly as they were. A new event's partnership is covered: changing or nulling it breaks the chain.
 */
export function auditHash(e: HashedFields): string {
  const base = [
    e.seq,
    e.id,
    e.occurred_at,
    e.actor_id,
    e.actor_label,
    e.request_id,
    e.entity_type,
    e.entity_id,
    e.action,
    e.changes,
    e.prev_hash,
  ];
  const content = JSON.stringify(e.partnership_id === null ? base : [...base, e.partnership_id]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}

/** The audit key, held in a closure so it is never logged or serialised with the deps. */
export interface AuditKey {
  /** A short fingerprint, to tell keys apart in messages; reveals nothing of the key. */
  readonly id: string;
  /** HMAC-SHA256 in hex of `text` for one purpose; purposes are kept apart so one's MAC is no other's. */
  mac(purpose: 'event-v2' | 'checkpoint-v1' | 'withheld-v1', text: string): string;
}

export function createAuditKey(secret: string): AuditKey {
  const hmac = (text: string) => createHmac('sha256', secret).update(text, 'utf8').digest('hex');
  return { id: hmac('key-id\n').slice(0, 16), mac: (purpose, text) => hmac(`${purpose}\n${text}`) };
}

/** An event's keyed hash (hash version 2): its SHA-256 already covers its content and everything before it. */
export function eventMac(key: AuditKey, hash: string): string {
  return key.mac('event-v2', hash);
}

export function sameHex(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

export function signCheckpoint(key: AuditKey, head: { seq: number; hash: string }, at: Date): Checkpoint {
  const unsigned = { format: CHECKPOINT_FORMAT, seq: head.seq, headHash: head.hash, at: at.toISOString(), keyId: key.id } as const;
  return { ...unsigned, signature: key.mac('checkpoint-v1', checkpointSigningText(unsigned)) };
}

export function checkpointSignatureMatches(key: AuditKey, c: Checkpoint): boolean {
  const { signature, ...unsigned } = c;
  return sameHex(key.mac('checkpoint-v1', checkpointSigningText(unsigned)), signature);
}
