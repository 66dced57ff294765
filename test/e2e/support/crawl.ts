// Follows every link in Accord from a start page, as whoever the visitor is signed in as. Every linked
// address is requested and must answer 200 (a 404 or 403 behind a link is a broken link) with a known
// content type; each route (and set of query keys) is shown in the browser once and must log no console
// error; axe and the branding checks run once per template and state (route pattern + status + the
// components on the page), not once per row.
import type { APIResponse, Page } from 'playwright-core';
import { DOCUMENT_FORMATS } from '../../../src/domain/documents/content-signature.ts';
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
  /**
   * Addresses requested per route pattern (and set of query keys). The first is shown in the browser
   * with axe; the next ones only requested. Past this many the rest are left out and counted in
   * `sampled`: a workspace page per section or requirement, times every partnership, would otherwise grow
   * the crawl with every area (a link's template is what breaks, and its first PER_ROUTE rows prove it).
   */
  perRoute?: number;
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
  /** Forms with every answer already given (choices made, no text): nothing to empty, so no error state to send. */
  withoutErrorState: string[];
  /** Addresses left out past `perRoute` of their route, by route. */
  sampled: Map<string, number>;
}

/** What each download must be sent as; a new kind of download is added here on purpose. */
export const DOWNLOAD_TYPES: Readonly<Record<string, RegExp>> = {
  csv: /^text\/csv\b/,
  xlsx: /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet\b/,
  json: /^application\/(?:[a-z.+-]*\+)?json\b/,
  // R-2.8g: a partnership's meetings for a calendar, and a meeting's papers.
  ics: /^text\/calendar\b/,
  pdf: /^application\/pdf\b/,
};

const HTML = /^text\/html\b/;
const DOCUMENT_DOWNLOAD = /^\/partnerships\/[^/]+\/documents\/[^/]+\/versions\/\d+\/download$/;

