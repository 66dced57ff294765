// The lifecycle as a table (R-APPROVE): each named step, the statuses it starts from, where it goes, the
// evidence it records and the checks that gate it. Status changes only through these steps; a refusal
// says what to do instead, with its clause.
import { can, type Role } from '../access/roles.ts';
import type { Problem } from '../register/partnership.ts';
import { STATUSES, type Status } from '../register/vocabulary.ts';
import { decisionProblems, type DecisionEvidence, type DecisionRecord } from './decisions.ts';
import { guardRefusals, type Fix, type GuardId, type LifecycleFacts } from './guards.ts';

export type { LifecycleFacts } from './guards.ts';

export const LIFECYCLE_ACTIONS = [
  'screen-in',
  'screen-out',
  'rescreen',
  'start-business-case',
  'submit-for-approval',
  'send-back',
  'approve',
  'reject',
  'approve-unbudgeted-commitment',
  'record-approval',
  'start-setting-up',
  'start-operating',
  'start-review',
  'continue-operating',
  'start-exit',
  'dissolve',
  'withdraw',
] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

export type NoteEvidence = { kind: 'note'; required: boolean; label: string };
/** the step is taken by recording a screening (its answers and outcome), never on its own. */
export type ScreeningEvidence = { kind: 'screening' };
export type Evidence = NoteEvidence | DecisionEvidence | ScreeningEvidence;

export interface Transition {
  action: LifecycleAction;
  from: readonly Status[];
  /** null: a step recorded on the timeline that keeps the status. */
  to: Status | null;
  label: string;
  hint: string;
  /** The audit action and the History word: 'approved' reads "Approved". */
  done: string;
  clause: string;
  evidence: Evidence;
  guards: readonly GuardId[];
}

/** A lifecycle refusal: at `action` for a check, at `note` or `decision.<field>` for the evidence; fix names the page that puts a check right. */
export type LifecycleProblem = Problem & { clause: string; fix?: Fix };
export type TransitionDecision = { allowed: true; transition: Transition } | { allowed: false; reasons: LifecycleProblem[] };

export const MAX_NOTE_LENGTH = 2000;

const note = (required: boolean, label: string): NoteEvidence => ({ kind: 'note', required, label });
const OPTIONAL_NOTE = note(false, 'Note');
const ALL_BUT_WITHDRAWN = STATUSES.filter((s) => s !== 'withdrawn');

