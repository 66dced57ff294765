// Issue 12: the controls on the shared risks: what each does, its owner (a person of the
// register) and how effective it was last found, with the day. A risk with controls is not removed until
// they are (its rules say so first), so each removal is its own audited change.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('risk_controls')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('risk_id', 'text', (c) => c.notNull().references('risks.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('effectiveness', 'text', (c) => c.notNull().check(sql`effectiveness in ('effective', 'partly-effective', 'ineffective', 'not-assessed')`))
    .addColumn('assessed_on', 'text', (c) => c.check(sql`assessed_on is null or length(assessed_on) = 10`))
    .addColumn('notes', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('risk_controls_risk').on('risk_controls').columns(['risk_id', 'position']).execute();
  await db.schema.createIndex('risk_controls_partnership').on('risk_controls').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('risk_controls_owner').on('risk_controls').column('owner_id').execute();
}
