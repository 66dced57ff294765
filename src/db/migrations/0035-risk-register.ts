// Issue 12: the risk register the partners share. Each risk: cause, event and consequence, its
// category, owner (a person, for one of the partners), inherent and residual likelihood and impact, a
// target score, the response and whether it is open; and its reviews, each with the score it found. When
// a review is next due, and whether it is overdue, is computed (src/domain/risk/risk.ts), never kept.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('risks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('event', 'text', (c) => c.notNull())
    .addColumn('consequence', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'))
    // One of the partnership's partners; a partner is not removed while it owns an open risk.
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('identified_on', 'text', (c) => c.notNull().check(sql`length(identified_on) = 10`))
    // Scales of up to 6 levels (the matrix's largest); the matrix in use bounds them further.
    .addColumn('inherent_likelihood', 'integer', (c) => c.notNull().check(sql`inherent_likelihood between 1 and 6`))
    .addColumn('inherent_impact', 'integer', (c) => c.notNull().check(sql`inherent_impact between 1 and 6`))
    .addColumn('residual_likelihood', 'integer', (c) => c.notNull().check(sql`residual_likelihood between 1 and 6`))
    .addColumn('residual_impact', 'integer', (c) => c.notNull().check(sql`residual_impact between 1 and 6`))
    .addColumn('target_score', 'integer', (c) => c.check(sql`target_score between 1 and 36`))
    .addColumn('response', 'text', (c) => c.notNull().check(sql`response in ('treat', 'tolerate', 'transfer', 'terminate')`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('open', 'closed')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risks_partnership').on('risks').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('risks_owner').on('risks').columns(['owner_id', 'status']).execute();
  await db.schema.createIndex('risks_partner').on('risks').columns(['partnership_id', 'organisation_id', 'status']).execute();

  await db.schema
    .createTable('risk_reviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    // A risk with reviews is not removed (its rules say so first): the history is the register's.
    .addColumn('risk_id', 'text', (c) => c.notNull().references('risks.id'))
    .addColumn('reviewed_on', 'text', (c) => c.notNull().check(sql`length(reviewed_on) = 10`))
    .addColumn('likelihood', 'integer', (c) => c.notNull().check(sql`likelihood between 1 and 6`))
    .addColumn('impact', 'integer', (c) => c.notNull().check(sql`impact between 1 and 6`))
    .addColumn('reviewed_by', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .execute();
  await db.schema.createIndex('risk_reviews_risk').on('risk_reviews').columns(['risk_id', 'reviewed_on']).execute();
  await db.schema.createIndex('risk_reviews_partnership').on('risk_reviews').columns(['partnership_id', 'reviewed_on']).execute();
}