export const TRANSITIONS: readonly Transition[] = [
  // a screening found the protocol applies. Taken only by recording that screening (its answers and
  // outcome, R-1.1, R-1.2, R-2.2), from proposed, or again on a re-screen (R-2.2: it can be re-screened).
  {
    action: 'screen-in', from: ['proposed', 'screened', 'not-applicable'], to: 'screened', label: 'Record screening', done: 'screened', clause: 'R-1.1',
    hint: 'Answer the screening questions (protocol section 1 and 2.2). When the protocol applies, a business case comes next.',
    evidence: { kind: 'screening' }, guards: [],
  },
  // a screening found the protocol does not apply; it is kept on record with the reasons (who and
  // when are the screening's) and can be re-screened.
  {
    action: 'screen-out', from: ['proposed', 'screened', 'not-applicable'], to: 'not-applicable', label: 'Screen out', done: 'screened-out', clause: 'R-2.2',
    hint: 'Answer the screening questions: when the protocol does not apply (protocol 2.2) it stays on the register, with the reasons, and can be screened again.',
    evidence: { kind: 'screening' }, guards: [],
  },
  // a screened-out arrangement can be re-screened: at once by recording a screening (above), or
  // first back to proposed when it has changed and is to be screened later.
  {
    action: 'rescreen', from: ['not-applicable'], to: 'proposed', label: 'Reopen as proposed', done: 'rescreened', clause: 'R-2.2',
    hint: 'The arrangement has changed and will be screened again later: it goes back to proposed. To screen it again now, record a screening.',
    evidence: note(true, 'Why it is being screened again'), guards: [],
  },
  // R-APPROVE: screened → business case.
  {
    action: 'start-business-case', from: ['screened'], to: 'business-case', label: 'Start the business case', done: 'business-case-started', clause: 'R-APPROVE',
    hint: 'Start preparing the business case for the decision-making body.',
    evidence: OPTIONAL_NOTE, guards: [],
  },
  // R-APPROVE, R-2.5c: the decision-making body sees what the council commits and whether it is budgeted,
  // for an arrangement the protocol applies to, with its assessment and business case complete.
  {
    action: 'submit-for-approval', from: ['business-case'], to: 'awaiting-approval', label: 'Submit for approval', done: 'submitted-for-approval', clause: 'R-APPROVE',
    hint: 'Send the business case to the decision-making body. The latest screening must find the protocol applies, the assessment and business case must be complete, and the council’s contribution, and whether it is within an approved budget, must be recorded (protocol 2.5).',
    evidence: OPTIONAL_NOTE, guards: ['budget-answered', 'screening-applies', 'assessment-complete'],
  },
  // R-APPROVE: the body asks for more work on the business case.
  {
    action: 'send-back', from: ['awaiting-approval'], to: 'business-case', label: 'Send back to the business case', done: 'sent-back', clause: 'R-APPROVE',
    hint: 'The decision-making body wants more work on the business case: record what it asked for.',
    evidence: note(true, 'What the decision-making body asked for'), guards: [],
  },
  // R-APPROVE: an approval says who decided, which body, when and its reference; R-2.5c: unbudgeted money is approved first.
  {
    action: 'approve', from: ['awaiting-approval'], to: 'approved', label: 'Approve', done: 'approved', clause: 'R-APPROVE',
    hint: 'Record the decision to approve: who decided, when, the minute or decision reference and any conditions.',
    evidence: { kind: 'decision', subject: 'partnership', outcome: 'approved' }, guards: ['budget-answered', 'unbudgeted-approved'],
  },
  // R-APPROVE: "rejected" is an end, kept on record with the reason.
  {
    action: 'reject', from: ['awaiting-approval'], to: 'rejected', label: 'Reject', done: 'rejected', clause: 'R-APPROVE',
    hint: 'Record the decision not to approve, with the reason. It stays on the register as rejected.',
    evidence: { kind: 'decision', subject: 'partnership', outcome: 'rejected' }, guards: [],
  },
  // R-2.5c: an unbudgeted commitment has an approval of its own, before the partnership is approved or later.
  {
    action: 'approve-unbudgeted-commitment', from: ['business-case', 'awaiting-approval', 'approved', 'setting-up', 'operating', 'under-review', 'exiting'], to: null,
    label: 'Record approval of the unbudgeted commitment', done: 'unbudgeted-commitment-approved', clause: 'R-2.5c',
    hint: 'The council’s contribution is not within an approved budget: record the separate approval of that commitment (protocol 2.5).',
    evidence: { kind: 'decision', subject: 'unbudgeted-commitment', outcome: 'approved' }, guards: ['is-unbudgeted', 'not-yet-recorded'],
  },
  // R-APPROVE: for a partnership approved before Accord kept approvals, so it can go on operating.
  {
    action: 'record-approval', from: ['approved', 'setting-up', 'operating', 'under-review', 'exiting'], to: null, label: 'Record the approval', done: 'approval-recorded', clause: 'R-APPROVE',
    hint: 'For a partnership approved before Accord kept approvals: record who decided, when and the reference.',
    evidence: { kind: 'decision', subject: 'partnership', outcome: 'approved' }, guards: ['no-approval-yet'],
  },
  // R-APPROVE: approved → setting up.
  {
    action: 'start-setting-up', from: ['approved'], to: 'setting-up', label: 'Start setting up', done: 'setting-up-started', clause: 'R-APPROVE',
    hint: 'Start putting the governance framework and agreements in place.',
    evidence: OPTIONAL_NOTE, guards: [],
  },
  // R-APPROVE: no operating without a recorded approval; R-2.5c: nor with an unbudgeted commitment unapproved;
  // issue 9: nor with a check that gates operating failing and no exception in date.
  {
    action: 'start-operating', from: ['approved', 'setting-up'], to: 'operating', label: 'Start operating', done: 'operating-started', clause: 'R-APPROVE',
    hint: 'The partnership is running. Its approval must be recorded first, and every check the Compliance page marks as gating operating must be met or have an exception in date.',
    evidence: OPTIONAL_NOTE, guards: ['approval-recorded', 'unbudgeted-approved', 'compliance-before-operating'],
  },
  // the review decides whether it continues, changes or ends.
  {
    action: 'start-review', from: ['operating'], to: 'under-review', label: 'Start a review', done: 'review-started', clause: 'R-2.6.4',
    hint: 'A review decides whether the partnership continues, changes or ends.',
    evidence: note(true, 'Why it is being reviewed'), guards: [],
  },
  // R-APPROVE: it goes on operating after the review, still on its recorded approval, and (decision
  // 51) through the same gate as starting: a review is when what has lapsed is put right or excepted.
  {
    action: 'continue-operating', from: ['under-review'], to: 'operating', label: 'Continue operating', done: 'operating-continued', clause: 'R-2.6.4',
    hint: 'The review decided the partnership continues: record its outcome. Every check the Compliance page marks as gating operating must be met or have an exception in date.',
    evidence: note(true, 'What the review decided'), guards: ['approval-recorded', 'compliance-before-operating'],
  },
  // leaving or winding up under the exit strategy.
  {
    action: 'start-exit', from: ['operating', 'under-review'], to: 'exiting', label: 'Start exit', done: 'exit-started', clause: 'R-2.14',
    hint: 'The council is leaving, or the partnership is winding up, under its exit strategy.',
    evidence: note(true, 'Why it is ending'), guards: [],
  },
  // ended, and kept on record, once every item of the dissolution checklist is closed.
  {
    action: 'dissolve', from: ['exiting'], to: 'dissolved', label: 'Dissolve', done: 'dissolved', clause: 'R-2.14',
    hint: 'The partnership has ended. It stays on the register as dissolved. Every item of the dissolution checklist on the Exit page must be done or have an exception first.',
    evidence: OPTIONAL_NOTE, guards: ['dissolution-checklist-complete'],
  },
  // Decision 24: a mistake is withdrawn, not deleted, and kept as it was; withdrawn is final.
  {
    action: 'withdraw', from: ALL_BUT_WITHDRAWN, to: 'withdrawn', label: 'Withdraw', done: 'withdrawn', clause: 'decision 24',
    hint: 'It was entered by mistake: it stays on the register, marked withdrawn, with the reason. This cannot be undone.',
    evidence: { kind: 'decision', subject: 'partnership', outcome: 'withdrawn' }, guards: ['may-withdraw'],
  },
];

