// Issue 12: to whom each partnership reports its performance and how often (its
// reporting lines: Cabinet, a Cabinet Member, Overview and Scrutiny, the partners' boards), and the
// reports it has submitted to each (the day, a summary, the document). What is due and overdue is
// computed from these (src/domain/performance/reporting.ts), never kept.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reporting_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('body', 'text', (c) => c.notNull().check(sql`body in ('cabinet', 'cabinet-member', 'overview-scrutiny', 'partners-boards', 'other')`))
    // Which Cabinet Member, committee or board, in words; null where the body says it all (Cabinet).
    .addColumn('body_name', 'text')
    .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('monthly', 'quarterly', 'six-monthly', 'annual')`))
    // yyyy-mm-dd: the first report's due day; the rest follow from it at the frequency.
    .addColumn('first_due_on', 'text', (c) => c.notNull().check(sql`length(first_due_on) = 10`))
    .addColumn('notes', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('reporting_lines_partnership').on('reporting_lines').columns(['partnership_id', 'position']).execute();

  await db.schema
    .createTable('performance_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    // A line is not removed while it has reports (its rules say so first).
    .addColumn('reporting_line_id', 'text', (c) => c.notNull().references('reporting_lines.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'text', (c) => c.notNull().check(sql`length(submitted_on) = 10`))
    .addColumn('document_id', 'text', (c) => c.references('documents.id').onDelete('set null'))
    .addColumn('summary', 'text')
    .execute();
  await db.schema.createIndex('performance_reports_line').on('performance_reports').columns(['reporting_line_id', 'submitted_on']).execute();
  await db.schema.createIndex('performance_reports_partnership').on('performance_reports').columns(['partnership_id', 'submitted_on']).execute();
}
