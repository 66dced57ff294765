// One crawl of Accord over the example council's data, as one role or signed out: one test file per
// role (crawl-<role>.test.ts), so node's runner runs them side by side, each with its own browser.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ROLE_LABELS, type Role } from '../../../src/domain/access/roles.ts';
import { mustReach } from './coverage.ts';
import { crawl } from './crawl.ts';
import { PASSWORD, type Server } from './server.ts';
import { browserSuite } from './suite.ts';

/** Distinct addresses one crawl may request: the administrator's passed 3,000 once each partnership had its Performance pages (issue 12), and 4,500 with its Exit pages (issue 13). */
const BUDGET = 6_000;
/** Addresses per route pattern: every organisation and person of the example data, and a partnership area's pages for its first 60 rows (see CrawlOptions.perRoute). */
const PER_ROUTE = 60;

/** Before the crawl, with the crawling user made: e.g. link a partner representative to their organisation. */
export type CrawlPreparation = (server: Server, userId: string) => Promise<void>;

export function crawlAs(role: Role | null, timeout: number, prepare?: CrawlPreparation): void {
  const who = role ? `signed in as ${ROLE_LABELS[role]}` : 'signed out';
  browserSuite(`every linked page, ${who}`, (suite) => {
    it(`(e) every link ${who} can follow answers 200, every page shows without console errors, every template and state passes axe, and every page route they may see is reached`, { ...suite.options, timeout }, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const visitor = await suite.visitor(t, server);
      if (role) {
        const user = await server.addUser(role);
        await server.addToken(user.id, 'Power BI'); // so their tokens page links to a revoke page
        await prepare?.(server, user.id);
        await visitor.signIn(user.email, PASSWORD);
      } else {
        await server.addUser('administrator'); // set-up is over: the signed-out visitor sees sign-in
      }
      const started = performance.now();
      const report = await crawl(visitor, { start: '/', routes: server.routes, budget: BUDGET, perRoute: PER_ROUTE, errorStates: role === 'administrator' });
      t.diagnostic(
        `${Math.round(performance.now() - started)} ms: ${report.shown} pages shown, ${report.requested} addresses requested (${report.downloads.length} downloads), ` +
          `axe on ${report.axeChecked.length} templates and states, ${report.errorStates.length} error states, ` +
          `${[...report.sampled.values()].reduce((a, b) => a + b, 0)} addresses left out past ${PER_ROUTE} of their route`,
      );
      t.diagnostic(`axe: ${report.axeChecked.join(' ')}`);
      t.diagnostic(`left out: ${[...report.sampled].map(([route, n]) => `${n}× ${route}`).join(', ') || 'none'}`);
      assert.deepEqual(report.problems, [], `${report.problems.length} problems found ${who}`);
      const missed = mustReach(server.routes, role).filter((url) => !report.reached.has(url));
      assert.deepEqual(missed, [], `pages ${who} may see that no link led to: link them, or list them in support/coverage.ts NOT_LINKED and visit them in every-page.test.ts`);
      if (role === 'administrator') {
        const forms = [...report.reached].filter((url) => /\/(new|edit)$/.test(url));
        // Each form is sent empty (its error state), unless it has nothing to empty (only choices already made).
        assert.equal(
          report.errorStates.length + report.withoutErrorState.length,
          forms.length,
          `error states of ${forms.join(', ')}: ${report.errorStates.join(', ')}; nothing to empty: ${report.withoutErrorState.join(', ')}`,
        );
      }
    });
  });
}
