// How a partnership decides, in a browser, with and without JavaScript (issue 11, R-2.8a, R-2.8b): an
// officer opens an operating example's Decision making page (its seats, rules and quorum worded as Accord
// reads them), adds a voting rule for budgets (unanimity, abstentions counting) through its form, one
// mistake first (a qualified majority with no share), sees it worded on the page, then checks a budget
// decision: one member's apologies and everyone else for it is quorate and carried; one against it is
// lost; the excluded member voting makes it invalid. axe runs on every page reached (support/visitor.ts).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import { mainText } from './support/journey.ts';

const JOURNEY_TIMEOUT_MS = 240_000;

browserSuite('a partnership’s decision rules and the check of a decision in a browser', (suite) => {
  for (const javaScript of [true, false]) {
    it(`R-2.8a, R-2.8b: a voting rule added, then a decision checked: quorate and carried, lost, invalid (JavaScript ${javaScript ? 'on' : 'off'})`, { ...suite.options, timeout: JOURNEY_TIMEOUT_MS }, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Dev Officer', email: 'dev.officer@example.gov.uk' });
      // An operating example with its quorum recorded (the demo's decision rules, src/app/demo-data/decision-rules.ts).
      const db = server.deps.database.db;
      const { partnership_id: id } = await db.selectFrom('quorum_conditions').select('partnership_id').orderBy('partnership_id').executeTakeFirstOrThrow();
      const seats = await db.selectFrom('member_seats as s').innerJoin('people as p', 'p.id', 's.person_id').select(['s.person_id', 'p.name']).where('s.partnership_id', '=', id).orderBy('s.position').execute();
      assert.ok(seats.length >= 3, `the example has seats enough to check: ${seats.length}`);

      const dev = await suite.visitor(t, server, { javaScript });
      const { page } = dev;
      await dev.signIn(officer.email, PASSWORD);
      await dev.goto(`/partnerships/${id}`);
      await dev.clickThrough(page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'Decision making', exact: true }));
      assert.equal(dev.path, `/partnerships/${id}/decision-making`);
      const rules = await mainText(dev);
      assert.match(rules, new RegExp(`${seats.length} members: ${seats.length} voting members for \\d+ partners`));
      assert.match(rules, /Ordinary business A majority of those present and voting \(abstentions not counted\); a tie is broken by the chair’s casting vote if given, otherwise it is lost/);
      assert.match(rules, /Half of the \d+ voting members, rounded up/);

      // R-2.8a: a rule for budgets, refused first for a qualified majority with no share, at the field.
      await dev.follow('Add or change voting rules');
      await dev.follow('Add a voting rule');
      await dev.choose('Budget');
      await page.locator('input[name="method"][value="qualified"]').check();
      await dev.choose('Abstentions count among the votes');
      await dev.choose('No casting vote');
      await dev.choose('The motion is lost');
      await dev.press('Add a voting rule');
      assert.equal(dev.status, 400);
      assert.deepEqual((await dev.errorSummary()).map((e) => e.message), [
        'Enter the share a qualified majority needs, like 2/3 (R-2.8a)',
        'Select whether the share is of those present and voting or of all voting members (R-2.8a)',
      ]);
      assert.ok(await page.locator('input[name="decisionType"][value="budget"]').isChecked(), 'the answers are kept');
      await page.locator('input[name="method"][value="unanimity"]').check();
      await dev.press('Add a voting rule');
      assert.equal(dev.status, 200);
      assert.match(await dev.successBanner(), /Budget has been added as a voting rule/);
      await dev.clickThrough(page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'Decision making', exact: true }));
      assert.match(await mainText(dev), /Budget Unanimity \(an abstention counts against it\)/);

      // R-2.8b, R-2.8a: one member's apologies, the rest for it.
      await dev.follow('Check a decision');
      await dev.choose('Budget');
      const [away, ...present] = seats;
      await page.locator(`input[name="attendance-${away!.person_id}"][value="apologies"]`).check();
      for (const s of present) await page.locator(`input[name="vote-${s.person_id}"][value="for"]`).check();
      await dev.press('Check the decision');
      assert.equal(dev.status, 200);
      const carried = await mainText(dev);
      assert.match(carried, /Quorum R-2\.8b Quorate/);
      assert.match(carried, new RegExp(`Outcome R-2\\.8a Carried Carried: ${present.length} for`));
      assert.match(carried, /The partnership’s rule for budget \(R-2\.8a\)/);
      assert.ok(await page.locator(`input[name="attendance-${away!.person_id}"][value="apologies"]`).isChecked(), 'the facts as sent are kept');

      // One against: unanimity fails.
      await page.locator(`input[name="vote-${present[0]!.person_id}"][value="against"]`).check();
      await dev.press('Check the decision');
      assert.match(await mainText(dev), /Outcome R-2\.8a Lost/);

      // a member excluded by a declared interest who still votes: invalid, naming them.
      await page.locator(`input[name="excluded"][value="${present[1]!.person_id}"]`).check();
      await dev.press('Check the decision');
      const invalid = await mainText(dev);
      assert.match(invalid, /Outcome R-2\.8a Invalid/);
      assert.ok(invalid.includes(present[1]!.name), `the excluded voter is named: ${invalid.slice(0, 600)}`);
    });
  }
});
