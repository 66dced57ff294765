// Partnerships and their partners, representatives and priorities.
import { sql } from 'kysely';
import type { Db, DialectName, Trx } from '../database.ts';
import type { PartnershipsTable } from '../schema.ts';
import type { Partnership, PartnershipView } from '../../domain/register/records.ts';
import type { PartnershipChange, PartnershipDetails } from '../../domain/register/partnership.ts';
import type { Capacity, LegalForm, MemberStatus, PartnerRole, Rationale, Sector, Status, Wellbeing } from '../../domain/register/vocabulary.ts';
import { fold } from '../../domain/search/normalise.ts';

type Executor = Db | Trx;

function parseList<T>(json: string): T[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

function toPartnership(r: PartnershipsTable): Omit<Partnership, 'partners' | 'representatives' | 'priorities'> {
  return {
    id: r.id,
    reference: r.reference,
    name: r.name,
    purpose: r.purpose,
    expectedOutcomes: r.expected_outcomes,
    rationale: parseList<Rationale>(r.rationale),
    wellbeing: parseList<Wellbeing>(r.wellbeing),
    legalForm: r.legal_form as LegalForm,
    status: r.status as Status,
    startDate: r.start_date,
    expectedEndDate: r.expected_end_date,
    durationDescription: r.duration_description,
    councilContributionPence: r.council_contribution_pence === null ? null : Number(r.council_contribution_pence),
    withinApprovedBudget: r.within_approved_budget === null ? null : Number(r.within_approved_budget) === 1,
    resourcesStaff: r.resources_staff,
    resourcesAssets: r.resources_assets,
    resourcesInKind: r.resources_in_kind,
    sponsoringOfficerId: r.sponsoring_officer_id,
    accountableOfficerId: r.accountable_officer_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function columns(d: PartnershipChange) {
  return {
    name: d.name,
    name_folded: fold(d.name),
    purpose: d.purpose,
    expected_outcomes: d.expectedOutcomes,
    rationale: JSON.stringify(d.rationale),
    wellbeing: JSON.stringify(d.wellbeing),
    legal_form: d.legalForm,
    start_date: d.startDate,
    expected_end_date: d.expectedEndDate,
    duration_description: d.durationDescription,
    council_contribution_pence: d.councilContributionPence,
    within_approved_budget: d.withinApprovedBudget === null ? null : d.withinApprovedBudget ? 1 : 0,
    resources_staff: d.resourcesStaff,
    resources_assets: d.resourcesAssets,
    resources_in_kind: d.resourcesInKind,
    sponsoring_officer_id: d.sponsoringOfficerId,
    accountable_officer_id: d.accountableOfficerId,
  };
}

/** The next number in the year's sequence, taken inside the creating transaction. */
export async function nextReferenceNumber(trx: Trx, year: number): Promise<number> {
  const row = await trx
    .insertInto('reference_counters')
    .values({ year, last_number: 1 })
    .onConflict((oc) => oc.column('year').doUpdateSet((eb) => ({ last_number: eb('reference_counters.last_number', '+', 1) })))
    .returning('last_number')
    .executeTakeFirstOrThrow();
  return Number(row.last_number);
}

export interface ReferenceParts {
  reference: string;
  year: number;
  number: number;
}

/** A new partnership starts proposed; its status then changes only through a lifecycle step (setStatus). */
export async function insertPartnership(trx: Trx, id: string, ref: ReferenceParts, d: PartnershipDetails, now: string): Promise<void> {
  await trx
    .insertInto('partnerships')
    .values({ id, reference: ref.reference, reference_year: ref.year, reference_number: ref.number, ...columns(d), status: 'proposed', created_at: now, updated_at: now })
    .execute();
  await insertLinks(trx, id, d);
}

/** Its own answers and its priorities; its partners and representatives change one at a time (partnership-*.repo.ts). */
export async function updatePartnership(trx: Trx, id: string, d: PartnershipChange, now: string): Promise<void> {
  await trx.updateTable('partnerships').set({ ...columns(d), updated_at: now }).where('id', '=', id).execute();
  await trx.deleteFrom('partnership_priorities').where('partnership_id', '=', id).execute();
  await insertPriorities(trx, id, d);
}

/** Marks a partnership changed now: a change to one of its records changes it too (the register's "last changed"). */
export async function touchPartnership(trx: Trx, id: string, now: string): Promise<void> {
  await trx.updateTable('partnerships').set({ updated_at: now }).where('id', '=', id).execute();
}

/** A new partnership's partners, representatives and priorities. */
async function insertLinks(trx: Trx, id: string, d: PartnershipDetails): Promise<void> {
  if (d.partners.length) {
    await trx
      .insertInto('partnership_partners')
      .values(d.partners.map((p, i) => ({ partnership_id: id, organisation_id: p.organisationId, role: p.role, member_status: p.memberStatus, position: i })))
      .execute();
  }
  if (d.representatives.length) {
    await trx
      .insertInto('partnership_representatives')
      .values(d.representatives.map((r, i) => ({ partnership_id: id, person_id: r.personId, capacity: r.capacity, position: i })))
      .execute();
  }
  await insertPriorities(trx, id, d);
}

async function insertPriorities(trx: Trx, id: string, d: Pick<PartnershipChange, 'priorities'>): Promise<void> {
  if (d.priorities.length) {
    await trx
      .insertInto('partnership_priorities')
      .values(d.priorities.map((p) => ({ partnership_id: id, priority_id: p.priorityId, how: p.how })))
      .execute();
  }
}

/** Replaces a partnership's search tokens (name, reference, purpose, partners' names). */
export async function replaceSearchTokens(trx: Trx, partnershipId: string, tokens: string[]): Promise<void> {
  await trx.deleteFrom('partnership_search').where('partnership_id', '=', partnershipId).execute();
  if (tokens.length) {
    await trx.insertInto('partnership_search').values(tokens.map((token) => ({ token, partnership_id: partnershipId }))).execute();
  }
}

/** Replaces a partnership's overlap words (R-2.4b: name, purpose and outcomes, as the overlap rule counts them). */
export async function replaceOverlapWords(trx: Trx, partnershipId: string, words: readonly string[]): Promise<void> {
  await trx.deleteFrom('partnership_words').where('partnership_id', '=', partnershipId).execute();
  if (words.length) {
    await trx.insertInto('partnership_words').values(words.map((word) => ({ word, partnership_id: partnershipId }))).execute();
  }
}

/** The partnerships an organisation is a partner in: their search tokens include its name. */
export async function partnershipIdsWithPartner(db: Executor, organisationId: string): Promise<string[]> {
  const rows = await db.selectFrom('partnership_partners').select('partnership_id').where('organisation_id', '=', organisationId).execute();
  return rows.map((r) => r.partnership_id);
}

export async function findPartnership(db: Executor, id: string): Promise<Partnership | undefined> {
  const row = await db.selectFrom('partnerships').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [partners, representatives, priorities] = await Promise.all([
    db.selectFrom('partnership_partners').selectAll().where('partnership_id', '=', id).orderBy('position').execute(),
    db.selectFrom('partnership_representatives').selectAll().where('partnership_id', '=', id).orderBy('position').execute(),
    db.selectFrom('partnership_priorities').selectAll().where('partnership_id', '=', id).orderBy('priority_id').execute(),
  ]);
  return {
    ...toPartnership(row),
    partners: partners.map((p) => ({ organisationId: p.organisation_id, role: p.role as PartnerRole, memberStatus: p.member_status as MemberStatus })),
    representatives: representatives.map((r) => ({ personId: r.person_id, capacity: r.capacity as Capacity })),
    priorities: priorities.map((p) => ({ priorityId: p.priority_id, how: p.how })),
  };
}

export async function findPartnershipView(db: Executor, id: string): Promise<PartnershipView | undefined> {
  const partnership = await findPartnership(db, id);
  if (!partnership) return undefined;
  const [partners, representatives, priorities, officers] = await Promise.all([
    db
      .selectFrom('partnership_partners as pp')
      .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
      .select(['pp.organisation_id', 'o.name', 'o.sector', 'o.is_this_council', 'pp.role', 'pp.member_status'])
      .where('pp.partnership_id', '=', id)
      .orderBy('pp.position')
      .execute(),
    db
      .selectFrom('partnership_representatives as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select(['r.person_id', 'p.name', 'p.job_title', 'r.capacity'])
      .where('r.partnership_id', '=', id)
      .orderBy('r.position')
      .execute(),
    db
      .selectFrom('partnership_priorities as pp')
      .innerJoin('corporate_priorities as c', 'c.id', 'pp.priority_id')
      .select(['pp.priority_id', 'c.title', 'c.active', 'pp.how'])
      .where('pp.partnership_id', '=', id)
      .orderBy('c.position')
      .execute(),
    db
      .selectFrom('people')
      .select(['id', 'name', 'job_title'])
      .where('id', 'in', [partnership.sponsoringOfficerId ?? '', partnership.accountableOfficerId ?? ''])
      .execute(),
  ]);
  const officer = (pid: string | null) => {
    const p = officers.find((o) => o.id === pid);
    return p ? { id: p.id, name: p.name, jobTitle: p.job_title } : null;
  };
  return {
    ...partnership,
    partnerViews: partners.map((p) => ({
      organisationId: p.organisation_id,
      name: p.name,
      sector: p.sector as Sector,
      isThisCouncil: Number(p.is_this_council) === 1,
      role: p.role as PartnerRole,
      memberStatus: p.member_status as MemberStatus,
    })),
    representativeViews: representatives.map((r) => ({ personId: r.person_id, name: r.name, jobTitle: r.job_title, capacity: r.capacity as Capacity })),
    priorityViews: priorities.map((p) => ({ priorityId: p.priority_id, title: p.title, how: p.how, active: Number(p.active) === 1 })),
    sponsoringOfficer: officer(partnership.sponsoringOfficerId),
    accountableOfficer: officer(partnership.accountableOfficerId),
  };
}


/** What a partnership's pages show in their header, in one indexed read (the partnership scope hook's). */
export async function findPartnershipHeader(db: Executor, id: string): Promise<Pick<Partnership, 'id' | 'reference' | 'name' | 'status' | 'legalForm'> | undefined> {
  const row = await db.selectFrom('partnerships').select(['id', 'reference', 'name', 'status', 'legal_form']).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, reference: row.reference, name: row.name, status: row.status as Status, legalForm: row.legal_form as LegalForm };
}

/** When and why a partnership was withdrawn; null when it has not been. */
export async function findWithdrawal(db: Executor, id: string): Promise<{ withdrawnAt: string; reason: string } | null> {
  const row = await db.selectFrom('partnerships').select(['withdrawn_at', 'withdrawal_reason']).where('id', '=', id).executeTakeFirst();
  return row?.withdrawn_at ? { withdrawnAt: row.withdrawn_at, reason: row.withdrawal_reason ?? '' } : null;
}

export async function markWithdrawn(trx: Trx, id: string, reason: string, now: string): Promise<void> {
  await trx.updateTable('partnerships').set({ status: 'withdrawn', withdrawn_at: now, withdrawal_reason: reason, updated_at: now }).where('id', '=', id).execute();
}

/** The tables with a foreign key to partnerships, read from the database's own catalogue, so a table added later is never missed. */
async function tablesReferringToPartnerships(db: Executor, dialect: DialectName): Promise<Array<{ table: string; column: string }>> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ table: string; column: string }>`
      select cl.relname as "table", att.attname as "column"
      from pg_constraint con
      join pg_class cl on cl.oid = con.conrelid
      join pg_namespace ns on ns.oid = cl.relnamespace
      join pg_attribute att on att.attrelid = con.conrelid and att.attnum = any (con.conkey)
      where con.contype = 'f' and con.confrelid = to_regclass('partnerships') and ns.nspname = current_schema()
      order by 1, 2`.execute(db);
    return rows;
  }
  const { rows } = await sql<{ table: string; column: string }>`
    select m.name as "table", f."from" as "column" from sqlite_master m, pragma_foreign_key_list(m.name) f
    where m.type = 'table' and f."table" = 'partnerships' order by 1, 2`.execute(db);
  return rows;
}

/** How many rows of each table refer to the partnership (its own parts included: the domain decides which block). */
export async function referencesTo(db: Executor, dialect: DialectName, id: string): Promise<Array<{ table: string; count: number }>> {
  const out: Array<{ table: string; count: number }> = [];
  for (const { table, column } of await tablesReferringToPartnerships(db, dialect)) {
    // Names come from the catalogue, not from input.
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${id}`.execute(db);
    out.push({ table, count: Number(rows[0]?.n ?? 0) });
  }
  return out;
}

/** Deletes a partnership; its partners, representatives, priorities and search tokens go with it (ON DELETE CASCADE). */
export async function deletePartnershipRow(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('partnerships').where('id', '=', id).execute();
}
