// What each partner and each council representative confirms (issue 9, running arrangements): on each
// partner, the link between the partnership's outcomes and its own priorities, who at the partner
// confirmed it and when, and where its actions sit in its own organisational plans;
// on each council representative, when they acknowledged the council's Codes of Conduct.
// Every column may be empty: they are answered while the partnership is set up, and whether they are
// answered is the compliance engine's question, not the database's.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partnership_partners').addColumn('own_priorities', 'text').execute();
  await db.schema.alterTable('partnership_partners').addColumn('confirmed_by', 'text').execute();
  // yyyy-mm-dd, as every date of the register is kept.
  await db.schema.alterTable('partnership_partners').addColumn('confirmed_on', 'text', (c) => c.check(sql`confirmed_on is null or length(confirmed_on) = 10`)).execute();
  await db.schema.alterTable('partnership_partners').addColumn('organisational_plan_reference', 'text').execute();
  await db.schema
    .alterTable('partnership_representatives')
    .addColumn('codes_acknowledged_on', 'text', (c) => c.check(sql`codes_acknowledged_on is null or length(codes_acknowledged_on) = 10`))
    .execute();
}
