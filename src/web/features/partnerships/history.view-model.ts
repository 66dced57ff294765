// a partnership's History (its page, the latest events on its Summary, and the API's history)
// in plain words: each event as the audit trail says it (eventWords), a lifecycle step with its decision.
import type { AppDeps } from '../../../app/deps.ts';
import { recordNamesOf, type AuditEvent } from '../../../app/audit-trail.ts';
import { riskMatrixInForce } from '../../../app/queries/risk-register.queries.ts';
import { trailDescribers } from '../audit/describers.ts';
import { eventWords, type EventWords } from '../audit/event-words.ts';

/** One event as components/history.njk shows it. */
export type HistoryEntry = EventWords;

/** The events in words, in the same order (the API sets each beside its event). */
export async function historyEntries(deps: AppDeps, events: readonly AuditEvent[]): Promise<HistoryEntry[]> {
  const [names, riskMatrix] = await Promise.all([recordNamesOf(deps.database, events), riskMatrixInForce(deps)]);
  // The user accounts people are linked to name only a person's own events, never a partnership's.
  const describerFor = trailDescribers(new Map(), { riskMatrix });
  return events.map((e) => eventWords(e, describerFor, names));
}
