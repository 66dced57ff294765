// Issue 11 (R-2.8d): the agenda item an action arose from, where it arose from one, so the item lists its
// actions and the action says which decision it carries out. An item removed leaves its actions, unlinked.
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('partnership_actions').addColumn('item_id', 'text', (c) => c.references('agenda_items.id').onDelete('set null')).execute();
  await db.schema.createIndex('partnership_actions_item').on('partnership_actions').column('item_id').execute();
}
