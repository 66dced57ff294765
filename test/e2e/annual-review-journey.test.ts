// Poor performance tackled and the annual review, in a browser, with and without JavaScript (issue 12,
// R-2.4e): on an operating example whose last annual review was approved, an officer
// adds an objective and an outcome indicator measuring it, records a quarter red (not yet a trigger) then
// another, and sees on the Performance page that the indicator, red two periods in a row (the default
// protocol configuration), needs a performance issue; opens one on its form (refused first for want of the
// indicator) and sees it listed with its escalation standing and the gap gone. Then they start the annual
// review, are refused its approval while objectives and partners are left to evaluate, evaluate each
// objective and each partner's contribution, record each partner's feedback as sent, approve the review
// with its recommendation, see it complete with the next review due a year on, and download it as a PDF.
// axe runs on every page reached (support/visitor.ts).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { it } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import { mainText, pick } from './support/journey.ts';
import type { Visitor } from './support/visitor.ts';

const JOURNEY_TIMEOUT_MS = 480_000;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

interface Day {
  y: number;
  m: number;
  d: number;
}

/** Today in London. */
function londonToday(): Day {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date()).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day) };
}

const words = (x: Day) => `${x.d} ${MONTHS[x.m - 1]} ${x.y}`;
const iso = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const fromIso = (s: string): Day => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  return { y, m, d };
};

