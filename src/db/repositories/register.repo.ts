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
import { fold, searchTerms } from '../../domain/search/normalise.ts';
import { escapeLike, likeEscaped, prefixUpperBound } from '../sql-helpers.ts';
import { whereInScope } from './scope.ts';
import { compiledByShape } from '../compiled-shapes.ts';

export type { RegisterRow };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type From = SelectQueryBuilder<Schema & { p: PartnershipsTable }, 'p', {}>;

// Each statement is compiled once per shape and run with the request's values bound (compiledByShape,
// decision 41): the builders below read the SQL's shape from `shape`, and only bind `values`.
/** What changes the filter's SQL beyond which values are given. */
type FilterShape = { budget: RegisterQuery['budget'] };
/** And the list's order. */
type ListShape = FilterShape & { sort: RegisterQuery['sort']; order: RegisterQuery['order'] };
/** What the filter binds: null (or an empty list) when not filtered by it. */
type FilterValues = {
  /** The partnerships in the principal's scope, null for all. */
  scope: readonly string[] | null;
  /** Each search term and the upper bound of its prefix range. */
  termFrom: readonly string[];
  termTo: readonly string[];
  status: readonly string[];
  legalForm: readonly string[];
  sponsor: string | null;
  minContributionPence: number | null;
  organisation: string | null;
  sector: string | null;
  priority: string | null;
};
type PageValues = FilterValues & { limit: number; offset: number };

function filterValues(scope: PartnershipScope, q: RegisterQuery): FilterValues {
  const terms = searchTerms(q.q);
  return {
    scope: scope.kind === 'all' ? null : scope.partnershipIds,
    termFrom: terms,
    termTo: terms.map(prefixUpperBound),
    status: q.status,
    legalForm: q.legalForm,
    sponsor: q.sponsor,
    minContributionPence: q.minContributionPence,
    organisation: q.organisation,
    sector: q.sector,
    priority: q.priority,
  };
}

const listShape = (q: RegisterQuery): ListShape => ({ budget: q.budget, sort: q.sort, order: q.order });

