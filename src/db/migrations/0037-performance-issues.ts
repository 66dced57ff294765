// Issue 12: poor performance tackled. A performance issue: what it is, what raised it (an
// outcome indicator off target, a report overdue, or other), its owner, the day it opened, the level it is
// escalated to, the actions taken, and once closed, the day and how it was resolved. Whether one is needed,
// and when it is due at the next level, is computed (src/domain/performance/issue.ts), never kept.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('performance_issues')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull().check(sql`trigger in ('indicator', 'report', 'other')`))
    // The indicator or reporting line it is about: neither is removed while an issue names it.
    .addColumn('indicator_id', 'text', (c) => c.references('outcome_indicators.id'))
    .addColumn('reporting_line_id', 'text', (c) => c.references('reporting_lines.id'))
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('opened_on', 'text', (c) => c.notNull().check(sql`length(opened_on) = 10`))
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('board', 'sponsoring-officer', 'cabinet-member')`))
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('closed_on', 'text', (c) => c.check(sql`closed_on is null or length(closed_on) = 10`))
    .addColumn('resolution', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('performance_issues_partnership').on('performance_issues').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('performance_issues_indicator').on('performance_issues').column('indicator_id').execute();
  await db.schema.createIndex('performance_issues_line').on('performance_issues').column('reporting_line_id').execute();
  await db.schema.createIndex('performance_issues_owner').on('performance_issues').columns(['owner_id', 'status']).execute();
}
