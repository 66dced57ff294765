// The partnership register: organisations, people, corporate priorities, partnerships and their
// partners, representatives and priorities; search tokens; API tokens.
import { sql, type Kysely } from 'kysely';
import type { MigrationContext } from './index.ts';

const LEGAL_FORMS = ['informal', 'contractual', 'delegation-of-functions', 'corporate-joint-venture', 'joint-committee', 'latco', 'community-interest-company'];
const STATUSES = ['proposed', 'screened', 'business-case', 'approved', 'setting-up', 'operating', 'exiting', 'dissolved', 'not-applicable', 'rejected'];
const SECTORS = ['public', 'private', 'vcse', 'education', 'health', 'other'];

// Folded names sort byte by byte on both dialects ("C" collation on PostgreSQL), so the register's
// order is the same whatever collation the PostgreSQL database was created with.
const foldedText = (dialect: string) => (dialect === 'postgres' ? sql`text collate "C"` : 'text');

// A CHECK that the column is one of a fixed list (values are our own constants, never input).
const oneOf = (column: string, values: string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: Kysely<any>, { dialect }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('organisations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', foldedText(dialect), (c) => c.notNull())
    .addColumn('sector', 'text', (c) => c.notNull().check(oneOf('sector', SECTORS)))
    .addColumn('is_this_council', 'integer', (c) => c.notNull().defaultTo(0).check(sql`is_this_council in (0, 1)`))
    .addColumn('company_number', 'text')
    .addColumn('charity_number', 'text')
    .addColumn('address', 'text')
    .addColumn('website', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('organisations_name_folded').on('organisations').column('name_folded').execute();
  // Exactly one organisation can be "this council".
  await db.schema
    .createIndex('organisations_one_council')
    .on('organisations')
    .column('is_this_council')
    .unique()
    .where(sql.ref('is_this_council'), '=', 1)
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', foldedText(dialect), (c) => c.notNull())
    .addColumn('job_title', 'text')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('email', 'text')
    .addColumn('council_role', 'text', (c) => c.check(sql`council_role is null or council_role in ('officer', 'councillor')`))
    .addColumn('user_id', 'text', (c) => c.references('users.id').unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_name_folded').on('people').column('name_folded').execute();
  await db.schema.createIndex('people_organisation').on('people').column('organisation_id').execute();

  await db.schema
    .createTable('corporate_priorities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1).check(sql`active in (0, 1)`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('reference_counters')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('last_number', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('partnerships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('reference', 'text', (c) => c.notNull().unique())
    // The reference's year and number, so P-2026-1000 sorts after P-2026-999.
    .addColumn('reference_year', 'integer', (c) => c.notNull())
    .addColumn('reference_number', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', foldedText(dialect), (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('expected_outcomes', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('wellbeing', 'text', (c) => c.notNull())
    .addColumn('legal_form', 'text', (c) => c.notNull().check(oneOf('legal_form', LEGAL_FORMS)))
    .addColumn('status', 'text', (c) => c.notNull().check(oneOf('status', STATUSES)))
    .addColumn('start_date', 'text')
    .addColumn('expected_end_date', 'text')
    .addColumn('duration_description', 'text')
    .addColumn('council_contribution_pence', 'bigint')
    .addColumn('within_approved_budget', 'integer', (c) => c.check(sql`within_approved_budget is null or within_approved_budget in (0, 1)`))
    .addColumn('resources_staff', 'text')
    .addColumn('resources_assets', 'text')
    .addColumn('resources_in_kind', 'text')
    .addColumn('sponsoring_officer_id', 'text', (c) => c.references('people.id'))
    .addColumn('accountable_officer_id', 'text', (c) => c.references('people.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // The register list filters and sorts on these; each sort has an index so a page costs the same at any size.
  await db.schema.createIndex('partnerships_name').on('partnerships').columns(['name_folded', 'id']).execute();
  await db.schema.createIndex('partnerships_status_name').on('partnerships').columns(['status', 'name_folded']).execute();
  await db.schema.createIndex('partnerships_reference_order').on('partnerships').columns(['reference_year', 'reference_number']).execute();
  await db.schema.createIndex('partnerships_legal_form').on('partnerships').columns(['legal_form', 'name_folded']).execute();
  await db.schema.createIndex('partnerships_contribution').on('partnerships').columns(['council_contribution_pence', 'id']).execute();
  await db.schema.createIndex('partnerships_start_date').on('partnerships').columns(['start_date', 'id']).execute();
  await db.schema.createIndex('partnerships_sponsoring_officer').on('partnerships').column('sponsoring_officer_id').execute();
  await db.schema.createIndex('partnerships_accountable_officer').on('partnerships').column('accountable_officer_id').execute();

  await db.schema
    .createTable('partnership_partners')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('lead', 'member', 'associate', 'funder')`))
    .addColumn('member_status', 'text', (c) => c.notNull().check(sql`member_status in ('voting', 'non-voting', 'observer')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_partners_pk', ['partnership_id', 'organisation_id'])
    .execute();
  await db.schema.createIndex('partnership_partners_organisation').on('partnership_partners').columns(['organisation_id', 'partnership_id']).execute();

  await db.schema
    .createTable('partnership_representatives')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('capacity', 'text', (c) => c.notNull().check(sql`capacity in ('councillor', 'officer')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_representatives_pk', ['partnership_id', 'person_id'])
    .execute();
  await db.schema.createIndex('partnership_representatives_person').on('partnership_representatives').column('person_id').execute();

  await db.schema
    .createTable('partnership_priorities')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('priority_id', 'text', (c) => c.notNull().references('corporate_priorities.id'))
    .addColumn('how', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('partnership_priorities_pk', ['partnership_id', 'priority_id'])
    .execute();
  await db.schema.createIndex('partnership_priorities_priority').on('partnership_priorities').columns(['priority_id', 'partnership_id']).execute();

  // Search tokens compare byte by byte on both dialects ("C" collation on PostgreSQL), so a prefix
  // range (token >= 'cam' and token < 'cam' || U+10FFFF) finds the same rows on each.
  await db.schema
    .createTable('partnership_search')
    .addColumn('token', dialect === 'postgres' ? sql`text collate "C"` : 'text', (c) => c.notNull())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('partnership_search_pk', ['token', 'partnership_id'])
    .execute();
  await db.schema.createIndex('partnership_search_partnership').on('partnership_search').column('partnership_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('api_tokens_user').on('api_tokens').column('user_id').execute();
}
