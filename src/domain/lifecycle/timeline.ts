// A partnership's lifecycle as it happened (R-APPROVE: every transition is recorded): registered, then
// each step with who took it, when, the note and the decision. A partnership that already had a status
// when Accord began keeping the lifecycle says so, rather than pretending it was proposed.
import { STATUS_LABELS, type Status } from '../register/vocabulary.ts';
import { decisionSummary, type DecisionOutcome, type DecisionRecord, type DecisionSubject } from './decisions.ts';
import { isLifecycleAction, transitionOf } from './transitions.ts';

export type RecordedDecision = DecisionRecord & { subject: DecisionSubject; outcome: DecisionOutcome };

/** A step as it was kept. */
export interface RecordedTransition {
  seq: number;
  /** A lifecycle action; one the table no longer has is shown by its name. */
  action: string;
  fromStatus: Status;
  /** Equal to fromStatus for a step that keeps the status. */
  toStatus: Status;
  /** ISO instant. */
  occurredAt: string;
  actorLabel: string;
  note: string | null;
  decision: RecordedDecision | null;
}

export interface TimelineEntry {
  kind: 'registered' | 'before-lifecycle' | 'transition';
  /** "Registered", "Recorded as Operating before Accord kept the lifecycle", "Approved". */
  title: string;
  /** ISO instant; null where it is not known (the status a partnership had before the lifecycle). */
  at: string | null;
  /** The status after this entry; null where it is not known (registered before the lifecycle). */
  status: Status | null;
  seq: number | null;
  action: string | null;
  by: string | null;
  note: string | null;
  decision: RecordedDecision | null;
  /** The decision in one line: "Cabinet, 12 March 2026, CAB/2026/031". */
  decisionSummary: string | null;
}

/** 'unbudgeted-commitment-approved' → "Unbudgeted commitment approved". */
function titleOf(action: string): string {
  const words = (isLifecycleAction(action) ? transitionOf(action).done : action).replaceAll('-', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const entry = (e: Partial<TimelineEntry> & Pick<TimelineEntry, 'kind' | 'title' | 'at' | 'status'>): TimelineEntry => ({
  seq: null,
  action: null,
  by: null,
  note: null,
  decision: null,
  decisionSummary: null,
  ...e,
});

/** Oldest first: registered, the status it had before the lifecycle (if it was not proposed), then each step. */
export function timeline(p: { createdAt: string; status: Status }, transitions: readonly RecordedTransition[]): TimelineEntry[] {
  const steps = [...transitions].sort((a, b) => a.seq - b.seq);
  // Before 0008, status was a field of the form: where the first step (or, with none, the status now)
  // is not proposed, the partnership reached it before any step was recorded.
  const before = steps[0]?.fromStatus ?? p.status;
  const entries: TimelineEntry[] = [];
  if (before === 'proposed') {
    entries.push(entry({ kind: 'registered', title: 'Registered', at: p.createdAt, status: 'proposed' }));
  } else {
    entries.push(entry({ kind: 'registered', title: 'Registered', at: p.createdAt, status: null }));
    entries.push(entry({ kind: 'before-lifecycle', title: `Recorded as ${STATUS_LABELS[before]} before Accord kept the lifecycle`, at: null, status: before }));
  }
  for (const t of steps) {
    entries.push(
      entry({
        kind: 'transition',
        title: titleOf(t.action),
        at: t.occurredAt,
        status: t.toStatus,
        seq: t.seq,
        action: t.action,
        by: t.actorLabel,
        note: t.note,
        decision: t.decision,
        decisionSummary: t.decision ? decisionSummary(t.decision) : null,
      }),
    );
  }
  return entries;
}