/** Tabs crawling side by side (see work()). */
const TABS = 3;

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
  const report: CrawlReport = { problems: [], reached: new Set(), shown: 0, requested: 0, downloads: [], axeChecked: [], errorStates: [], withoutErrorState: [], sampled: new Map() };
  const perRoute = options.perRoute ?? Infinity;
  const perRouteSeen = new Map<string, number>();
  const keyOf = (url: URL) => `${routeOf(url.pathname) ?? url.pathname}`;

  // Console errors (a script failing, a CSP refusal, a stylesheet or image that answers 404) of the page
  // each tab shows now.
  const consoleErrors = new Map<Page, string[]>();
  function listen(tab: Page): Page {
    consoleErrors.set(tab, []);
    tab.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.get(tab)!.push(message.text());
    });
    tab.on('pageerror', (error) => consoleErrors.get(tab)!.push(error.message));
    return tab;
  }

  const queued = new Set<string>();
  const queue: Array<{ path: string; from: string }> = [];
  const shownKeys = new Set<string>();
  const axeKeys = new Set<string>();
  const formsSent = new Set<string>();
  const forms: string[] = [];

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
    const routeKey = [keyOf(next), ...new Set(next.searchParams.keys())].join(' ');
    const seen = perRouteSeen.get(routeKey) ?? 0;
    if (seen >= perRoute) {
      report.sampled.set(routeKey, (report.sampled.get(routeKey) ?? 0) + 1);
      return;
    }
    perRouteSeen.set(routeKey, seen + 1);
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
    wake();
  }

  function expectType(url: URL, response: APIResponse, from: string): string | undefined {
    const type = response.headers()['content-type'] ?? '';
    const headers = response.headers();
    // A partnership's document (R-2.7doc) is sent as what it is, never shown: an attachment, nosniff, its recorded type.
    if (DOCUMENT_DOWNLOAD.test(url.pathname)) {
      if (!/^attachment;/.test(headers['content-disposition'] ?? '') || headers['x-content-type-options'] !== 'nosniff') {
        report.problems.push(`${url.pathname} (linked from ${from}) is a document not sent as an attachment with nosniff`);
      } else if (!DOCUMENT_FORMATS.some((f) => type.startsWith(f.mediaType.split(';')[0]!))) {
        report.problems.push(`${url.pathname} (linked from ${from}) is sent as ${type}, not one of the documents' media types`);
      }
      return 'download';
    }
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

  /** Shows a page in a tab: no console errors; axe and branding once for its template and state. */
  async function show(tab: Page, path: string, from: string): Promise<void> {
    report.shown += 1;
    consoleErrors.set(tab, []);
    const response = await tab.goto(base.origin + path);
    const final = new URL(tab.url());
    report.reached.add(keyOf(new URL(path, base)));
    report.reached.add(keyOf(final));
    if (!HTML.test(response?.headers()['content-type'] ?? '')) {
      report.shown -= 1;
      return request(path, from); // JSON or a file shown inline: its status and type are what count
    }
    const status = response?.status() ?? 0;
    const errors = consoleErrors.get(tab)!;
    // A page that answers an error logs it in the console too: the status is the problem to report.
    if (status !== 200) report.problems.push(`${path} (linked from ${from}) answered ${status}`);
    else if (errors.length) report.problems.push(`${path} logged console errors: ${errors.join(' | ')}`);
    const components = await tab.$$eval('main [class]', (elements) => {
      const blocks = new Set<string>();
      for (const element of elements) for (const name of element.classList) if (/^(govuk|app)-[a-z-]+$/.test(name) && !name.includes('--')) blocks.add(name);
      return [...blocks].sort();
    });
    const axeKey = `${status} ${keyOf(final)} [${components.join(' ')}]`;
    if (!axeKeys.has(axeKey)) {
      axeKeys.add(axeKey);
      report.axeChecked.push(`${status} ${final.pathname}${final.search}`);
      await visitor.checkPage(tab, `${status} ${final.pathname}${final.search}`).catch((error: Error) => report.problems.push(error.message));
    }
    const hrefs = await tab.$$eval('a[href]', (anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
    for (const href of hrefs) enqueue(href, path, final.href);
    const route = keyOf(final);
    if (options.errorStates && /\/(new|edit)$/.test(route) && !formsSent.has(route)) {
      formsSent.add(route);
      forms.push(path);
    }
  }

  /** The form to add or change something, sent with its text fields emptied: 400, the error summary, axe. */
  async function sendEmpty(path: string): Promise<void> {
    await visitor.visit(path);
    const form = page.locator('main form[method="post"]').first();
    if ((await form.count()) === 0) return;
    const all = await form.locator(':is(input[type="text"], input[type="email"], input[type="password"], input:not([type]), textarea):visible').all();
    // A field its label calls optional is left as it is: emptying it is no error (GOV.UK's "(optional)").
    const texts: typeof all = [];
    for (const field of all) {
      const id = await field.getAttribute('id');
      const label = id ? await form.locator(`label[for="${id}"]`).first().innerText().catch(() => '') : '';
      if (!/\(optional\)\s*$/.test(label.trim())) texts.push(field);
    }
    for (const field of texts) await field.fill('');
    // A date may be left blank where it is answered later (a partner's confirmation, R-2.6.5): its error
    // state is a date that cannot be, 31 February.
    const days = await form.locator('.govuk-date-input input[name$="-day"]:visible').all();
    for (const day of days) {
      const prefix = (await day.getAttribute('name'))!.replace(/-day$/, '');
      await day.fill('31');
      await form.locator(`input[name="${prefix}-month"]`).fill('2');
      await form.locator(`input[name="${prefix}-year"]`).fill('2026');
    }
    // A form of choices already made (a partner's role and member status: radios, always answered) has no
    // empty state to send; one with a choice still to make (a select left on its blank option) does.
    let unchosen = 0;
    for (const select of await form.locator('select:visible').all()) if ((await select.inputValue()) === '') unchosen++;
    if (texts.length === 0 && unchosen === 0) {
      report.withoutErrorState.push(path);
      return;
    }
    // The form's own action: a secondary button ("Add another partner") re-shows the form with 200.
    await visitor.clickThrough(form.locator('button:not([type="button"]):not(.govuk-button--secondary):visible').first());
    if (visitor.status !== 400) throw new Error(`answered ${visitor.status}, not 400`);
    if ((await visitor.errorSummary()).length === 0) throw new Error('no error summary');
    report.errorStates.push(`${visitor.status} ${path}`);
  }

  /** One address: shown in a tab the first time its route and query keys come up, requested after. */
  async function visit(tab: Page, path: string, from: string): Promise<void> {
    const url = new URL(path, base);
    // One browser visit per route and set of query keys: /partnerships/abc shown, /partnerships/def and
    // /partnerships?status=a after ?status=b requested (status, type, their links followed). Showing
    // every row took ~0.6 s each on a loaded 2-core machine, 30 times a request, and a console error
    // (a script, the CSP, an asset) belongs to the template, whose page is shown.
    const shownKey = [keyOf(url), ...new Set(url.searchParams.keys())].join(' ');
    if (extensionOf(url.pathname) || shownKeys.has(shownKey)) return request(path, from);
    shownKeys.add(shownKey);
    await show(tab, path, from).catch(async (error: Error) => {
      if (error instanceof CrawlBudgetExceeded) throw error;
      // A download the address did not announce by its extension: checked as one.
      if (/Download is starting/.test(error.message)) return request(path, from);
      report.problems.push(`${path} (linked from ${from}) could not be shown: ${error.message}`);
    });
  }

  // Several tabs take addresses from one queue: a crawl mostly waits (on the server, the browser,
  // axe), so tabs side by side finish sooner even on 2 cores. A tab waits while others may add links.
  let busy = 0;
  let failed: Error | undefined;
  const idle: Array<() => void> = [];
  const wake = () => {
    for (const resume of idle.splice(0)) resume();
  };
  async function next(): Promise<{ path: string; from: string } | undefined> {
    for (;;) {
      if (failed) return undefined;
      const item = queue.shift();
      if (item) return item;
      if (busy === 0) return undefined;
      await new Promise<void>((resume) => idle.push(resume));
    }
  }
  const started = performance.now();
  async function work(tab: Page): Promise<void> {
    for (let item = await next(); item; item = await next()) {
      busy += 1;
      // CRAWL_TRACE=1 prints each address as it goes (ms, shown/requested/axe): what to read after a timeout.
      if (process.env.CRAWL_TRACE) process.stderr.write(`${Math.round(performance.now() - started)} ${report.shown}/${report.requested}/${report.axeChecked.length} ${item.path}\n`);
      try {
        await visit(tab, item.path, item.from);
      } catch (error) {
        failed ??= error as Error;
      } finally {
        busy -= 1;
        wake();
      }
    }
  }

  enqueue(options.start, 'the start', base.href);
  // Without JavaScript axe checks a copy of the page in one shared tab (support/axe.ts): one tab then.
  const extra = visitor.javaScript ? TABS - 1 : 0;
  const tabs = [listen(page), ...(await Promise.all(Array.from({ length: extra }, () => visitor.newTab().then(listen))))];
  await Promise.all(tabs.map(work));
  await Promise.all(tabs.slice(1).map((tab) => tab.close()));
  if (failed) throw failed;
  for (const path of forms) await sendEmpty(path).catch((error: Error) => report.problems.push(`the error state of ${path}: ${error.message}`));
  return report;
}
