// Issue 12, protocol 2.4(h): funding proposals of a partnership, and the risks of the register that are
// their risk assessment (risks.funding_proposal_id). A proposal is not removed while a risk names it (its
// record kind refuses, naming how many), so the reference never dangles.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('funding_proposals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('amount_pence', 'bigint', (c) => c.check(sql`amount_pence is null or amount_pence >= 0`))
    .addColumn('proposed_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_on', 'text')
    .addColumn('notes', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('funding_proposals_partnership').on('funding_proposals').columns(['partnership_id', 'position']).execute();
  await db.schema.alterTable('risks').addColumn('funding_proposal_id', 'text', (c) => c.references('funding_proposals.id')).execute();
  await db.schema.createIndex('risks_funding_proposal').on('risks').column('funding_proposal_id').execute();
}
