// Issue 11: each person's register of interests: interests that may conflict with their duties to
// the council and fiduciary roles, with the body each is in (an organisation of the register where it is
// one), from when and until when, and whether it is sensitive (withheld with the monitoring officer's
// agreement, and by whom). Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('interests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pecuniary', 'other-registrable', 'non-registrable', 'fiduciary')`))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.references('organisations.id'))
    .addColumn('role', 'text', (c) => c.check(sql`role is null or role in ('director', 'trustee', 'member', 'other')`))
    .addColumn('details', 'text')
    // yyyy-mm-dd, as every date of the register is kept.
    .addColumn('starts_on', 'text', (c) => c.notNull().check(sql`length(starts_on) = 10`))
    .addColumn('ends_on', 'text', (c) => c.check(sql`ends_on is null or length(ends_on) = 10`))
    .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0).check(sql`sensitive in (0, 1)`))
    .addColumn('sensitive_agreed_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('interests_person').on('interests').columns(['person_id', 'starts_on']).execute();
  await db.schema.createIndex('interests_organisation').on('interests').column('organisation_id').execute();
}
