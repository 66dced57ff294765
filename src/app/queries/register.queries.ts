// Reads of the register as a whole, each for a principal: the list (pages and the API), its exports,
// the home page's figures, and the choices the partnership form and the register's filters offer.
// Only the partnerships in the principal's scope are read, so a rule about who may see what is here once.
import type { Readable } from 'node:stream';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { registerCsv, registerXlsx } from '../register-export.ts';
import { partnershipScope } from '../../domain/access/scope.ts';
import { mayBeCouncilOfficer, mayRepresentCouncil, type PartnershipContext } from '../../domain/register/partnership.ts';
import type { RegisterQuery } from '../../domain/register/register-query.ts';
import type { RegisterRow } from '../../domain/register/register-row.ts';
import { registerSummary as summaryOf, type RegisterSummary } from '../../db/repositories/dashboard.repo.ts';
import { findCouncilOrganisation, organisationChoices } from '../../db/repositories/organisations.repo.ts';
import { councilPeopleChoices } from '../../db/repositories/people.repo.ts';
import { listPriorities } from '../../db/repositories/priorities.repo.ts';
import { searchRegister } from '../../db/repositories/register.repo.ts';

/** A page of the register list, with how many partnerships match in all. */
export function registerPage(deps: AppDeps, principal: Principal, query: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  return searchRegister(deps.database.db, partnershipScope(principal), query);
}

/** Every partnership the list would show, streamed as CSV or an Excel workbook. */
export function registerExport(deps: AppDeps, principal: Principal, query: RegisterQuery, format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  const scope = partnershipScope(principal);
  return format === 'csv' ? registerCsv(deps.database.db, scope, query) : registerXlsx(deps.database.db, scope, query, now);
}

/** The home page's figures. */
export function registerSummary(deps: AppDeps, principal: Principal): Promise<RegisterSummary> {
  return summaryOf(deps.database.db, partnershipScope(principal));
}

/**
 * What the partnership form and the register's filters offer. Only what a choice shows is read: every
 * organisation is in these lists, on every register page. The directory is not scoped: anyone who
 * registers a partnership may name any organisation or council person in it.
 */
export async function formOptions(deps: AppDeps, _principal: Principal) {
  const db = deps.database.db;
  const [organisations, councilPeople, priorities] = await Promise.all([organisationChoices(db), councilPeopleChoices(db), listPriorities(db)]);
  return {
    organisations,
    // Only the council's own people can be officers or representatives, so only they are offered,
    councilPeople,
    // and exactly as the rule that checks them accepts them, so a choice offered is never refused.
    officers: councilPeople.filter(mayBeCouncilOfficer),
    representatives: councilPeople.filter(mayRepresentCouncil),
    priorities,
  };
}

export type FormOptions = Awaited<ReturnType<typeof formOptions>>;

/** What the register's rules need to know of the register: which organisation is the council. Not scoped, like the directory. */
export async function partnershipRuleContext(deps: AppDeps, _principal: Principal): Promise<PartnershipContext> {
  const council = await findCouncilOrganisation(deps.database.db);
  return { councilOrganisationId: council?.id ?? null };
}
