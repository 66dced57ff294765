// "Would this be quorate, and would it carry?" The whole of a decision's evaluation from a rule set and
// the facts of one item, by the same functions a real meeting's items are decided by (quorum.ts,
// outcome.ts), so a check before or after a meeting and the meeting itself can never disagree.
import { outcomeOf, type OutcomeResult } from './outcome.ts';
import { quorumOf, type QuorumResult } from './quorum.ts';
import { DECISION_TYPE_LABELS, type ItemAttendance, type Motion, type QuorumCondition, type Seat, type VotingRule } from './rules.ts';

/** A partnership's decision rules as the evaluators read them. */
export interface DecisionRules {
  seats: readonly Seat[];
  votingRules: readonly VotingRule[];
  quorum: readonly QuorumCondition[];
}

export interface DecisionCheck {
  quorum: QuorumResult;
  /** The rule that decides the motion, and why that one; null when none is recorded. */
  rule: { rule: VotingRule; why: string } | null;
  /** Null when there is no rule to decide by (explained in `noRule`). */
  outcome: OutcomeResult | null;
  noRule: string | null;
}

/**
 * R-2.8a: the rule for the motion's type of decision; a type without a rule of its own is decided by the
 * rule for ordinary business, and says so.
 */
export function ruleFor(rules: readonly VotingRule[], motion: Pick<Motion, 'decisionType'>): DecisionCheck['rule'] {
  const own = rules.find((r) => r.decisionType === motion.decisionType);
  if (own) return { rule: own, why: `The partnership’s rule for ${DECISION_TYPE_LABELS[own.decisionType].toLowerCase()} (R-2.8a)` };
  const ordinary = rules.find((r) => r.decisionType === 'ordinary');
  if (ordinary) {
    return { rule: ordinary, why: `No rule of its own for ${DECISION_TYPE_LABELS[motion.decisionType].toLowerCase()}: decided by the rule for ordinary business (R-2.8a)` };
  }
  return null;
}

export function checkDecision(rules: DecisionRules, item: ItemAttendance, motion: Motion): DecisionCheck {
  const quorum = quorumOf(rules.quorum, rules.seats, item);
  const rule = ruleFor(rules.votingRules, motion);
  if (!rule) {
    const type = DECISION_TYPE_LABELS[motion.decisionType].toLowerCase();
    const which = motion.decisionType === 'ordinary' ? type : `${type} or for ordinary business`;
    return { quorum, rule: null, outcome: null, noRule: `No voting rule is recorded for ${which}, so the outcome cannot be computed (R-2.8a)` };
  }
  // The rule applies to this motion's type, whether it is the type's own or ordinary business's.
  return { quorum, rule, outcome: outcomeOf({ ...rule.rule, decisionType: motion.decisionType }, rules.seats, item, quorum, motion), noRule: null };
}
