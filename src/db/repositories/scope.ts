// A partnership scope as SQL: every repository read that lists partnerships takes one, so a scoped
// role cannot be forgotten in one query. For 'all' nothing is added: the statement, and its plan,
// are exactly what they were.
import { sql, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { PartnershipScope } from '../../domain/access/scope.ts';

/** Only the rows whose partnership id (`column`, such as 'p.id') is in the scope. */
export function whereInScope<DB, TB extends keyof DB, O>(qb: SelectQueryBuilder<DB, TB, O>, scope: PartnershipScope, column: string): SelectQueryBuilder<DB, TB, O> {
  if (scope.kind === 'all') return qb;
  // `in ()` is not SQL: an empty scope matches nothing.
  if (scope.partnershipIds.length === 0) return qb.where(sql<SqlBool>`1 = 0`);
  return qb.where(sql<SqlBool>`${sql.ref(column)} in (${sql.join(scope.partnershipIds)})`);
}
