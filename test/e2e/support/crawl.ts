// Follows every link in Accord from a start page, as whoever the visitor is signed in as. Every linked
// address is requested and must answer 200 (a 404 or 403 behind a link is a broken link); every distinct
// page is shown in the browser and must log no console error; axe and the branding checks run once per
// template and state (route pattern + status + the components on the page), not once per row.
import type { APIResponse } from 'playwright-core';
import { routeMatcher } from './routes.ts';
import type { Visitor } from './visitor.ts';
import type { RouteDeclaration } from '../../../src/web/plugins/access.ts';

export interface CrawlOptions {
  /** Where the crawl starts. */
  start: string;
  /** The routes the app declared (Server.routes): links are keyed by the route that answers them. */
  routes: readonly RouteDeclaration[];
  /**
   * Distinct addresses the crawl may request. Exceeding it fails the crawl naming the routes that grew,
   * rather than stopping quietly with pages unvisited (a link that makes a new address on every page).
   */
  budget: number;
  /** Also send each add or change form (/new, /edit) once with its text emptied: its error state. */
  errorStates?: boolean;
}

export interface CrawlReport {
  /** Everything wrong, each naming the page that linked to it: the test asserts this is empty. */
  problems: string[];
  /** Route patterns that answered a link (as requested, or after a redirect). */
  reached: Set<string>;
  /** How many addresses were shown in the browser, only requested, and downloaded. */
  shown: number;
  requested: number;
  downloads: string[];
  /** The template and state keys axe checked, and the forms whose error state was checked. */
  axeChecked: string[];
  errorStates: string[];
}

/** What each download must be sent as; a new kind of download is added here on purpose. */
export const DOWNLOAD_TYPES: Readonly<Record<string, RegExp>> = {
  csv: /^text\/csv\b/,
  xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\b/,
  json: /^application\/(?:[a-z.+-]*\+)?json\b/,
};

const HTML = /^text\/html\b/;

/**
 * Never followed: signing out is a form's button, not a link, but a link to it would end the session
 * the crawl walks with and every later page would be the sign-in page.
 */
const SKIPPED = /^\/sign-out\b/;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };

/** The links of a page requested without the browser (autoescaped HTML: only entities to undo). */
function hrefsOf(html: string): string[] {
  return [...html.matchAll(/<a\s[^>]*?\bhref="([^"]*)"/gi)].map((m) =>
    m[1]!.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
      e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? all),
    ),
  );
}

/** Thrown through every catch of the crawl: an exceeded budget ends it, loudly. */
export class CrawlBudgetExceeded extends Error {}

const extensionOf = (pathname: string) => /\.([a-z0-9]+)$/i.exec(pathname)?.[1]?.toLowerCase();

