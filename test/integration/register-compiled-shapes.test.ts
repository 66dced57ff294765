// The register's statements are compiled once per shape (decision 41). For a table of queries, each
// statement's SQL and parameters taken from the cache, after the shape was first compiled with other
// values, equal a fresh Kysely compile of the same query, on both dialects. A builder that froze a value
// into the cached SQL, or a key that missed something the SQL depends on, fails here.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { REGISTER_STATEMENTS, registerStatementInputs } from '../../src/db/repositories/register.repo.ts';
import { compiledByShape } from '../../src/db/compiled-shapes.ts';
import type { Db } from '../../src/db/database.ts';
import type { PartnershipScope } from '../../src/domain/access/scope.ts';
import { BUDGET_FILTERS, DEFAULT_QUERY, SORTS, type RegisterQuery } from '../../src/domain/register/register-query.ts';
import { LEGAL_FORMS, STATUSES } from '../../src/domain/register/vocabulary.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { sql } from 'kysely';

const ALL: PartnershipScope = { kind: 'all' };
const q = (over: Partial<RegisterQuery>): RegisterQuery => ({ ...DEFAULT_QUERY, ...over });

// Each case twice: the first fills the cache for its shape, the second has other values of the same shape.
const CASES: Array<{ name: string; scope: [PartnershipScope, PartnershipScope]; query: [RegisterQuery, RegisterQuery] }> = [
  { name: 'nothing filtered', scope: [ALL, ALL], query: [q({}), q({ page: 4 })] },
  { name: 'a search of one word', scope: [ALL, ALL], query: [q({ q: 'riverside' }), q({ q: 'Acmé', page: 2, pageSize: 50 })] },
  { name: 'a search of three words, with filters cast', scope: [ALL, ALL], query: [q({ q: 'a b c', status: ['operating'], sponsor: 's1' }), q({ q: 'youth sport trust', status: ['proposed'], sponsor: 's2' })] },
  { name: 'two statuses and two legal forms', scope: [ALL, ALL], query: [q({ status: [STATUSES[0], STATUSES[1]], legalForm: [LEGAL_FORMS[0], LEGAL_FORMS[1]] }), q({ status: [STATUSES[3], STATUSES[2]], legalForm: [LEGAL_FORMS[2], LEGAL_FORMS[0]] })] },
  { name: 'every single-value filter', scope: [ALL, ALL], query: [q({ sector: 'vcse', organisation: 'o1', sponsor: 'p1', priority: 'r1', minContributionPence: 100 }), q({ sector: 'health', organisation: 'o2', sponsor: 'p2', priority: 'r2', minContributionPence: 250_000 })] },
  ...BUDGET_FILTERS.map((budget) => ({ name: `budget ${budget}`, scope: [ALL, ALL] as [PartnershipScope, PartnershipScope], query: [q({ budget, q: 'x' }), q({ budget, q: 'y', page: 3 })] as [RegisterQuery, RegisterQuery] })),
  ...SORTS.flatMap((sort) =>
    (['asc', 'desc'] as const).map((order) => ({ name: `sorted by ${sort} ${order}`, scope: [ALL, ALL] as [PartnershipScope, PartnershipScope], query: [q({ sort, order }), q({ sort, order, status: [] , page: 9 })] as [RegisterQuery, RegisterQuery] })),
  ),
  { name: 'a scope of two', scope: [{ kind: 'only', partnershipIds: ['a', 'b'] }, { kind: 'only', partnershipIds: ['c', 'd'] }], query: [q({ q: 'riverside' }), q({ q: 'acme' })] },
  { name: 'an empty scope', scope: [{ kind: 'only', partnershipIds: [] }, { kind: 'only', partnershipIds: [] }], query: [q({}), q({ page: 2 })] },
];

forEachDatabase('the register compiled by shape', (ctx) => {
  for (const c of CASES) {
    it(`the cached SQL is Kysely's, values bound: ${c.name}`, () => {
      const db = ctx.database.db;
      const [first, second] = [0, 1].map((i) => registerStatementInputs(c.scope[i]!, c.query[i]!));
      for (const [name, statement] of Object.entries({ page: REGISTER_STATEMENTS.pageOfMatches, count: REGISTER_STATEMENTS.countOfMatches, oneStatement: REGISTER_STATEMENTS.pageInOneStatement })) {
        statement.compile(db, first!.shape, first!.values);
        const cached = statement.compile(db, second!.shape, second!.values);
        const fresh = statement.fresh(db, second!.shape, second!.values);
        assert.deepEqual(cached, { sql: fresh.sql, parameters: fresh.parameters }, `${name}: ${c.name}`);
      }
    });
  }

  it('the page’s partners and officers, for lists of 1, 3 and 25 ids', () => {
    const db = ctx.database.db;
    for (const n of [1, 3, 25]) {
      const ids = (prefix: string) => ({ ids: Array.from({ length: n }, (_, i) => `${prefix}${i}`) });
      for (const statement of [REGISTER_STATEMENTS.partnersOf, REGISTER_STATEMENTS.officerNames]) {
        statement.compile(db, null, ids('first-'));
        const fresh = statement.fresh(db, null, ids('second-'));
        assert.deepEqual(statement.compile(db, null, ids('second-')), { sql: fresh.sql, parameters: fresh.parameters });
      }
    }
  });

  it('refuses a builder that writes a value into the SQL or binds one that is not a value', () => {
    const db: Db = ctx.database.db;
    const inText = compiledByShape((d: Db, _s: null, v: { title: string }) => d.selectFrom('corporate_priorities').select('id').where('title', '=', sql.lit(v.title)));
    assert.throws(() => inText.compile(db, null, { title: 'Thriving places' }), /written into the SQL text/);
    const fixed = compiledByShape((d: Db, _s: null, v: { title: string }) => d.selectFrom('corporate_priorities').select('id').where('title', '=', v.title.toUpperCase()));
    assert.throws(() => fixed.compile(db, null, { title: 'Thriving places' }), /not one of the values/);
  });

  it('runs each shape with its own values', async () => {
    const db = ctx.database.db;
    const now = '2026-01-01T00:00:00.000Z';
    for (const [id, title] of [['p1', 'Thriving places'], ['p2', 'Healthy lives'], ['p3', 'Green growth']] as const) {
      await db.insertInto('corporate_priorities').values({ id, title, description: null, active: 1, position: Number(id.slice(1)), created_at: now, updated_at: now }).execute();
    }
    const titled = compiledByShape((d: Db, _s: null, v: { titles: readonly string[] }) => d.selectFrom('corporate_priorities').select('id').where('title', 'in', v.titles).orderBy('id'));
    assert.deepEqual(await titled(db, null, { titles: ['Healthy lives'] }), [{ id: 'p2' }]);
    assert.deepEqual(await titled(db, null, { titles: ['Green growth'] }), [{ id: 'p3' }]);
    assert.deepEqual(await titled(db, null, { titles: ['Green growth', 'Thriving places'] }), [{ id: 'p1' }, { id: 'p3' }]);
    assert.deepEqual(await titled(db, null, { titles: ["x' or '1'='1"] }), [], 'bound, never written into the SQL');
  });
});
