// The compliance engine's evidence (issue 9): attestations, where Accord does not yet hold the structured
// data a requirement needs (a statement, optionally a document, who attested, when, valid until), and
// exceptions, an agreed departure from a requirement that gates operating (reason, who agreed, until when).
// Both are on record: kept, never changed; a newer one stands beside the older (the latest in date counts).
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('compliance_attestations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.references('documents.id'))
    .addColumn('attested_by', 'text', (c) => c.notNull())
    // yyyy-mm-dd
    .addColumn('attested_on', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('compliance_attestations_partnership').on('compliance_attestations').columns(['partnership_id', 'requirement_id']).execute();
  await db.schema
    .createTable('compliance_exceptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('agreed_by', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_on', 'text', (c) => c.notNull())
    .addColumn('until', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('compliance_exceptions_partnership').on('compliance_exceptions').columns(['partnership_id', 'requirement_id']).execute();
}
