// The rules a partnership decides by on a day (R-2.7(n), R-2.8a, R-2.8b): its member seats as they are,
// and the voting rules and quorum in force that day, the kept ones or a change's copy. The meeting's page,
// the vote recorded, the Decision making pages and the API all read them here, so they cannot disagree.
import type { Db, Trx } from '../../db/database.ts';
import { listSeats } from '../../db/repositories/member-seats.repo.ts';
import { listQuorumConditions } from '../../db/repositories/quorum-conditions.repo.ts';
import { listRuleChanges } from '../../db/repositories/rule-changes.repo.ts';
import { listVotingRules } from '../../db/repositories/voting-rules.repo.ts';
import type { DecisionRules } from '../../domain/decisions/check.ts';
import { toQuorumCondition, toSeat, toVotingRule, type SeatRecord } from '../../domain/decisions/records.ts';
import { rulesInForceOn, type RuleChange, type RulesInForce, type RulesOfDecision } from '../../domain/decisions/rule-changes.ts';

export interface RulesOnDay {
  seats: SeatRecord[];
  /** The rules kept now: in force from the latest change on. */
  current: RulesOfDecision;
  changes: RuleChange[];
  /** The voting rules and quorum that decide on the day, and why those. */
  inForce: RulesInForce;
  /** The same, as quorumOf and outcomeOf read them. */
  rules: DecisionRules;
}

/** On a day (yyyy-mm-dd), or, without one, the rules kept now. */
export async function rulesOn(db: Db | Trx, partnershipId: string, day?: string): Promise<RulesOnDay> {
  const [seats, votingRules, quorum, changes] = await Promise.all([listSeats(db, partnershipId), listVotingRules(db, partnershipId), listQuorumConditions(db, partnershipId), listRuleChanges(db, partnershipId)]);
  const current = { votingRules, quorum };
  const inForce = rulesInForceOn(changes, current, day ?? '9999-12-31');
  return {
    seats,
    current,
    changes,
    inForce,
    rules: { seats: seats.map(toSeat), votingRules: inForce.rules.votingRules.map(toVotingRule), quorum: inForce.rules.quorum.map(toQuorumCondition) },
  };
}
