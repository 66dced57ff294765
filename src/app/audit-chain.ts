// The audit chain's arithmetic: each event's hash covers its content and the previous hash,
// so changing, removing or reordering any event breaks every hash after it.
import { createHash } from 'node:crypto';
import type { AuditRow } from '../db/repositories/audit.repo.ts';

export type HashedFields = Omit<AuditRow, 'hash'>;

export function auditHash(e: HashedFields): string {
  const content = JSON.stringify([
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
  ]);
  return createHash('sha256').update(content, 'utf8').digest('hex');
}
