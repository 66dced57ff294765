// (e) Every page of Accord, and the error states of its forms, passes axe (WCAG 2.2 AA) and shows the
// council's name with no GOV.UK crown. Visitor.check() runs on each page reached. Pages reached by
// following links are the crawls' (crawl-<role>.test.ts, which fail for a page route they may see and no
// link leads to); this file visits the states no link reaches, and fails for a page route nobody visits.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { ROLES } from '../../src/domain/access/roles.ts';
import { mustReach, NOT_LINKED, VISITED_BY_JOURNEY } from './support/coverage.ts';
import { pageRoutes, routeMatcher } from './support/routes.ts';
import { browserSuite } from './support/suite.ts';
import { PASSWORD, startServer } from './support/server.ts';
import type { Visitor } from './support/visitor.ts';

/** Sends the form with its fields emptied. The page's own state (200) is checked by a crawl unless `check`. */
async function submitEmpty(visitor: Visitor, button: string, path: string, check = false): Promise<string[]> {
  if (check) await visitor.goto(path);
  else await visitor.visit(path);
  for (const input of await visitor.page.locator('main form input:not([type=hidden]):not([type=radio]):not([type=checkbox])').all()) await input.fill('');
  await visitor.press(button);
  assert.equal(visitor.status, 400, `${path} refuses an empty form`);
  const errors = await visitor.errorSummary();
  assert.ok(errors.length > 0, `${path} shows the error summary`);
  for (const { href } of errors) {
    const id = href.slice(1);
    assert.equal(await visitor.page.locator(`[id="${id}"]`).count(), 1, `the summary's link ${href} leads to a field`);
  }
  return errors.map((e) => e.message);
}

browserSuite('every page', (suite) => {
  it('(e) every page and every form’s error state passes axe and is the council’s, not GOV.UK’s', suite.options, async (t) => {
    const server = await suite.server(t);
    const visitor = await suite.visitor(t, server);

    // Before anyone can sign in.
    await submitEmpty(visitor, 'Create administrator', '/setup', true);
    await visitor.fill('Full name', 'Rosalind Franklin');
    await visitor.fill('Email address', 'rosalind.franklin@example.gov.uk');
    await visitor.fill('Password', 'photograph fifty one');
    await visitor.fill('Confirm password', 'photograph fifty one');
    await visitor.press('Create administrator');
    assert.equal(visitor.path, '/');
    await visitor.goto('/setup');
    assert.equal(visitor.status, 404);

    const officer = await server.addUser('officer', { name: 'Dorothy Hodgkin', email: 'dorothy.hodgkin@example.gov.uk' });

    // As the administrator: the pages no link leads to (the crawls check the rest).
    await visitor.goto('/no-such-page');
    assert.equal(visitor.status, 404);
    assert.equal(await visitor.heading(), 'Page not found');
    await visitor.visit('/users/00000000-0000-4000-8000-000000000000');
    assert.equal(visitor.status, 404, 'a record that does not exist');

    await submitEmpty(visitor, 'Set password', `/users/${officer.id}/password`);
    await visitor.fill('New password', 'twelve characters at least');
    await visitor.fill('Confirm new password', 'something else entirely');
    await visitor.press('Set password');
    assert.deepEqual(await visitor.fieldError('confirmPassword'), 'The passwords do not match');
    await submitEmpty(visitor, 'Change password', '/account/password');
    await visitor.fill('Current password', 'not my password at all');
    await visitor.fill('New password', 'twelve characters at least');
    await visitor.fill('Confirm new password', 'twelve characters at least');
    await visitor.press('Change password');
    assert.equal(visitor.status, 400);

    // A form sent with a token that does not match: the "could not be sent" page.
    await visitor.visit('/account/password');
    await visitor.page.locator('main input[name="_csrf"]').evaluate((input) => input.setAttribute('value', 'tampered'));
    await visitor.press('Change password');
    assert.equal(visitor.status, 403);
    assert.equal(await visitor.heading(), 'Your form could not be sent');

    // Signed out.
    await visitor.visit('/');
    await visitor.signOut();
    assert.equal(visitor.path, '/sign-in');
    await submitEmpty(visitor, 'Sign in', '/sign-in', true);
    await visitor.signIn('rosalind.franklin@example.gov.uk', 'not my password at all');
    assert.equal(visitor.status, 400);
    await visitor.goto('/no-such-page');
    assert.equal(visitor.status, 404);

    // As an officer, refused a page for administrators.
    await visitor.signIn(officer.email, PASSWORD);
    assert.equal(visitor.path, '/');
    await visitor.goto('/users');
    assert.equal(visitor.status, 403);
    assert.equal(await visitor.heading(), 'You do not have permission to see this page');

    const routeOf = routeMatcher(server.routes);
    const seen = new Set(visitor.checked.map((checked) => {
      const [status, path] = checked.split(' ') as [string, string];
      const pathname = new URL(path, server.baseUrl).pathname;
      return `${status} ${routeOf(pathname) ?? pathname}`;
    }));
    const expected = [
      '200 /setup', '400 /setup', '404 /setup',
      '200 /sign-in', '400 /sign-in',
      '400 /users/:id/password', '400 /account/password', '403 /account/password',
      '404 /no-such-page', '403 /users',
      // Every page no link leads to (support/coverage.ts), shown here.
      ...Object.keys(NOT_LINKED).map((url) => `200 ${url}`),
    ];
    const missing = expected.filter((e) => !seen.has(e));
    assert.deepEqual(missing, [], `checked: ${[...seen].join(', ')}`);
  });
});

// No browser needed: what the crawls are held to, against the routes the app declares.
it('(e) every page route the app declares is visited: by a crawl, as someone who may see it, or by every-page.test.ts', async (t) => {
  const server = await startServer();
  t.after(() => server.close());
  const crawled = new Set([null, ...ROLES].flatMap((role) => mustReach(server.routes, role)));
  const unvisited = pageRoutes(server.routes).map((r) => r.url).filter((url) => !crawled.has(url) && !(url in NOT_LINKED) && !(url in VISITED_BY_JOURNEY));
  assert.deepEqual(unvisited, [], 'page routes no role may see (so no crawl reaches) and every-page.test.ts does not visit');
  for (const url of ['/partnerships', '/partnerships/:id', '/partnerships/:id/edit', '/organisations/:id', '/people/:id', '/priorities/:id', '/audit', '/api/docs', '/account/tokens']) {
    assert.ok(crawled.has(url), `the crawls are expected to reach ${url}`);
  }
});
