// What the register page's filters offer, for a principal. The partner filter lists only organisations
// that are partners in a partnership the principal may see (the whole directory was 500 options and
// 45% of the page's bytes, most of them matching nothing); people and priorities are the directory's.
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import { councilPeopleChoices } from '../../db/repositories/people.repo.ts';
import { listPriorities } from '../../db/repositories/priorities.repo.ts';
import { partnerOrganisationChoices } from '../../db/repositories/register.repo.ts';

export async function registerFilterOptions(deps: AppDeps, principal: Principal) {
  const db = deps.database.db;
  const [partnerOrganisations, councilPeople, priorities] = await Promise.all([
    partnerOrganisationChoices(db, partnershipScope(principal)),
    councilPeopleChoices(db),
    listPriorities(db),
  ]);
  return { partnerOrganisations, councilPeople, priorities };
}

export type RegisterFilterOptions = Awaited<ReturnType<typeof registerFilterOptions>>;
