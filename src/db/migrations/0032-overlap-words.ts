// Issue 7 (R-2.4b): the content words of each partnership's name, purpose and expected outcomes, so the
// overlap warning finds the partnerships sharing a candidate's words through an index instead of reading
// and splitting every partnership's text on every view of a partnership page. The words are derived from
// the partnership (the domain's `indexedWords`) and filled here for the partnerships already recorded;
// should that rule change, a later migration rebuilds them.
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';
import { indexedWords } from '../../domain/overlap/overlaps.ts';

const BATCH = 500;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('partnership_words')
    .addColumn('word', 'text', (c) => c.notNull())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('partnership_words_pk', ['word', 'partnership_id'])
    .execute();
  await db.schema.createIndex('partnership_words_partnership').on('partnership_words').column('partnership_id').execute();

  for (let after = ''; ; ) {
    const rows: Array<{ id: string; name: string; purpose: string; expected_outcomes: string }> = await db
      .selectFrom('partnerships')
      .select(['id', 'name', 'purpose', 'expected_outcomes'])
      .where('id', '>', after)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) break;
    const words = rows.flatMap((r) => indexedWords({ name: r.name, purpose: r.purpose, expectedOutcomes: r.expected_outcomes }).map((word) => ({ word, partnership_id: r.id })));
    // A few hundred rows a statement keeps within both databases' limits on parameters.
    for (let i = 0; i < words.length; i += BATCH) await db.insertInto('partnership_words').values(words.slice(i, i + BATCH)).execute();
    after = rows[rows.length - 1]!.id;
  }
}
