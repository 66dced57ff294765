// A record's History in plain words: who did what and when, each changed field with its
// label and readable values. Shared by the organisation, person and priority pages.
import type { Database } from '../../../db/database.ts';
import { historyOf, type AuditEvent } from '../../../app/audit-trail.ts';
import { actionLabel, describeChanges, plainWords, type Describer } from '../../../domain/audit/describe.ts';

const blank = (v: unknown) => v === null || v === undefined || v === '';

/** Fields left out of the words (ids shown by name elsewhere in the same event). */
function without(fields: Record<string, unknown> | null, hidden: readonly string[]): Record<string, unknown> | null {
  if (!fields) return fields;
  return Object.fromEntries(Object.entries(fields).filter(([k]) => !hidden.includes(k)));
}

export function describeEvent(e: AuditEvent, describer: Describer, hidden: readonly string[] = []) {
  let after = without(e.after, hidden);
  // A new record lists what was filled in; the empty fields say nothing.
  if (!e.before && after) after = Object.fromEntries(Object.entries(after).filter(([, v]) => !blank(v)));
  return {
    when: e.occurredAt,
    who: e.actorLabel,
    action: actionLabel(e.action),
    lines: describeChanges({ action: e.action, before: without(e.before, hidden), after }, describer),
  };
}

export async function historyView(database: Database, entityType: string, entityId: string, describer: Describer, hidden: readonly string[] = []) {
  return (await historyOf(database, entityType, entityId)).map((e) => describeEvent(e, describer, hidden));
}

/** (none) for nothing, Yes/No for booleans, the text otherwise. */
export function plainValue(value: unknown): string {
  if (blank(value)) return '(none)';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  // Lists and records in words, never JSON.
  if (typeof value === 'object') return plainWords(value);
  return String(value);
}
