// R-2.8g, R-2.8a: an item of a meeting's agenda: what it is, the type of decision it asks for (none for an
// item for information), whether it is a key decision or confidential, the motion, and the partner it
// concerns, where it concerns one (R-2.13: whose members must declare). Once the vote is taken, the votes
// as given and the outcome the domain computed, with its explanation, are kept with it.
import type { DecisionType, VoteChoice } from '../decisions/rules.ts';
import type { DecisionNotice } from './communication.ts';
import type { Ratification } from '../decisions/authority.ts';
import type { Declaration } from './declarations.ts';

export interface AgendaItemInput {
  title: string;
  decisionType: DecisionType | null;
  keyDecision: boolean;
  confidential: boolean;
  motion: string | null;
  concernsId: string | null;
  /** R-2.8f: the planned decision on the partnership's forward plan the item takes; null for none. */
  forwardPlanId: string | null;
  /** R-2.8e: the sum, in pence, the decision commits the partners to; null for none. */
  amountPence: number | null;
}

/** The vote as given, and what the domain made of it then. */
export interface RecordedVote {
  voting: 'named' | 'counted';
  named: ReadonlyMap<string, VoteChoice>;
  counted: { for: number; against: number; abstain: number } | null;
  consensusReached: boolean;
  castingVote: string | null;
  lot: string | null;
  outcome: string;
  explanation: string;
  decidedAt: string;
}

export interface AgendaItem extends AgendaItemInput {
  id: string;
  meetingId: string;
  position: number;
  concernsName: string | null;
  forwardPlanTitle: string | null;
  vote: RecordedVote | null;
  declarations: Declaration[];
  /** R-2.8e: the partners that must ratify its carried decision, and whether they have. */
  ratifications: Ratification[];
  /** R-2.8c: the members not present who have been told of its decision. */
  notices: DecisionNotice[];
}

export function agendaItemProblems(i: Partial<AgendaItemInput>): Array<{ field: string; message: string }> {
  if (i.decisionType === null && i.motion) {
    return [{ field: 'decisionType', message: 'An item with a motion asks for a decision: select its type, or leave the motion blank for an item for information (R-2.8a)' }];
  }
  if (i.keyDecision && i.decisionType === null) {
    return [{ field: 'keyDecision', message: 'A key decision is a decision: select the item’s type of decision (R-2.8f)' }];
  }
  if (i.forwardPlanId && i.keyDecision === false) {
    return [{ field: 'keyDecision', message: 'An item that takes a decision on the forward plan is a key decision: answer yes, or take it off the forward plan (R-2.8f)' }];
  }
  return [];
}
