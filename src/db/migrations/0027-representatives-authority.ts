// Issue 11 (R-2.8e): representatives' authority: what each member of a partnership's board may decide for
// their organisation, by type of decision and amount; the sum an agenda item commits; and the partners that
// must ratify a carried decision beyond the authority of those present, until each has.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('delegated_authorities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('decision_type', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('full', 'up-to', 'none')`))
    .addColumn('limit_pence', 'bigint', (c) => c.check(sql`limit_pence is null or limit_pence >= 0`))
    .addColumn('ratifier', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addUniqueConstraint('delegated_authorities_one_per_type', ['partnership_id', 'person_id', 'decision_type'])
    .execute();
  await db.schema.alterTable('agenda_items').addColumn('amount_pence', 'bigint', (c) => c.check(sql`amount_pence is null or amount_pence >= 0`)).execute();
  await db.schema
    .createTable('item_ratifications')
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('ratifier', 'text', (c) => c.notNull())
    .addColumn('explanation', 'text', (c) => c.notNull())
    .addColumn('ratified_on', 'text', (c) => c.check(sql`ratified_on is null or length(ratified_on) = 10`))
    .addColumn('note', 'text')
    .addPrimaryKeyConstraint('item_ratifications_pk', ['item_id', 'organisation_id'])
    .execute();
}
