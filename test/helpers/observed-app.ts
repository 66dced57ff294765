// The real app, built like startApp's but with a probe: a last preHandler hook that records every
// request which got past the access check, the CSRF check and the partnership scope hook (all earlier
// preHandlers), i.e. which reached its route's handler, with the partnership the scope hook loaded for
// it. `beforeReady` may add routes or hooks before the app is sealed.
import { loadConfig, type Config } from '../../src/config.ts';
import { systemClock, uuidIds, type AppDeps, type Clock } from '../../src/app/deps.ts';
import type { Database } from '../../src/db/database.ts';
import { loadAssets } from '../../src/web/assets.ts';
import { buildApp, type AccordApp } from '../../src/web/app.ts';
import { TEST_AUDIT_KEY, TEST_SECRET, type TestApp } from './app.ts';

export interface Reached {
  /** "METHOD /route/:pattern". */
  route: string;
  /** The id of the partnership the scope hook set on the request; null on a route outside any partnership. */
  partnershipId: string | null;
}

export interface ObservedApp extends TestApp {
  /** Every request that reached a handler, in order; clear it freely. */
  reached: Reached[];
}

export async function startObservedApp(
  database: Database,
  options: { clock?: Clock; env?: Record<string, string>; beforeReady?: (app: AccordApp) => void | Promise<void> } = {},
): Promise<ObservedApp> {
  const config: Config = loadConfig({ COUNCIL_NAME: 'Test Borough Council', TWO_FACTOR_ROLES: 'none', ...options.env });
  const clock = options.clock ?? systemClock;
  const app = await buildApp({ config, database, sessionSecret: TEST_SECRET, auditKey: TEST_AUDIT_KEY, logger: false, clock, assets: await loadAssets() });
  const reached: Reached[] = [];
  app.addHook('preHandler', async (request) => {
    if (!request.is404) reached.push({ route: `${request.method} ${request.routeOptions.url}`, partnershipId: request.partnership?.id ?? null });
  });
  await options.beforeReady?.(app);
  await app.ready();
  const deps: AppDeps = { database, clock, ids: uuidIds, auditKey: TEST_AUDIT_KEY };
  return { app, config, deps, reached, close: () => app.close() };
}
