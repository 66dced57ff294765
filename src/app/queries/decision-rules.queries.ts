// Reading a partnership's decision rules for a principal (R-2.8a, R-2.8b): its member seats, voting rules
// and quorum conditions, on a day (R-2.7(n): the rules in force then) or as kept now, and the same as the
// evaluators read them. The scope hook found the partnership on pages and the API (decision 33); the
// scope is applied here too.
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { rulesOn, type RulesOnDay } from '../meetings/rules-in-force.ts';
import type { Principal } from '../principal.ts';
import { partnershipHeader } from './partnership.queries.ts';

export interface DecisionRulesView extends RulesOnDay {
  /** The voting rules and quorum that apply (the kept ones, or a change's copy on a day before it). */
  votingRules: RulesOnDay['current']['votingRules'];
  quorum: RulesOnDay['current']['quorum'];
}

export async function decisionRulesFor(deps: AppDeps, principal: Principal, partnershipId: string, day?: string): Promise<DecisionRulesView> {
  // Out of the principal's reach, or not there at all: the same 404.
  if (!(await partnershipHeader(deps, principal, partnershipId))) throw new NotFoundError('No such partnership');
  const on = await rulesOn(deps.database.db, partnershipId, day);
  return { ...on, votingRules: on.inForce.rules.votingRules, quorum: on.inForce.rules.quorum };
}
