// The checks that gate a lifecycle step, decided from what today's records hold. Each says why it
// refuses in words a user can act on, citing its clause, and names the step that puts it right when
// there is one, or the page that does (fix). Issue 9 adds screening's and the business case's here.
import type { Role } from '../access/roles.ts';
import type { MissingItem } from '../business-case/assessment.ts';
import type { Finding } from '../compliance/types.ts';
import { DISSOLUTION_ITEM_LABELS, type DissolutionItem } from '../exit/dissolution.ts';
import { formatPence } from '../register/money.ts';
import { mayWithdraw } from '../register/withdrawal.ts';
import type { Status } from '../register/vocabulary.ts';
import type { DecisionOutcome, DecisionSubject } from './decisions.ts';
import type { LifecycleAction } from './transitions.ts';

export const GUARD_IDS = [
  'budget-answered',
  'is-unbudgeted',
  'unbudgeted-approved',
  'approval-recorded',
  'no-approval-yet',
  'not-yet-recorded',
  'may-withdraw',
  'screening-applies',
  'assessment-complete',
  'compliance-before-operating',
  'dissolution-checklist-complete',
] as const;
export type GuardId = (typeof GUARD_IDS)[number];

/** What the guards look at: the partnership's status and money, and the decisions recorded for it. */
export interface LifecycleFacts {
  status: Status;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  decisions: ReadonlyArray<{ subject: DecisionSubject; outcome: DecisionOutcome }>;
  /** R-1.1, R-2.2: what the latest screening found; null when none is recorded. */
  screeningApplies: boolean | null;
  /** R-APPROVE: what assessmentCompleteness finds still missing from the assessment and business case. */
  assessmentMissing: readonly MissingItem[];
  /**
   * Issue 9, R-APPROVE: what the compliance engine finds stopping it operating: the gaps in requirements
   * that gate operating with no exception in date (operatingBlockers), less those the step's own guards
   * decide (the approval, R-2.5c). Read only where a step to operating starts; empty elsewhere.
   */
  operatingBlockers: readonly Finding[];
  /** R-2.14: the items of the dissolution checklist not yet done nor excepted, in its order. Read only where the partnership is exiting; empty elsewhere. */
  dissolutionOpen: readonly DissolutionItem[];
}

/**
 * A page of the partnership that puts a refusal right (its details, its screening, its business case), and
 * the answer on it; the dissolution checklist's form; or (compliance) the page a finding names, its href, or when it names none the
 * partnership's Compliance tab.
 */
export type Fix = { page: 'details' | 'screening' | 'business-case' | 'dissolution-checklist'; field?: string } | { page: 'compliance'; href?: string };

export interface GuardRefusal {
  message: string;
  clause: string;
  /** The step that puts it right, when there is one: its label is added as "Use ‘…’." */
  remedy?: LifecycleAction;
  /** The page that puts it right, when it is not a step. */
  fix?: Fix;
}

/** A guard: null when the step may go ahead, otherwise why not (one reason, or one per missing item). */
export type Guard = (facts: LifecycleFacts, role: Role) => GuardRefusal | readonly GuardRefusal[] | null;

const withStop = (s: string): string => (/[.!?]$/.test(s) ? s : `${s}.`);

const perYear = (pence: number): string => `the council’s ${formatPence(pence)} a year`;

const hasApproved = (facts: LifecycleFacts, subject: DecisionSubject): boolean =>
  facts.decisions.some((d) => d.subject === subject && d.outcome === 'approved');

/** R-2.5c: the council pays something, and it is not within an approved budget. */
export function isUnbudgeted(facts: Pick<LifecycleFacts, 'councilContributionPence' | 'withinApprovedBudget'>): boolean {
  return (facts.councilContributionPence ?? 0) > 0 && facts.withinApprovedBudget === false;
}

