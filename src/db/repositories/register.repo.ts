// The register list: search, filters, sort and paging, the same on SQLite and PostgreSQL.
// Search goes through partnership_search (tokens compared by prefix range), so a selective search
// costs the same however many partnerships there are.
import { sql, type OrderByItemBuilder, type SelectQueryBuilder } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { dialectOf, type Db } from '../database.ts';
import type { PartnershipsTable, Schema } from '../schema.ts';
import { STATUSES } from '../../domain/register/vocabulary.ts';
import { assembleRegisterRows, officerIdsOf, type OfficerNameRow, type PartnershipListRow, type RegisterRow } from '../../domain/register/register-row.ts';
import type { RegisterQuery } from '../../domain/register/register-query.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { searchTerms } from '../../domain/search/normalise.ts';
import { prefixUpperBound } from '../sql-helpers.ts';
import { whereInScope } from './scope.ts';

export type { RegisterRow };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type From = SelectQueryBuilder<Schema & { p: PartnershipsTable }, 'p', {}>;

function filtered(db: Db, scope: PartnershipScope, q: RegisterQuery): From {
  const terms = searchTerms(q.q);
  let s: From = whereInScope(db.selectFrom('partnerships as p'), scope, 'p.id');
  for (const term of terms) {
    s = s.where('p.id', 'in', (eb) =>
      eb.selectFrom('partnership_search').select('partnership_id').where('token', '>=', term).where('token', '<', prefixUpperBound(term)),
    );
  }
  // With a search, its matches (found through partnership_search's primary key) are read first and the
  // filters checked on each. SQLite, which keeps no statistics, would otherwise walk a filter's index
  // (every operating partnership, say) testing each row against the search; so while searching, the
  // indexed filter columns are cast to their own type, which SQLite serves from no index and PostgreSQL
  // drops (its plans and estimates are unchanged). See docs/benchmarks.md. Without a search, both use them.
  const searching = terms.length > 0;
  const own = (column: 'p.status' | 'p.legal_form' | 'p.sponsoring_officer_id' | 'p.council_contribution_pence', type: 'text' | 'bigint') =>
    searching ? sql`cast(${sql.ref(column)} as ${sql.raw(type)})` : sql.ref(column);
  if (q.status.length) s = s.where(own('p.status', 'text'), 'in', q.status);
  if (q.legalForm.length) s = s.where(own('p.legal_form', 'text'), 'in', q.legalForm);
  if (q.sponsor) s = s.where(own('p.sponsoring_officer_id', 'text'), '=', q.sponsor);
  if (q.minContributionPence !== null) s = s.where(own('p.council_contribution_pence', 'bigint'), '>=', q.minContributionPence);
  // R-2.5c: "not recorded" is a partnership with no answer, not one outside its budget.
  if (q.budget === 'within') s = s.where('p.within_approved_budget', '=', 1);
  else if (q.budget === 'outside') s = s.where('p.within_approved_budget', '=', 0);
  else if (q.budget === 'not-recorded') s = s.where('p.within_approved_budget', 'is', null);
  if (q.organisation) {
    const id = q.organisation;
    s = s.where(({ exists, selectFrom }) =>
      exists(selectFrom('partnership_partners as pp').select(sql.lit(1).as('one')).whereRef('pp.partnership_id', '=', 'p.id').where('pp.organisation_id', '=', id)),
    );
  }
  if (q.sector) {
    const sector = q.sector;
    s = s.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partnership_partners as pp')
          .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
          .select(sql.lit(1).as('one'))
          .whereRef('pp.partnership_id', '=', 'p.id')
          .where('o.sector', '=', sector)
          .where('o.is_this_council', '=', 0),
      ),
    );
  }
  if (q.priority) {
    const id = q.priority;
    s = s.where(({ exists, selectFrom }) =>
      exists(selectFrom('partnership_priorities as pr').select(sql.lit(1).as('one')).whereRef('pr.partnership_id', '=', 'p.id').where('pr.priority_id', '=', id)),
    );
  }
  return s;
}

// Statuses sort in lifecycle order, not alphabetically.
const statusRank = sql<number>`case p.status ${sql.join(
  STATUSES.map((s, i) => sql`when ${sql.lit(s)} then ${sql.lit(i)}`),
  sql` `,
)} end`;

// What a line of the list shows, and what the list sorts by (the page is sorted again outside it on PostgreSQL).
const LIST_COLUMNS = [
  'p.id', 'p.reference', 'p.name', 'p.status', 'p.legal_form', 'p.council_contribution_pence', 'p.within_approved_budget', 'p.start_date',
  'p.expected_end_date', 'p.sponsoring_officer_id', 'p.accountable_officer_id', 'p.purpose', 'p.name_folded', 'p.reference_year', 'p.reference_number',
] as const;

