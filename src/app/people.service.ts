// People in the register: council officers and councillors, and partners' representatives.
import type { Person, PersonDetails } from '../domain/register/records.ts';
import type { Problem } from '../domain/register/partnership.ts';
import { councilRoleFor } from '../domain/register/person.ts';
import { findOrganisation } from '../db/repositories/organisations.repo.ts';
import { findPerson, findPersonByUserId, insertPerson, updatePerson as updatePersonRow } from '../db/repositories/people.repo.ts';
import { findUserById } from '../db/repositories/users.repo.ts';
import type { Trx } from '../db/database.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';

function audited(p: Person) {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
}

async function check(trx: Trx, d: PersonDetails, id: string | null): Promise<PersonDetails> {
  const problems: Problem[] = [];
  const organisation = await findOrganisation(trx, d.organisationId);
  if (!organisation) problems.push({ field: 'organisationId', message: 'Select the person’s organisation' });
  const role = councilRoleFor(organisation, d.councilRole);
  problems.push(...role.problems);
  const councilRole = role.councilRole;
  if (d.userId) {
    if (!(await findUserById(trx, d.userId))) problems.push({ field: 'userId', message: 'Select a user account that exists' });
    const linked = await findPersonByUserId(trx, d.userId);
    if (linked && linked.id !== id) problems.push({ field: 'userId', message: `That user account is already linked to ${linked.name}` });
  }
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

export async function updatePerson(deps: AppDeps, ctx: RequestContext, id: string, input: PersonDetails): Promise<Person> {
  return command(deps, ctx, async (trx, audit) => {
    const before = await findPerson(trx, id);
    if (!before) throw new NotFoundError('No such person');
    const d = await check(trx, input, id);
    await updatePersonRow(trx, id, d, deps.clock.now().toISOString());
    const after = (await findPerson(trx, id))!;
    audit.record({ entityType: 'person', entityId: id, action: 'updated', before: audited(before), after: audited(after) });
    return after;
  });
}
