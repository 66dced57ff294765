// A partnership's council representatives, one row at a time: the council's own councillors and
// officers, each with the capacity they attend in and when they acknowledged the council's
// Codes of Conduct, in the order they were added.
import type { Db, Trx } from '../database.ts';
import { nextPosition } from './record-positions.ts';
import type { Representative, RepresentativeRecordInput } from '../../domain/register/representatives.ts';
import type { Capacity } from '../../domain/register/vocabulary.ts';

function representatives(db: Db | Trx, partnershipId: string) {
  return db
    .selectFrom('partnership_representatives as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.person_id', 'p.name', 'p.job_title', 'r.capacity', 'r.codes_acknowledged_on'])
    .where('r.partnership_id', '=', partnershipId);
}

type Row = { person_id: string; name: string; job_title: string | null; capacity: string; codes_acknowledged_on: string | null };

const toRepresentative = (r: Row): Representative => ({
  personId: r.person_id,
  name: r.name,
  jobTitle: r.job_title,
  capacity: r.capacity as Capacity,
  codesAcknowledgedOn: r.codes_acknowledged_on,
});

export async function listRepresentatives(db: Db | Trx, partnershipId: string): Promise<Representative[]> {
  return (await representatives(db, partnershipId).orderBy('r.position').orderBy('r.person_id').execute()).map(toRepresentative);
}

export async function findRepresentative(db: Db | Trx, partnershipId: string, personId: string): Promise<Representative | undefined> {
  const row = await representatives(db, partnershipId).where('r.person_id', '=', personId).executeTakeFirst();
  return row && toRepresentative(row);
}

/** Adds a representative after the others; returns its key, the person's id. */
export async function insertRepresentative(trx: Trx, partnershipId: string, r: RepresentativeRecordInput): Promise<string> {
  const position = await nextPosition(trx, 'partnership_representatives', partnershipId);
  await trx
    .insertInto('partnership_representatives')
    .values({ partnership_id: partnershipId, person_id: r.personId, capacity: r.capacity, position, codes_acknowledged_on: r.codesAcknowledgedOn ?? null })
    .execute();
  return r.personId;
}

/** Changes the capacity a representative attends in and their acknowledgement (the person is its key, and stays). */
export async function updateRepresentative(trx: Trx, partnershipId: string, personId: string, r: RepresentativeRecordInput): Promise<void> {
  await trx
    .updateTable('partnership_representatives')
    .set({ capacity: r.capacity, codes_acknowledged_on: r.codesAcknowledgedOn ?? null }).where('partnership_id', '=', partnershipId).where('person_id', '=', personId).execute();
}

export async function removeRepresentative(trx: Trx, partnershipId: string, personId: string): Promise<void> {
  await trx.deleteFrom('partnership_representatives').where('partnership_id', '=', partnershipId).where('person_id', '=', personId).execute();
}
