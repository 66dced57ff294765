// Issue 11: how each partnership decides, as data (R-2.8a, R-2.8b; src/domain/decisions/rules.ts): its
// member seats (who votes, for which partner, with what weight, and a named substitute), its voting rule
// for each type of decision, and the conditions of its quorum, each met at once.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('member_seats')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    // The partner the seat is for: one of the partnership's partners (the record's rules check it).
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('voting', 'co-opted-voting', 'non-voting', 'observer')`))
    .addColumn('weight', 'integer', (c) => c.notNull().defaultTo(1).check(sql`weight between 1 and 1000`))
    .addColumn('substitute_id', 'text', (c) => c.references('people.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('member_seats_pk', ['partnership_id', 'person_id'])
    .execute();
  await db.schema.createIndex('member_seats_person').on('member_seats').column('person_id').execute();
  await db.schema.createIndex('member_seats_substitute').on('member_seats').column('substitute_id').execute();
  await db.schema.createIndex('member_seats_partner').on('member_seats').columns(['partnership_id', 'organisation_id']).execute();

  await db.schema
    .createTable('voting_rules')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('decision_type', 'text', (c) => c.notNull())
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('majority', 'qualified', 'unanimity', 'consensus')`))
    // Consensus's fallback when it is not reached; null for the other methods, or no fallback.
    .addColumn('fallback', 'text', (c) => c.check(sql`fallback is null or fallback in ('majority', 'qualified', 'unanimity')`))
    // A qualified majority's share (of the method, or of consensus's fallback), and of whom.
    .addColumn('fraction_numerator', 'integer')
    .addColumn('fraction_denominator', 'integer')
    .addColumn('qualified_base', 'text', (c) => c.check(sql`qualified_base is null or qualified_base in ('present-and-voting', 'all-voting-members')`))
    .addColumn('abstentions_count', 'text', (c) => c.notNull().check(sql`abstentions_count in ('count', 'do-not-count')`))
    .addColumn('casting_vote', 'text', (c) => c.notNull().check(sql`casting_vote in ('none', 'chair', 'lead-partner')`))
    .addColumn('on_tie', 'text', (c) => c.notNull().check(sql`on_tie in ('lost', 'lot')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('voting_rules_pk', ['partnership_id', 'decision_type'])
    .execute();

  await db.schema
    .createTable('quorum_conditions')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('number', 'fraction', 'larger', 'smaller', 'each-partner', 'partners')`))
    .addColumn('members', 'integer', (c) => c.check(sql`members is null or members between 1 and 1000`))
    .addColumn('fraction_numerator', 'integer')
    .addColumn('fraction_denominator', 'integer')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('quorum_conditions_pk', ['partnership_id', 'kind'])
    .execute();
}
