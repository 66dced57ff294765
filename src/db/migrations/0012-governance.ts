// The governance framework and running arrangements (R-2.7, R-A1.4–R-A1.6, R-2.6.9, R-2.6.13, R-2.10–,
// one row per partnership and section once the section is started; a section with no row is not
// started. Which sections exist and which a legal form requires are the catalogue's and the configuration's,
// not the database's, so section_key is not checked here (a council may change what is required).
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('governance_sections')
    // Like a screening, a governance section is on record: a partnership with one is withdrawn, not
    // deleted (it is not among PARTNERSHIP_PARTS); the cascade keeps no section of nothing.
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('section_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('not-started', 'draft', 'agreed')`))
    .addColumn('summary', 'text')
    // yyyy-mm-dd: when the partners agreed it; an agreed section always says when.
    .addColumn('agreed_on', 'text')
    .addColumn('updated_by_label', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('governance_sections_pkey', ['partnership_id', 'section_key'])
    .addCheckConstraint('governance_sections_agreed_on', sql`status <> 'agreed' or agreed_on is not null`)
    .execute();
}
