// Issue 12 (R-2.6.4, R-2.4e): the annual review. A review: its day, the value the partnership added, the
// recommendation and why, and once approved, by whom and when. Its findings: an evaluation of each
// objective against its indicators, and of each partner's contribution with the day it was fed back.
// When the next review is due is computed (src/domain/performance/annual-review.ts), never kept.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('annual_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('reviewed_on', 'text', (c) => c.notNull().check(sql`length(reviewed_on) = 10`))
    .addColumn('added_value', 'text', (c) => c.notNull())
    .addColumn('recommendation', 'text', (c) => c.notNull().check(sql`recommendation in ('continue', 'change', 'exit')`))
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_on', 'text', (c) => c.check(sql`approved_on is null or length(approved_on) = 10`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('annual_reviews_partnership').on('annual_reviews').columns(['partnership_id', 'position']).execute();
  await db.schema
    .createTable('objective_evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('annual_review_id', 'text', (c) => c.notNull().references('annual_reviews.id'))
    .addColumn('objective_id', 'text', (c) => c.notNull().references('performance_objectives.id'))
    .addColumn('finding', 'text', (c) => c.notNull().check(sql`finding in ('achieved', 'progressing', 'not-achieved')`))
    .addColumn('evaluation', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('objective_evaluations_once', ['annual_review_id', 'objective_id'])
    .execute();
  await db.schema.createIndex('objective_evaluations_partnership').on('objective_evaluations').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('objective_evaluations_objective').on('objective_evaluations').column('objective_id').execute();
  await db.schema
    .createTable('contribution_evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('annual_review_id', 'text', (c) => c.notNull().references('annual_reviews.id'))
    // One of the partnership's partners at the review; it stays on the record if the partner later leaves.
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('evaluation', 'text', (c) => c.notNull())
    .addColumn('feedback_sent_on', 'text', (c) => c.check(sql`feedback_sent_on is null or length(feedback_sent_on) = 10`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('contribution_evaluations_once', ['annual_review_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('contribution_evaluations_partnership').on('contribution_evaluations').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('contribution_evaluations_partner').on('contribution_evaluations').column('organisation_id').execute();
}
