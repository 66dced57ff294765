// Printing the register and a partnership's Summary: the content only. No header menus, navigation (the
// partnership's sub-navigation too), buttons or filter forms; links print as their text, without their addresses.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Page } from 'playwright-core';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';

/** What must not print, by what it is. */
const NOT_PRINTED = ['.govuk-service-navigation', '.govuk-header, .govuk-generic-header', '.govuk-footer', '.govuk-button', '.accord-filters', '.accord-sub-nav', 'form'];

async function assertPrintsContentOnly(page: Page, where: string): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  for (const selector of NOT_PRINTED) {
    const shown = await page.locator(selector).evaluateAll((elements) => elements.filter((e) => e.ownerDocument.defaultView!.getComputedStyle(e).display !== 'none').length);
    assert.equal(shown, 0, `${selector} is printed on ${where}`);
  }
  const addresses = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.ownerDocument.defaultView!.getComputedStyle(a, '::after').content).filter((c) => c !== 'none' && c !== 'normal'));
  assert.deepEqual(addresses, [], `links print their addresses on ${where}`);
  assert.ok(await page.locator('h1').isVisible(), `the heading prints on ${where}`);
}

browserSuite('printing', (suite) => {
  for (const javaScript of [true, false]) {
    it(`the register and a partnership's Summary print their content only (${javaScript ? 'with' : 'without'} JavaScript)`, suite.options, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer');
      const visitor = await suite.visitor(t, server, { javaScript });
      await visitor.signIn(officer.email, PASSWORD);

      await visitor.goto('/partnerships?status=operating');
      // On screen the officer has the buttons and filters that printing leaves out.
      assert.ok(await visitor.page.getByRole('button', { name: 'Search', exact: true }).isVisible());
      await assertPrintsContentOnly(visitor.page, 'the register');
      assert.ok(await visitor.page.locator('.accord-register-table tbody tr').first().isVisible(), 'the rows print');
      await visitor.page.emulateMedia({ media: 'screen' });

      await visitor.follow((await visitor.page.locator('.accord-register-table tbody a').first().innerText()).trim());
      // On screen the Summary has its sub-navigation; printed, only what the page says.
      assert.ok(await visitor.page.getByRole('navigation', { name: 'Partnership' }).isVisible(), 'the sub-navigation shows on screen');
      await assertPrintsContentOnly(visitor.page, 'a partnership’s Summary');
      for (const heading of ['Details', 'What the council puts in', 'Partners', 'Council people', 'Recent history']) {
        assert.ok(await visitor.page.getByRole('heading', { name: heading, exact: true }).isVisible(), `${heading} prints`);
      }
    });
  }
});
