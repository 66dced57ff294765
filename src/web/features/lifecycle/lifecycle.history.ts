// A lifecycle step's audit event (lifecycle.service.ts) in words, for the partnership's History and the
// audit trail alike: its note, and its decision as "Approved: Cabinet, 12 March 2026, CAB/2026/031".
import { plainWords, type Describer } from '../../../domain/audit/describe.ts';
import { DECISION_OUTCOME_LABELS, decisionSummary } from '../../../domain/lifecycle/decisions.ts';
import type { RecordedDecision } from '../../../domain/lifecycle/timeline.ts';
import { labelOf } from '../../../domain/register/vocabulary.ts';

function decisionWords(value: unknown): string | null {
  if (!value || typeof value !== 'object') return null;
  const d = value as RecordedDecision;
  const what = `${labelOf(DECISION_OUTCOME_LABELS, d.outcome)}${d.subject === 'unbudgeted-commitment' ? ' (the unbudgeted commitment, R-2.5c)' : ''}`;
  return [`${what}: ${decisionSummary(d)}`, d.conditions && `conditions: ${d.conditions}`, d.reason && `reason: ${d.reason}`].filter(Boolean).join('; ');
}

/** A partnership's describer, reading its lifecycle steps' note and decision too. */
export function withLifecycleWords(d: Describer): Describer {
  return {
    labels: { ...d.labels, note: 'Note', decision: 'Decision' },
    value: (field, value) => (field === 'decision' && decisionWords(value)) || (d.value ? d.value(field, value) : plainWords(value)),
  };
}
