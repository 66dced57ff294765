// One transaction per command, with its audit events. The chain's head is locked first, so
// writers queue rather than deadlock, and the events are appended before the commit.
import type { Trx } from '../db/database.ts';
import { auditEventAt, insertAuditEvent, lockAuditHead, readAuditHead, setAuditHead } from '../db/repositories/audit.repo.ts';
import { diff, isEmpty, type Fields } from '../domain/audit/changes.ts';
import { KEYED_HASH_VERSION, LEGACY_HASH_VERSION } from '../domain/audit/chain.ts';
import { auditHash, eventMac } from './audit-chain.ts';
import type { AppDeps, RequestContext } from './deps.ts';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  /** A verb in the past tense: created, updated, deleted, signed-in… */
  action: string;
  before?: Fields | null;
  after?: Fields | null;
  /**
   * The partnership the event concerns, so its History finds it: a change to one of its records or
   * its lifecycle. Defaults to the entity itself for a partnership's own events, and to none otherwise.
   */
  partnershipId?: string | null;
}

export class AuditRecorder {
  readonly entries: AuditEntry[] = [];

  /** Records a change; an update whose fields did not change records nothing. */
  record(entry: AuditEntry): void {
    const changes = diff(entry.before ?? null, entry.after ?? null);
    if (entry.before && entry.after && isEmpty(changes)) return;
    const partnershipId = entry.partnershipId ?? (entry.entityType === 'partnership' ? entry.entityId : null);
    this.entries.push({ ...entry, before: changes.before, after: changes.after, partnershipId });
  }
}

export async function command<T>(
  deps: AppDeps,
  ctx: RequestContext,
  work: (trx: Trx, audit: AuditRecorder) => Promise<T>,
): Promise<T> {
  return deps.database.db.transaction().execute(async (trx) => {
    const head = await lockAuditHead(trx);
    const audit = new AuditRecorder();
    const result = await work(trx, audit);
    let { seq, hash } = head;
    const occurredAt = deps.clock.now().toISOString();
    for (const entry of audit.entries) {
      seq += 1;
      // Strings are made well-formed before hashing: a lone surrogate would be stored as U+FFFD,
      // and the stored event would no longer match its hash.
      const fields = {
        seq,
        id: deps.ids.next(),
        occurred_at: occurredAt,
        actor_id: ctx.actor.id,
        actor_label: ctx.actor.label.toWellFormed(),
        request_id: ctx.requestId,
        entity_type: entry.entityType,
        entity_id: entry.entityId.toWellFormed(),
        action: entry.action,
        changes: JSON.stringify({ before: entry.before ?? null, after: entry.after ?? null }).toWellFormed(),
        prev_hash: hash,
        partnership_id: entry.partnershipId?.toWellFormed() ?? null,
      };
      hash = auditHash(fields);
      const keyed = deps.auditKey
        ? { hash_version: KEYED_HASH_VERSION, mac: eventMac(deps.auditKey, hash) }
        : { hash_version: LEGACY_HASH_VERSION, mac: null };
      await insertAuditEvent(trx, { ...fields, hash, ...keyed });
    }
    if (seq !== head.seq) await setAuditHead(trx, { seq, hash });
    return result;
  });
}

/**
 * Seals events written before keyed hashing: when the chain's last event has no keyed hash,
 * records one keyed event after it, whose HMAC covers a hash that covers every event before it.
 * Run at start; idempotent, and safe when several servers start at once (the head's lock decides).
 */
export async function sealUnkeyedAuditEvents(deps: AppDeps & { auditKey: NonNullable<AppDeps['auditKey']> }, ctx: RequestContext): Promise<boolean> {
  return command(deps, ctx, async (trx, audit) => {
    const head = await readAuditHead(trx); // command() holds the head's lock
    const last = head.seq > 0 ? await auditEventAt(trx, head.seq) : undefined;
    if (!last || last.hash_version !== LEGACY_HASH_VERSION) return false;
    audit.record({ entityType: 'audit-chain', entityId: 'audit-chain', action: 'sealed', after: { unkeyedEvents: head.seq } });
    return true;
  });
}