/** The list's order, on `p`: the partnerships table, or the page of it selected as `p`. */
function ordered<DB, TB extends keyof DB, O>(s: SelectQueryBuilder<DB, TB, O>, q: RegisterQuery): SelectQueryBuilder<DB, TB, O> {
  const dir = q.order;
  const nullsLast = (ob: OrderByItemBuilder) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast();
  let out = s;
  switch (q.sort) {
    case 'name':
      out = out.orderBy(sql.ref('p.name_folded'), dir);
      break;
    case 'reference':
      out = out.orderBy(sql.ref('p.reference_year'), dir).orderBy(sql.ref('p.reference_number'), dir);
      break;
    case 'status':
      out = out.orderBy(statusRank, dir).orderBy(sql.ref('p.name_folded'), 'asc');
      break;
    case 'contribution':
      out = out.orderBy(sql.ref('p.council_contribution_pence'), nullsLast);
      break;
    case 'start':
      out = out.orderBy(sql.ref('p.start_date'), nullsLast);
      break;
  }
  return out.orderBy(sql.ref('p.id'), dir);
}

function sorted(s: From, q: RegisterQuery) {
  return ordered(s.select(LIST_COLUMNS), q);
}

// The page's partners and officers' names in two statements (not one per partnership), put together by
// the pure assembleRegisterRows.
async function toRows(db: Db, rows: readonly PartnershipListRow[]): Promise<RegisterRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const officerIds = officerIdsOf(rows);
  const [partners, officers] = await Promise.all([
    db
      .selectFrom('partnership_partners as pp')
      .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
      .select(['pp.partnership_id', 'o.name', 'o.is_this_council', 'pp.role'])
      .where('pp.partnership_id', 'in', ids)
      .orderBy('pp.partnership_id')
      .orderBy('pp.position')
      .execute(),
    officerIds.length ? db.selectFrom('people').select(['id', 'name']).where('id', 'in', officerIds).execute() : Promise.resolve([]),
  ]);
  return assembleRegisterRows(rows, partners, officers);
}

function countOf(base: From): Promise<number> {
  return base
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export async function searchRegister(db: Db, scope: PartnershipScope, q: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  return dialectOf(db) === 'postgres' ? searchInOneStatement(db, scope, q) : searchStatementByStatement(db, scope, q);
}

// SQLite runs in the process: a statement costs a function call, so the page, its count, its partners
// and its officers are four small statements (bench/limit-server.ts runs exactly these).
async function searchStatementByStatement(db: Db, scope: PartnershipScope, q: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  const base = filtered(db, scope, q);
  const [rows, total] = await Promise.all([sorted(base, q).limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(), countOf(base)]);
  return { items: await toRows(db, rows), total };
}

// On PostgreSQL each statement is a round trip, parsed and planned by the server, and under load that
// was most of the API's cost (docs/decisions.md). So the page comes in one statement: the page of
// matches with their total (a window count, so the search runs once), then, for the page's rows only,
// the officers' names and the partners in order as a JSON array. Organisations are looked up by key
// for each partner: as a join, PostgreSQL hashes every organisation again for each partnership.
async function searchInOneStatement(db: Db, scope: PartnershipScope, q: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  const base = filtered(db, scope, q);
  const page = sorted(base, q)
    .select((eb) => eb.fn.countAll<number>().over().as('total'))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize)
    .as('p');
  const rows = await ordered(
    db
      .selectFrom(page)
      .selectAll('p')
      .select((eb) => [
        eb.selectFrom('people').select('name').whereRef('people.id', '=', 'p.sponsoring_officer_id').as('sponsoring_officer_name'),
        eb.selectFrom('people').select('name').whereRef('people.id', '=', 'p.accountable_officer_id').as('accountable_officer_name'),
        jsonArrayFrom(
          eb
            .selectFrom('partnership_partners as pp')
            .select((sub) => [
              sub.selectFrom('organisations as o').select('o.name').whereRef('o.id', '=', 'pp.organisation_id').$asScalar().as('name'),
              sub.selectFrom('organisations as o').select('o.is_this_council').whereRef('o.id', '=', 'pp.organisation_id').$asScalar().as('is_this_council'),
              'pp.role',
            ])
            .whereRef('pp.partnership_id', '=', 'p.id')
            .orderBy('pp.position'),
        ).as('partners'),
      ]),
    q,
  ).execute();
  // Past the last page there is no row to carry the total.
  const total = rows[0]?.total ?? (q.page > 1 ? await countOf(base) : 0);
  const partners = rows.flatMap((r) => r.partners.map((p) => ({ ...p, partnership_id: r.id })));
  const officers = rows.flatMap((r) => [
    { id: r.sponsoring_officer_id, name: r.sponsoring_officer_name },
    { id: r.accountable_officer_id, name: r.accountable_officer_name },
  ]).filter((o): o is OfficerNameRow => o.id !== null && o.name !== null);
  return { items: assembleRegisterRows(rows, partners, officers), total: Number(total) };
}

/** Every matching partnership in the list's order, a batch at a time, for exports. */
export async function* registerRowsForExport(db: Db, scope: PartnershipScope, q: RegisterQuery, batch = 500): AsyncGenerator<RegisterRow[]> {
  for (let offset = 0; ; offset += batch) {
    const rows = await sorted(filtered(db, scope, q), q).limit(batch).offset(offset).execute();
    if (rows.length === 0) return;
    yield await toRows(db, rows);
    if (rows.length < batch) return;
  }
}
