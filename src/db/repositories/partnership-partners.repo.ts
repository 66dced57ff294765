// A partnership's partners, one row at a time: the organisations sharing responsibility with the
// council, each with its role and member status, in the order they were added, and what it has
// confirmed of itself: its link to its own priorities and its organisational plan.
import type { Db, Trx } from '../database.ts';
import { nextPosition } from './record-positions.ts';
import type { Partner, PartnerRecordInput } from '../../domain/register/partners.ts';
import type { MemberStatus, PartnerRole, Sector } from '../../domain/register/vocabulary.ts';

function partners(db: Db | Trx, partnershipId: string) {
  return db
    .selectFrom('partnership_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select([
      'pp.organisation_id',
      'o.name',
      'o.sector',
      'o.is_this_council',
      'pp.role',
      'pp.member_status',
      'pp.own_priorities',
      'pp.confirmed_by',
      'pp.confirmed_on',
      'pp.organisational_plan_reference',
    ])
    .where('pp.partnership_id', '=', partnershipId);
}

type Row = {
  organisation_id: string;
  name: string;
  sector: string;
  is_this_council: number | boolean;
  role: string;
  member_status: string;
  own_priorities: string | null;
  confirmed_by: string | null;
  confirmed_on: string | null;
  organisational_plan_reference: string | null;
};

const toPartner = (r: Row): Partner => ({
  organisationId: r.organisation_id,
  name: r.name,
  sector: r.sector as Sector,
  isThisCouncil: Number(r.is_this_council) === 1,
  role: r.role as PartnerRole,
  memberStatus: r.member_status as MemberStatus,
  ownPriorities: r.own_priorities,
  confirmedBy: r.confirmed_by,
  confirmedOn: r.confirmed_on,
  organisationalPlanReference: r.organisational_plan_reference,
});

/** What a partner records of itself, as its columns (left out: not answered). */
const confirmationColumns = (p: PartnerRecordInput) => ({
  own_priorities: p.ownPriorities ?? null,
  confirmed_by: p.confirmedBy ?? null,
  confirmed_on: p.confirmedOn ?? null,
  organisational_plan_reference: p.organisationalPlanReference ?? null,
});

export async function listPartners(db: Db | Trx, partnershipId: string): Promise<Partner[]> {
  return (await partners(db, partnershipId).orderBy('pp.position').orderBy('pp.organisation_id').execute()).map(toPartner);
}

export async function findPartner(db: Db | Trx, partnershipId: string, organisationId: string): Promise<Partner | undefined> {
  const row = await partners(db, partnershipId).where('pp.organisation_id', '=', organisationId).executeTakeFirst();
  return row && toPartner(row);
}

/** Adds a partner after the others; returns its key, the organisation's id. */
export async function insertPartner(trx: Trx, partnershipId: string, p: PartnerRecordInput): Promise<string> {
  const position = await nextPosition(trx, 'partnership_partners', partnershipId);
  await trx
    .insertInto('partnership_partners')
    .values({ partnership_id: partnershipId, organisation_id: p.organisationId, role: p.role, member_status: p.memberStatus, position, ...confirmationColumns(p) })
    .execute();
  return p.organisationId;
}

/** Changes a partner's role, member status and confirmation (the organisation is its key, and stays). */
export async function updatePartner(trx: Trx, partnershipId: string, organisationId: string, p: PartnerRecordInput): Promise<void> {
  await trx
    .updateTable('partnership_partners')
    .set({ role: p.role, member_status: p.memberStatus, ...confirmationColumns(p) })
    .where('partnership_id', '=', partnershipId)
    .where('organisation_id', '=', organisationId)
    .execute();
}

export async function removePartner(trx: Trx, partnershipId: string, organisationId: string): Promise<void> {
  await trx.deleteFrom('partnership_partners').where('partnership_id', '=', partnershipId).where('organisation_id', '=', organisationId).execute();
}
