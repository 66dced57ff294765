// A partnership's performance, in a browser, with and without JavaScript (issue 12, R-A1.3, R-2.9,
// an officer adds an objective to an operating example and an outcome indicator measuring it;
// records a quarter's measurement (refused first for want of the data-quality confirmation, what was typed
// kept), then another below the amber line, and sees it red with the reason on the Performance page and
// on the indicator's page, its trend charted beside the table; then finds it in the council's performance
// view filtered to red. axe runs on every page reached, the chart's included (support/visitor.ts).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import { mainText, pick } from './support/journey.ts';

const JOURNEY_TIMEOUT_MS = 240_000;

browserSuite('a partnership’s performance in a browser', (suite) => {
  for (const javaScript of [true, false]) {
    it(`R-A1.3, R-2.9: an objective, its indicator and two quarters measured, the second red; the trend charted; the council’s view (JavaScript ${javaScript ? 'on' : 'off'})`, { ...suite.options, timeout: JOURNEY_TIMEOUT_MS }, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Dev Officer', email: 'dev.officer@example.gov.uk' });
      const db = server.deps.database.db;
      const { partnership_id: id } = await db.selectFrom('performance_objectives').select('partnership_id').orderBy('partnership_id').executeTakeFirstOrThrow();
      // The council is a partner of every example: it supplies the data.
      const council = await db.selectFrom('organisations').select('name').where('is_this_council', '=', 1).executeTakeFirstOrThrow();

      const dev = await suite.visitor(t, server, { javaScript });
      const { page } = dev;
      await dev.signIn(officer.email, PASSWORD);
      await dev.goto(`/partnerships/${id}`);
      await dev.clickThrough(page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'Performance', exact: true }));
      assert.equal(dev.path, `/partnerships/${id}/performance`);

      // R-A1.3: an objective, then an indicator measuring it.
      await dev.follow('Add an objective');
      await dev.fill('The objective', 'Fewer missed bin collections');
      await dev.press('Add an objective');
      assert.match(await dev.successBanner(), /Fewer missed bin collections has been added as an objective/);
      await dev.goto(`/partnerships/${id}/indicators/new`);
      await page.getByLabel('Objective', { exact: true }).selectOption({ label: 'Fewer missed bin collections' });
      await dev.fill('The indicator', 'Collections made on the day');
      await dev.fill('Definition', 'Scheduled collections made on their day, as a share of all scheduled');
      await dev.fill('Unit', '%');
      await dev.choose('Higher is better');
      await dev.fill('Target (optional)', '98');
      await dev.choose('Quarterly');
      await pick(dev, 'organisationId', council.name, council.name.slice(0, 8));
      await dev.press('Add an outcome indicator');
      assert.equal(dev.status, 200);
      const { id: indicatorId } = await db.selectFrom('outcome_indicators').select('id').where('name', '=', 'Collections made on the day').executeTakeFirstOrThrow();

      // a measurement, refused first for want of the data-quality confirmation, what was typed kept.
      await dev.goto(`/partnerships/${id}/indicators/${indicatorId}`);
      await dev.follow('Record a measurement');
      await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Collections made on the day (quarterly)' });
      for (const [part, value] of [['day', '30'], ['month', '6'], ['year', '2026']]) await page.locator(`input[name="periodEnding-${part}"]`).fill(value!);
      await dev.fill('Value', '98.5');
      await dev.press('Record a measurement');
      assert.equal(dev.status, 400);
      assert.deepEqual((await dev.errorSummary()).map((e) => e.message), ['Confirm the data has been checked for quality before submitting it (R-2.9)']);
      assert.equal(await dev.value('Value'), '98.5', 'what was typed is kept');
      await page.locator('input[name="attested"]').check();
      await dev.press('Record a measurement');
      assert.equal(dev.status, 200);

      await dev.goto(`/partnerships/${id}/measurements/new`);
      await page.getByLabel('Indicator', { exact: true }).selectOption({ label: 'Collections made on the day (quarterly)' });
      for (const [part, value] of [['day', '30'], ['month', '9'], ['year', '2026']]) await page.locator(`input[name="periodEnding-${part}"]`).fill(value!);
      await dev.fill('Value', '90');
      await dev.fill('Commentary (optional)', 'Two vehicles off the road in August');
      await page.locator('input[name="attested"]').check();
      await dev.press('Record a measurement');
      assert.equal(dev.status, 200);

      // Red, with why, on the Performance page and the indicator's page; the trend charted beside its table.
      await dev.goto(`/partnerships/${id}/performance`);
      assert.match(await mainText(dev), /Red: 90% against a target of 98%, missed by more than 5% \(amber ends at 93\.1%\) \(R-2\.9\)/);
      await dev.follow('Collections made on the day');
      assert.equal(dev.path, `/partnerships/${id}/indicators/${indicatorId}`);
      const chart = page.getByRole('img', { name: /Trend/ });
      assert.equal(await chart.count(), 1, 'the chart is an image with a name');
      assert.match(await mainText(dev), /Green: 98\.5% against a target of 98%/);
      assert.match(await mainText(dev), /Two vehicles off the road in August/);

      // the council's view, filtered to red.
      await dev.goto('/performance');
      await page.getByLabel('Latest rating', { exact: true }).selectOption({ label: 'Red' });
      await dev.press('Apply filters');
      assert.match(dev.path, /^\/performance\?priority=&rag=red$/);
      assert.match(await mainText(dev), /Collections made on the day/);
    });
  }
});
