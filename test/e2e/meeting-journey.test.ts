// A partnership's meeting, in a browser, with and without JavaScript (issue 11, R-2.8g, R-2.8a, R-2.8b,
// an officer schedules a meeting of an operating example with too little notice (a mistake in its
// time first, refused at the field with what was typed kept) and is warned with the date notice needed to
// be sent by; records who attended (one member's apologies); adds an item with its motion; records a
// declaration by which a member leaves the room; records the vote, and sees the outcome computed with its
// explanation; records that the member who sent apologies was told of it (R-2.8c); and the partnership's
// History says so. axe runs on every page reached (support/visitor.ts).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import { mainText, pick } from './support/journey.ts';

const JOURNEY_TIMEOUT_MS = 240_000;

browserSuite('a partnership’s meeting in a browser', (suite) => {
  for (const javaScript of [true, false]) {
    it(`R-2.8g: a meeting scheduled with short notice and warned of; attendance, an item, a declaration and the vote decided (JavaScript ${javaScript ? 'on' : 'off'})`, { ...suite.options, timeout: JOURNEY_TIMEOUT_MS }, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Dev Officer', email: 'dev.officer@example.gov.uk' });
      // An operating example with its quorum recorded (the demo's decision rules, src/app/demo-data/decision-rules.ts).
      const db = server.deps.database.db;
      const { partnership_id: id } = await db.selectFrom('quorum_conditions').select('partnership_id').orderBy('partnership_id').executeTakeFirstOrThrow();
      const seats = await db.selectFrom('member_seats as s').innerJoin('people as p', 'p.id', 's.person_id').select(['s.person_id', 'p.name']).where('s.partnership_id', '=', id).orderBy('s.position').execute();
      assert.ok(seats.length >= 4, `the example has seats enough: ${seats.length}`);

      const dev = await suite.visitor(t, server, { javaScript });
      const { page } = dev;
      await dev.signIn(officer.email, PASSWORD);
      await dev.goto(`/partnerships/${id}`);
      await dev.clickThrough(page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'Meetings', exact: true }));
      assert.equal(dev.path, `/partnerships/${id}/meetings`);

      // R-2.8g: scheduled, refused first for a time that is not one; the notice offered is five clear days.
      await dev.follow('Schedule a meeting');
      assert.equal(await dev.value('Notice required, in clear days'), '5');
      await dev.fill('Name of the meeting', 'Extraordinary Board');
      for (const [part, value] of [['day', '18'], ['month', '3'], ['year', '2027']]) await page.locator(`input[name="meetsOn-${part}"]`).fill(value!);
      for (const [part, value] of [['day', '15'], ['month', '3'], ['year', '2027']]) await page.locator(`input[name="noticeSentOn-${part}"]`).fill(value!);
      await dev.fill('Time it starts (optional)', 'teatime');
      await dev.press('Schedule a meeting');
      assert.equal(dev.status, 400);
      assert.deepEqual((await dev.errorSummary()).map((e) => e.message), ['Enter the time it starts like 14:30, on the 24-hour clock']);
      assert.equal(await dev.value('Name of the meeting'), 'Extraordinary Board', 'the answers are kept');
      await dev.fill('Time it starts (optional)', '14:30');
      await dev.press('Schedule a meeting');
      assert.equal(dev.status, 200);
      await dev.follow('Extraordinary Board');
      const meeting = await mainText(dev);
      assert.match(meeting, /Notice insufficient: sent on 15 March 2027, 2 clear days before the meeting on 18 March 2027; 5 clear days are required, so it needed to be sent by 12 March 2027\./);

      // Attendance: the first member sent apologies.
      await dev.follow('Record attendance');
      const [away, leaving, ...rest] = seats;
      await page.locator(`input[name="attendance-${away!.person_id}"][value="apologies"]`).check();
      await dev.press('Save attendance');
      assert.match(await dev.successBanner(), /Attendance has been recorded/);
      assert.match(await mainText(dev), /Apologies/);

      // An item with its motion.
      await dev.follow('Add an agenda item');
      await dev.fill('Item', 'Grant to the food bank');
      await dev.choose('Ordinary business');
      await dev.fill('Motion (optional)', 'That the board approves a grant of £5,000 to the food bank.');
      await dev.press('Add the item');
      assert.match(await dev.successBanner(), /Grant to the food bank has been added to the agenda/);
      await dev.follow('Grant to the food bank');
      assert.match(await mainText(dev), /Quorate/);

      // a member declares a prejudicial interest and leaves the room.
      await dev.follow('Record a declaration');
      await pick(dev, 'personId', leaving!.name, leaving!.name.slice(0, 6));
      await dev.choose('Prejudicial interest');
      await dev.choose('Left the room for the item');
      await dev.press('Record the declaration');
      assert.match(await dev.successBanner(), /The declaration has been recorded/);
      assert.ok((await mainText(dev)).includes(`${leaving!.name} declared a prejudicial interest and left the room: not counted towards the item’s quorum or vote (R-2.13)`));

      // R-2.8a: the vote, everyone left in the room for it but one against.
      await dev.follow('Record the vote');
      for (const [n, s] of rest.entries()) await page.locator(`input[name="vote-${s.person_id}"][value="${n === 0 && rest.length > 1 ? 'against' : 'for'}"]`).check();
      await dev.press('Record the vote');
      assert.match(await dev.successBanner(), /The vote has been recorded/);
      const decided = await mainText(dev);
      assert.match(decided, /Quorum and outcome R-2\.8a, R-2\.8b/);
      // The member away and the one who left are not counted: the rest are, one of them against.
      assert.ok(decided.includes(`Quorate: ${rest.length} voting members present`), decided.slice(0, 1500));
      assert.ok(decided.includes(`${leaving!.name} is excluded from this item by a declared interest (R-2.8b).`), decided.slice(0, 1500));
      assert.ok(decided.includes(`Carried: ${rest.length - 1} for, 1 against`), decided.slice(0, 1500));

      // R-2.8c: the member who sent apologies is told of the decision.
      assert.ok(decided.includes(`Still to be told of the decision: ${away!.name} (R-2.8c)`), decided.slice(-800));
      await dev.follow('Record who was told');
      await page.getByLabel(away!.name, { exact: true }).check();
      for (const [part, value] of [['day', '19'], ['month', '3'], ['year', '2027']]) await page.locator(`input[name="toldOn-${part}"]`).fill(value!);
      await dev.choose('By email');
      await dev.press('Save');
      assert.match(await dev.successBanner(), /Who was told of the decision has been recorded/);
      assert.ok((await mainText(dev)).includes(`Every member not present has been told of the decision: ${away!.name}, by email on 19 March 2027 (R-2.8c)`));

      // History says it in words.
      await dev.clickThrough(page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'History', exact: true }));
      const history = await mainText(dev);
      assert.match(history, /Recorded the vote on Grant to the food bank/);
      assert.match(history, /Recorded the attendance at meeting/);
    });
  }
});
