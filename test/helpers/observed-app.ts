// The real app, built like startApp's but with a probe: a last preHandler hook that records every
// request which got past the access check and the CSRF check (both earlier preHandlers), i.e. which
// reached its route's handler. `beforeReady` may add routes or hooks before the app is sealed.
import { loadConfig, type Config } from '../../src/config.ts';
import { systemClock, uuidIds, type AppDeps, type Clock } from '../../src/app/deps.ts';
import type { Database } from '../../src/db/database.ts';
import { loadAssets } from '../../src/web/assets.ts';
import { buildApp, type AccordApp } from '../../src/web/app.ts';
import { TEST_SECRET, type TestApp } from './app.ts';

export interface ObservedApp extends TestApp {
  /** "METHOD /route/:pattern" of every request that reached a handler, in order; clear it freely. */
  reached: string[];
}

export async function startObservedApp(
  database: Database,
  options: { clock?: Clock; env?: Record<string, string>; beforeReady?: (app: AccordApp) => void | Promise<void> } = {},
): Promise<ObservedApp> {
  const config: Config = loadConfig({ COUNCIL_NAME: 'Test Borough Council', ...options.env });
  const clock = options.clock ?? systemClock;
  const app = await buildApp({ config, database, sessionSecret: TEST_SECRET, logger: false, clock, assets: await loadAssets() });
  const reached: string[] = [];
  app.addHook('preHandler', async (request) => {
    if (!request.is404) reached.push(`${request.method} ${request.routeOptions.url}`);
  });
  await options.beforeReady?.(app);
  await app.ready();
  const deps: AppDeps = { database, clock, ids: uuidIds };
  return { app, config, deps, reached, close: () => app.close() };
}
