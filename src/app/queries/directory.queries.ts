// Reads of the council's directory (organisations, people, corporate priorities, users and your own
// API tokens), each for a principal. The directory itself is everyone's to read who may read the
// register; what it says about partnerships (the partnerships an organisation is in, a person's parts
// in them, how many serve a priority) is limited to the principal's scope.
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import type { CorporatePriority, Organisation, Person } from '../../domain/register/records.ts';
import { findApiToken, listApiTokens, type ApiToken } from '../../db/repositories/api-tokens.repo.ts';
import {
  findOrganisation,
  listOrganisations,
  organisationChoices,
  partnershipsOfOrganisation as partnershipsOf,
  type OrganisationListQuery,
} from '../../db/repositories/organisations.repo.ts';
import { findPerson, listPeople, rolesOfPerson, type PeopleListQuery } from '../../db/repositories/people.repo.ts';
import { countPartnershipsServing, findPriority, listPriorities } from '../../db/repositories/priorities.repo.ts';
import { countUsers, findUserById, listUsers, withoutHash, type User } from '../../db/repositories/users.repo.ts';

// The principal is taken by every read even where the directory does not depend on it yet: the
// scoped roles of a later issue change what these answer here, not in each page.

export function organisationsPage(deps: AppDeps, _principal: Principal, query: OrganisationListQuery): Promise<{ items: Organisation[]; total: number }> {
  return listOrganisations(deps.database.db, query);
}

/** Every organisation by name, the council first: for a list to choose from. */
export function organisationList(deps: AppDeps, _principal: Principal): Promise<Array<Pick<Organisation, 'id' | 'name' | 'isThisCouncil'>>> {
  return organisationChoices(deps.database.db);
}

export function organisation(deps: AppDeps, _principal: Principal, id: string): Promise<Organisation | undefined> {
  return findOrganisation(deps.database.db, id);
}

/** The partnerships in the principal's scope that the organisation is a partner in, with its role in each. */
export function partnershipsOfOrganisation(deps: AppDeps, principal: Principal, organisationId: string) {
  return partnershipsOf(deps.database.db, partnershipScope(principal), organisationId);
}

export function peoplePage(deps: AppDeps, _principal: Principal, query: PeopleListQuery): Promise<{ items: Person[]; total: number }> {
  return listPeople(deps.database.db, query);
}

export function person(deps: AppDeps, _principal: Principal, id: string): Promise<Person | undefined> {
  return findPerson(deps.database.db, id);
}

/** The partnerships in the principal's scope that a person is sponsoring officer, accountable officer or representative of. */
export function partsOfPerson(deps: AppDeps, principal: Principal, personId: string) {
  return rolesOfPerson(deps.database.db, partnershipScope(principal), personId);
}

/** The council's priorities in their order, each with how many partnerships in the scope serve it. */
export async function priorities(deps: AppDeps, principal: Principal): Promise<Array<CorporatePriority & { partnerships: number }>> {
  const db = deps.database.db;
  const list = await listPriorities(db);
  const counts = await countPartnershipsServing(db, partnershipScope(principal), list.map((p) => p.id));
  return list.map((p) => ({ ...p, partnerships: counts.get(p.id) ?? 0 }));
}

export async function priority(deps: AppDeps, principal: Principal, id: string): Promise<(CorporatePriority & { partnerships: number }) | undefined> {
  const db = deps.database.db;
  const found = await findPriority(db, id);
  if (!found) return undefined;
  const counts = await countPartnershipsServing(db, partnershipScope(principal), [found.id]);
  return { ...found, partnerships: counts.get(found.id) ?? 0 };
}

/** Every user account, never with a password hash. */
export function users(deps: AppDeps, _principal: Principal): Promise<User[]> {
  return listUsers(deps.database.db);
}

export async function user(deps: AppDeps, _principal: Principal, id: string): Promise<User | undefined> {
  const found = await findUserById(deps.database.db, id);
  return found && withoutHash(found);
}

/** Whether anyone can sign in yet: asked before anyone has, so it takes no principal. */
export async function anyUsers(deps: AppDeps): Promise<boolean> {
  return (await countUsers(deps.database.db)) > 0;
}

/** The principal's own API tokens, newest first. */
export function ownApiTokens(deps: AppDeps, principal: Principal): Promise<ApiToken[]> {
  return principal.userId ? listApiTokens(deps.database.db, principal.userId) : Promise.resolve([]);
}

/** One of the principal's own API tokens; anyone else's is not found. */
export async function ownApiToken(deps: AppDeps, principal: Principal, id: string): Promise<ApiToken | undefined> {
  const token = await findApiToken(deps.database.db, id);
  return token && principal.userId !== null && token.userId === principal.userId ? token : undefined;
}
