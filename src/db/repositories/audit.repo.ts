// The audit chain's storage. Appends go through the head row, whose lock serialises writers
// on both dialects (a row lock on PostgreSQL, the write lock on SQLite).
import type { Selectable } from 'kysely';
import type { Db, Trx } from '../database.ts';
import type { AuditEventsTable } from '../schema.ts';

export type AuditRow = Selectable<AuditEventsTable>;

export interface AuditHead {
  seq: number;
  hash: string;
}

/** Takes the chain's lock for the rest of the transaction and returns its head. */
export async function lockAuditHead(trx: Trx): Promise<AuditHead> {
  const row = await trx
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb.ref('seq') }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  return { seq: Number(row.seq), hash: row.hash };
}

export async function insertAuditEvent(trx: Trx, row: AuditRow): Promise<void> {
  await trx.insertInto('audit_events').values(row).execute();
}

export async function setAuditHead(trx: Trx, head: AuditHead): Promise<void> {
  await trx.updateTable('audit_head').set({ seq: head.seq, hash: head.hash }).where('id', '=', 1).execute();
}

/** The event at a sequence number, or undefined when there is none. */
export async function auditEventAt(db: Db | Trx, seq: number): Promise<AuditRow | undefined> {
  const row = await db.selectFrom('audit_events').selectAll().where('seq', '=', seq).executeTakeFirst();
  return row && { ...row, seq: Number(row.seq) };
}

export async function readAuditHead(db: Db | Trx): Promise<AuditHead> {
  const row = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { seq: Number(row.seq), hash: row.hash };
}

/** A page of events in chain order, after the given sequence number. */
export async function auditEventsAfter(db: Db, afterSeq: number, limit: number): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('seq', '>', afterSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function auditEventsFor(db: Db, entityType: string, entityId: string, limit = 200): Promise<AuditRow[]> {
  const rows = await db
    .selectFrom('audit_events')
    .selectAll()
    .where('entity_type', '=', entityType)
    .where('entity_id', '=', entityId)
    .orderBy('seq', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

export async function recentAuditEvents(db: Db, limit: number, beforeSeq?: number): Promise<AuditRow[]> {
  let q = db.selectFrom('audit_events').selectAll().orderBy('seq', 'desc').limit(limit);
  if (beforeSeq !== undefined) q = q.where('seq', '<', beforeSeq);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}

/**
 * A page of a partnership's events, newest first, before `beforeSeq` (null: from the newest): the
 * events naming it (migration 0007 on) and its own events written before it named any (null
 * partnership_id, found by entity). Each side of the OR has its index: audit_events_partnership and
 * audit_events_entity.
 */
export async function auditEventsOfPartnership(
  db: Db | Trx,
  partnershipId: string,
  page: { beforeSeq: number | null; size: number },
): Promise<AuditRow[]> {
  let q = db
    .selectFrom('audit_events')
    .selectAll()
    .where((eb) =>
      eb.or([eb('partnership_id', '=', partnershipId), eb.and([eb('entity_type', '=', 'partnership'), eb('entity_id', '=', partnershipId)])]),
    )
    .orderBy('seq', 'desc')
    .limit(page.size);
  if (page.beforeSeq !== null) q = q.where('seq', '<', page.beforeSeq);
  const rows = await q.execute();
  return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
}
