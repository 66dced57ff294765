// The register in a real browser, over the example council's data: an officer registers a partnership
// (one mistake first, then fixed), finds it by search and by filter, and downloads the filtered list.
// Every page reached is checked by axe and for the council's branding (support/visitor.ts).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';

browserSuite('the register in a browser', (suite) => {
  for (const javaScript of [true, false]) {
    it(`registers a partnership correcting a mistake, finds it by search and filter, and exports it (JavaScript ${javaScript ? 'on' : 'off'})`, suite.options, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Priya Officer', email: 'priya.officer@example.gov.uk' });
      const priya = await suite.visitor(t, server, { javaScript });
      await priya.signIn(officer.email, PASSWORD);

      await priya.follow('Partnerships');
      assert.equal(await priya.heading(), 'Partnership register');
      await priya.follow('Register a partnership');
      assert.equal(priya.path, '/partnerships/new');

      // R-A1.2: the answers an officer gives; the expected outcomes are forgotten.
      const { page } = priya;
      await priya.fill('Name', 'Brackenford Café Society Food Partnership');
      await priya.fill('Purpose', 'Bring local food growers, cafés and food banks together.');
      await priya.choose('To tackle cross-cutting issues');
      await priya.choose('Social');
      await priya.choose('Joint committee');
      // No status to choose: a new partnership starts proposed and moves only through lifecycle steps.
      assert.equal(await page.locator('input[name="status"]').count(), 0);
      await priya.fill('Council financial contribution per year', '£12,500');
      if (javaScript) {
        // The long list is a type-to-search box (accessible-autocomplete) over the plain select.
        await page.locator('#partner-0-organisation').fill('fire and res');
        await page.locator('#partner-0-organisation__listbox [role="option"]', { hasText: 'Wealdshire Fire and Rescue Service' }).click();
      } else {
        await page.locator('#partner-0-organisation').selectOption({ label: 'Wealdshire Fire and Rescue Service' });
      }
      await page.locator('#partner-0-role').selectOption({ label: 'Member' });
      await page.locator('#partner-0-memberStatus').selectOption({ label: 'Voting' });
      await priya.press('Register partnership');

      assert.equal(priya.status, 400);
      assert.deepEqual(await priya.errorSummary(), [
        { message: 'Enter the outcomes expected for the people of the borough', href: '#expectedOutcomes' },
      ]);
      assert.equal(await priya.fieldError('expectedOutcomes'), 'Enter the outcomes expected for the people of the borough');
      assert.equal(await priya.value('Name'), 'Brackenford Café Society Food Partnership', 'what was typed is kept');
      assert.equal(await priya.value('Council financial contribution per year'), '£12,500');
      const partnerSelect = javaScript ? '#partner-0-organisation-select' : '#partner-0-organisation';
      assert.equal(await page.locator(`${partnerSelect} option:checked`).innerText(), 'Wealdshire Fire and Rescue Service');
      assert.equal(await page.getByLabel('Joint committee', { exact: true }).isChecked(), true);

      await priya.fill('Expected outcomes for residents', 'Less food waste and fewer families in food poverty.');
      await priya.press('Register partnership');
      assert.equal(priya.status, 200);
      assert.match(priya.path, /^\/partnerships\/[0-9a-f-]{36}$/);
      const banner = await priya.successBanner();
      const reference = /registered as (P-\d{4}-\d{3,})/.exec(banner)?.[1];
      assert.ok(reference, `the banner gives the reference: ${banner}`);
      assert.equal(await priya.heading(), 'Brackenford Café Society Food Partnership');
      assert.equal(await priya.summaryValue('Financial contribution per year'), '£12,500');

      // Found by a word of its name without its accent, and by its partner's name.
      await priya.follow('Partnerships');
      await priya.fill('Search', 'cafe food');
      await priya.press('Search');
      assert.match(priya.path, /[?&]q=cafe\+food/);
      assert.match(await page.locator('main table').innerText(), /Brackenford Café Society Food Partnership/);
      await priya.fill('Search', 'wealdshire fire');
      await priya.press('Search');
      assert.match(await page.locator('main table').innerText(), /Brackenford Café Society Food Partnership/);

      // Filtered to proposed joint committees: it is there, and the filters are in the address.
      await priya.fill('Search', '');
      // The other filters are folded away until asked for (or in use).
      const more = page.locator('details.accord-filters__more');
      if ((await more.getAttribute('open')) === null) await more.locator('summary').click();
      await page.getByLabel('Proposed', { exact: true }).check();
      await page.getByLabel('Joint committee', { exact: true }).check();
      await priya.press('Apply filters');
      assert.match(priya.path, /status=proposed/);
      assert.match(priya.path, /legalForm=joint-committee/);
      const rows = await page.locator('main table tbody tr').allInnerTexts();
      assert.ok(rows.some((r) => r.includes(reference)), 'the new partnership is in the filtered list');
      assert.ok(rows.every((r) => /Proposed/.test(r)), 'only proposed partnerships are listed');

      // The filtered list downloads as CSV, with the same partnership in it.
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download as CSV', exact: true }).click();
      const file = await (await download).path();
      const csv = await readFile(file, 'utf8');
      assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with a byte order mark, so Excel reads it right');
      assert.match(csv, new RegExp(`${reference},Brackenford Café Society Food Partnership,Proposed,Joint committee`));
      assert.equal(csv.trim().split('\r\n').length - 1, rows.length, 'the download holds the list that was shown');
    });
  }
});
