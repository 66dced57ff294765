// Partner organisations: added and changed with an audit event each.
import type { Organisation, OrganisationDetails } from '../domain/register/records.ts';
import {
  findCouncilOrganisation,
  findOrganisation,
  findOrganisationByName,
  insertOrganisation,
  updateOrganisation as updateOrganisationRow,
} from '../db/repositories/organisations.repo.ts';
import { partnershipIdsWithPartner } from '../db/repositories/partnerships.repo.ts';
import type { Db, Trx } from '../db/database.ts';
import type { Problem } from '../domain/register/partnership.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { reindexPartnership } from './search-index.ts';

function audited(o: Organisation) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = o;
  return rest;
}

/**
 * The register's rules for an organisation (id: the one being changed, or null), on whichever answers
 * are known: the pages and the API also call it when the rest of a form is refused, so one answer has every problem.
 */
export async function organisationProblems(db: Db | Trx, d: Partial<Pick<OrganisationDetails, 'name' | 'isThisCouncil'>>, id: string | null): Promise<Problem[]> {
  const problems: Problem[] = [];
  const sameName = d.name ? await findOrganisationByName(db, d.name) : undefined;
  if (sameName && sameName.id !== id) problems.push({ field: 'name', message: `${sameName.name} is already in the register` });
  if (d.isThisCouncil) {
    const council = await findCouncilOrganisation(db);
    if (council && council.id !== id) problems.push({ field: 'isThisCouncil', message: `${council.name} is already marked as this council` });
  }
  return problems;
}

async function check(trx: Trx, d: OrganisationDetails, id: string | null): Promise<void> {
  const problems = await organisationProblems(trx, d, id);
  if (problems.length) throw new ValidationError(problems);
}

export async function createOrganisation(deps: AppDeps, ctx: RequestContext, d: OrganisationDetails): Promise<Organisation> {
  return command(deps, ctx, async (trx, audit) => {
    await check(trx, d, null);
    const id = deps.ids.next();
    await insertOrganisation(trx, id, d, deps.clock.now().toISOString());
    const created = (await findOrganisation(trx, id))!;
    audit.record({ entityType: 'organisation', entityId: id, action: 'created', after: audited(created) });
    return created;
  });
}

export async function updateOrganisation(deps: AppDeps, ctx: RequestContext, id: string, d: OrganisationDetails): Promise<Organisation> {
  return command(deps, ctx, async (trx, audit) => {
    const before = await findOrganisation(trx, id);
    if (!before) throw new NotFoundError('No such organisation');
    await check(trx, d, id);
    await updateOrganisationRow(trx, id, d, deps.clock.now().toISOString());
    const after = (await findOrganisation(trx, id))!;
    // Partnerships are found by their partners' names: a renamed partner renames them in the index.
    if (before.name !== after.name) {
      for (const partnershipId of await partnershipIdsWithPartner(trx, id)) await reindexPartnership(trx, partnershipId);
    }
    audit.record({ entityType: 'organisation', entityId: id, action: 'updated', before: audited(before), after: audited(after) });
    return after;
  });
}
