// A kind of record in words, from its description: the labels and the words of its values, the same on
// its own pages, in the audit trail and in its partnership's History ("Added partner Brackenford CVS").
import type { AnyRecordKind, FieldDescription, Vocabulary } from '../../app/records/record-kind.ts';
import { scaleWords } from '../../app/records/record-fields.ts';
import type { AuditEventView, Describer } from '../../domain/audit/describe.ts';
import { dateInWords } from '../../domain/lifecycle/decisions.ts';
import { formatPence } from '../../domain/register/money.ts';
import type { TrailDescriber } from '../features/audit/describers.ts';
import { plainValue } from '../features/organisations/history.ts';

/** The register's records a field can name: how a form asks for one, and where its page is. */
export const RECORD_PAGES = {
  organisation: { choose: 'Select an organisation', href: (id: string) => `/organisations/${id}` },
  person: { choose: 'Select a person', href: (id: string) => `/people/${id}` },
} as const;

/** The name the audit trail keeps a field's value under (a record's name in place of its id). */
export const auditName = (name: string, f: FieldDescription): string => f.audit ?? name;

/**
 * A kept value in words: the field's own words, else the text of the choice it is, else the value as it is.
 * A level of the risk matrix is named by the matrix in force, where the page has read it (`vocabulary`).
 */
function wordsOf(f: FieldDescription, value: unknown, vocabulary?: Vocabulary): string {
  if (f.words) return f.words(value);
  if (f.input.kind === 'scale' && vocabulary) return scaleWords(vocabulary.riskMatrix[f.input.of])(value);
  if (f.input.kind === 'date' && typeof value === 'string' && value) return dateInWords(value);
  if (f.input.kind === 'money' && typeof value === 'number') return formatPence(value);
  if (f.input.kind === 'radios' || f.input.kind === 'select') {
    const choice = f.input.options.find((o) => o.value === value);
    if (choice) return choice.text;
  }
  return plainValue(value);
}

/** A field's kept value (as `audited` keeps it) in words. */
export function fieldWords(kind: Pick<AnyRecordKind, 'fields'>, field: string, value: unknown, vocabulary?: Vocabulary): string {
  const f = kind.fields[field];
  return f ? wordsOf(f, value, vocabulary) : plainValue(value);
}

/** The record's fields by the names its audit events keep them under. */
function byAuditName(kind: AnyRecordKind): Map<string, FieldDescription> {
  return new Map(Object.entries(kind.fields).map(([name, f]) => [auditName(name, f as FieldDescription), f as FieldDescription]));
}

const VERBS: Readonly<Record<string, string>> = { added: 'Added', updated: 'Changed', removed: 'Removed', 'attendance-recorded': 'Recorded the attendance at' };

export function describerOf(kind: AnyRecordKind, vocabulary?: Vocabulary): TrailDescriber {
  const fields = byAuditName(kind);
  // A kind keyed by an id of its own is named in the trail by its title field (a meeting's title).
  const keyField = kind.keyField ?? Object.keys(kind.fields)[0]!;
  const keyName = auditName(keyField, kind.fields[keyField]!);
  const describer: Describer = {
    // A meeting's attendance is kept beside its fields, in words (meetings.service.ts).
    labels: { ...Object.fromEntries([...fields].map(([name, f]) => [name, f.label])), attendance: 'Attendance' },
    value: (field, value) => {
      const f = fields.get(field);
      return f ? wordsOf(f, value, vocabulary) : plainValue(value);
    },
    // The record's name from the event where it holds it (added, removed); a change keeps only what changed.
    headline: (e: AuditEventView, name: string | null) => {
      const kept = (e.after ?? e.before)?.[keyName];
      const title = typeof kept === 'string' && kept ? kept : name;
      return `${VERBS[e.action] ?? e.action} ${kind.names.one}${title ? ` ${title}` : ''}`;
    },
  };
  // The name is in the headline: the lines say the rest.
  return { describer, hidden: [keyName] };
}
