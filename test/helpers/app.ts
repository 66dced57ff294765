// Builds the real app over a test database, and a browser-like client with a cookie jar that
// sends CSRF tokens read from the pages, exactly as a person's browser would.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config } from '../../src/config.ts';
import type { AppDeps, Clock } from '../../src/app/deps.ts';
import { systemClock, uuidIds } from '../../src/app/deps.ts';
import { createAuditKey } from '../../src/app/audit-chain.ts';
import type { Database } from '../../src/db/database.ts';
import { loadAssets, type Assets } from '../../src/web/assets.ts';
import { buildApp, type AccordApp } from '../../src/web/app.ts';
import { reEscape } from './html.ts';

export const TEST_SECRET = 'test-session-secret-that-is-long-enough-0123456789';
/** The test app's audit key, as AUDIT_KEY would give it: verify with it to check keyed hashes too. */
export const TEST_AUDIT_KEY = createAuditKey('test-audit-key-that-is-long-enough-0123456789');

let assets: Promise<Assets> | undefined;

export interface TestApp {
  app: AccordApp;
  deps: AppDeps;
  config: Config;
  close(): Promise<void>;
}

export async function startApp(
  database: Database,
  options: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<TestApp> {
  // Tests sign in as administrators with a password alone; two-factor sign-in's own tests set TWO_FACTOR_ROLES.
  const config = loadConfig({ COUNCIL_NAME: 'Test Borough Council', TWO_FACTOR_ROLES: 'none', ...options.env });
  assets ??= loadAssets();
  const clock = options.clock ?? systemClock;
  const app = await buildApp({ config, database, sessionSecret: TEST_SECRET, auditKey: TEST_AUDIT_KEY, logger: false, clock, assets: await assets });
  await app.ready();
  return { app, config, deps: { database, clock, ids: uuidIds, auditKey: TEST_AUDIT_KEY }, close: () => app.close() };
}

/** The id in a 303's Location `<prefix>/<id>` (e.g. '/organisations' after adding one); fails the test otherwise. */
export function idFromRedirect(res: LightMyRequestResponse, prefix: string): string {
  const location = String(res.headers.location);
  const match = new RegExp(`^${reEscape(prefix)}/([0-9a-f-]{36})$`).exec(location);
  assert.ok(match, `redirected to ${prefix}/<id>, not ${res.statusCode} ${location}`);
  return match[1]!;
}

/** Reads the CSRF token a page's form carries. */
export function csrfFrom(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('no CSRF token on the page');
  return match[1];
}

export type Form = Record<string, string | string[]>;

function encode(form: Form): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(form)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  return params.toString();
}

export class Client {
  readonly cookies = new Map<string, string>();
  lastPage = '';
  private readonly app: AccordApp;

  constructor(app: AccordApp) {
    this.app = app;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private remember(res: LightMyRequestResponse): void {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const expired = c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now()) || c.value === '';
      if (expired) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  async get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader(), ...headers } });
    this.remember(res);
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) this.lastPage = res.body;
    return res;
  }

  /** Posts a form with the CSRF token of the page last fetched (or of `from`, fetched first). */
  async post(url: string, form: Form, options: { from?: string; csrf?: string | null } = {}): Promise<LightMyRequestResponse> {
    if (options.from) await this.get(options.from);
    const token = options.csrf === null ? undefined : (options.csrf ?? csrfFrom(this.lastPage));
    const body = encode(token === undefined ? form : { _csrf: token, ...form });
    const res = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: body,
    });
    this.remember(res);
    if (String(res.headers['content-type'] ?? '').startsWith('text/html')) this.lastPage = res.body;
    return res;
  }

  /** Follows a redirect's Location with a GET. */
  async follow(res: LightMyRequestResponse): Promise<LightMyRequestResponse> {
    const location = res.headers.location;
    if (typeof location !== 'string') throw new Error(`expected a redirect, got ${res.statusCode}`);
    return this.get(location);
  }
}
