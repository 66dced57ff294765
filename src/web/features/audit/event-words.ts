// one audit event in words, said the same way wherever it is shown (a partnership's History,
// its Summary, the audit trail and its exports, the API's history): its describer's lines, and the
// record's own headline where its kind has one ("Added partner Brackenford CVS"), else the action.
import type { AuditEvent } from '../../../app/audit-trail.ts';
import { describeEvent } from '../organisations/history.ts';
import type { TrailDescriber } from './describers.ts';

export interface EventWords {
  when: string;
  who: string;
  /** The headline ("Added partner Brackenford CVS", "Recorded screening: …") or the action ("Updated"). */
  action: string;
  lines: string[];
}

/** `names` holds the records' current names ("type:id" → name), as recordNamesOf reads them. */
export function eventWords(e: AuditEvent, describerFor: (entityType: string) => TrailDescriber, names: ReadonlyMap<string, string>): EventWords {
  const { describer, hidden } = describerFor(e.entityType);
  const described = describeEvent(e, describer, hidden);
  const headline = describer.headline?.(e, names.get(`${e.entityType}:${e.entityId}`) ?? null);
  return { ...described, action: headline ?? described.action };
}