const BY_ACTION = new Map<string, Transition>(TRANSITIONS.map((t) => [t.action, t]));

export function isLifecycleAction(value: unknown): value is LifecycleAction {
  return typeof value === 'string' && BY_ACTION.has(value);
}

export function transitionOf(action: LifecycleAction): Transition {
  return BY_ACTION.get(action)!;
}

/** Who moves a partnership through its lifecycle: whoever keeps the register. */
export function mayMoveLifecycle(role: Role): boolean {
  return can(role, 'register.manage');
}

/** How a sentence says a partnership is in a status: "for a partnership awaiting approval". */
const IN_WORDS: Readonly<Record<Status, string>> = {
  proposed: 'proposed',
  screened: 'screened',
  'business-case': 'at the business case',
  'awaiting-approval': 'awaiting approval',
  approved: 'approved',
  'setting-up': 'setting up',
  operating: 'operating',
  'under-review': 'under review',
  exiting: 'exiting',
  dissolved: 'dissolved',
  'not-applicable': 'screened out (the protocol does not apply)',
  rejected: 'rejected',
  withdrawn: 'withdrawn',
};

function orList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** The statuses a step starts from, in words. (Withdraw starts from all but one, and is refused only once withdrawn.) */
function fromWords(t: Transition): string {
  return orList(t.from.map((s) => IN_WORDS[s]));
}

const refuse = (...reasons: LifecycleProblem[]): TransitionDecision => ({ allowed: false, reasons });

/** Whether `role` may take step `action` now, and if not, every reason, each saying what to do instead. */
export function decideTransition(role: Role, facts: LifecycleFacts, action: string): TransitionDecision {
  const t = BY_ACTION.get(action);
  if (!t) return refuse({ field: 'action', message: `There is no lifecycle step called “${action}”. ${nextStepsSentence(role, facts)}`, clause: 'R-APPROVE' });
  // R-APPROVE: every transition is made, and recorded, by someone who keeps the register.
  if (!mayMoveLifecycle(role)) return refuse({ field: 'action', message: 'Only officers and administrators can move a partnership through its lifecycle.', clause: 'R-APPROVE' });
  // Decision 24: withdrawn is final; the record of a mistake is kept as it was.
  if (facts.status === 'withdrawn') {
    return refuse({ field: 'action', message: 'This partnership has been withdrawn: its record is kept as it was, and it takes no further steps.', clause: 'decision 24' });
  }
  if (!t.from.includes(facts.status)) {
    return refuse({ field: 'action', message: `${t.label} is for a partnership ${fromWords(t)}; this one is ${IN_WORDS[facts.status]}. ${nextStepsSentence(role, facts)}`, clause: t.clause });
  }
  const reasons = t.guards.flatMap((id): LifecycleProblem[] => {
    return guardRefusals(id, facts, role).map((refusal) => {
      const use = refusal.remedy ? ` Use ‘${transitionOf(refusal.remedy).label}’.` : '';
      return { field: 'action', message: refusal.message + use, clause: refusal.clause, ...(refusal.fix ? { fix: refusal.fix } : {}) };
    });
  });
  return reasons.length ? refuse(...reasons) : { allowed: true, transition: t };
}

