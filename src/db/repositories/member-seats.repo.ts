// A partnership's member seats, one row at a time (R-2.8a): the person, the partner the seat is for, its
// status, its weight and its named substitute, in the order they were added.
import type { Db, Trx } from '../database.ts';
import { nextPosition } from './record-positions.ts';
import type { SeatRecord, SeatRecordInput } from '../../domain/decisions/records.ts';
import type { SeatStatus } from '../../domain/decisions/rules.ts';

function seats(db: Db | Trx, partnershipId: string) {
  return db
    .selectFrom('member_seats as s')
    .innerJoin('people as p', 'p.id', 's.person_id')
    .innerJoin('organisations as o', 'o.id', 's.organisation_id')
    .leftJoin('people as sub', 'sub.id', 's.substitute_id')
    .select(['s.person_id', 'p.name', 's.organisation_id', 'o.name as partner_name', 's.status', 's.weight', 's.substitute_id', 'sub.name as substitute_name'])
    .where('s.partnership_id', '=', partnershipId);
}

type Row = {
  person_id: string;
  name: string;
  organisation_id: string;
  partner_name: string;
  status: string;
  weight: number;
  substitute_id: string | null;
  substitute_name: string | null;
};

const toSeat = (r: Row): SeatRecord => ({
  personId: r.person_id,
  name: r.name,
  organisationId: r.organisation_id,
  partnerName: r.partner_name,
  status: r.status as SeatStatus,
  weight: Number(r.weight),
  substituteId: r.substitute_id,
  substituteName: r.substitute_name,
});

export async function listSeats(db: Db | Trx, partnershipId: string): Promise<SeatRecord[]> {
  return (await seats(db, partnershipId).orderBy('s.position').orderBy('s.person_id').execute()).map(toSeat);
}

export async function findSeat(db: Db | Trx, partnershipId: string, personId: string): Promise<SeatRecord | undefined> {
  const row = await seats(db, partnershipId).where('s.person_id', '=', personId).executeTakeFirst();
  return row && toSeat(row);
}

export async function insertSeat(trx: Trx, partnershipId: string, s: SeatRecordInput): Promise<string> {
  const position = await nextPosition(trx, 'member_seats', partnershipId);
  await trx
    .insertInto('member_seats')
    .values({ partnership_id: partnershipId, person_id: s.personId, organisation_id: s.organisationId, status: s.status, weight: s.weight, substitute_id: s.substituteId, position })
    .execute();
  return s.personId;
}

export async function updateSeat(trx: Trx, partnershipId: string, personId: string, s: SeatRecordInput): Promise<void> {
  await trx
    .updateTable('member_seats')
    .set({ organisation_id: s.organisationId, status: s.status, weight: s.weight, substitute_id: s.substituteId })
    .where('partnership_id', '=', partnershipId)
    .where('person_id', '=', personId)
    .execute();
}

export async function removeSeat(trx: Trx, partnershipId: string, personId: string): Promise<void> {
  await trx.deleteFrom('member_seats').where('partnership_id', '=', partnershipId).where('person_id', '=', personId).execute();
}

/** How many seats a partner holds on the partnership (a partner holding seats is not removed from under them). */
export async function seatsOfPartner(db: Db | Trx, partnershipId: string, organisationId: string): Promise<number> {
  const { n } = await db
    .selectFrom('member_seats')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('partnership_id', '=', partnershipId)
    .where('organisation_id', '=', organisationId)
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** Whether a person holds or substitutes for a seat on any partnership (a person so named is not deleted). */
export async function personHoldsSeat(db: Db | Trx, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('member_seats')
    .select('partnership_id')
    .where((eb) => eb.or([eb('person_id', '=', personId), eb('substitute_id', '=', personId)]))
    .executeTakeFirst();
  return row !== undefined;
}
