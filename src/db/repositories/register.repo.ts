// The register list: search, filters, sort and paging, the same on SQLite and PostgreSQL.
// Search goes through partnership_search (tokens compared by prefix range), so a selective search
// costs the same however many partnerships there are.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { Db } from '../database.ts';
import type { PartnershipsTable, Schema } from '../schema.ts';
import { STATUSES } from '../../domain/register/vocabulary.ts';
import { assembleRegisterRows, officerIdsOf, type RegisterRow } from '../../domain/register/register-row.ts';
import type { RegisterQuery } from '../../domain/register/register-query.ts';
import { searchTerms } from '../../domain/search/normalise.ts';
import { prefixUpperBound } from '../sql-helpers.ts';

export type { RegisterRow };

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
type From = SelectQueryBuilder<Schema & { p: PartnershipsTable }, 'p', {}>;

function filtered(db: Db, q: RegisterQuery): From {
  const terms = searchTerms(q.q);
  let s: From = db.selectFrom('partnerships as p');
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

function sorted(s: From, q: RegisterQuery) {
  const dir = q.order;
  let out = s.selectAll('p');
  switch (q.sort) {
    case 'name':
      out = out.orderBy('p.name_folded', dir);
      break;
    case 'reference':
      out = out.orderBy('p.reference_year', dir).orderBy('p.reference_number', dir);
      break;
    case 'status':
      out = out.orderBy(statusRank, dir).orderBy('p.name_folded', 'asc');
      break;
    case 'contribution':
      out = out.orderBy('p.council_contribution_pence', (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast());
      break;
    case 'start':
      out = out.orderBy('p.start_date', (ob) => (dir === 'asc' ? ob.asc() : ob.desc()).nullsLast());
      break;
  }
  return out.orderBy('p.id', dir);
}

// The page's partners and officers' names in two statements (not one per partnership), put together by
// the pure assembleRegisterRows.
async function toRows(db: Db, rows: Array<Schema['partnerships']>): Promise<RegisterRow[]> {
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

export async function searchRegister(db: Db, q: RegisterQuery): Promise<{ items: RegisterRow[]; total: number }> {
  const base = filtered(db, q);
  const [rows, count] = await Promise.all([
    sorted(base, q).limit(q.pageSize).offset((q.page - 1) * q.pageSize).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items: await toRows(db, rows), total: Number(count.n) };
}

/** Every matching partnership in the list's order, a batch at a time, for exports. */
export async function* registerRowsForExport(db: Db, q: RegisterQuery, batch = 500): AsyncGenerator<RegisterRow[]> {
  for (let offset = 0; ; offset += batch) {
    const rows = await sorted(filtered(db, q), q).limit(batch).offset(offset).execute();
    if (rows.length === 0) return;
    yield await toRows(db, rows);
    if (rows.length < batch) return;
  }
}
