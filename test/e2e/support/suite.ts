// A suite of browser tests sharing one Chromium. When Chromium is missing its tests are skipped
// (loudly, and counted as skipped in the summary), or fail when REQUIRE_BROWSER=1.
import { after, before, describe, type TestContext } from 'node:test';
import type { Browser } from 'playwright-core';
import { browserSkipReason, launchBrowser } from './browser.ts';
import { startServer, type Server } from './server.ts';
import { Visitor, type Site, type VisitorOptions } from './visitor.ts';

/** A journey that hangs fails rather than holding up the run. */
const TEST_TIMEOUT_MS = 240_000;

export interface BrowserSuite {
  /** Options for each browser test: `it(name, suite.options, fn)` (skipped when Chromium is missing). */
  options: { skip: string | false; timeout: number };
  /** A fresh app and database for this test, closed after it. */
  server(t: TestContext): Promise<Server>;
  /** A fresh browser context for this test, closed after it. */
  visitor(t: TestContext, server: Site, options?: VisitorOptions): Promise<Visitor>;
}

export function browserSuite(name: string, body: (suite: BrowserSuite) => void): void {
  const skip = browserSkipReason();
  describe(name, () => {
    let browser: Browser | undefined;
    before(async () => {
      if (!skip) browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
    });
    body({
      options: { skip: skip ?? false, timeout: TEST_TIMEOUT_MS },
      async server(t) {
        const server = await startServer();
        t.after(() => server.close());
        return server;
      },
      async visitor(t, server, options) {
        if (!browser) throw new Error('Chromium did not start');
        const visitor = await Visitor.open(browser, server, options);
        t.after(() => visitor.close());
        return visitor;
      },
    });
  });
}