export const GUARDS: Readonly<Record<GuardId, Guard>> = {
  // R-2.5c: what the council commits, and whether it is budgeted, is known before it is decided.
  'budget-answered': ({ councilContributionPence: pence, withinApprovedBudget: within }) => {
    if (pence === null) {
      return {
        message: 'Record the council’s contribution per year in the partnership’s details first, or £0 if it pays nothing: protocol 2.5 needs to know what the council commits before it is approved (R-2.5c).',
        clause: 'R-2.5c',
      };
    }
    if (pence > 0 && within === null) {
      return {
        message: `Say in the partnership’s details whether ${perYear(pence)} is within an approved budget first: an unbudgeted commitment needs its own approval under protocol 2.5 (R-2.5c).`,
        clause: 'R-2.5c',
      };
    }
    return null;
  },
  // R-2.5c: only an unbudgeted commitment has an approval of its own to record.
  'is-unbudgeted': ({ councilContributionPence: pence, withinApprovedBudget: within }) => {
    if (pence === null) {
      return { message: 'There is no unbudgeted commitment to approve yet: record the council’s contribution per year in the partnership’s details first (R-2.5c).', clause: 'R-2.5c' };
    }
    if (pence === 0) return { message: 'There is no unbudgeted commitment to approve: the council contributes £0 (R-2.5c).', clause: 'R-2.5c' };
    if (within === null) {
      return { message: `Say in the partnership’s details whether ${perYear(pence)} is within an approved budget first: only an unbudgeted commitment needs this approval (R-2.5c).`, clause: 'R-2.5c' };
    }
    if (within) return { message: `There is no unbudgeted commitment to approve: ${perYear(pence)} is within an approved budget (R-2.5c).`, clause: 'R-2.5c' };
    return null;
  },
  // R-2.5c: an unbudgeted commitment is not entered into without its own recorded approval.
  'unbudgeted-approved': (facts) => {
    if (!isUnbudgeted(facts) || hasApproved(facts, 'unbudgeted-commitment')) return null;
    return {
      message: `Record the approval of the unbudgeted commitment first: ${perYear(facts.councilContributionPence!)} is not within an approved budget, so protocol 2.5 needs its own approval (R-2.5c).`,
      clause: 'R-2.5c',
      remedy: 'approve-unbudgeted-commitment',
    };
  },
  // R-APPROVE: no operating without a recorded approval.
  'approval-recorded': (facts) =>
    hasApproved(facts, 'partnership')
      ? null
      : {
          message: 'Record the approval first: a partnership cannot operate without a recorded approval saying who decided, which body, when, and its reference (R-APPROVE).',
          clause: 'R-APPROVE',
          remedy: 'record-approval',
        },
  // R-APPROVE: an approval made before Accord kept the lifecycle is recorded once.
  'no-approval-yet': (facts) =>
    hasApproved(facts, 'partnership') ? { message: 'This partnership’s approval is already recorded: it is on its timeline (R-APPROVE).', clause: 'R-APPROVE' } : null,
  // R-2.5c: the unbudgeted commitment is approved once.
  'not-yet-recorded': (facts) =>
    hasApproved(facts, 'unbudgeted-commitment')
      ? { message: 'The approval of the unbudgeted commitment is already recorded: it is on the timeline (R-2.5c).', clause: 'R-2.5c' }
      : null,
  // R-APPROVE, R-1.1: only an arrangement the protocol applies to goes for approval, on its latest screening.
  'screening-applies': ({ screeningApplies }) => {
    if (screeningApplies === true) return null;
    return {
      message:
        screeningApplies === null
          ? 'Record a screening first: only an arrangement the protocol applies to goes for approval (R-1.1).'
          : 'The latest screening found the protocol does not apply: screen it again before it goes for approval (R-2.2).',
      clause: screeningApplies === null ? 'R-1.1' : 'R-2.2',
      fix: { page: 'screening' },
    };
  },
  // R-APPROVE: the assessment and business case are complete; each missing item is named with its clause.
  // The contribution's own item is left to 'budget-answered', which says it (and more) first.
  'assessment-complete': ({ assessmentMissing }) => {
    const items = assessmentMissing.filter((m) => m.field !== 'councilContributionPence');
    if (!items.length) return null;
    return items.map((m) => ({ message: `${m.message}.`, clause: m.clause, fix: { page: m.page, field: m.field } }));
  },
  // R-APPROVE (issue 9, lifecycle gates): every check that gates operating passes, or has an exception in
  // date; each one missing is named with its requirement and the page that fixes it.
  'compliance-before-operating': ({ operatingBlockers }) =>
    operatingBlockers.map((f) => ({
      message: `${withStop(f.reason)} ${f.fix ? `${f.fix.text}, or record an exception` : 'Put it right, or record an exception'} on the Compliance page.`,
      clause: f.requirementId,
      fix: { page: 'compliance' as const, ...(f.fix ? { href: f.fix.href } : {}) },
    })),
  // R-2.14: "a partnership cannot be dissolved until the dissolution checklist is complete"; each item open is named.
  'dissolution-checklist-complete': ({ dissolutionOpen }) =>
    dissolutionOpen.map((item) => ({
      message: `Close ‘${DISSOLUTION_ITEM_LABELS[item]}’ on the dissolution checklist first: record it done, or an exception with the reason (R-2.14).`,
      clause: 'R-2.14',
      fix: { page: 'dissolution-checklist' as const, field: item },
    })),
  // Decision 24: whoever keeps the register withdraws a mistake (today the same roles as every step).
  'may-withdraw': (_facts, role) =>
    mayWithdraw(role) ? null : { message: 'Only officers and administrators can withdraw a partnership.', clause: 'decision 24' },
};

/** A guard's refusals as a list: none when it passes, one, or (assessment-complete, compliance-before-operating, dissolution-checklist-complete) one per missing item. */
export function guardRefusals(id: GuardId, facts: LifecycleFacts, role: Role): readonly GuardRefusal[] {
  const found = GUARDS[id](facts, role);
  return found === null ? [] : isList(found) ? found : [found];
}

const isList = (r: GuardRefusal | readonly GuardRefusal[]): r is readonly GuardRefusal[] => Array.isArray(r);
