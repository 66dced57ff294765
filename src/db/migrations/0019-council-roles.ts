// Issue 10: the council's other principals (src/domain/access/roles.ts): the sponsoring officer,
// who keeps their own partnerships; councillors, Overview and Scrutiny and the monitoring
// officer, who read the register. Roles are rows. Never edit a migration once it has landed.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db
    .insertInto('roles')
    .values([
      { name: 'sponsoring-officer', label: 'Sponsoring officer' },
      { name: 'councillor', label: 'Councillor' },
      { name: 'scrutiny', label: 'Overview and Scrutiny' },
      { name: 'monitoring-officer', label: 'Monitoring officer' },
    ])
    .execute();
}
