// Reading the audit trail for people: parsed events for an entity or for everything.
import type { Database } from '../db/database.ts';
import { auditEventsFor, recentAuditEvents, type AuditRow } from '../db/repositories/audit.repo.ts';

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  actorLabel: string;
  requestId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

function parse(row: AuditRow): AuditEvent {
  let changes: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  try {
    changes = JSON.parse(row.changes);
  } catch {
    changes = { before: null, after: null };
  }
  return {
    seq: row.seq,
    occurredAt: row.occurred_at,
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    requestId: row.request_id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    before: changes.before,
    after: changes.after,
  };
}

export async function historyOf(database: Database, entityType: string, entityId: string): Promise<AuditEvent[]> {
  return (await auditEventsFor(database.db, entityType, entityId)).map(parse);
}

export async function recentEvents(database: Database, limit: number, beforeSeq?: number): Promise<AuditEvent[]> {
  return (await recentAuditEvents(database.db, limit, beforeSeq)).map(parse);
}
