// a partnership's History (its page, and the latest events on its Summary) in plain words:
// each event through the audit trail's describers, so it reads as it does there, with a record's own
// headline where its kind has one ("Added partner Brackenford CVS"), and a lifecycle step with its decision.
import type { AppDeps } from '../../../app/deps.ts';
import { recordNamesOf, type AuditEvent } from '../../../app/audit-trail.ts';
import { trailDescribers } from '../audit/describers.ts';
import { describeEvent } from '../organisations/history.ts';

/** One event as components/history.njk shows it. */
export interface HistoryEntry {
  when: string;
  who: string;
  action: string;
  lines: string[];
}

export async function historyEntries(deps: AppDeps, events: readonly AuditEvent[]): Promise<HistoryEntry[]> {
  const names = await recordNamesOf(deps.database, events);
  // The user accounts people are linked to name only a person's own events, never a partnership's.
  const describerFor = trailDescribers(new Map());
  return events.map((e) => {
    const { describer, hidden } = describerFor(e.entityType);
    const described = describeEvent(e, describer, hidden);
    const headline = describer.headline?.(e, names.get(`${e.entityType}:${e.entityId}`) ?? null);
    return { ...described, action: headline ?? described.action };
  });
}