/** The same day `months` later (a month's last day stays its last; a day past the month's end, its last). */
function monthsLater(x: Day, months: number): Day {
  const index = x.y * 12 + (x.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = x.d === daysIn(x.y, x.m) ? daysIn(y, m) : Math.min(x.d, daysIn(y, m));
  return { y, m, d };
}

/** The last days of the financial quarters (June, September, December, March) to have ended before `today`, latest first. */
function quartersEnded(today: Day, n: number): Day[] {
  let y = today.y;
  let m = today.m - 1;
  if (m === 0) [y, m] = [y - 1, 12];
  while (m % 3 !== 0) {
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  const out: Day[] = [];
  for (let i = 0; i < n; i++) {
    out.push({ y, m, d: daysIn(y, m) });
    m -= 3;
    if (m <= 0) [y, m] = [y - 1, m + 12];
  }
  return out;
}

async function fillDate(dev: Visitor, name: string, day: Day): Promise<void> {
  for (const [part, value] of [['day', day.d], ['month', day.m], ['year', day.y]] as const) await dev.page.locator(`input[name="${name}-${part}"]`).fill(String(value));
}

/** The links a page offers by that name, drawn as links or as GOV.UK buttons with an href. */
function links(dev: Visitor, name: string) {
  const { page } = dev;
  return page.getByRole('link', { name, exact: true }).or(page.locator('a').and(page.getByRole('button', { name, exact: true })));
}

/** The partnership's Performance page, through its sub-navigation. */
async function toPerformance(dev: Visitor, id: string): Promise<string> {
  await dev.clickThrough(dev.page.getByRole('navigation', { name: 'Partnership' }).getByRole('link', { name: 'Performance', exact: true }));
  assert.equal(dev.path, `/partnerships/${id}/performance`);
  assert.equal(dev.status, 200);
  return mainText(dev);
}

browserSuite('poor performance tackled and the annual review in a browser', (suite) => {
  for (const javaScript of [true, false]) {
    it(`R-2.6.14, R-2.6.4, R-2.4e: an indicator red two quarters running needs a performance issue, one is opened; the annual review started, every objective and partner evaluated, fed back, approved, and downloaded as a PDF (JavaScript ${javaScript ? 'on' : 'off'})`, { ...suite.options, timeout: JOURNEY_TIMEOUT_MS }, async (t) => {
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Dev Officer', email: 'dev.officer@example.gov.uk' });
      const db = server.deps.database.db;
      // An operating example whose annual review was approved (src/app/demo-data/performance.ts): two
      // objectives, two partners besides the council, and its red indicator already tackled by an issue.
      const p = await db.selectFrom('partnerships').select(['id', 'status', 'sponsoring_officer_id']).where('name', '=', 'Wealdshire Shared Legal Service').executeTakeFirstOrThrow();
      assert.equal(p.status, 'operating');
      const id = p.id;
      const earlier = await db.selectFrom('annual_reviews').select(['reviewed_on', 'approved_on']).where('partnership_id', '=', id).execute();
      assert.equal(earlier.length, 1);
      assert.ok(earlier[0]!.approved_on, 'the example’s last review was approved');
      const earlierOn = fromIso(earlier[0]!.reviewed_on);
      const demoObjectives = (await db.selectFrom('performance_objectives').select('title').where('partnership_id', '=', id).execute()).map((o) => o.title);
      const partners = (await db.selectFrom('partnership_partners as pp').innerJoin('organisations as o', 'o.id', 'pp.organisation_id').select('o.name').where('pp.partnership_id', '=', id).where('o.is_this_council', '=', 0).execute()).map((x) => x.name);
      assert.ok(partners.length >= 1);
      const council = await db.selectFrom('organisations').select('name').where('is_this_council', '=', 1).executeTakeFirstOrThrow();
      const sponsor = await db.selectFrom('people').select(['name', 'job_title']).where('id', '=', p.sponsoring_officer_id!).executeTakeFirstOrThrow();
      const owner = sponsor.job_title ? `${sponsor.name}, ${sponsor.job_title}` : sponsor.name;

      const today = londonToday();
      const [latestQuarter, quarterBefore] = quartersEnded(today, 2) as [Day, Day];
      const objective = 'Fewer missed bin collections';
      const indicator = 'Collections made on the day';
      const objectivesAll = [...demoObjectives, objective];
      const reviewTitle = `Annual review of ${words(today)}`;

      const dev = await suite.visitor(t, server, { javaScript });
      const { page } = dev;
      await dev.signIn(officer.email, PASSWORD);
      await dev.goto(`/partnerships/${id}`);
      let text = await toPerformance(dev, id);
      assert.match(text, /An outcome indicator red for 2 periods in a row, or a report overdue, needs a performance issue; an open issue goes to the next level every 3 months it stays open \(R-2\.6\.14\)\./);
      assert.ok(!text.includes('Not tackled:'), 'the example’s red indicator is tackled already');
      assert.ok(text.includes(`Next due by ${words(monthsLater(earlierOn, 12))}; the last was on ${words(earlierOn)} (R-2.6.4)`), text);

      // R-A1.3: an objective, and an outcome indicator measuring it, supplied by the council.
      await dev.follow('Add an objective');
      await dev.fill('The objective', objective);
      await dev.press('Add an objective');
      assert.equal(dev.status, 200);
      assert.match(await dev.successBanner(), new RegExp(`${objective} has been added`));
      await toPerformance(dev, id);
      await dev.follow('Add an outcome indicator');
      await page.getByLabel('Objective', { exact: true }).selectOption({ label: objective });
      await dev.fill('The indicator', indicator);
      await dev.fill('Definition', 'Scheduled collections made on their day, as a share of all scheduled');
      await dev.fill('Unit', '%');
      await dev.choose('Higher is better');
      await dev.fill('Target (optional)', '98');
      await dev.choose('Quarterly');
      await pick(dev, 'organisationId', council.name, council.name.slice(0, 8));
      await dev.press('Add an outcome indicator');
      assert.equal(dev.status, 200);
      assert.match(await dev.successBanner(), new RegExp(`${indicator} has been added`));

      // a quarter red: one red period is not yet poor performance to tackle.
      const measure = async (quarter: Day, value: string) => {
        await toPerformance(dev, id);
        await dev.follow('Record a measurement');
        await page.getByLabel('Indicator', { exact: true }).selectOption({ label: `${indicator} (quarterly)` });
        await fillDate(dev, 'periodEnding', quarter);
        await dev.fill('Value', value);
        await page.locator('input[name="attested"]').check();
        await dev.press('Record a measurement');
        assert.equal(dev.status, 200);
        assert.equal((await dev.errorSummary()).length, 0);
      };
      await measure(quarterBefore, '90');
      text = await toPerformance(dev, id);
      assert.match(text, /Red: 90% against a target of 98%, missed by more than 5% \(amber ends at 93\.1%\) \(R-2\.9\)/);
      assert.ok(!text.includes('Not tackled:'), 'one red period needs no issue yet');

      // red for the second quarter running: it needs a performance issue.
      await measure(latestQuarter, '88');
      text = await toPerformance(dev, id);
      assert.match(text, /Red: 88% against a target of 98%/);
      assert.match(text, /Red for 2 periods in a row \(R-2\.6\.14\)/);
      assert.ok(text.includes(`Not tackled: ${indicator}, red for 2 periods in a row, with no performance issue open (R-2.6.14).`), text);

      // The issue opened on its form: refused first for want of the indicator off target, what was typed kept.
      await dev.follow('Open a performance issue');
      assert.equal(await dev.heading(), 'Open a performance issue');
      const issue = 'Missed collections red two quarters running';
      await dev.fill('The issue', issue);
      await dev.choose('An outcome indicator off target');
      await pick(dev, 'ownerId', owner, sponsor.name);
      await fillDate(dev, 'openedOn', today);
      await dev.choose('The partnership board');
      await dev.fill('Actions', 'Two spare vehicles hired; daily missed-collection figures to the board until it is green.');
      await dev.press('Open a performance issue');
      assert.equal(dev.status, 400);
      assert.deepEqual((await dev.errorSummary()).map((e) => e.message), ['Select the outcome indicator off target (R-2.6.14)']);
      assert.equal(await dev.value('The issue'), issue, 'what was typed is kept');
      await page.getByLabel('Outcome indicator (for an indicator off target)', { exact: true }).selectOption({ label: indicator });
      await dev.press('Open a performance issue');
      assert.equal(dev.status, 200);
      assert.match(await dev.successBanner(), new RegExp(`${issue} has been added as a performance issue`));

      // Listed open, with its escalation standing; the indicator no longer untackled.
      text = await toPerformance(dev, id);
      assert.ok(!text.includes('Not tackled:'), text);
      const issueRow = page.locator('table', { has: page.locator('caption', { hasText: 'Open performance issues' }) }).locator('tbody tr', { hasText: issue });
      assert.equal(await issueRow.count(), 1);
      const row = (await issueRow.innerText()).replace(/\s+/g, ' ');
      assert.ok(row.includes(indicator), row);
      assert.ok(row.includes(sponsor.name), row);
      assert.ok(row.includes('The partnership board'), row);
      assert.ok(row.includes(`Open since ${words(today)}, at the partnership board; escalate to the sponsoring officer (Head of Service) by ${words(monthsLater(today, 3))} if still open (R-2.6.14)`), row);
      assert.ok(!row.includes('Overdue'), row);

      // the annual review started from the Performance page.
      await dev.follow('Start an annual review');
      assert.equal(await dev.heading(), 'Start an annual review');
      await fillDate(dev, 'reviewedOn', today);
      await dev.fill('The value it added', 'One legal team for three councils; external barristers’ fees down a fifth.');
      await dev.choose('Continue with changes');
      await dev.fill('Why', 'Objectives mostly on track; waste collections need the recovery plan in the performance issue.');
      await dev.press('Start an annual review');
      assert.equal(dev.status, 200);
      assert.match(await dev.successBanner(), new RegExp(`${reviewTitle} has been added`));

      text = await toPerformance(dev, id);
      assert.equal(await page.getByRole('heading', { name: reviewTitle, level: 3 }).count(), 1, 'the review in progress is the latest');
      assert.ok(text.includes('Not yet approved: it counts once approved (R-2.6.4)'), text);
      assert.ok(text.includes(`Objectives still to evaluate: ${objectivesAll.join('; ')} (R-2.6.4)`), text);
      assert.ok(text.includes(`Partners’ contributions still to evaluate: ${partners.join('; ')} (R-2.4e)`), text);
      assert.equal(await links(dev, 'Start an annual review').count(), 0, 'one review at a time');
      assert.equal(await links(dev, 'Evaluate an objective').count(), 1);
      await dev.clickThrough(page.getByRole('link', { name: reviewTitle, exact: true }));
      const reviewPath = dev.path;
      assert.match(reviewPath, new RegExp(`^/partnerships/${id}/annual-reviews/[0-9a-f-]{36}$`));
      assert.equal(await dev.heading(), reviewTitle);
      text = await mainText(dev);
      assert.ok(text.includes('No objective evaluated yet.'), text);
      assert.ok(text.includes('No partner’s contribution evaluated yet.'), text);

      // R-2.4e: not approved while objectives and partners are left to evaluate; what was typed kept.
      await dev.follow('Change or approve the review');
      await dev.fill('Approved by (optional)', 'Partnership board');
      await fillDate(dev, 'approvedOn', today);
      await dev.press('Save changes');
      assert.equal(dev.status, 400);
      const refused = (await dev.errorSummary()).map((e) => e.message);
      assert.deepEqual(refused, [
        `Evaluate each objective before the review is approved: ${objectivesAll.join('; ')} (R-2.6.4)`,
        `Evaluate each partner’s contribution before the review is approved: ${partners.join('; ')} (R-2.4e)`,
      ]);
      assert.equal(await dev.value('Approved by (optional)'), 'Partnership board', 'what was typed is kept');
      await dev.follow('Back');
      assert.equal(dev.path, reviewPath);
      assert.ok((await mainText(dev)).includes('Not yet approved: it counts once approved (R-2.6.4).'), 'nothing was approved');

      // Each objective evaluated against its indicators: from the review's page, then from the list of evaluations.
      const findings = ['Achieved', 'Progressing', 'Not achieved'];
      for (const [n, title] of objectivesAll.entries()) {
        await dev.follow('Evaluate an objective');
        assert.equal(await dev.heading(), 'Evaluate an objective');
        await page.getByLabel('Annual review', { exact: true }).selectOption({ label: reviewTitle });
        await page.getByLabel('Objective', { exact: true }).selectOption({ label: title });
        await dev.choose(findings[n % findings.length]!);
        await dev.fill('The evaluation', `What the indicators of ${title} showed over the year.`);
        await dev.press('Evaluate an objective');
        assert.equal(dev.status, 200);
        assert.match(await dev.successBanner(), new RegExp(`${title}, at the annual review of ${words(today)} has been added`));
      }
      await dev.goto(reviewPath);
      text = await mainText(dev);
      assert.ok(!text.includes('Objectives still to evaluate'), text);
      assert.ok(text.includes(`Partners’ contributions still to evaluate: ${partners.join('; ')} (R-2.4e)`), text);
      const objectiveRows = page.locator('table', { has: page.locator('caption', { hasText: 'Objectives evaluated at the review' }) }).locator('tbody tr');
      assert.equal(await objectiveRows.count(), objectivesAll.length);
      for (const [n, title] of objectivesAll.entries()) {
        assert.equal((await objectiveRows.filter({ hasText: title }).innerText()).replace(/\s+/g, ' ').trim(), `${title} ${findings[n % findings.length]} What the indicators of ${title} showed over the year.`);
      }

      // Each partner's contribution evaluated (R-2.4e), not yet fed back.
      for (const partner of partners) {
        await dev.follow('Evaluate a partner’s contribution');
        assert.equal(await dev.heading(), 'Evaluate a partner’s contribution');
        await page.getByLabel('Annual review', { exact: true }).selectOption({ label: reviewTitle });
        await page.getByLabel('Partner', { exact: true }).selectOption({ label: partner });
        await dev.fill('The evaluation', `${partner} gave the staff and the case data it agreed.`);
        await dev.press('Evaluate a partner’s contribution');
        assert.equal(dev.status, 200);
        assert.match(await dev.successBanner(), new RegExp(`${partner}, at the annual review of ${words(today)} has been added`));
      }
      await dev.goto(reviewPath);
      text = await mainText(dev);
      assert.ok(!text.includes('still to evaluate'), text);
      const contributionRows = page.locator('table', { has: page.locator('caption', { hasText: 'Partners’ contributions evaluated at the review' }) }).locator('tbody tr');
      assert.equal(await contributionRows.count(), partners.length);
      for (const partner of partners) assert.match((await contributionRows.filter({ hasText: partner }).innerText()).replace(/\s+/g, ' '), /To send Not yet fed back \(R-2\.4e\)/);

      // R-2.4e: each evaluation fed back to its partner, the day recorded on its form: the first from its own
      // page, the others from the list of evaluations the form returns to.
      for (const [n, partner] of partners.entries()) {
        const title = `${partner}, at the annual review of ${words(today)}`;
        if (n === 0) {
          await dev.clickThrough(contributionRows.filter({ hasText: partner }).getByRole('link', { name: partner, exact: true }));
          assert.equal(await dev.heading(), title);
          assert.doesNotMatch(await dev.summaryValue('Date fed back (optional)'), /\d{4}/, 'not fed back yet');
          await dev.follow('Change contribution evaluation');
        } else {
          await dev.clickThrough(page.locator('tbody tr', { hasText: title }).getByRole('link', { name: /^Change/ }));
        }
        assert.equal(await dev.heading(), `Change contribution evaluation ${title}`);
        await fillDate(dev, 'feedbackSentOn', today);
        await dev.press('Save changes');
        assert.equal(dev.status, 200);
        assert.match(await dev.successBanner(), new RegExp(`${title} has been changed`));
      }
      await dev.goto(reviewPath);
      for (const partner of partners) {
        const fed = (await contributionRows.filter({ hasText: partner }).innerText()).replace(/\s+/g, ' ');
        assert.ok(fed.includes(`Fed back on ${words(today)}`), fed);
        assert.ok(!fed.includes('To send'), fed);
      }

      // approved with its recommendation; it counts, and the next is due a year after it.
      await dev.follow('Change or approve the review');
      assert.ok(await page.getByLabel('Continue with changes', { exact: true }).isChecked(), 'the recommendation as started');
      await dev.fill('Approved by (optional)', 'Partnership board');
      await fillDate(dev, 'approvedOn', today);
      await dev.press('Save changes');
      assert.equal(dev.status, 200);
      assert.deepEqual(await dev.errorSummary(), []);
      assert.match(await dev.successBanner(), new RegExp(`${reviewTitle} has been changed`));
      await dev.goto(reviewPath);
      text = await mainText(dev);
      const nextDue = `Next due by ${words(monthsLater(today, 12))}; the last was on ${words(today)} (R-2.6.4)`;
      assert.ok(text.includes(`Approved by Partnership board on ${words(today)}.`), text);
      assert.ok(text.includes(nextDue), text);
      assert.ok(!text.includes('Not yet approved'), text);
      assert.equal(await dev.summaryValue('Recommendation'), 'Continue with changes');
      assert.equal(await links(dev, 'Evaluate an objective').count(), 0, 'an approved review takes no more evaluations');
      assert.equal(await links(dev, 'Change the review').count(), 1);
      assert.equal(await links(dev, 'Change or approve the review').count(), 0);

      // On the Performance page: complete, the next due, a new review may be started, the earlier one kept.
      text = await toPerformance(dev, id);
      assert.ok(text.includes(nextDue), text);
      assert.ok(text.includes(`Approved by Partnership board on ${words(today)}`), text);
      assert.ok(!text.includes('still to evaluate'), text);
      assert.equal(await links(dev, 'Start an annual review').count(), 1);
      assert.equal(await links(dev, 'Evaluate an objective').count(), 0);
      assert.ok(text.includes(`Annual review of ${words(earlierOn)}`), 'the earlier review is kept');

      // The review as a PDF for the Audit or Governance committee.
      const pdfLink = page.getByRole('link', { name: /^Download the review as a PDF/ });
      assert.equal(await pdfLink.count(), 1);
      assert.match((await pdfLink.textContent()) ?? '', new RegExp(`${reviewTitle}$`), 'the link names the review');
      const href = await pdfLink.getAttribute('href');
      assert.equal(href, `${reviewPath}/review.pdf`);
      const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()]);
      assert.match(download.suggestedFilename(), new RegExp(`-${iso(today)}-annual-review\\.pdf$`));
      const saved = await download.path();
      const bytes = await readFile(saved);
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
      const response = await page.request.get(server.baseUrl + href);
      assert.equal(response.status(), 200);
      assert.match(response.headers()['content-type'] ?? '', /^application\/pdf/);
      assert.equal((await response.body()).subarray(0, 5).toString('latin1'), '%PDF-');
      const pdfText = (await new PDFParse({ data: new Uint8Array(bytes) }).getText()).text.replace(/\s+/g, ' ');
      assert.ok(pdfText.includes(reviewTitle), pdfText.slice(0, 400));
      assert.ok(pdfText.includes(`Approved by Partnership board on ${words(today)}`), pdfText.slice(0, 400));
      assert.ok(pdfText.includes('Continue with changes'), pdfText.slice(0, 600));
      for (const partner of partners) assert.ok(pdfText.includes(`${partner}: Fed back on ${words(today)}`), pdfText);
      assert.equal(dev.path, `/partnerships/${id}/performance`, 'the download leaves the page where it was');
    });
  }
});
