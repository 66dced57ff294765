// What's due, in a browser, with and without JavaScript (issue 12, R-2.6.8): an officer who owns a risk of
// an operating example finds *What's due* in the menu, sees its review overdue first, narrows the
// list to risk reviews with the filter form, follows the item to the risk, records the review, and sees
// the item leave the overdue: next due at its band's interval. axe runs on every page reached
// (support/visitor.ts), the What's due page's included.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import { mainText } from './support/journey.ts';

const JOURNEY_TIMEOUT_MS = 240_000;

/** Today in London, as the day, month and year boxes take it. */
function londonParts(): { day: string; month: string; year: string } {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  return { day: parts.day!, month: parts.month!, year: parts.year! };
}

browserSuite('What’s due in a browser', (suite) => {
  for (const javaScript of [true, false]) {
    it(`R-2.6.8: an owner finds their overdue risk review on What’s due, filters to it, reviews the risk, and it is no longer overdue (JavaScript ${javaScript ? 'on' : 'off'})`, { ...suite.options, timeout: JOURNEY_TIMEOUT_MS }, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Dev Officer', email: 'dev.officer@example.gov.uk' });
      const db = server.deps.database.db;
      // The demo's example with gaps has a very high risk never reviewed since it was identified months ago
      // (src/app/demo-data/performance.ts): its owner becomes this officer, through their record under People.
      const risk = await db.selectFrom('risks').select(['id', 'partnership_id', 'owner_id', 'title']).where('title', '=', 'Grant funding ends early').executeTakeFirstOrThrow();
      await db.updateTable('people').set({ user_id: officer.id }).where('id', '=', risk.owner_id).execute();
      const item = `Review of the risk “${risk.title}” (Very high)`;

      const dev = await suite.visitor(t, server, { javaScript });
      const { page } = dev;
      await dev.signIn(officer.email, PASSWORD);
      await dev.clickThrough(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'What’s due', exact: true }));
      assert.equal(dev.path, '/due');
      let text = await mainText(dev);
      assert.match(text, /What’s due for you/);
      assert.ok(text.includes(item), text.slice(0, 600));
      assert.match(text, /things? (is|are) overdue\./);
      const row = page.locator('tbody tr', { hasText: item });
      assert.match((await row.innerText()).replace(/\s+/g, ' '), /Overdue Overdue since .* \(R-2\.6\.8\)/);

      // Narrowed to risk reviews, with the filter form.
      await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Risk review' });
      await dev.press('Apply filters');
      assert.match(dev.path, /^\/due\?(within=30&)?kind=risk-review$/);
      text = await mainText(dev);
      assert.ok(text.includes(item));
      const kinds = await page.locator('tbody tr th .govuk-body-s').allInnerTexts();
      assert.ok(kinds.length > 0 && kinds.every((k) => k.trim() === 'Risk review'), `only risk reviews: ${kinds.join(', ')}`);

      // Followed to the risk, and reviewed.
      await dev.clickThrough(page.getByRole('link', { name: item }));
      assert.equal(dev.path, `/partnerships/${risk.partnership_id}/risks/${risk.id}`);
      await dev.goto(`/partnerships/${risk.partnership_id}/risk-reviews/new`);
      await page.getByLabel('Risk', { exact: true }).selectOption({ label: risk.title });
      const today = londonParts();
      for (const [part, value] of Object.entries(today)) await page.locator(`input[name="reviewedOn-${part}"]`).fill(value);
      await page.locator('input[name="likelihood"][value="3"]').check();
      await page.locator('input[name="impact"][value="4"]').check();
      await dev.fill('Reviewed by', 'Dev Officer');
      await dev.press('Record a risk review');
      assert.equal(dev.status, 200);

      // Back on What's due: reviewed today at 3 × 4 = 12 (High, every two months), due again later, not overdue.
      await dev.goto('/due?within=90&kind=risk-review');
      const after = (await page.locator('tbody tr', { hasText: `Review of the risk “${risk.title}” (High)` }).innerText()).replace(/\s+/g, ' ');
      assert.match(after, /Due by .* \(R-2\.6\.8\)/);
      assert.ok(!after.includes('Overdue'), after);
    });
  }
});
