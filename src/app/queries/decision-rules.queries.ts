// Reading a partnership's decision rules for a principal (R-2.8a, R-2.8b): its member seats, voting rules
// and quorum conditions as kept, and the same as the evaluators read them. The scope hook found the
// partnership on pages and the API (decision 33); the scope is applied here too.
import { listSeats } from '../../db/repositories/member-seats.repo.ts';
import { listQuorumConditions } from '../../db/repositories/quorum-conditions.repo.ts';
import { listVotingRules } from '../../db/repositories/voting-rules.repo.ts';
import type { DecisionRules } from '../../domain/decisions/check.ts';
import { toQuorumCondition, toSeat, toVotingRule, type QuorumConditionRecordInput, type SeatRecord, type VotingRuleRecordInput } from '../../domain/decisions/records.ts';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import type { Principal } from '../principal.ts';
import { partnershipHeader } from './partnership.queries.ts';

export interface DecisionRulesView {
  seats: SeatRecord[];
  votingRules: VotingRuleRecordInput[];
  quorum: QuorumConditionRecordInput[];
  /** The same, as quorumOf and outcomeOf read them. */
  rules: DecisionRules;
}

export async function decisionRulesFor(deps: AppDeps, principal: Principal, partnershipId: string): Promise<DecisionRulesView> {
  // Out of the principal's reach, or not there at all: the same 404.
  if (!(await partnershipHeader(deps, principal, partnershipId))) throw new NotFoundError('No such partnership');
  const db = deps.database.db;
  const [seats, votingRules, quorum] = await Promise.all([listSeats(db, partnershipId), listVotingRules(db, partnershipId), listQuorumConditions(db, partnershipId)]);
  return { seats, votingRules, quorum, rules: { seats: seats.map(toSeat), votingRules: votingRules.map(toVotingRule), quorum: quorum.map(toQuorumCondition) } };
}
