// R-2.7(n): recording a change to a partnership's rules for decisions, from a day. One audited command keeps
// a copy of the voting rules and quorum as they stand, in force until the day before; the rules kept on the
// Decision making pages are then those from the day on, to be edited there. A change's day, decision or
// reason can be corrected, never its copy: the copy is what the earlier meetings were decided under.
import { decisionItemsOf } from '../db/repositories/agenda-items.repo.ts';
import { insertRuleChange, updateRuleChange } from '../db/repositories/rule-changes.repo.ts';
import { touchPartnership } from '../db/repositories/partnerships.repo.ts';
import type { Db, Trx } from '../db/database.ts';
import { boundsOf, ruleChangeProblems, type RuleChange, type RuleChangeInput } from '../domain/decisions/rule-changes.ts';
import type { Problem } from '../domain/register/partnership.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { auditedRuleChange } from './meetings/rule-change.description.ts';
import { rulesOn } from './meetings/rules-in-force.ts';
import type { Principal } from './principal.ts';
import { changeable } from './records/record-commands.ts';

/** The rules on a change (new: no id), on what parsed: for the command, and for a refused form or body. */
async function problemsOf(db: Db | Trx, partnershipId: string, input: Partial<RuleChangeInput>, id?: string): Promise<Problem[]> {
  const [{ current, changes }, items] = await Promise.all([rulesOn(db, partnershipId), decisionItemsOf(db, partnershipId)]);
  if (id !== undefined && !changes.some((c) => c.id === id)) throw new NotFoundError('No such change to the rules');
  return ruleChangeProblems(boundsOf(changes, id), id === undefined ? current : null, input, items);
}

export async function ruleChangeInputProblems(deps: AppDeps, partnershipId: string, input: Partial<RuleChangeInput>, id?: string): Promise<Problem[]> {
  return problemsOf(deps.database.db, partnershipId, input, id);
}

export async function recordRuleChange(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, input: RuleChangeInput): Promise<RuleChange> {
  return command(deps, ctx, async (trx, audit) => {
    const p = await changeable(trx, principal, partnershipId);
    const problems = await problemsOf(trx, p.id, input);
    if (problems.length) throw new ValidationError(problems);
    const { current } = await rulesOn(trx, p.id);
    const change = await insertRuleChange(trx, p.id, deps.ids.next(), input, current, deps.clock.now().toISOString());
    audit.record({ entityType: 'rule-change', entityId: change.id, partnershipId: p.id, action: 'recorded', after: auditedRuleChange(change) });
    await touchPartnership(trx, p.id, deps.clock.now().toISOString());
    return change;
  });
}

export async function correctRuleChange(deps: AppDeps, ctx: RequestContext, principal: Principal, partnershipId: string, id: string, input: RuleChangeInput): Promise<RuleChange> {
  return command(deps, ctx, async (trx, audit) => {
    const p = await changeable(trx, principal, partnershipId);
    const problems = await problemsOf(trx, p.id, input, id);
    if (problems.length) throw new ValidationError(problems);
    const before = (await rulesOn(trx, p.id)).changes.find((c) => c.id === id)!;
    const change = await updateRuleChange(trx, p.id, id, input);
    audit.record({ entityType: 'rule-change', entityId: id, partnershipId: p.id, action: 'updated', before: auditedRuleChange(before), after: auditedRuleChange(change) });
    if (audit.entries.length) await touchPartnership(trx, p.id, deps.clock.now().toISOString());
    return change;
  });
}
