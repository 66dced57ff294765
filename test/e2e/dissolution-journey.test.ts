// A partnership dissolved through its checklist, in a browser, with and without JavaScript (issue 13,
// App 1.7): an officer opens the example leaving now (three items of its checklist closed), sees
// on its Lifecycle page that dissolving is refused for each item still open, closes them on the checklist's
// form (an exception without its reason refused first, the answers kept), sees the Exit page say the
// checklist is complete, and dissolves it. axe runs on every page reached (support/visitor.ts).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { DISSOLUTION_ITEM_LABELS, DISSOLUTION_ITEMS } from '../../src/domain/exit/dissolution.ts';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import { mainText } from './support/journey.ts';

const JOURNEY_TIMEOUT_MS = 240_000;

browserSuite('a partnership dissolved through its dissolution checklist in a browser', (suite) => {
  for (const javaScript of [true, false]) {
    it(`R-2.14: dissolve refused item by item, the checklist closed, then dissolved (JavaScript ${javaScript ? 'on' : 'off'})`, { ...suite.options, timeout: JOURNEY_TIMEOUT_MS }, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Dev Officer', email: 'dev.officer@example.gov.uk' });
      const db = server.deps.database.db;
      const { id } = await db.selectFrom('partnerships').select('id').where('status', '=', 'exiting').orderBy('reference').executeTakeFirstOrThrow();
      const closed = (await db.selectFrom('dissolution_items').select('item').where('partnership_id', '=', id).execute()).map((r) => r.item);
      const open = DISSOLUTION_ITEMS.filter((i) => !closed.includes(i));
      assert.ok(open.length >= 2, `the example has items open: ${open.join(', ')}`);
      const home = `/partnerships/${id}`;

      const dev = await suite.visitor(t, server, { javaScript });
      const { page } = dev;
      const area = (name: string) => dev.clickThrough(page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name, exact: true }));
      await dev.signIn(officer.email, PASSWORD);
      await dev.goto(home);

      // the Lifecycle page names each item open as a reason dissolving is refused.
      await area('Lifecycle');
      const refused = (await page.locator('.govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: 'Dissolve' }) }).innerText()).replace(/\s+/g, ' ');
      for (const i of open) assert.ok(refused.includes(`Close ‘${DISSOLUTION_ITEM_LABELS[i]}’ on the dissolution checklist first`), `${i}: ${refused}`);

      await area('Exit');
      assert.match(await mainText(dev), new RegExp(`${closed.length} of 8 items closed .*It cannot be dissolved until every item is closed \\(R-2\\.14\\)`));

      // An exception without its reason is refused at its box, the answers kept; with it, recorded.
      const [first, ...rest] = open;
      await dev.follow('Close an item of the dissolution checklist');
      await dev.choose(DISSOLUTION_ITEM_LABELS[first!]);
      await dev.choose('Exception: it does not apply, or cannot be done');
      await dev.fill('Day', '15');
      await dev.fill('Month', '1');
      await dev.fill('Year', '2027');
      await dev.press('Close an item of the dissolution checklist');
      assert.equal(dev.status, 400);
      assert.deepEqual((await dev.errorSummary()).map((e) => e.message), ['Enter why it is an exception: an item is done, or the reason it does not apply is recorded (R-2.14)']);
      assert.ok(await page.getByLabel(DISSOLUTION_ITEM_LABELS[first!], { exact: true }).isChecked(), 'the answers are kept');
      await dev.fill('Note', 'Not needed: the county council takes it on unchanged.');
      await dev.press('Close an item of the dissolution checklist');
      assert.equal(dev.status, 200);

      for (const i of rest) {
        await area('Exit');
        await dev.follow('Close an item of the dissolution checklist');
        await dev.choose(DISSOLUTION_ITEM_LABELS[i]);
        await dev.choose('Done');
        await dev.fill('Day', '15');
        await dev.fill('Month', '1');
        await dev.fill('Year', '2027');
        await dev.press('Close an item of the dissolution checklist');
        assert.equal(dev.status, 200, i);
      }
      await area('Exit');
      assert.match(await mainText(dev), /The dissolution checklist is complete: \d+ done, \d+ exceptions?\. It may now be dissolved/);

      await area('Lifecycle');
      await dev.follow('Dissolve');
      await dev.press('Dissolve');
      assert.equal(dev.path, `${home}/lifecycle`);
      assert.match(await mainText(dev), /Dissolved/);
      await area('Exit');
      assert.ok(!(await mainText(dev)).includes('Close an item of the dissolution checklist'), 'kept as it was: nothing more to close');
    });
  }
});
