// Issue 10: the partner representative, someone from a partner organisation who reads only the
// partnerships their organisation is a partner in (src/domain/access/roles.ts). Roles are rows.
// Never edit a migration once it has landed: add a new one.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.insertInto('roles').values({ name: 'partner-representative', label: 'Partner representative' }).execute();
}
