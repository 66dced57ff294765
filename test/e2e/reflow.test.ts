// WCAG 1.4.10 reflow: at 320 CSS pixels wide nothing needs scrolling sideways. The register's table,
// the audit trail's and the API reference's become one card per row (accord-table--reflow), and long
// code and ids wrap. Checked in Chromium with the example council's data, axe on every page.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';

browserSuite('pages reflow at 320 pixels wide (WCAG 1.4.10)', (suite) => {
  for (const javaScript of [true, false]) {
    it(`the register, the audit trail and the API reference fit 320 pixels ${javaScript ? 'with' : 'without'} JavaScript`, suite.options, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const auditor = await server.addUser('auditor');
      const visitor = await suite.visitor(t, server, { javaScript });
      await visitor.signIn(auditor.email, PASSWORD);
      await visitor.page.setViewportSize({ width: 320, height: 800 });
      for (const path of ['/partnerships', '/partnerships?status=operating&minContribution=abc', '/audit', '/api/docs', '/accessibility', '/']) {
        await visitor.goto(path);
        const width = await visitor.page.locator('html').evaluate((html) => html.scrollWidth);
        assert.ok(width <= 320, `${path} is ${width} pixels wide at a 320 pixel viewport`);
      }
      // The register's rows are cards: each cell shows its column's heading.
      await visitor.goto('/partnerships');
      const label = await visitor.page
        .locator('.accord-register-table td[data-label="Council contribution per year"]')
        .first()
        .evaluate((cell) => cell.ownerDocument.defaultView!.getComputedStyle(cell, '::before').content);
      assert.equal(label, '"Council contribution per year"');
    });
  }
});
