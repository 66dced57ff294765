// (e) Every page linked from anywhere in Accord, found by following links from the home page over the
// example council's data (so new pages are checked as they appear), and the error state of each form
// to add or change something: axe finds nothing and the council's branding is there (Visitor.check()).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

browserSuite('every linked page', (suite) => {
  it('(e) every page linked from anywhere in Accord, over the example council’s data, as an administrator, passes axe', suite.options, async (t) => {
    const server = await suite.server(t);
    const admin = await server.addUser('administrator');
    await server.addUser('auditor');
    await server.addDemoData();
    const visitor = await suite.visitor(t, server);
    await visitor.signIn(admin.email, PASSWORD);

    const origin = new URL(server.baseUrl).origin;
    const queue = ['/'];
    const seen = new Set<string>();
    // One visit per kind of page: /users/:id once, /audit?before once.
    const key = (url: URL) => [url.pathname.replace(UUID, ':id'), ...[...url.searchParams.keys()].sort()].join(' ?');
    const broken: string[] = [];
    let pages = 0;
    let errorStates = 0;
    while (queue.length && pages < 100) {
      const path = queue.shift()!;
      const url = new URL(path, origin);
      if (seen.has(key(url))) continue;
      seen.add(key(url));
      const response = await visitor.page.goto(origin + path).catch((error: Error) => {
        if (/Download is starting/.test(error.message)) return null; // an export, not a page
        throw error;
      });
      if (!response) continue;
      const status = response.status();
      assert.ok(status < 500, `${path} answered ${status}`);
      if (status === 404) broken.push(path);
      // Only pages are checked: a link may lead to the JSON API or a download.
      if (!String(response.headers()['content-type']).startsWith('text/html')) continue;
      await visitor.check();
      pages += 1;
      const hrefs = await Promise.all((await visitor.page.locator('a[href]:not([download])').all()).map((a) => a.getAttribute('href')));
      for (const href of hrefs) {
        const next = new URL(href!, visitor.page.url());
        if (next.origin !== origin || next.pathname.startsWith('/static/') || /\.(csv|xlsx|pdf|ics|json)$/.test(next.pathname)) continue;
        if (!seen.has(key(next))) queue.push(next.pathname + next.search);
      }
      // A form to add or change something, sent with its text fields emptied: its error state.
      const form = visitor.page.locator('main form[method="post"]').first();
      if (/\/(new|edit)$/.test(url.pathname) && (await form.count())) {
        for (const field of await form.locator(':is(input[type="text"], input[type="email"], input[type="password"], input:not([type]), textarea):visible').all()) await field.fill('');
        await visitor.clickThrough(form.locator('button:not([type="button"]):visible').first());
        errorStates += 1;
      }
    }
    t.diagnostic(`checked ${pages} pages and ${errorStates} error states: ${[...seen].join(' ')}`);
    // Reported, not failed: a link may lead to a page still being built.
    if (broken.length) t.diagnostic(`links to pages that answer 404: ${broken.join(', ')}`);
    assert.ok(pages >= 8, `crawled ${pages} pages: ${[...seen].join(', ')}`);
  });
});
