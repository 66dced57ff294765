// The entering assessment and business case (R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3): one per
// partnership, changed over time (each change audited; the audit trail keeps what it was). Only its own
// answers: the money, staff, assets, priorities and legal form stay on the partnership.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One row per partnership, so its key is the partnership's. Like a screening it is on record: deleting a
  // partnership that has one is refused (PARTNERSHIP_PARTS); the cascade keeps no assessment of nothing.
  await db.schema
    .createTable('business_cases')
    .addColumn('partnership_id', 'text', (c) => c.primaryKey().references('partnerships.id').onDelete('cascade'))
    .addColumn('existing_commitments', 'text')
    .addColumn('legal_power', 'text')
    .addColumn('bar_identified', 'integer', (c) => c.check(sql`bar_identified in (0, 1)`))
    .addColumn('bar_details', 'text')
    .addColumn('legal_form_reason', 'text')
    .addColumn('business_case', 'text')
    .addColumn('evidence_base', 'text')
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
