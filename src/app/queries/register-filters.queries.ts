// What the register page's filters offer, for a principal. The partner filter is typed (the whole list of
// partner organisations was 500 options and 43% of the page's bytes): what was typed is matched against
// the partners of the partnerships the principal may see; people and priorities are the directory's.
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import { PARTNER_SUGGESTIONS, resolvePartnerFilter, type PartnerCandidate, type PartnerFilter } from '../../domain/register/partner-filter.ts';
import { councilPeopleChoices } from '../../db/repositories/people.repo.ts';
import { listPriorities } from '../../db/repositories/priorities.repo.ts';
import { matchingPartnerOrganisations } from '../../db/repositories/register.repo.ts';

export async function registerFilterOptions(deps: AppDeps) {
  const db = deps.database.db;
  const [councilPeople, priorities] = await Promise.all([councilPeopleChoices(db), listPriorities(db)]);
  return { councilPeople, priorities };
}

export type RegisterFilterOptions = Awaited<ReturnType<typeof registerFilterOptions>>;

/** What the partner filter does for this request: a typed name resolved, or a chosen id named. */
export type PartnerFilterState = PartnerFilter | { kind: 'unset' } | { kind: 'id'; id: string; organisation: PartnerCandidate | null };

export async function partnerFilter(deps: AppDeps, principal: Principal, input: { typed: string; organisation: string | null }): Promise<PartnerFilterState> {
  const db = deps.database.db;
  const scope = partnershipScope(principal);
  // Typed text wins over an id in the link: it is what the person has just asked for.
  if (input.typed.trim() !== '') {
    return resolvePartnerFilter(input.typed, await matchingPartnerOrganisations(db, scope, { text: input.typed }, PARTNER_SUGGESTIONS + 1));
  }
  if (input.organisation === null) return { kind: 'unset' };
  const [organisation] = await matchingPartnerOrganisations(db, scope, { id: input.organisation }, 1);
  return { kind: 'id', id: input.organisation, organisation: organisation ?? null };
}
