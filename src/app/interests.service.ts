// Keeping a person's register of interests: add, change and remove an interest, each one audited
// command naming the person. A sensitive interest is changed or removed only by someone who may read it
// (the monitoring officer, administrators): anyone else would be changing what they cannot see.
import { organisationsExist } from '../db/repositories/organisations.repo.ts';
import { findPerson } from '../db/repositories/people.repo.ts';
import { findInterest, insertInterest, removeInterest, updateInterest } from '../db/repositories/interests.repo.ts';
import type { Trx } from '../db/database.ts';
import { can } from '../domain/access/roles.ts';
import { interestProblems, SENSITIVE_UNTOUCHABLE, sensitiveChangeProblems, type Interest, type InterestInput } from '../domain/interests/interest.ts';
import type { Problem } from '../domain/register/partnership.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, UserFacingError, ValidationError } from './errors.ts';
import { auditedInterest } from './interests/interest.description.ts';
import { readsSensitiveOf } from './queries/interests.queries.ts';
import type { Principal } from './principal.ts';

/** The rules on whichever answers are known, and whether the organisation named is in the register. */
export async function interestInputProblems(db: AppDeps['database']['db'] | Trx, i: Partial<InterestInput>): Promise<Problem[]> {
  const problems = interestProblems(i);
  if (i.organisationId && !(await organisationsExist(db, [i.organisationId])).has(i.organisationId)) {
    problems.unshift({ field: 'organisationId', message: 'Select an organisation from the register, or none' });
  }
  return problems;
}

async function personOf(trx: Trx, personId: string) {
  const person = await findPerson(trx, personId);
  if (!person) throw new NotFoundError('No such person');
  return person;
}

/** The input, or every problem with it at once: who may mark it sensitive, then its own rules. */
async function checked(trx: Trx, input: InterestInput, first: readonly Problem[] = []): Promise<InterestInput> {
  const problems = [...first, ...(await interestInputProblems(trx, input))];
  if (problems.length) throw new ValidationError(problems);
  return input;
}

const sensitiveProblems = (principal: Principal, before: boolean, after: boolean): Problem[] =>
  sensitiveChangeProblems(can(principal.role, 'interests.sensitive'), before, after);

/** Someone who may not read a sensitive interest may not change or remove it either. */
function mayTouch(principal: Principal, person: { userId: string | null }, interest: Interest): void {
  if (interest.sensitive && !readsSensitiveOf(principal, person)) {
    throw new UserFacingError(SENSITIVE_UNTOUCHABLE, 'sensitive');
  }
}

export async function addInterest(deps: AppDeps, ctx: RequestContext, principal: Principal, personId: string, input: InterestInput): Promise<Interest> {
  return command(deps, ctx, async (trx, audit) => {
    await personOf(trx, personId);
    const id = deps.ids.next();
    await insertInterest(trx, id, personId, await checked(trx, input, sensitiveProblems(principal, false, input.sensitive)), deps.clock.now().toISOString());
    const added = (await findInterest(trx, personId, id))!;
    audit.record({ entityType: 'interest', entityId: id, action: 'added', after: { person: (await findPerson(trx, personId))!.name, ...auditedInterest(added, deps.auditKey) } });
    return added;
  });
}

export async function changeInterest(deps: AppDeps, ctx: RequestContext, principal: Principal, personId: string, id: string, input: InterestInput): Promise<Interest> {
  return command(deps, ctx, async (trx, audit) => {
    const person = await personOf(trx, personId);
    const before = await findInterest(trx, personId, id);
    if (!before) throw new NotFoundError('No such interest');
    mayTouch(principal, person, before);
    await updateInterest(trx, personId, id, await checked(trx, input, sensitiveProblems(principal, before.sensitive, input.sensitive)), deps.clock.now().toISOString());
    const after = (await findInterest(trx, personId, id))!;
    // Marked sensitive now: what it was is not written into the trail once more (the earlier events keep what was public then).
    const was = after.sensitive ? { ...before, sensitive: true } : before;
    audit.record({ entityType: 'interest', entityId: id, action: 'updated', before: auditedInterest(was, deps.auditKey), after: auditedInterest(after, deps.auditKey) });
    return after;
  });
}

export async function removeInterestOf(deps: AppDeps, ctx: RequestContext, principal: Principal, personId: string, id: string): Promise<Interest> {
  return command(deps, ctx, async (trx, audit) => {
    const person = await personOf(trx, personId);
    const before = await findInterest(trx, personId, id);
    if (!before) throw new NotFoundError('No such interest');
    mayTouch(principal, person, before);
    await removeInterest(trx, personId, id);
    audit.record({ entityType: 'interest', entityId: id, action: 'removed', before: { person: person.name, ...auditedInterest(before, deps.auditKey) } });
    return before;
  });
}
