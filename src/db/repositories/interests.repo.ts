// People's registers of interests, one row per interest, each with the name of the register's
// organisation it is in, where it is one. Who may read a sensitive one is the query layer's (withheld).
import type { Db, Trx } from '../database.ts';
import type { FiduciaryRole, Interest, InterestInput, InterestKind } from '../../domain/interests/interest.ts';

function interests(db: Db | Trx) {
  return db
    .selectFrom('interests as i')
    .leftJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select(['i.id', 'i.person_id', 'i.kind', 'i.body', 'i.organisation_id', 'o.name as organisation_name', 'i.role', 'i.details', 'i.starts_on', 'i.ends_on', 'i.sensitive', 'i.sensitive_agreed_by']);
}

type Row = {
  id: string;
  person_id: string;
  kind: string;
  body: string;
  organisation_id: string | null;
  organisation_name: string | null;
  role: string | null;
  details: string | null;
  starts_on: string;
  ends_on: string | null;
  sensitive: number;
  sensitive_agreed_by: string | null;
};

const toInterest = (r: Row): Interest => ({
  id: r.id,
  personId: r.person_id,
  kind: r.kind as InterestKind,
  body: r.body,
  organisationId: r.organisation_id,
  organisationName: r.organisation_name,
  role: r.role as FiduciaryRole | null,
  details: r.details,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  sensitive: Number(r.sensitive) === 1,
  sensitiveAgreedBy: r.sensitive_agreed_by,
});

/** A person's interests, the current and most recent first. */
export async function listInterests(db: Db | Trx, personId: string): Promise<Interest[]> {
  return (await interests(db).where('i.person_id', '=', personId).orderBy('i.starts_on', 'desc').orderBy('i.id').execute()).map(toInterest);
}

export async function findInterest(db: Db | Trx, personId: string, id: string): Promise<Interest | undefined> {
  const row = await interests(db).where('i.person_id', '=', personId).where('i.id', '=', id).executeTakeFirst();
  return row && toInterest(row);
}

const columnsOf = (i: InterestInput) => ({
  kind: i.kind,
  body: i.body,
  organisation_id: i.organisationId,
  role: i.role,
  details: i.details,
  starts_on: i.startsOn,
  ends_on: i.endsOn,
  sensitive: i.sensitive ? 1 : 0,
  sensitive_agreed_by: i.sensitiveAgreedBy,
});

export async function insertInterest(trx: Trx, id: string, personId: string, i: InterestInput, now: string): Promise<void> {
  await trx.insertInto('interests').values({ id, person_id: personId, ...columnsOf(i), created_at: now, updated_at: now }).execute();
}

export async function updateInterest(trx: Trx, personId: string, id: string, i: InterestInput, now: string): Promise<void> {
  await trx.updateTable('interests').set({ ...columnsOf(i), updated_at: now }).where('person_id', '=', personId).where('id', '=', id).execute();
}

export async function removeInterest(trx: Trx, personId: string, id: string): Promise<void> {
  await trx.deleteFrom('interests').where('person_id', '=', personId).where('id', '=', id).execute();
}

/** The interests of several people at once, each with the account linked to its person (who may read it if sensitive). */
export async function interestsOfPeople(db: Db | Trx, personIds: readonly string[]): Promise<Array<Interest & { personUserId: string | null }>> {
  if (personIds.length === 0) return [];
  const rows = await interests(db).innerJoin('people as p', 'p.id', 'i.person_id').select('p.user_id').where('i.person_id', 'in', [...personIds]).orderBy('i.starts_on', 'desc').orderBy('i.id').execute();
  return rows.map((r) => ({ ...toInterest(r), personUserId: r.user_id }));
}

/** Whether the person has a sensitive interest on their register. */
export async function hasSensitiveInterest(db: Db | Trx, personId: string): Promise<boolean> {
  return (await db.selectFrom('interests').select('id').where('person_id', '=', personId).where('sensitive', '=', 1).executeTakeFirst()) !== undefined;
}
