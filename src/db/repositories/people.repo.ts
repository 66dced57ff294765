// People: council officers and councillors, and partner organisations' representatives.
import type { Db, Trx } from '../database.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { whereInScope } from './scope.ts';
import type { CouncilRole, Person, PersonDetails } from '../../domain/register/records.ts';
import { fold } from '../../domain/search/normalise.ts';
import { containsFolded } from '../sql-helpers.ts';

type Executor = Db | Trx;

function base(db: Executor) {
  return db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .selectAll('people')
    .select(['organisations.name as organisation_name']);
}

type Row = Awaited<ReturnType<ReturnType<typeof base>['executeTakeFirstOrThrow']>>;

function toPerson(r: Row): Person {
  return {
    id: r.id,
    name: r.name,
    jobTitle: r.job_title,
    organisationId: r.organisation_id,
    organisationName: r.organisation_name,
    email: r.email,
    councilRole: r.council_role as CouncilRole | null,
    userId: r.user_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function columns(d: PersonDetails) {
  return {
    name: d.name,
    name_folded: fold(d.name),
    job_title: d.jobTitle,
    organisation_id: d.organisationId,
    email: d.email,
    council_role: d.councilRole,
    user_id: d.userId,
  };
}

export async function insertPerson(trx: Trx, id: string, d: PersonDetails, now: string): Promise<void> {
  await trx.insertInto('people').values({ id, ...columns(d), created_at: now, updated_at: now }).execute();
}

export async function updatePerson(trx: Trx, id: string, d: PersonDetails, now: string): Promise<void> {
  await trx.updateTable('people').set({ ...columns(d), updated_at: now }).where('id', '=', id).execute();
}

export async function findPerson(db: Executor, id: string): Promise<Person | undefined> {
  const row = await base(db).where('people.id', '=', id).executeTakeFirst();
  return row && toPerson(row);
}

export async function findPersonByUserId(db: Executor, userId: string): Promise<Person | undefined> {
  const row = await base(db).where('people.user_id', '=', userId).executeTakeFirst();
  return row && toPerson(row);
}

export interface PeopleListQuery {
  q?: string;
  organisationId?: string | null;
  councilOnly?: boolean;
  limit: number;
  offset: number;
}

export async function listPeople(db: Executor, query: PeopleListQuery): Promise<{ items: Person[]; total: number }> {
  let q = base(db);
  let c = db.selectFrom('people').innerJoin('organisations', 'organisations.id', 'people.organisation_id');
  if (query.q) {
    const folded = fold(query.q.trim());
    q = q.where(containsFolded('people.name_folded', folded));
    c = c.where(containsFolded('people.name_folded', folded));
  }
  if (query.organisationId) {
    q = q.where('people.organisation_id', '=', query.organisationId);
    c = c.where('people.organisation_id', '=', query.organisationId);
  }
  if (query.councilOnly) {
    q = q.where('organisations.is_this_council', '=', 1);
    c = c.where('organisations.is_this_council', '=', 1);
  }
  const [rows, count] = await Promise.all([
    q.orderBy('people.name_folded').orderBy('people.id').limit(query.limit).offset(query.offset).execute(),
    c.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toPerson), total: Number(count.n) };
}

/** Every person, by name: for choosing officers and representatives. */
export async function allPeople(db: Executor, options: { councilOnly?: boolean } = {}): Promise<Person[]> {
  let q = base(db);
  if (options.councilOnly) q = q.where('organisations.is_this_council', '=', 1);
  return (await q.orderBy('people.name_folded').orderBy('people.id').execute()).map(toPerson);
}

/** What a list of choices needs of the council's own people: id, name, job title and council role, by name. */
export async function councilPeopleChoices(db: Executor): Promise<Array<Pick<Person, 'id' | 'name' | 'jobTitle' | 'councilRole'>>> {
  const rows = await db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select(['people.id', 'people.name', 'people.job_title', 'people.council_role'])
    .where('organisations.is_this_council', '=', 1)
    .orderBy('people.name_folded')
    .orderBy('people.id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, jobTitle: r.job_title, councilRole: r.council_role as CouncilRole | null }));
}

/** Name and council role of each person that exists among the ids (council role only for the council's own). */
export async function namedPeople(db: Executor, ids: string[]): Promise<Map<string, { name: string; councilRole: CouncilRole | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('people')
    .innerJoin('organisations', 'organisations.id', 'people.organisation_id')
    .select(['people.id', 'people.name', 'people.council_role', 'organisations.is_this_council'])
    .where('people.id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r) => [r.id, { name: r.name, councilRole: Number(r.is_this_council) === 1 ? (r.council_role as CouncilRole | null) : null }]),
  );
}

/** The partnerships in the scope that a person has a part in, and which part. */
export async function rolesOfPerson(db: Executor, scope: PartnershipScope, personId: string) {
  const partnerships = () => whereInScope(db.selectFrom('partnerships'), scope, 'partnerships.id');
  const [sponsor, accountable, representative] = await Promise.all([
    partnerships().select(['id', 'reference', 'name']).where('sponsoring_officer_id', '=', personId).orderBy('name_folded').execute(),
    partnerships().select(['id', 'reference', 'name']).where('accountable_officer_id', '=', personId).orderBy('name_folded').execute(),
    whereInScope(db.selectFrom('partnership_representatives as r').innerJoin('partnerships as p', 'p.id', 'r.partnership_id'), scope, 'p.id')
      .select(['p.id', 'p.reference', 'p.name', 'r.capacity'])
      .where('r.person_id', '=', personId)
      .orderBy('p.name_folded')
      .execute(),
  ]);
  return { sponsor, accountable, representative };
}
