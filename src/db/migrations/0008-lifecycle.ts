// The lifecycle (R-APPROVE, R-2.5c): the actions that move a partnership, the decisions that approve,
// reject or withdraw it, and every transition it has made. Tables only: existing partnerships keep the
// status they have and start with no transitions.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

// Rows, not a CHECK list, so a later migration adds an action with one INSERT on both dialects
// (decision 6; migration 0005 showed what changing a CHECK costs on SQLite). Our own constants.
const ACTIONS = [
  'screen-in', 'screen-out', 'rescreen', 'start-business-case', 'submit-for-approval', 'send-back',
  'approve', 'reject', 'approve-unbudgeted-commitment', 'record-approval', 'start-setting-up', 'start-operating',
  'start-review', 'continue-operating', 'start-exit', 'dissolve', 'withdraw',
];
const DECISION_MAKERS = ['cabinet', 'cabinet-member', 'full-council', 'officer-delegation', 'other-body'];
const DECISION_SUBJECTS = ['partnership', 'unbudgeted-commitment'];
const DECISION_OUTCOMES = ['approved', 'rejected', 'withdrawn'];

// A CHECK that the column is one of a fixed list (values are our own constants, never input).
const oneOf = (column: string, values: string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createTable('lifecycle_actions').addColumn('name', 'text', (c) => c.primaryKey()).execute();
  await db.insertInto('lifecycle_actions').values(ACTIONS.map((name) => ({ name }))).execute();

  // Both tables are parts of the partnership: they go with it when a mistake is deleted (its `deleted`
  // audit event keeps them), so they cascade.
  await db.schema
    .createTable('partnership_decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('subject', 'text', (c) => c.notNull().check(oneOf('subject', DECISION_SUBJECTS)))
    .addColumn('outcome', 'text', (c) => c.notNull().check(oneOf('outcome', DECISION_OUTCOMES)))
    .addColumn('decision_maker', 'text', (c) => c.notNull().check(oneOf('decision_maker', DECISION_MAKERS)))
    // The body's or person's own name, when the maker alone does not say (another body, a named Cabinet Member).
    .addColumn('decision_maker_name', 'text')
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('conditions', 'text')
    .addColumn('reason', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('partnership_decisions_partnership').on('partnership_decisions').columns(['partnership_id', 'decided_on']).execute();

  // from_status and to_status have no CHECK: they are written only from the partnership's own status
  // (which has one) and the domain's transition table, and a second status CHECK would double the cost
  // of the next status change on SQLite. to_status equals from_status for a step that keeps the status.
  // actor_id has no foreign key, as in audit_events: the actor is recorded as they were, id and name.
  await db.schema
    .createTable('partnership_transitions')
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull().references('lifecycle_actions.name'))
    .addColumn('from_status', 'text', (c) => c.notNull())
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_label', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('decision_id', 'text', (c) => c.references('partnership_decisions.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('partnership_transitions_pk', ['partnership_id', 'seq'])
    .execute();
  // The cascade from a decision looks its transitions up by decision_id.
  await db.schema.createIndex('partnership_transitions_decision').on('partnership_transitions').column('decision_id').execute();
}