export async function crawl(visitor: Visitor, options: CrawlOptions): Promise<CrawlReport> {
  const { page } = visitor;
  const base = new URL(visitor.baseUrl);
  const routeOf = routeMatcher(options.routes);
  const report: CrawlReport = { problems: [], reached: new Set(), shown: 0, requested: 0, downloads: [], axeChecked: [], errorStates: [] };
  const keyOf = (url: URL) => `${routeOf(url.pathname) ?? url.pathname}`;

  // Console errors (a script failing, a CSP refusal, a stylesheet or image that answers 404) of the page shown now.
  let consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  const queued = new Set<string>();
  const queue: Array<{ path: string; from: string }> = [];
  const shownKeys = new Set<string>();
  const axeKeys = new Set<string>();
  const formsSent = new Set<string>();

  function enqueue(href: string, from: string, fromUrl: string): void {
    let next: URL;
    try {
      next = new URL(href, fromUrl);
    } catch {
      report.problems.push(`${from} links to an address that is not one: ${href}`);
      return;
    }
    if (next.origin !== base.origin || next.pathname.startsWith('/static/') || SKIPPED.test(next.pathname)) return;
    const path = next.pathname + next.search;
    if (queued.has(path)) return;
    queued.add(path);
    if (queued.size > options.budget) {
      const byRoute = new Map<string, number>();
      for (const p of queued) {
        const key = keyOf(new URL(p, base));
        byRoute.set(key, (byRoute.get(key) ?? 0) + 1);
      }
      const top = [...byRoute].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, n]) => `${n}× ${k}`);
      throw new CrawlBudgetExceeded(`the crawl found more than its budget of ${options.budget} addresses (most: ${top.join(', ')}): raise the budget if the app really has that many, or find the link that keeps making new ones`);
    }
    queue.push({ path, from });
  }

  function expectType(url: URL, response: APIResponse, from: string): string | undefined {
    const type = response.headers()['content-type'] ?? '';
    if (HTML.test(type)) return 'html';
    const extension = extensionOf(url.pathname);
    const expected = extension ? DOWNLOAD_TYPES[extension] : undefined;
    if (!expected) report.problems.push(`${url.pathname}${url.search} (linked from ${from}) is sent as ${type || 'nothing'}, which the crawl does not know: add its extension to DOWNLOAD_TYPES`);
    else if (!expected.test(type)) report.problems.push(`${url.pathname}${url.search} (linked from ${from}) is sent as ${type}, not ${expected.source}`);
    return 'download';
  }

  /** Asks for an address without the browser: downloads, and pages already shown in another state. */
  async function request(path: string, from: string): Promise<void> {
    report.requested += 1;
    const response = await page.context().request.get(base.origin + path, { failOnStatusCode: false });
    const final = new URL(response.url());
    report.reached.add(keyOf(new URL(path, base)));
    report.reached.add(keyOf(final));
    if (response.status() !== 200) {
      report.problems.push(`${path} (linked from ${from}) answered ${response.status()}`);
      return;
    }
    if (expectType(final, response, from) === 'html') {
      for (const href of hrefsOf(await response.text())) enqueue(href, path, final.href);
    } else {
      report.downloads.push(path);
    }
  }

  /** Shows a page in the browser: no console errors; axe and branding once for its template and state. */
  async function show(path: string, from: string): Promise<void> {
    report.shown += 1;
    consoleErrors = [];
    const response = await page.goto(base.origin + path);
    const final = new URL(page.url());
    report.reached.add(keyOf(new URL(path, base)));
    report.reached.add(keyOf(final));
    if (!HTML.test(response?.headers()['content-type'] ?? '')) {
      report.shown -= 1;
      return request(path, from); // JSON or a file shown inline: its status and type are what count
    }
    const status = response?.status() ?? 0;
    // A page that answers an error logs it in the console too: the status is the problem to report.
    if (status !== 200) report.problems.push(`${path} (linked from ${from}) answered ${status}`);
    else if (consoleErrors.length) report.problems.push(`${path} logged console errors: ${consoleErrors.join(' | ')}`);
    const components = await page.$$eval('main [class]', (elements) => {
      const blocks = new Set<string>();
      for (const element of elements) for (const name of element.classList) if (/^(govuk|app)-[a-z-]+$/.test(name) && !name.includes('--')) blocks.add(name);
      return [...blocks].sort();
    });
    const axeKey = `${status} ${keyOf(final)} [${components.join(' ')}]`;
    if (!axeKeys.has(axeKey)) {
      axeKeys.add(axeKey);
      report.axeChecked.push(`${status} ${final.pathname}${final.search}`);
      await visitor.check().catch((error: Error) => report.problems.push(error.message));
    }
    const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) enqueue(href, path, final.href);
    const route = keyOf(final);
    if (options.errorStates && /\/(new|edit)$/.test(route) && !formsSent.has(route)) {
      formsSent.add(route);
      await sendEmpty(path).catch((error: Error) => report.problems.push(`the error state of ${path}: ${error.message}`));
    }
  }

  /** The form to add or change something, sent with its text fields emptied: 400, the error summary, axe. */
  async function sendEmpty(path: string): Promise<void> {
    const form = page.locator('main form[method="post"]').first();
    if ((await form.count()) === 0) return;
    for (const field of await form.locator(':is(input[type="text"], input[type="email"], input[type="password"], input:not([type]), textarea):visible').all()) await field.fill('');
    await visitor.clickThrough(form.locator('button:not([type="button"]):visible').first());
    if (visitor.status !== 400) throw new Error(`answered ${visitor.status}, not 400`);
    if ((await visitor.errorSummary()).length === 0) throw new Error('no error summary');
    report.errorStates.push(`${visitor.status} ${path}`);
  }

  enqueue(options.start, 'the start', base.href);
  const started = performance.now();
  while (queue.length) {
    const { path, from } = queue.shift()!;
    // CRAWL_TRACE=1 prints each address as it goes (ms, shown/requested/axe): what to read after a timeout.
    if (process.env.CRAWL_TRACE) process.stderr.write(`${Math.round(performance.now() - started)} ${report.shown}/${report.requested}/${report.axeChecked.length} ${path}\n`);
    const url = new URL(path, base);
    // One browser visit per address without its query's values: every record's page is shown, and
    // /partnerships?status=a and ?status=b (the same page filtered) once; the others are requested.
    const shownKey = [url.pathname, ...new Set(url.searchParams.keys())].join(' ');
    if (extensionOf(url.pathname) || shownKeys.has(shownKey)) {
      await request(path, from);
      continue;
    }
    shownKeys.add(shownKey);
    await show(path, from).catch(async (error: Error) => {
      if (error instanceof CrawlBudgetExceeded) throw error;
      // A download the address did not announce by its extension: checked as one.
      if (/Download is starting/.test(error.message)) return request(path, from);
      report.problems.push(`${path} (linked from ${from}) could not be shown: ${error.message}`);
    });
  }
  return report;
}
