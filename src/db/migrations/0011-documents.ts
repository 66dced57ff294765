// Documents (R-2.7doc, R-2.7(n), R-2.6.3): a partnership's governance documents, each with its versions
// (amendments, each with the date it takes effect), and the bytes of the versions kept in the database
// (document_chunks) unless the council set DOCUMENTS_DIR (decision 45).
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

export async function up(db: Kysely<any>, context: MigrationContext): Promise<void> {
  // A record of governance, like a screening: a partnership with a document is withdrawn, not deleted (it
  // is not among PARTNERSHIP_PARTS); the cascade only keeps the database from holding a document of nothing.
  // The type and section are the catalogue's keys (DOCUMENT_TYPES, GOVERNANCE_SECTIONS), checked by the
  // use case, not here: the catalogue may grow without a migration.
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('section', 'text')
    .addColumn('created_by_label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_partnership').on('documents').columns(['partnership_id', 'title']).execute();

  // One row per version, numbered 1, 2, … within its document; effective_from is yyyy-mm-dd. uploaded_by has
  // no foreign key, as in audit_events: who uploaded is recorded as they were.
  await db.schema
    .createTable('document_versions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('document_id', 'text', (c) => c.notNull().references('documents.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull().check(sql`number >= 1`))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull().check(sql`size_bytes > 0`))
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage', 'text', (c) => c.notNull().check(sql`storage in ('database', 'directory')`))
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_by_label', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('document_versions_number', ['document_id', 'number'])
    .execute();

  // The bytes of a version kept in the database, in order: BLOB on SQLite, bytea on PostgreSQL. Both
  // drivers give and take a Buffer. Written in the transaction that inserts the version.
  await db.schema
    .createTable('document_chunks')
    .addColumn('version_id', 'text', (c) => c.notNull().references('document_versions.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('bytes', context.dialect === 'postgres' ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_chunks_pkey', ['version_id', 'seq'])
    .execute();
}
