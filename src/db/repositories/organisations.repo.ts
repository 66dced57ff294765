// Organisations (partners), including the one marked "this council".
import type { Db, Trx } from '../database.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { whereInScope } from './scope.ts';
import type { OrganisationsTable } from '../schema.ts';
import type { Organisation, OrganisationDetails } from '../../domain/register/records.ts';
import type { Sector } from '../../domain/register/vocabulary.ts';
import { fold } from '../../domain/search/normalise.ts';
import { containsFolded } from '../sql-helpers.ts';

type Executor = Db | Trx;

function toOrganisation(r: OrganisationsTable): Organisation {
  return {
    id: r.id,
    name: r.name,
    sector: r.sector as Sector,
    isThisCouncil: Number(r.is_this_council) === 1,
    companyNumber: r.company_number,
    charityNumber: r.charity_number,
    address: r.address,
    website: r.website,
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    contactPhone: r.contact_phone,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function columns(d: OrganisationDetails) {
  return {
    name: d.name,
    name_folded: fold(d.name),
    sector: d.sector,
    is_this_council: d.isThisCouncil ? 1 : 0,
    company_number: d.companyNumber,
    charity_number: d.charityNumber,
    address: d.address,
    website: d.website,
    contact_name: d.contactName,
    contact_email: d.contactEmail,
    contact_phone: d.contactPhone,
  };
}

export async function insertOrganisation(trx: Trx, id: string, d: OrganisationDetails, now: string): Promise<void> {
  await trx.insertInto('organisations').values({ id, ...columns(d), created_at: now, updated_at: now }).execute();
}

export async function updateOrganisation(trx: Trx, id: string, d: OrganisationDetails, now: string): Promise<void> {
  await trx.updateTable('organisations').set({ ...columns(d), updated_at: now }).where('id', '=', id).execute();
}

export async function findOrganisation(db: Executor, id: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toOrganisation(row);
}

export async function findCouncilOrganisation(db: Executor): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('is_this_council', '=', 1).executeTakeFirst();
  return row && toOrganisation(row);
}

export async function findOrganisationByName(db: Executor, name: string): Promise<Organisation | undefined> {
  const row = await db.selectFrom('organisations').selectAll().where('name_folded', '=', fold(name.trim())).executeTakeFirst();
  return row && toOrganisation(row);
}

export interface OrganisationListQuery {
  q?: string;
  sector?: Sector | null;
  limit: number;
  offset: number;
}

export async function listOrganisations(db: Executor, query: OrganisationListQuery): Promise<{ items: Organisation[]; total: number }> {
  let base = db.selectFrom('organisations');
  if (query.q) base = base.where(containsFolded('name_folded', fold(query.q.trim())));
  if (query.sector) base = base.where('sector', '=', query.sector);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy('is_this_council', 'desc').orderBy('name_folded').orderBy('id').limit(query.limit).offset(query.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(toOrganisation), total: Number(count.n) };
}

/** Every organisation, by name, for choosing partners. */
export async function allOrganisations(db: Executor): Promise<Organisation[]> {
  const rows = await db.selectFrom('organisations').selectAll().orderBy('is_this_council', 'desc').orderBy('name_folded').execute();
  return rows.map(toOrganisation);
}

/** What a list of choices needs of every organisation (id, name, whether it is the council), council first, then by name. */
export async function organisationChoices(db: Executor): Promise<Array<Pick<Organisation, 'id' | 'name' | 'isThisCouncil'>>> {
  const rows = await db.selectFrom('organisations').select(['id', 'name', 'is_this_council']).orderBy('is_this_council', 'desc').orderBy('name_folded').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, isThisCouncil: Number(r.is_this_council) === 1 }));
}

export async function organisationNames(db: Executor, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organisations').select('name').where('id', 'in', ids).execute();
  return rows.map((r) => r.name);
}

export async function organisationsExist(db: Executor, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisations').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** The partnerships in the scope that an organisation belongs to, with its role in each. */
export async function partnershipsOfOrganisation(db: Executor, scope: PartnershipScope, organisationId: string) {
  return whereInScope(db.selectFrom('partnership_partners as pp').innerJoin('partnerships as p', 'p.id', 'pp.partnership_id'), scope, 'p.id')
    .select(['p.id', 'p.reference', 'p.name', 'p.status', 'pp.role', 'pp.member_status'])
    .where('pp.organisation_id', '=', organisationId)
    .orderBy('p.name_folded')
    .execute();
}
