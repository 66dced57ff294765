// Issue 11 (R-2.8g, R-2.8a, R-2.13): a partnership's meetings: when and where, the notice the rules ask for
// (clear days, as in force when the meeting was called) and when it was sent, its status and minutes;
// who attended each seat; its agenda items, each with its type of decision, key-decision and confidential
// flags; the interests declared at each item and their consequence; and the vote on each item's motion,
// with the outcome the domain computed and its explanation kept beside it.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    // yyyy-mm-dd and hh:mm, in the council's time (Europe/London), as a clerk writes them on the notice.
    .addColumn('meets_on', 'text', (c) => c.notNull().check(sql`length(meets_on) = 10`))
    .addColumn('starts_at', 'text', (c) => c.check(sql`starts_at is null or length(starts_at) = 5`))
    .addColumn('location', 'text')
    .addColumn('notice_days', 'integer', (c) => c.notNull().check(sql`notice_days between 0 and 90`))
    .addColumn('notice_sent_on', 'text', (c) => c.check(sql`notice_sent_on is null or length(notice_sent_on) = 10`))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('scheduled', 'held', 'cancelled', 'adjourned')`))
    .addColumn('minutes', 'text')
    .addColumn('previous_minutes', 'text', (c) => c.notNull().check(sql`previous_minutes in ('approved', 'not-approved', 'none')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('meetings_partnership').on('meetings').columns(['partnership_id', 'meets_on']).execute();

  await db.schema
    .createTable('meeting_attendance')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    // A seat of the partnership, by its member; kept by name too, so a seat removed later still reads.
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('attendance', 'text', (c) => c.notNull().check(sql`attendance in ('present', 'substitute', 'apologies', 'absent')`))
    .addPrimaryKeyConstraint('meeting_attendance_pk', ['meeting_id', 'person_id'])
    .execute();
  await db.schema.createIndex('meeting_attendance_person').on('meeting_attendance').column('person_id').execute();

  await db.schema
    .createTable('agenda_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    // Null for an item for information, with nothing to decide.
    .addColumn('decision_type', 'text')
    .addColumn('key_decision', 'integer', (c) => c.notNull().defaultTo(0).check(sql`key_decision in (0, 1)`))
    .addColumn('confidential', 'integer', (c) => c.notNull().defaultTo(0).check(sql`confidential in (0, 1)`))
    .addColumn('motion', 'text')
    // The partner the item concerns, where it concerns one (R-2.13: who must declare).
    .addColumn('concerns_id', 'text', (c) => c.references('organisations.id'))
    // The vote, once taken: by name (item_votes) or counted; the casting vote, consensus and lot as given.
    .addColumn('voting', 'text', (c) => c.check(sql`voting is null or voting in ('named', 'counted')`))
    .addColumn('counted_for', 'integer')
    .addColumn('counted_against', 'integer')
    .addColumn('counted_abstain', 'integer')
    .addColumn('consensus_reached', 'integer', (c) => c.check(sql`consensus_reached is null or consensus_reached in (0, 1)`))
    .addColumn('casting_vote', 'text')
    .addColumn('lot', 'text')
    // The outcome the domain computed when the vote was recorded, and its explanation, kept as it was said.
    .addColumn('outcome', 'text')
    .addColumn('explanation', 'text')
    .addColumn('decided_at', 'text')
    .execute();
  await db.schema.createIndex('agenda_items_meeting').on('agenda_items').columns(['meeting_id', 'position']).execute();

  await db.schema
    .createTable('item_votes')
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('vote', 'text', (c) => c.notNull().check(sql`vote in ('for', 'against', 'abstain')`))
    .addPrimaryKeyConstraint('item_votes_pk', ['item_id', 'person_id'])
    .execute();

  await db.schema
    .createTable('item_declarations')
    .addColumn('item_id', 'text', (c) => c.notNull().references('agenda_items.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pecuniary', 'prejudicial', 'other')`))
    .addColumn('consequence', 'text', (c) => c.notNull().check(sql`consequence in ('left-the-room', 'did-not-vote', 'dispensation', 'took-part')`))
    .addColumn('dispensation_by', 'text')
    .addColumn('dispensation_until', 'text', (c) => c.check(sql`dispensation_until is null or length(dispensation_until) = 10`))
    .addPrimaryKeyConstraint('item_declarations_pk', ['item_id', 'person_id'])
    .execute();
  await db.schema.createIndex('item_declarations_person').on('item_declarations').column('person_id').execute();
}
