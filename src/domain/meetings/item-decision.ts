// R-2.8a, R-2.8b, R-2.13: one agenda item decided from its meeting: who attended each seat, the interests
// declared at the item, and (once taken) its vote, by checkDecision, the function the check of a decision
// uses, so a meeting and a check can never disagree. Also who should have declared and did not.
import { checkDecision, type DecisionCheck, type DecisionRules } from '../decisions/check.ts';
import { quorumOf, type QuorumResult } from '../decisions/quorum.ts';
import type { Attendance, ItemAttendance, Motion } from '../decisions/rules.ts';
import { DEFAULT_FORWARD_PLAN_DAYS, keyDecisionNotice, type ForwardPlanEntry, type KeyDecisionNotice } from '../forward-plan/forward-plan.ts';
import type { PartnerConflict } from '../interests/conflicts.ts';
import type { AgendaItem, RecordedVote } from './agenda-item.ts';
import { communicationOf, type Communication } from './communication.ts';
import { effectOf, excludedBy, type DeclarationEffect } from './declarations.ts';

export interface ItemDecision {
  item: ItemAttendance;
  quorum: QuorumResult;
  declarations: DeclarationEffect[];
  /** members with a registered interest in the partner the item concerns who declared nothing. */
  undeclared: string[];
  /** The vote's evaluation as it stands now; null until a vote is recorded or when there is nothing to decide. */
  check: DecisionCheck | null;
  /** R-2.8c: who of the members not present has been told of the decision. */
  communication: Communication;
  /** R-2.8f: a key decision, or an item taking one from the forward plan: the notice the plan gave it; else null. */
  forwardPlan: KeyDecisionNotice | null;
}

/** R-2.8f: the partnership's forward plan, and the clear days it asks (its last entry's, or 28). */
export interface ForwardPlanFacts {
  entries: readonly ForwardPlanEntry[];
  clearDays: number;
}

export const forwardPlanFacts = (entries: readonly ForwardPlanEntry[]): ForwardPlanFacts => ({ entries, clearDays: entries.at(-1)?.noticeDays ?? DEFAULT_FORWARD_PLAN_DAYS });

/** The item's facts: the meeting's attendance, less whoever its declarations remove. */
export function itemAttendance(attendance: ReadonlyMap<string, Attendance>, item: Pick<AgendaItem, 'declarations'>, heldOn: string): ItemAttendance {
  return { attendance, excluded: excludedBy(item.declarations, heldOn) };
}

/** A recorded vote as the outcome reads it. */
export function motionOf(item: Pick<AgendaItem, 'decisionType'>, vote: Pick<RecordedVote, 'voting' | 'named' | 'counted' | 'consensusReached' | 'castingVote' | 'lot'>): Motion {
  const casting = vote.castingVote;
  return {
    decisionType: item.decisionType ?? 'ordinary',
    votes: vote.voting === 'named' ? { kind: 'named', votes: vote.named } : { kind: 'counted', ...(vote.counted ?? { for: 0, against: 0, abstain: 0 }) },
    consensusReached: vote.consensusReached,
    castingVote:
      casting && casting !== 'none'
        ? { by: casting.startsWith('chair') ? 'chair' : 'lead-partner', vote: casting.endsWith('-for') ? 'for' : 'against' }
        : null,
    lot: vote.lot === 'for' || vote.lot === 'against' ? vote.lot : null,
  };
}

export function decideItem(
  rules: DecisionRules,
  attendance: ReadonlyMap<string, Attendance>,
  item: AgendaItem,
  heldOn: string,
  conflicts: readonly PartnerConflict[] = [],
  plan: ForwardPlanFacts = forwardPlanFacts([]),
): ItemDecision {
  const facts = itemAttendance(attendance, item, heldOn);
  const declared = new Set(item.declarations.map((d) => d.personId));
  const undeclared = item.concernsName
    ? conflicts
        .filter((c) => c.partner === item.concernsName && !declared.has(c.personId) && (attendance.get(c.personId) === 'present'))
        .map((c) => `${c.person} has a registered interest in ${c.partner}, which this item concerns, and has declared nothing at it (R-2.13)`)
    : [];
  return {
    item: facts,
    quorum: quorumOf(rules.quorum, rules.seats, facts),
    declarations: item.declarations.map((d) => effectOf(d, heldOn)),
    undeclared,
    check: item.decisionType && item.vote ? checkDecision(rules, facts, motionOf(item, item.vote)) : null,
    communication: communicationOf(rules.seats.map((s) => ({ personId: s.id, name: s.name })), attendance, item.notices, item.vote !== null),
    forwardPlan: keyDecisionNotice(item, plan.entries.find((e) => e.id === item.forwardPlanId), heldOn, plan.clearDays),
  };
}
