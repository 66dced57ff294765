// Reading the audit trail for people: parsed events for an entity or for everything.
import type { Database } from '../db/database.ts';
import { auditEventsFor, auditEventsOfPartnership, recentAuditEvents, type AuditRow } from '../db/repositories/audit.repo.ts';
import { auditTrailBatches, auditTrailEvents, currentRecordNames } from '../db/repositories/audit-trail.repo.ts';
import { actorName } from '../domain/audit/describe.ts';
import type { TrailFilter } from '../domain/audit/trail-filter.ts';

export interface AuditEvent {
  seq: number;
  occurredAt: string;
  actorId: string | null;
  /** Who did it, in words ("first-run set-up" rather than the "anonymous" stored then). */
  actorLabel: string;
  requestId: string | null;
  entityType: string;
  entityId: string;
  /** The partnership it concerns; null for events of no partnership and for those written before migration 0007. */
  partnershipId: string | null;
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  /** The event's hash in the chain, for internal audit to check against a verified head. */
  hash: string;
}

export function parseAuditRow(row: AuditRow): AuditEvent {
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
    actorLabel: actorName({ actorId: row.actor_id, actorLabel: row.actor_label, entityType: row.entity_type, action: row.action }),
    requestId: row.request_id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    partnershipId: row.partnership_id,
    action: row.action,
    before: changes.before,
    after: changes.after,
    hash: row.hash,
  };
}

const HISTORY_LIMIT = 200;

/**
 * A record's history, newest first (its latest 200 events). A partnership's is everything that happened
 * to it and to its records and lifecycle, which name it (migration 0007), as well as its own older events.
 */
export async function historyOf(database: Database, entityType: string, entityId: string): Promise<AuditEvent[]> {
  const rows =
    entityType === 'partnership'
      ? await auditEventsOfPartnership(database.db, entityId, { beforeSeq: null, size: HISTORY_LIMIT })
      : await auditEventsFor(database.db, entityType, entityId, HISTORY_LIMIT);
  return rows.map(parseAuditRow);
}

/** A page of a partnership's History, newest first, before `beforeSeq` (null: the newest), and whether older events follow. */
export async function partnershipHistoryPage(
  database: Database,
  partnershipId: string,
  page: { beforeSeq: number | null; size: number },
): Promise<{ events: AuditEvent[]; more: boolean }> {
  const rows = await auditEventsOfPartnership(database.db, partnershipId, { beforeSeq: page.beforeSeq, size: page.size + 1 });
  return { events: rows.slice(0, page.size).map(parseAuditRow), more: rows.length > page.size };
}

export async function recentEvents(database: Database, limit: number, beforeSeq?: number): Promise<AuditEvent[]> {
  return (await recentAuditEvents(database.db, limit, beforeSeq)).map(parseAuditRow);
}

/** A page of the filtered trail, newest first, and whether older events match too. */
export async function trailPage(database: Database, filter: TrailFilter, pageSize: number): Promise<{ events: AuditEvent[]; more: boolean }> {
  const rows = await auditTrailEvents(database.db, filter, pageSize + 1);
  return { events: rows.slice(0, pageSize).map(parseAuditRow), more: rows.length > pageSize };
}

/** Every event of the filtered trail, newest first, a batch at a time (for exports). */
export async function* trailBatches(database: Database, filter: TrailFilter, batch = 500): AsyncGenerator<AuditEvent[]> {
  for await (const rows of auditTrailBatches(database.db, filter, batch)) yield rows.map(parseAuditRow);
}

/** The current names of the records these events concern ("type:id" → name); a deleted record has none. */
export async function recordNamesOf(database: Database, events: readonly AuditEvent[]): Promise<Map<string, string>> {
  return currentRecordNames(database.db, events.map((e) => ({ type: e.entityType, id: e.entityId })));
}
