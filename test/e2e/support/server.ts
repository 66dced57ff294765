// The real app over a fresh in-memory SQLite database, listening on a free loopback port.
import type { AddressInfo } from 'node:net';
import { createApiToken } from '../../../src/app/api-tokens.service.ts';
import { command } from '../../../src/app/command.ts';
import { SYSTEM, type AppDeps } from '../../../src/app/deps.ts';
import { loadDemoData } from '../../../src/app/demo-data.ts';
import { documentStore } from '../../../src/app/document-store.ts';
import type { User } from '../../../src/db/repositories/users.repo.ts';
import type { Role } from '../../../src/domain/access/roles.ts';
import type { RouteDeclaration } from '../../../src/web/plugins/access.ts';
import { startApp } from '../../helpers/app.ts';
import { freshDatabase } from '../../helpers/databases.ts';
import { makeUser, PASSWORD } from '../../helpers/factories.ts';

export { PASSWORD };

export interface Server {
  baseUrl: string;
  councilName: string;
  deps: AppDeps;
  /** Every route the app declared, with its access (what the crawl must reach, see crawl-coverage.ts). */
  routes: readonly RouteDeclaration[];
  /** Adds a user through the real use case (audited like any other). */
  addUser(role: Role, overrides?: Partial<{ email: string; name: string; password: string }>): Promise<User>;
  /** Appends audited changes in one command (enough of them make the audit trail page). */
  addAuditEvents(count: number, entityId: string): Promise<void>;
  /** Gives the user an API token (so their tokens page links to its revoke page). */
  addToken(userId: string, name: string): Promise<void>;
  /** Fills the register with the example council of `accord demo` (partnerships, organisations, people…). */
  addDemoData(): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(): Promise<Server> {
  const fresh = await freshDatabase('sqlite');
  const t = await startApp(fresh.database);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    councilName: t.config.COUNCIL_NAME,
    deps: t.deps,
    routes: t.app.routeDeclarations,
    addUser: (role, overrides = {}) => makeUser(t.deps, role, overrides),
    addAuditEvents: (count, entityId) =>
      command(t.deps, SYSTEM, async (_trx, audit) => {
        for (let i = 1; i <= count; i += 1) {
          audit.record({ entityType: 'user', entityId, action: 'updated', before: { name: `Name ${i}` }, after: { name: `Name ${i + 1}` } });
        }
      }),
    async addToken(userId, name) {
      await createApiToken(t.deps, SYSTEM, { userId, name });
    },
    async addDemoData() {
      await loadDemoData(t.deps, { councilName: t.config.COUNCIL_NAME, force: false, documents: documentStore(t.config) });
    },
    async close() {
      await t.close();
      await fresh.drop();
    },
  };
}