/** Every step from the partnership's status, in the table's order, each with whether it may be taken now. */
export function nextActions(role: Role, facts: LifecycleFacts): Array<{ transition: Transition; decision: TransitionDecision }> {
  return TRANSITIONS.filter((t) => t.from.includes(facts.status)).map((transition) => ({ transition, decision: decideTransition(role, facts, transition.action) }));
}

function nextStepsSentence(role: Role, facts: LifecycleFacts): string {
  const open = nextActions(role, facts).flatMap(({ transition, decision }) => (decision.allowed ? [transition.label] : []));
  return open.length ? `Its next steps: ${open.join(', ')}.` : 'It has no next step that can be taken now.';
}

/** The evidence a step needs, from what was sent: every problem at once (decision 29), each with the step's clause. */
export function evidenceProblems(t: Transition, input: { note?: string | null; decision?: DecisionRecord | null; screened?: boolean }, today: string): LifecycleProblem[] {
  const problems: Problem[] = [];
  // screening's outcome comes from its answers, so its step is never taken with a note alone.
  if (t.evidence.kind === 'screening') {
    if (input.screened) return [];
    return [{ field: 'action', message: SCREENING_ONLY, clause: t.clause }];
  }
  const text = input.note?.trim() ?? '';
  if (t.evidence.kind === 'note' && t.evidence.required && !text) problems.push({ field: 'note', message: `Enter ${lowerFirst(t.evidence.label)}` });
  if (text.length > MAX_NOTE_LENGTH) problems.push({ field: 'note', message: `The note must be ${MAX_NOTE_LENGTH.toLocaleString('en-GB')} characters or fewer` });
  if (t.evidence.kind === 'decision') {
    if (input.decision) problems.push(...decisionProblems(t.evidence, input.decision, today));
    else problems.push({ field: 'decision', message: 'Record the decision: who made it and when' });
  } else if (input.decision) {
    problems.push({ field: 'decision', message: `${t.label} records no decision: leave the decision out` });
  }
  return problems.map((p) => ({ ...p, clause: t.clause }));
}

/** Why screen-in and screen-out are refused on their own: where to record the screening instead. */
export const SCREENING_ONLY =
  'Screening is recorded by answering the screening questions, which decide whether the protocol applies: use the partnership’s Screening page (Record screening), or POST /api/v1/partnerships/{id}/screenings on the API (R-1.1, R-2.2).';

/** the step a screening's outcome takes. */
export function screeningStep(applies: boolean): LifecycleAction {
  return applies ? 'screen-in' : 'screen-out';
}

/** whether a partnership in this status may be screened (first, or again). */
export function mayBeScreened(status: Status): boolean {
  return transitionOf('screen-in').from.includes(status) && transitionOf('screen-out').from.includes(status);
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Issue 9: whether a step from this status goes through the gate to operating, so its facts need the compliance engine's blockers. */
export function gatesOperatingFrom(status: Status): boolean {
  return TRANSITIONS.some((t) => t.from.includes(status) && t.guards.includes('compliance-before-operating'));
}

/**
 * The shortest way from one status to another by steps that change it (table order breaks ties), or
 * null when none leads there. The guards are the caller's: the example data and tests bring the evidence.
 */
export function pathTo(from: Status, to: Status): LifecycleAction[] | null {
  const moves = TRANSITIONS.filter((t): t is Transition & { to: Status } => t.to !== null);
  const reached = new Map<Status, LifecycleAction[]>([[from, []]]);
  const queue: Status[] = [from];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    if (status === to) return reached.get(status)!;
    for (const t of moves) {
      if (!t.from.includes(status) || reached.has(t.to)) continue;
      reached.set(t.to, [...reached.get(status)!, t.action]);
      queue.push(t.to);
    }
  }
  return null;
}

