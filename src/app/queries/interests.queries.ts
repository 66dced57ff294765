// Reading a person's register of interests for a principal: every interest, a sensitive one's
// confidential fields withheld unless the principal may read it (the person themselves, the monitoring
// officer, administrators). Every page, download and API answer that shows interests reads them here.
import { findInterest, interestsOfPeople as listInterestsOfPeople, listInterests } from '../../db/repositories/interests.repo.ts';
import { findPerson } from '../../db/repositories/people.repo.ts';
import { can } from '../../domain/access/roles.ts';
import { sensitiveReader, type Interest } from '../../domain/interests/interest.ts';
import { withholdConfidential } from '../../domain/records/confidential.ts';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors.ts';
import { INTEREST_CONFIDENTIAL } from '../interests/interest.description.ts';
import type { Principal } from '../principal.ts';

export type InterestView = Interest & { withheld: boolean };

/** Whether the principal reads the person's sensitive interests. */
export function readsSensitiveOf(principal: Principal, person: { userId: string | null }): boolean {
  return sensitiveReader({ userId: principal.userId, readsSensitive: can(principal.role, 'interests.sensitive') }, person);
}

const seen = (principal: Principal, person: { userId: string | null }) => (i: Interest): InterestView =>
  withholdConfidential(i, INTEREST_CONFIDENTIAL, !i.sensitive || readsSensitiveOf(principal, person));

export async function interestsOf(deps: AppDeps, principal: Principal, personId: string): Promise<InterestView[]> {
  const person = await findPerson(deps.database.db, personId);
  if (!person) throw new NotFoundError('No such person');
  return (await listInterests(deps.database.db, personId)).map(seen(principal, person));
}

export async function interestOf(deps: AppDeps, principal: Principal, personId: string, id: string): Promise<InterestView> {
  const person = await findPerson(deps.database.db, personId);
  const interest = person && (await findInterest(deps.database.db, personId, id));
  if (!person || !interest) throw new NotFoundError('No such interest');
  return seen(principal, person)(interest);
}

/** The interests of several people (a partnership's members), each withheld as its person's page withholds it. */
export async function interestsOfPeople(deps: AppDeps, principal: Principal, personIds: readonly string[]): Promise<InterestView[]> {
  return (await listInterestsOfPeople(deps.database.db, personIds)).map(({ personUserId, ...i }) => seen(principal, { userId: personUserId })(i));
}
