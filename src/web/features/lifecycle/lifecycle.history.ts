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

/** Every decision a deleted partnership had (its deleted event keeps them, R-2.6.10), one after another. */
function decisionsWords(value: unknown): string | null {
  return Array.isArray(value) && value.length ? value.map((d) => decisionWords(d) ?? plainWords(d)).join('. ') : null;
}

/** A partnership's describer, reading its lifecycle steps' note and decision too, and a deleted one's decisions. */
export function withLifecycleWords(d: Describer): Describer {
  return {
    labels: { ...d.labels, note: 'Note', decision: 'Decision', decisions: 'Decisions' },
    value: (field, value) =>
      (field === 'decision' && decisionWords(value)) || (field === 'decisions' && decisionsWords(value)) || (d.value ? d.value(field, value) : plainWords(value)),
  };
}
