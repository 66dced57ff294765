// The decisions a partnership's lifecycle records (R-APPROVE, R-2.5c): who approved, rejected or withdrew
// it, when, under which reference and on what conditions. Each is checked here before it is kept.
import type { Problem } from '../register/partnership.ts';

/** Who can take a decision on a partnership under the council's constitution. */
export const DECISION_MAKERS = ['cabinet', 'cabinet-member', 'full-council', 'officer-delegation', 'other-body'] as const;
export type DecisionMaker = (typeof DECISION_MAKERS)[number];
export const DECISION_MAKER_LABELS: Readonly<Record<DecisionMaker, string>> = {
  cabinet: 'Cabinet',
  'cabinet-member': 'Cabinet Member',
  'full-council': 'Full Council',
  'officer-delegation': 'Officer under delegated powers',
  'other-body': 'Another body',
};

/** What is decided: the partnership itself, or (R-2.5c) an unbudgeted commitment it needs. */
export const DECISION_SUBJECTS = ['partnership', 'unbudgeted-commitment'] as const;
export type DecisionSubject = (typeof DECISION_SUBJECTS)[number];
export const DECISION_SUBJECT_LABELS: Readonly<Record<DecisionSubject, string>> = {
  partnership: 'The partnership',
  'unbudgeted-commitment': 'The unbudgeted commitment',
};

export const DECISION_OUTCOMES = ['approved', 'rejected', 'withdrawn'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const DECISION_OUTCOME_LABELS: Readonly<Record<DecisionOutcome, string>> = {
  approved: 'Approved',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

/** The evidence a lifecycle step asks for when it records a decision. */
export interface DecisionEvidence {
  kind: 'decision';
  subject: DecisionSubject;
  outcome: DecisionOutcome;
}

/** R-APPROVE: a recorded decision says who decided, which body, when, and its reference. */
export interface DecisionRecord {
  decisionMaker: DecisionMaker;
  /** The body's or person's own name: required for another body, optional otherwise (a named Cabinet Member). */
  decisionMakerName: string | null;
  /** The date of the decision, yyyy-mm-dd. */
  decidedOn: string;
  /** The minute or decision reference, when there is one. */
  reference: string | null;
  conditions: string | null;
  /** Why it was rejected or withdrawn. */
  reason: string | null;
}

/** Long enough for a paragraph of reasons or conditions; the same limit as a withdrawal's reason (decision 24). */
export const MAX_DECISION_TEXT_LENGTH = 2000;
/** A body's name or a minute reference is one line. */
export const MAX_DECISION_NAME_LENGTH = 200;

const blank = (v: string | null | undefined): boolean => !v || !v.trim();

/** yyyy-mm-dd that exists on the calendar (no 31 February), worked out without a clock. */
export function isCalendarDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-03-12 → "12 March 2026", GOV.UK style; anything else is shown as it is. */
export function dateInWords(iso: string): string {
  if (!isCalendarDate(iso)) return iso;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** What a withdrawal records when nobody says otherwise: an officer's own decision, today (decision 24). */
export function decisionDefaults(evidence: DecisionEvidence, today: string): Partial<DecisionRecord> {
  return evidence.outcome === 'withdrawn' ? { decisionMaker: 'officer-delegation', decidedOn: today } : {};
}

/**
 * The problems with a decision, each at `decision.<field>`, so a form shows them beside the answer that
 * fixes them. `today` is yyyy-mm-dd in the council's time: a decision cannot be recorded before it is taken.
 */
export function decisionProblems(evidence: DecisionEvidence, d: DecisionRecord, today: string): Problem[] {
  const problems: Problem[] = [];
  const at = (field: keyof DecisionRecord, message: string) => problems.push({ field: `decision.${field}`, message });
  // R-APPROVE: who decided, and (for another body) which body.
  if (!(DECISION_MAKERS as readonly string[]).includes(d.decisionMaker)) at('decisionMaker', 'Select who made the decision');
  else if (d.decisionMaker === 'other-body' && blank(d.decisionMakerName)) at('decisionMakerName', 'Enter the name of the body that made the decision');
  if (d.decisionMakerName && d.decisionMakerName.trim().length > MAX_DECISION_NAME_LENGTH) {
    at('decisionMakerName', `The name of the decision maker must be ${MAX_DECISION_NAME_LENGTH} characters or fewer`);
  }
  // R-APPROVE: when. A decision is recorded once it is taken, never ahead of it.
  if (blank(d.decidedOn)) at('decidedOn', 'Enter the date of the decision');
  else if (!isCalendarDate(d.decidedOn)) at('decidedOn', 'The date of the decision must be a real date, like 2026-03-12');
  else if (d.decidedOn > today) at('decidedOn', 'The date of the decision must be today or in the past');
  // R-APPROVE: the reference is recorded when there is one; not every officer decision has a minute.
  if (d.reference && d.reference.trim().length > MAX_DECISION_NAME_LENGTH) {
    at('reference', `The decision reference must be ${MAX_DECISION_NAME_LENGTH} characters or fewer`);
  }
  if (d.conditions && d.conditions.trim().length > MAX_DECISION_TEXT_LENGTH) {
    at('conditions', `The conditions must be ${MAX_DECISION_TEXT_LENGTH.toLocaleString('en-GB')} characters or fewer`);
  }
  // R-APPROVE (rejected), decision 24 (withdrawn): an end is kept on record with its reason.
  if (evidence.outcome !== 'approved' && blank(d.reason)) {
    at('reason', evidence.outcome === 'rejected' ? 'Enter why it was not approved' : 'Enter why the partnership is being withdrawn');
  } else if (d.reason && d.reason.trim().length > MAX_DECISION_TEXT_LENGTH) {
    at('reason', `The reason must be ${MAX_DECISION_TEXT_LENGTH.toLocaleString('en-GB')} characters or fewer`);
  }
  return problems;
}

/** "Cabinet, 12 March 2026, CAB/2026/031": who, when and the reference, as History and the timeline show it. */
export function decisionSummary(d: Pick<DecisionRecord, 'decisionMaker' | 'decisionMakerName' | 'decidedOn' | 'reference'>): string {
  const name = d.decisionMakerName?.trim();
  const label = DECISION_MAKER_LABELS[d.decisionMaker] ?? d.decisionMaker;
  // Another body is named by its own name; a Cabinet Member or officer keeps their title beside theirs.
  const maker = d.decisionMaker === 'other-body' ? name || label : name ? `${label} (${name})` : label;
  return [maker, dateInWords(d.decidedOn), d.reference?.trim()].filter(Boolean).join(', ');
}
