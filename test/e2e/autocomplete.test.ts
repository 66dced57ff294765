// Long lists on the partnership form in a real browser: organisations and council officers are
// type-to-search boxes (alphagov's accessible-autocomplete enhancing the plain select). Type part of
// a name, choose it, submit: it is saved. axe checks the page with the menu open. "Add another
// partner" comes back at the new row, with the focus on it.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';

browserSuite('the partnership form’s long lists in a browser', (suite) => {
  it('types part of an organisation’s and an officer’s name, chooses them, and the partnership is saved with them', suite.options, async (t) => {
    const server = await suite.server(t);
    await server.addDemoData();
    const officer = await server.addUser('officer', { name: 'Priya Officer', email: 'priya.autocomplete@example.gov.uk' });
    const priya = await suite.visitor(t, server, { javaScript: true });
    const { page } = priya;
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await priya.signIn(officer.email, PASSWORD);
    await priya.goto('/partnerships/new');

    // Enhanced: the select is hidden and a combobox with its label stands in its place.
    const box = page.getByRole('combobox', { name: 'Organisation' }).first();
    assert.equal(await box.getAttribute('id'), 'partner-0-organisation');
    assert.equal(await page.locator('#partner-0-organisation-select').isVisible(), false);

    await priya.fill('Name', 'Autocomplete Food Partnership');
    await priya.fill('Purpose', 'Bring growers and food banks together.');
    await priya.fill('Expected outcomes for residents', 'Less food waste.');
    await priya.choose('To tackle cross-cutting issues');
    await priya.choose('Social');
    await priya.choose('Joint committee');
    // No status to choose: it starts proposed and moves only through lifecycle steps.

    await box.fill('fire and res');
    const option = page.locator('#partner-0-organisation__listbox [role="option"]', { hasText: 'Wealdshire Fire and Rescue Service' });
    await option.waitFor();
    await priya.check(); // axe with the menu open
    await option.click();
    assert.equal(await box.inputValue(), 'Wealdshire Fire and Rescue Service');
    await page.locator('#partner-0-role').selectOption({ label: 'Member' });
    await page.locator('#partner-0-memberStatus').selectOption({ label: 'Voting' });

    // Only council officers are offered: the first of them, found by part of the name.
    const officerName = await page.locator('#sponsoringOfficerId-select option:not([value=""])').first().innerText();
    const sponsor = page.getByRole('combobox', { name: 'Sponsoring officer' });
    await sponsor.fill(officerName.slice(0, 6));
    await page.locator('#sponsoringOfficerId__listbox [role="option"]', { hasText: officerName }).first().click();
    assert.equal(await sponsor.inputValue(), officerName);

    await priya.press('Register partnership');
    assert.equal(priya.status, 200, await priya.errorSummary().then((e) => JSON.stringify(e)));
    assert.match(priya.path, /^\/partnerships\/[0-9a-f-]{36}$/);
    // The partners are on the Summary, read-only.
    assert.equal(await page.getByRole('link', { name: 'Wealdshire Fire and Rescue Service' }).count(), 1, 'the partner chosen is saved');
    assert.equal(await priya.summaryValue('Sponsoring officer'), officerName, 'the officer chosen is saved');
    assert.deepEqual(problems, [], 'no script or Content-Security-Policy errors');
  });

  it('emptying a box clears its choice, and Add another partner returns to the new row with the focus on it', suite.options, async (t) => {
    const server = await suite.server(t);
    await server.addDemoData();
    const officer = await server.addUser('officer', { email: 'sam.autocomplete@example.gov.uk' });
    const sam = await suite.visitor(t, server, { javaScript: true });
    const { page } = sam;
    await sam.signIn(officer.email, PASSWORD);
    await sam.goto('/partnerships/new');
    const box = page.locator('#partner-1-organisation');
    await box.fill('fire and res');
    await page.locator('#partner-1-organisation__listbox [role="option"]').first().click();
    assert.notEqual(await page.locator('#partner-1-organisation-select').inputValue(), '');
    await box.fill('');
    assert.equal(await page.locator('#partner-1-organisation-select').inputValue(), '', 'an empty box sends no organisation');

    await box.fill('fire and res');
    await page.locator('#partner-1-organisation__listbox [role="option"]').first().click();
    await sam.press('Add another partner');
    assert.equal(new URL(page.url()).hash, '#partner-3');
    assert.equal(await sam.isFocused('#partner-3'), true, 'the focus is on the new row');
    assert.equal(await page.locator('#partner-1-organisation').inputValue(), 'Wealdshire Fire and Rescue Service', 'what was chosen is kept');
  });
});