function filtered(db: Db, f: FilterShape, v: FilterValues): From {
  let s: From = whereInScope(db.selectFrom('partnerships as p'), v.scope === null ? { kind: 'all' } : { kind: 'only', partnershipIds: v.scope }, 'p.id');
  v.termFrom.forEach((from, i) => {
    s = s.where('p.id', 'in', (eb) => eb.selectFrom('partnership_search').select('partnership_id').where('token', '>=', from).where('token', '<', v.termTo[i]!));
  });
  // With a search, its matches (found through partnership_search's primary key) are read first and the
  // filters checked on each. SQLite, which keeps no statistics, would otherwise walk a filter's index
  // (every operating partnership, say) testing each row against the search; so while searching, the
  // indexed filter columns are cast to their own type, which SQLite serves from no index and PostgreSQL
  // drops (its plans and estimates are unchanged). See docs/benchmarks.md. Without a search, both use them.
  const searching = v.termFrom.length > 0;
  const own = (column: 'p.status' | 'p.legal_form' | 'p.sponsoring_officer_id' | 'p.council_contribution_pence', type: 'text' | 'bigint') =>
    searching ? sql`cast(${sql.ref(column)} as ${sql.raw(type)})` : sql.ref(column);
  if (v.status.length) s = s.where(own('p.status', 'text'), 'in', v.status);
  if (v.legalForm.length) s = s.where(own('p.legal_form', 'text'), 'in', v.legalForm);
  if (v.sponsor !== null) s = s.where(own('p.sponsoring_officer_id', 'text'), '=', v.sponsor);
  if (v.minContributionPence !== null) s = s.where(own('p.council_contribution_pence', 'bigint'), '>=', v.minContributionPence);
  // R-2.5c: "not recorded" is a partnership with no answer, not one outside its budget.
  if (f.budget === 'within') s = s.where('p.within_approved_budget', '=', sql.lit(1));
  else if (f.budget === 'outside') s = s.where('p.within_approved_budget', '=', sql.lit(0));
  else if (f.budget === 'not-recorded') s = s.where('p.within_approved_budget', 'is', null);
  if (v.organisation !== null) {
    const id = v.organisation;
    s = s.where(({ exists, selectFrom }) =>
      exists(selectFrom('partnership_partners as pp').select(sql.lit(1).as('one')).whereRef('pp.partnership_id', '=', 'p.id').where('pp.organisation_id', '=', id)),
    );
  }
  if (v.sector !== null) {
    const sector = v.sector;
    s = s.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('partnership_partners as pp')
          .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
          .select(sql.lit(1).as('one'))
          .whereRef('pp.partnership_id', '=', 'p.id')
          .where('o.sector', '=', sector)
          .where('o.is_this_council', '=', sql.lit(0)),
      ),
    );
  }
  if (v.priority !== null) {
    const id = v.priority;
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
function ordered<DB, TB extends keyof DB, O>(s: SelectQueryBuilder<DB, TB, O>, q: ListShape): SelectQueryBuilder<DB, TB, O> {
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

function sorted(s: From, q: ListShape) {
  return ordered(s.select(LIST_COLUMNS), q);
}

/** A page of the matches in the list's order (SQLite, and exports on both). */
const pageOfMatches = compiledByShape((db: Db, shape: ListShape, v: PageValues) => sorted(filtered(db, shape, v), shape).limit(v.limit).offset(v.offset));

/** How many partnerships match. */
const countOfMatches = compiledByShape((db: Db, shape: FilterShape, v: FilterValues) => filtered(db, shape, v).select((eb) => eb.fn.countAll<number>().as('n')));

/** The partners of some partnerships, in each one's order. */
const partnersOf = compiledByShape((db: Db, _shape: null, v: { ids: readonly string[] }) =>
  db
    .selectFrom('partnership_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['pp.partnership_id', 'o.name', 'o.is_this_council', 'pp.role'])
    .where('pp.partnership_id', 'in', v.ids)
    .orderBy('pp.partnership_id')
    .orderBy('pp.position'),
);

const officerNames = compiledByShape((db: Db, _shape: null, v: { ids: readonly string[] }) => db.selectFrom('people').select(['id', 'name']).where('id', 'in', v.ids));

// On PostgreSQL each statement is a round trip, parsed and planned by the server, and under load that
// was most of the API's cost (docs/decisions.md). So the page comes in one statement: the page of
// matches with their total (a window count, so the search runs once), then, for the page's rows only,
// the officers' names and the partners in order as a JSON array. Organisations are looked up by key
// for each partner: as a join, PostgreSQL hashes every organisation again for each partnership.
const pageInOneStatement = compiledByShape((db: Db, shape: ListShape, v: PageValues) => {
  const page = sorted(filtered(db, shape, v), shape)
    .select((eb) => eb.fn.countAll<number>().over().as('total'))
    .limit(v.limit)
    .offset(v.offset)
    .as('p');
  return ordered(
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
    shape,
  );
});

/**
 * The typed partner filter's candidates (domain/register/typed-choice.ts): organisations that are a
 * partner (other than the council) in a partnership of the scope, whose folded name contains the folded
 * text, or the one with this id; in name order, at most `limit`. Each organisation is tested through
 * partnership_partners_organisation (organisation_id, partnership_id), in name order from
 * organisations_name_folded (no sort).
 */
/** What a typed filter's statement binds: the scope's ids (null: all), a LIKE pattern or an id, and a limit. */
type TypedMatchValues = { scope: readonly string[] | null; contains: string | null; id: string | null; limit: number };

const partnerOrganisationsMatching = compiledByShape(
  (db: Db, _shape: null, v: TypedMatchValues) => {
    let q = db
      .selectFrom('organisations as o')
      .select(['o.id', 'o.name'])
      .where('o.is_this_council', '=', sql.lit(0))
      .where(({ exists, selectFrom }) =>
        exists(
          whereInScope(
            selectFrom('partnership_partners as pp').select(sql.lit(1).as('one')).whereRef('pp.organisation_id', '=', 'o.id'),
            v.scope === null ? { kind: 'all' } : { kind: 'only', partnershipIds: v.scope },
            'pp.partnership_id',
          ),
        ),
      );
    if (v.contains !== null) q = q.where(likeEscaped('o.name_folded', v.contains));
    if (v.id !== null) q = q.where('o.id', '=', v.id);
    return q.orderBy('o.name_folded').limit(v.limit);
  },
);

/**
 * The typed sponsoring officer filter's candidates: people who are the sponsoring officer (R-2.16) of a
 * partnership of the scope, whose folded name contains the folded text, or the one with this id; in name
 * order, at most `limit`. Through partnerships_sponsoring_officer, in name order from people_name_folded.
 */
const sponsorsMatching = compiledByShape(
  (db: Db, _shape: null, v: TypedMatchValues) => {
    let q = db
      .selectFrom('people as pe')
      .select(['pe.id', 'pe.name'])
      .where(({ exists, selectFrom }) =>
        exists(
          whereInScope(
            selectFrom('partnerships as p').select(sql.lit(1).as('one')).whereRef('p.sponsoring_officer_id', '=', 'pe.id'),
            v.scope === null ? { kind: 'all' } : { kind: 'only', partnershipIds: v.scope },
            'p.id',
          ),
        ),
      );
    if (v.contains !== null) q = q.where(likeEscaped('pe.name_folded', v.contains));
    if (v.id !== null) q = q.where('pe.id', '=', v.id);
    return q.orderBy('pe.name_folded').orderBy('pe.id').limit(v.limit);
  },
);

const boundOf = (scope: PartnershipScope, query: { text: string } | { id: string }, limit: number): TypedMatchValues => ({
  scope: scope.kind === 'all' ? null : scope.partnershipIds,
  contains: 'text' in query ? `%${escapeLike(fold(query.text.trim()))}%` : null,
  id: 'id' in query ? query.id : null,
  limit,
});

export function matchingSponsors(db: Db, scope: PartnershipScope, query: { text: string } | { id: string }, limit: number): Promise<Array<{ id: string; name: string }>> {
  return sponsorsMatching(db, null, boundOf(scope, query, limit));
}

export function matchingPartnerOrganisations(db: Db, scope: PartnershipScope, query: { text: string } | { id: string }, limit: number): Promise<Array<{ id: string; name: string }>> {
  return partnerOrganisationsMatching(db, null, boundOf(scope, query, limit));
}

/** The register's statements, and the shape and values a query runs them with: for the drift test. */
export const REGISTER_STATEMENTS = { pageOfMatches, countOfMatches, partnersOf, officerNames, pageInOneStatement, partnerOrganisationsMatching, sponsorsMatching };
export function registerStatementInputs(scope: PartnershipScope, q: RegisterQuery): { shape: ListShape; values: PageValues } {
  return { shape: listShape(q), values: { ...filterValues(scope, q), limit: q.pageSize, offset: (q.page - 1) * q.pageSize } };
}

// The page's partners and officers' names in two statements (not one per partnership), put together by
// the pure assembleRegisterRows.
async function toRows(db: Db, rows: readonly PartnershipListRow[]): Promise<RegisterRow[]> {
  if (rows.length === 0) return [];
  const officerIds = officerIdsOf(rows);
  const [partners, officers] = await Promise.all([
    partnersOf(db, null, { ids: rows.map((r) => r.id) }),
    officerIds.length ? officerNames(db, null, { ids: officerIds }) : Promise.resolve([]),
  ]);
  return assembleRegisterRows(rows, partners, officers);
}

async function countOf(db: Db, shape: FilterShape, v: FilterValues): Promise<number> {
  const [row] = await countOfMatches(db, shape, v);
  return Number(row!.n);
}

export async function searchRegister(db: Db, scope: PartnershipScope, q: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  return dialectOf(db) === 'postgres' ? searchInOneStatement(db, scope, q) : searchStatementByStatement(db, scope, q);
}

// SQLite runs in the process: a statement costs a function call, so the page, its count, its partners
// and its officers are four small statements (bench/limit-server.ts runs exactly these).
async function searchStatementByStatement(db: Db, scope: PartnershipScope, q: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  const { shape, values } = registerStatementInputs(scope, q);
  const [rows, total] = await Promise.all([pageOfMatches(db, shape, values), countOf(db, shape, values)]);
  return { items: await toRows(db, rows), total };
}

async function searchInOneStatement(db: Db, scope: PartnershipScope, q: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  const { shape, values } = registerStatementInputs(scope, q);
  const rows = await pageInOneStatement(db, shape, values);
  // Past the last page there is no row to carry the total.
  const total = rows[0]?.total ?? (q.page > 1 ? await countOf(db, shape, values) : 0);
  const partners = rows.flatMap((r) => r.partners.map((p) => ({ ...p, partnership_id: r.id })));
  const officers = rows.flatMap((r) => [
    { id: r.sponsoring_officer_id, name: r.sponsoring_officer_name },
    { id: r.accountable_officer_id, name: r.accountable_officer_name },
  ]).filter((o): o is OfficerNameRow => o.id !== null && o.name !== null);
  return { items: assembleRegisterRows(rows, partners, officers), total: Number(total) };
}

/** Every matching partnership in the list's order, a batch at a time, for exports. */
export async function* registerRowsForExport(db: Db, scope: PartnershipScope, q: RegisterQuery, batch = 500): AsyncGenerator<RegisterRow[]> {
  const shape = listShape(q);
  const values = filterValues(scope, q);
  for (let offset = 0; ; offset += batch) {
    const rows = await pageOfMatches(db, shape, { ...values, limit: batch, offset });
    if (rows.length === 0) return;
    yield await toRows(db, rows);
    if (rows.length < batch) return;
  }
}
