// one audit event as the audit trail page and its exports show it: who, what, which record
// (by name, linked to its page while it exists) and each change in words, as its History says it.
import type { AuditEvent } from '../../../app/audit-trail.ts';
import { entityTypeLabel } from '../../../domain/audit/describe.ts';
import type { TrailDescriber } from './describers.ts';
import { eventWords } from './event-words.ts';

export interface TrailRow {
  seq: number;
  occurredAt: string;
  who: string;
  whoHref: string | null;
  action: string;
  recordType: string;
  recordName: string;
  recordHref: string | null;
  /** This record's own trail, keeping the other filters. */
  recordTrailHref: string;
  lines: string[];
  requestId: string;
  hash: string;
}

const PAGES: Readonly<Record<string, string>> = {
  partnership: '/partnerships/',
  organisation: '/organisations/',
  person: '/people/',
  'corporate-priority': '/priorities/',
  user: '/users/',
};

/** The name the event itself recorded, for a record no longer in Accord. */
function recordedName(e: AuditEvent): string | null {
  for (const fields of [e.after, e.before]) {
    for (const key of ['name', 'title', 'reference']) {
      const value = fields?.[key];
      if (typeof value === 'string' && value) return value;
    }
  }
  return null;
}

function recordName(e: AuditEvent, current: string | undefined): string {
  if (current) return current;
  // A failed sign-in for an address with no account: the record is the address typed.
  if (e.entityType === 'sign-in') return e.entityId.replace(/^account:/, '');
  const recorded = recordedName(e);
  return recorded ? `${recorded} (no longer in Accord)` : 'a record no longer in Accord';
}

export interface TrailContext {
  describerFor: (entityType: string) => TrailDescriber;
  /** "type:id" → current name, for records that still exist. */
  names: ReadonlyMap<string, string>;
  /** Users that still exist, to link who acted. */
  userIds: ReadonlySet<string>;
  /** The trail's address with these parameters added to the current filters. */
  trailHref: (params: Record<string, string>) => string;
}

export function trailRow(e: AuditEvent, c: TrailContext): TrailRow {
  // The same words as the partnership's History: a partner added reads "Added partner Brackenford CVS".
  const described = eventWords(e, c.describerFor, c.names);
  const current = c.names.get(`${e.entityType}:${e.entityId}`);
  const page = PAGES[e.entityType];
  return {
    seq: e.seq,
    occurredAt: e.occurredAt,
    who: described.who,
    whoHref: e.actorId && c.userIds.has(e.actorId) ? `/users/${e.actorId}` : null,
    action: described.action,
    recordType: entityTypeLabel(e.entityType),
    recordName: recordName(e, current),
    recordHref: current && page ? `${page}${e.entityId}` : null,
    recordTrailHref: c.trailHref({ type: e.entityType, record: e.entityId }),
    lines: described.lines,
    requestId: e.requestId ?? '',
    hash: e.hash,
  };
}
