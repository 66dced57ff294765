// Issue 12, R-2.6.8: the council's risk matrix, edited by an administrator (decision 87). One row, keyed
// 'council': the scales and bands as JSON, checked by the domain (matrixProblems) before they are written,
// so a stored matrix is always a usable one. No row: the council's default 5 × 5 (DEFAULT_RISK_MATRIX).
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('risk_matrices')
    .addColumn('id', 'text', (c) => c.primaryKey().check(sql`id = 'council'`))
    .addColumn('likelihood', 'text', (c) => c.notNull())
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('bands', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
