// People in the register: council officers and councillors, and partners' representatives.
import type { Person, PersonDetails } from '../domain/register/records.ts';
import type { Problem } from '../domain/register/partnership.ts';
import { councilRoleFor } from '../domain/register/person.ts';
import { findOrganisation } from '../db/repositories/organisations.repo.ts';
import { findPerson, findPersonByUserId, insertPerson, updatePerson as updatePersonRow } from '../db/repositories/people.repo.ts';
import { findUserById } from '../db/repositories/users.repo.ts';
import type { Db, Trx } from '../db/database.ts';
import { command } from './command.ts';
import { hasSensitiveInterest } from '../db/repositories/interests.repo.ts';
import { can } from '../domain/access/roles.ts';
import type { Principal } from './principal.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';

function audited(p: Person) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
}

/**
 * The register's rules for a person (id: the one being changed, or null) on whichever answers are
 * known, and the council role to keep (R-2.16: only the council's own people have one). The pages and
 * the API also call it when the rest of a form is refused, so one answer has every problem.
 */
export async function personProblems(
  db: Db | Trx,
  d: Partial<Pick<PersonDetails, 'organisationId' | 'councilRole' | 'userId'>>,
  id: string | null,
): Promise<{ problems: Problem[]; councilRole: PersonDetails['councilRole'] }> {
  const problems: Problem[] = [];
  let councilRole = d.councilRole ?? null;
  if (d.organisationId !== undefined) {
    const organisation = await findOrganisation(db, d.organisationId);
    if (!organisation) problems.push({ field: 'organisationId', message: 'Select the person’s organisation' });
    // Unknown (refused by the schema) is not the same as none: only a known answer is checked.
    if (d.councilRole !== undefined) {
      const role = councilRoleFor(organisation, d.councilRole);
      problems.push(...role.problems);
      councilRole = role.councilRole;
    }
  }
  if (d.userId) {
    if (!(await findUserById(db, d.userId))) problems.push({ field: 'userId', message: 'Select a user account that exists' });
    const linked = await findPersonByUserId(db, d.userId);
    if (linked && linked.id !== id) problems.push({ field: 'userId', message: `That user account is already linked to ${linked.name}` });
  }
  return { problems, councilRole };
}

async function check(trx: Trx, d: PersonDetails, id: string | null): Promise<PersonDetails> {
  const { problems, councilRole } = await personProblems(trx, d, id);
  if (problems.length) throw new ValidationError(problems);
  return { ...d, councilRole };
}

export async function createPerson(deps: AppDeps, ctx: RequestContext, input: PersonDetails): Promise<Person> {
  return command(deps, ctx, async (trx, audit) => {
    const d = await check(trx, input, null);
    const id = deps.ids.next();
    await insertPerson(trx, id, d, deps.clock.now().toISOString());
    const created = (await findPerson(trx, id))!;
    audit.record({ entityType: 'person', entityId: id, action: 'created', after: audited(created) });
    return created;
  });
}

/**
 * `principal`: who is changing it (the pages and the API say; the command line and the demo need not). The
 * account linked to a person reads their sensitive interests as theirs, so it is re-linked only by
 * someone who may read those interests anyway: otherwise linking one's own account would be a way in.
 */
export async function updatePerson(deps: AppDeps, ctx: RequestContext, id: string, input: PersonDetails, principal?: Principal): Promise<Person> {
  return command(deps, ctx, async (trx, audit) => {
    const before = await findPerson(trx, id);
    if (!before) throw new NotFoundError('No such person');
    if (principal && (input.userId ?? null) !== before.userId && !can(principal.role, 'interests.sensitive') && (await hasSensitiveInterest(trx, id))) {
      throw new ValidationError([{ field: 'userId', message: `${before.name} has a sensitive interest: only the monitoring officer or an administrator can change the account linked to them (R-2.13)` }]);
    }
    const d = await check(trx, input, id);
    await updatePersonRow(trx, id, d, deps.clock.now().toISOString());
    const after = (await findPerson(trx, id))!;
    audit.record({ entityType: 'person', entityId: id, action: 'updated', before: audited(before), after: audited(after) });
    return after;
  });
}
