// The crawler the crawl-<role>.test.ts files use (support/crawl.ts), held to its promises against a small
// site with every fault it must catch: a link that answers 404, a download sent as the wrong type, a
// script that throws, a sign-out link, rows of one template, and links that never end.
import assert from 'node:assert/strict';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, it } from 'node:test';
import type { RouteDeclaration } from '../../src/web/plugins/access.ts';
import { crawl, type CrawlReport } from './support/crawl.ts';
import { browserSuite } from './support/suite.ts';
import type { Site } from './support/visitor.ts';

const COUNCIL = 'Fixture Borough Council';

/** A page that passes axe and the branding checks, so any problem reported is one the site was given. */
function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><title>${title} – ${COUNCIL}</title><style>li { margin: 16px 0 }</style></head><body>
<header><a class="govuk-generic-header__homepage-link" href="/">${COUNCIL}</a></header>
<main><h1>${title}</h1>${body}</main><footer><p>${COUNCIL}</p></footer></body></html>`;
}

const links = (...hrefs: string[]) => `<ul>${hrefs.map((h) => `<li><a href="${h}">Go to ${h.replace(/&/g, '&amp;')}</a></li>`).join('')}</ul>`;

const PAGES: Record<string, (url: URL) => { status?: number; type?: string; body: string }> = {
  '/': () => ({ body: page('Home', links('/items/1', '/items/2', '/missing', '/sign-out', '/report.csv', '/wrong.xlsx', '/script', '/list?sort=a&amp;x=1')) }),
  '/items/1': () => ({ body: page('Item', links('/', '/items/2')) }),
  '/items/2': () => ({ body: page('Item', links('/')) }),
  '/list': () => ({ body: page('List', links('/list?sort=b&x=2', '/list?sort=c')) }),
  '/script': () => ({ body: page('Script', '<p>A page whose script fails.</p><script>throw new Error("the script failed")</script>') }),
  '/report.csv': () => ({ type: 'text/csv; charset=utf-8', body: 'a,b\r\n1,2\r\n' }),
  '/wrong.xlsx': () => ({ type: 'text/plain', body: 'not a spreadsheet' }),
  '/endless': (url) => ({ body: page('Endless', links(`/endless/${Number(url.pathname.split('/')[2] ?? 0) + 1}`)) }),
};

const ROUTES: RouteDeclaration[] = ['/', '/items/:id', '/list', '/script', '/report.csv', '/wrong.xlsx', '/endless', '/endless/:n'].map((url) => ({ method: 'GET', url, access: 'public', scope: null }));

browserSuite('the crawler', (suite) => {
  let http: HttpServer;
  let site: Site;
  const requested: string[] = [];
  let report: CrawlReport;

  before(async () => {
    http = createServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://fixture');
      requested.push(url.pathname + url.search);
      const answer = (PAGES[url.pathname] ?? (url.pathname.startsWith('/endless/') ? PAGES['/endless'] : undefined))?.(url);
      if (!answer) {
        response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' }).end(page('Page not found', ''));
        return;
      }
      response.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'text/html; charset=utf-8' }).end(answer.body);
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    site = { baseUrl: `http://127.0.0.1:${(http.address() as AddressInfo).port}`, councilName: COUNCIL };
  });
  after(() => new Promise<void>((resolve) => http.close(() => resolve())));

  it('crawls the site once, fails a link that answers 404 and a download of the wrong type, and reports a script that throws', suite.options, async (t) => {
    const visitor = await suite.visitor(t, site);
    report = await crawl(visitor, { start: '/', routes: ROUTES, budget: 50 });
    assert.deepEqual(report.problems.toSorted(), [
      '/missing (linked from /) answered 404',
      '/script logged console errors: the script failed',
      '/wrong.xlsx (linked from /) is sent as text/plain, not ^application\\/vnd\\.openxmlformats-officedocument\\.spreadsheetml\\.sheet\\b',
    ]);
  });

  it('requests downloads (status and type) instead of showing them in the browser', suite.options, () => {
    assert.deepEqual(report.downloads.toSorted(), ['/report.csv', '/wrong.xlsx']);
  });

  it('never follows a sign-out link, so the session it crawls with survives', suite.options, () => {
    assert.ok(requested.includes('/missing'), 'the crawl ran');
    assert.ok(!requested.some((path) => path.startsWith('/sign-out')), `requested: ${requested.join(', ')}`);
  });

  it('visits every row of a template but shows it and runs axe once; the same page with other query values is requested, not shown', suite.options, () => {
    assert.ok(requested.includes('/items/1') && requested.includes('/items/2'), 'both rows are visited');
    assert.equal(report.axeChecked.filter((checked) => checked.includes('/items/')).length, 1, report.axeChecked.join(', '));
    assert.ok(report.reached.has('/items/:id'));
    assert.ok(requested.includes('/list?sort=b&x=2') && requested.includes('/list?sort=c'), 'every query is visited');
    assert.equal(report.shown, 6, 'shown: /, one item, /missing, /script, and /list once for each set of query keys');
  });

  it('fails loudly when the links outgrow its budget, instead of stopping quietly', suite.options, async (t) => {
    const visitor = await suite.visitor(t, site);
    await assert.rejects(crawl(visitor, { start: '/endless', routes: ROUTES, budget: 10 }), /more than its budget of 10 addresses \(most: \d+× \/endless\/:n/);
  });
});
