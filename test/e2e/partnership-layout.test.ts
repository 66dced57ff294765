// The partnership layout in a browser: from the register to a partnership, then through its
// sub-navigation to its History and its partners, with and without JavaScript; the current
// page is marked, the links are reached by keyboard with a visible focus, and at 320 pixels wide
// (WCAG 1.4.10) nothing scrolls sideways. axe runs on every page (visitor.check).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';

browserSuite('a partnership’s layout and History', (suite) => {
  for (const javaScript of [true, false]) {
    it(`reads a partnership’s History through its sub-navigation (${javaScript ? 'with' : 'without'} JavaScript)`, suite.options, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const auditor = await server.addUser('auditor');
      const visitor = await suite.visitor(t, server, { javaScript });
      const { page } = visitor;
      await visitor.signIn(auditor.email, PASSWORD);
      await visitor.goto('/partnerships');
      const name = (await page.locator('.accord-register-table tbody a').first().innerText()).trim();
      await visitor.follow(name);
      assert.equal(await visitor.heading(), name);

      const nav = page.getByRole('navigation', { name: 'Partnership' });
      assert.equal(await nav.getByRole('link', { name: 'Summary', exact: true }).getAttribute('aria-current'), 'page');
      const eventsShown = () => page.locator('main ol.govuk-list > li strong').allInnerTexts();
      const recent = await eventsShown();
      assert.ok(recent.length > 0 && recent.length <= 5, `the Summary shows the latest few events: ${recent.join(' | ')}`);
      await visitor.clickThrough(nav.getByRole('link', { name: 'History', exact: true }));
      assert.match(visitor.path, /^\/partnerships\/[0-9a-f-]{36}\/history$/);
      assert.equal(await visitor.heading(), 'History');
      assert.equal(await nav.getByRole('link', { name: 'History', exact: true }).getAttribute('aria-current'), 'page');
      assert.equal(await nav.getByRole('link', { name: 'Summary', exact: true }).getAttribute('aria-current'), null);
      // The History starts with the same events, newest first, and goes on from there.
      const events = await eventsShown();
      assert.deepEqual(events.slice(0, recent.length), recent);

      // The sub-navigation by keyboard: each link takes the focus, and the focus is seen.
      const partners = nav.getByRole('link', { name: 'Partners', exact: true });
      const unfocused = await partners.evaluate((a) => a.ownerDocument.defaultView!.getComputedStyle(a).backgroundColor);
      await partners.focus();
      const focused = await partners.evaluate((a) => a.ownerDocument.defaultView!.getComputedStyle(a).backgroundColor);
      assert.notEqual(focused, unfocused, 'the focused link is highlighted');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/partners$/);
      await visitor.check();
      assert.equal(await visitor.heading(), 'Partners');

      // WCAG 1.4.10: the Summary, a list of records and the History fit 320 pixels.
      await page.setViewportSize({ width: 320, height: 800 });
      for (const link of ['Summary', 'Partners', 'History']) {
        await visitor.clickThrough(nav.getByRole('link', { name: link, exact: true }));
        const width = await page.locator('html').evaluate((html) => html.scrollWidth);
        assert.ok(width <= 320, `${link} is ${width} pixels wide at a 320 pixel viewport`);
      }
    });
  }
});
