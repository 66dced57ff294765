// Entering and governing a partnership in a browser, with and without JavaScript (issue 9): an officer
// proposes a partnership that duplicates one already on the register and sees the overlap warning naming it
// and why (R-2.4b); screens it; completes the entering assessment and business case (R-2.5a,
// R-2.5b, R-A1.1, R-A1.2, R-2.6.3); it is submitted and approved by Cabinet (R-APPROVE); agrees its
// governance framework's elements and uploads a document linked to one of them (R-2.7, R-2.7doc); reads on
// its Compliance tab what is still missing, with the clause and the page that fixes it; is refused Start
// operating with each blocker named and linked (R-APPROVE); puts some right on their pages and records an
// exception for each of the rest (a blank reason refused first); starts operating; and reads the steps in
// its History. axe runs on every page reached (support/visitor.ts).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import { mainText, pick } from './support/journey.ts';
import { SAMPLES } from '../helpers/documents.ts';

const NAME = 'Brackenford Tenancy Rescue Partnership';
/** The demo's partnership this one duplicates: the same partner, priority and purpose in other words. */
const DUPLICATED = 'Brackenford Homelessness Prevention Partnership';
const PARTNER = 'Weald Valley Housing Association';
const ACCOUNTABLE = 'Liam O’Connor, Head of Housing Options';
/** An informal arrangement's elements (protocol-config/defaults.ts): all but (o) agreed at first. */
const AGREED_FIRST: ReadonlyArray<readonly [string, string]> = [
  ['(a) Membership', 'The council and Weald Valley Housing Association, each with a vote.'],
  ['(b) Aims and objectives', 'No tenant in arrears is evicted without an offer of help first.'],
  ['(d) Timescales', 'Two years from April, reviewed after the first.'],
  ['(f) Roles and responsibilities', 'The housing association refers; the council’s housing options team follows up.'],
  ['(j) Decision-making processes', 'The two leads decide by agreement at a monthly meeting.'],
  ['Agreed standards of conduct', 'The Nolan principles, as each partner’s code of conduct sets them out.'],
  ['Channels and processes for accountability', 'A yearly report to the Cabinet Member for Housing.'],
];
const LAST_ELEMENT = '(o) Exit strategy and arrangements for dissolution';

/**
 * JavaScript on only: the journey takes 86 s with it on and 135 s with it off (measured 2 December 2026 on
 * the 2 shared cores), both passing; add `false` to run it without JavaScript too (no-javascript.test.ts
 * already covers the forms without it).
 */
const JAVASCRIPT: readonly boolean[] = [true];
/** About 63 pages, each checked by axe: 86 s measured, but past the suite's 240 s once when the 2 cores ran at a load of 12. */
const JOURNEY_TIMEOUT_MS = 480_000;

browserSuite('entering and governing a partnership in a browser', (suite) => {
  for (const javaScript of JAVASCRIPT) {
    it(`proposed with its overlap seen, screened, approved, governed with a document, refused operating until each gap is fixed or excepted, then operating (R-2.4b, R-APPROVE, R-2.7, R-2.7doc, R-2.6.10; JavaScript ${javaScript ? 'on' : 'off'})`, { ...suite.options, timeout: JOURNEY_TIMEOUT_MS }, async (t) => {
      const started = performance.now();
      const server = await suite.server(t);
      await server.addDemoData();
      const officer = await server.addUser('officer', { name: 'Priya Officer', email: 'priya.officer@example.gov.uk' });
      const priya = await suite.visitor(t, server, { javaScript });
      const { page } = priya;
      await priya.signIn(officer.email, PASSWORD);
      const nextYear = new Date().getUTCFullYear() + 1;

      // Proposed: an informal arrangement of under £10,000 a year (a minor one, proportionate governance).
      await priya.follow('Partnerships');
      await priya.follow('Register a partnership');
      await priya.fill('Name', NAME);
      await priya.fill('Purpose', 'Act early to stop households becoming homeless when they fall behind with the rent, with one referral route for tenants.');
      await priya.fill('Expected outcomes for residents', 'Fewer evictions and fewer households in temporary accommodation.');
      await priya.choose('To tackle cross-cutting issues');
      await priya.choose('Social');
      await priya.choose('Informal arrangement');
      await priya.fill('Council financial contribution per year', '£5,000');
      await page.getByRole('group', { name: 'Is the contribution within an approved budget?' }).getByLabel('Yes', { exact: true }).check();
      await pick(priya, 'partner-0-organisation', PARTNER, 'weald valley');
      await page.locator('#partner-0-role').selectOption({ label: 'Member' });
      await page.locator('#partner-0-memberStatus').selectOption({ label: 'Voting' });
      // R-2.5b: the corporate priority it serves, with how.
      await priya.choose('Good homes for everyone');
      await priya.fill('How does the partnership help deliver Good homes for everyone?', 'Keeps tenants in their homes.');
      await priya.press('Register partnership');
      assert.equal(priya.status, 200);
      assert.equal(await priya.heading(), NAME);
      const home = priya.path;
      assert.match(home, /^\/partnerships\/[0-9a-f-]{36}$/);
      const nav = page.getByRole('navigation', { name: 'Partnership' });
      /** The partnership's status, in the tag beside its heading. */
      const status = async () => (await page.locator('main .govuk-tag').first().innerText()).trim();
      const area = (link: string) => priya.clickThrough(nav.getByRole('link', { name: link, exact: true }));
      assert.equal(await status(), 'Proposed');

      // R-2.4b: the warning, naming the partnership it duplicates first, with why it matched.
      assert.match(await page.locator('main .govuk-warning-text').innerText(), /Check these existing partnerships before this one goes further/);
      const overlaps = page.locator('main ul.govuk-list > li').filter({ has: page.getByRole('link', { name: DUPLICATED, exact: true }) });
      assert.equal(await overlaps.count(), 1, `the overlaps name ${DUPLICATED}: ${await mainText(priya)}`);
      const why = (await overlaps.locator('ul li').allInnerTexts()).map((r) => r.trim());
      assert.ok(why.includes(`Shares a partner: ${PARTNER}`), `why it matched: ${why.join(' | ')}`);
      assert.ok(why.includes('Serves the same corporate priority: Good homes for everyone'), `why it matched: ${why.join(' | ')}`);
      assert.ok(why.some((r) => /^Similar purpose: .*‘becoming homeless’, ‘referral route’/.test(r)), `why it matched: ${why.join(' | ')}`);
      const first = page.locator('#overlaps ~ ul.govuk-list > li').first();
      assert.equal((await first.getByRole('link').first().innerText()).trim(), DUPLICATED, 'the strongest overlap first');

      // screened in.
      await area('Screening');
      await priya.follow('Screen this arrangement');
      await priya.choose('Yes');
      await priya.press('Continue');
      await priya.choose('Social');
      await priya.press('Continue');
      await priya.choose('(a) Are otherwise independent bodies.');
      await priya.choose('(d) Plan and implement a jointly agreed programme, often with joint staff or resources.');
      await priya.press('Continue');
      assert.equal(priya.path, `${home}/screening/questions/exclusions`);
      await priya.choose('None of these');
      await priya.press('Continue');
      assert.equal(priya.path, `${home}/screening/questions/note`);
      await priya.press('Continue');
      assert.equal(priya.path, `${home}/screening/check`);
      await priya.press('Confirm and record screening');
      assert.equal((await page.locator('.govuk-panel__title').innerText()).trim(), 'The protocol applies');
      assert.equal(await status(), 'Screened');

      // R-APPROVE: the business case started, then the assessment and business case completed.
      await area('Lifecycle');
      await priya.follow('Start the business case');
      await priya.press('Start the business case');
      assert.equal(await status(), 'Business case');
      await area('Business case');
      assert.match(await mainText(priya), /Still missing before it can be submitted for approval/);
      await priya.follow('Change the business case');
      await priya.fill('Existing commitments it affects (R-2.5a)', 'None.');
      await priya.fill('The legal power relied on (R-A1.1)', 'Localism Act 2011, section 1 (the general power of competence).');
      await page.getByRole('group', { name: /Has any bar to using this power been identified/ }).getByLabel('No', { exact: true }).check();
      await priya.fill('The bar, or how it was established that there is none (R-A1.1)', 'Legal Services, 2 March 2026.');
      await priya.fill('Why this legal form was chosen (R-A1.2)', 'Two partners and a small sum: an agreement in writing is enough.');
      await priya.fill('The business case (R-2.6.3)', 'An eviction costs the council far more in temporary accommodation than early help does.');
      await priya.fill('Its evidence base (R-2.6.3)', 'The homelessness review, 2025: a third of evictions followed rent arrears.');
      await priya.press('Save the business case');
      assert.match(await priya.successBanner(), /Business case saved/);
      assert.match(await mainText(priya), /The assessment and business case are complete/);

      // R-APPROVE: submitted and approved by Cabinet.
      await area('Lifecycle');
      await priya.follow('Submit for approval');
      await priya.press('Submit for approval');
      assert.equal(await status(), 'Awaiting approval');
      await priya.follow('Approve');
      await priya.choose('Cabinet');
      await priya.fill('Day', '12');
      await priya.fill('Month', '3');
      await priya.fill('Year', '2026');
      await priya.fill('Minute or decision reference (optional)', 'CAB/2026/044');
      await priya.press('Approve');
      assert.equal(priya.path, `${home}/lifecycle`);
      assert.equal(await status(), 'Approved');

      // the framework's elements its legal form requires, agreed one form at a time; (o) only drafted.
      await area('Governance');
      assert.equal(priya.path, `${home}/governance`);
      const agree = async (title: string, summary: string, state = 'Agreed') => {
        await priya.follow(`Change ${title}`);
        assert.equal(await priya.heading(), title);
        await priya.choose(state);
        if (state === 'Agreed') {
          await priya.fill('Day', '1');
          await priya.fill('Month', '4');
          await priya.fill('Year', '2026');
        }
        await priya.fill('Summary', summary);
        await priya.press('Save');
        assert.match(priya.path, new RegExp(`^${home}/governance`));
        assert.match(await priya.successBanner(), new RegExp(`${title.replace(/[()]/g, '\\$&')} saved`));
      };
      for (const [title, summary] of AGREED_FIRST) await agree(title, summary);
      await agree(LAST_ELEMENT, 'Either partner may leave on three months’ notice.', 'Draft');
      const sectionRow = (title: string) => page.locator('main .govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: title }) });
      assert.match(await sectionRow('(a) Membership').innerText(), /Agreed/);
      assert.match(await sectionRow(LAST_ELEMENT).innerText(), /Draft/);

      // R-2.7doc: the agreement uploaded as a PDF, linked to the section it sets out.
      await area('Documents');
      assert.match(await mainText(priya), /No documents have been uploaded yet/);
      await priya.follow('Upload a document');
      await priya.fill('Title', 'Tenancy rescue agreement 2026');
      await page.getByLabel('Type of document (R-2.7doc)', { exact: true }).selectOption({ label: 'Partnership agreement' });
      await page.getByLabel('Governance section it evidences (optional)', { exact: true }).selectOption({ label: '(b) Aims and objectives (R-2.7(b))' });
      await priya.fill('Day', '1');
      await priya.fill('Month', '4');
      await priya.fill('Year', '2026');
      await page.getByLabel('The file', { exact: true }).setInputFiles({ name: 'tenancy-rescue-agreement.pdf', mimeType: 'application/pdf', buffer: SAMPLES.pdf });
      await priya.press('Upload');
      assert.match(priya.path, new RegExp(`^${home}/documents/[0-9a-f-]{36}$`));
      assert.match(await priya.successBanner(), /Document uploaded/);
      assert.equal(await priya.heading(), 'Tenancy rescue agreement 2026');
      assert.match(await priya.summaryValue('Governance section it evidences'), /\(b\) Aims and objectives/);
      assert.equal(await page.getByRole('link', { name: 'tenancy-rescue-agreement.pdf', exact: true }).count(), 1);
      await area('Governance');
      assert.match(await sectionRow('(b) Aims and objectives').innerText(), /Documents: Tenancy rescue agreement 2026/);

      // The Compliance tab: what is still missing, with its clause and the page that fixes it.
      await area('Compliance');
      assert.equal(priya.path, `${home}/compliance`);
      const finding = (id: string) => page.locator(`main [id="${id}"]`);
      const findingText = async (id: string) => (await finding(id).innerText()).replace(/\s+/g, ' ');
      assert.match(await findingText('R-2.7'), /R-2\.7, clause .*Gap Gates operating .*1 of 6 not agreed: \(o\) Exit strategy and arrangements for dissolution \(draft\) \(R-2\.7\)/);
      assert.equal(await finding('R-2.7').getByRole('link', { name: `Agree ${LAST_ELEMENT} (R-2.7)`, exact: true }).getAttribute('href'), `${home}/governance/element-o`);
      assert.match(await findingText('R-2.6.1'), /Gap Gates operating .*No accountable officer named \(R-2\.6\.1\)/);
      assert.equal(await finding('R-2.6.1').getByRole('link', { name: 'Name the accountable officer (R-2.6.1)', exact: true }).getAttribute('href'), `${home}/edit`);
      assert.match(await findingText('R-2.6.5'), new RegExp(`Gap Gates operating .*Not confirmed by ${PARTNER} \\(R-2\\.6\\.5\\)`));
      assert.match(await findingText('R-2.16'), /Gap Gates operating .*No sponsoring officer named \(R-2\.16\)/);
      // What is agreed is met, with its evidence.
      assert.match(await findingText('R-2.12'), /Met .*All 1 agreed \(R-2\.12\)/);
      assert.match(await findingText('R-APPROVE'), /Met .*Approved on 2026-03-12/);

      // R-APPROVE: Start operating refused, each blocker named with its clause and a link that puts it right.
      await area('Lifecycle');
      const refusedRow = page.locator('.govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: 'Start operating' }) });
      const refusedText = (await refusedRow.innerText()).replace(/\s+/g, ' ');
      for (const clause of ['R-2.7', 'R-2.6.1', 'R-2.6.5', 'R-2.16']) assert.ok(refusedText.includes(`(${clause})`), `the refusal names ${clause}: ${refusedText}`);
      assert.equal(await page.getByRole('link', { name: 'Start operating', exact: true }).count(), 0, 'no button for a refused step');
      await priya.goto(`${home}/transitions/start-operating`);
      assert.equal(await priya.heading(), 'Start operating');
      const refusal = page.locator('#action p');
      assert.equal(await refusal.count(), 4, `one refusal per blocker: ${await mainText(priya)}`);
      const fixes = await refusal.getByRole('link', { name: 'Put this right for Start operating', exact: true }).evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      assert.deepEqual(new Set(fixes), new Set([`${home}/governance/element-o`, `${home}/edit`, `${home}/partners`, `${home}/edit`]), `each refusal links its page: ${fixes.join(', ')}`);

      // Put right on their own pages: the accountable officer named, through the refusal's link…
      await priya.clickThrough(refusal.filter({ hasText: 'R-2.6.1' }).getByRole('link'));
      assert.equal(priya.path, `${home}/edit`);
      await pick(priya, 'accountableOfficerId', ACCOUNTABLE, 'liam');
      await priya.press('Save changes');
      assert.equal(priya.path, home);
      // …and (o) agreed, through the Compliance tab's Fix link.
      await area('Compliance');
      await priya.clickThrough(finding('R-2.7').getByRole('link', { name: `Agree ${LAST_ELEMENT} (R-2.7)`, exact: true }));
      assert.equal(priya.path, `${home}/governance/element-o`);
      await priya.choose('Agreed');
      await priya.fill('Day', '1');
      await priya.fill('Month', '4');
      await priya.fill('Year', '2026');
      await priya.press('Save');
      await area('Compliance');
      assert.match(await findingText('R-2.7'), /Met .*All 6 agreed \(R-2\.7\)/);
      assert.match(await findingText('R-2.6.1'), /Met .*Liam O’Connor is the accountable officer \(R-2\.6\.1\)/);

      // The rest excepted on the Compliance tab (reason, who agreed, until when); a blank reason refused first.
      const except = async (id: string, reason: string, blankFirst = false) => {
        await priya.clickThrough(finding(id).getByRole('link', { name: `Record an exception to ${id}`, exact: true }));
        assert.equal(priya.path, `${home}/compliance/${id}/exception`);
        assert.equal(await priya.heading(), 'Record an exception');
        await priya.fill('Agreed by: name', 'Gareth Howells');
        await priya.fill('Agreed by: role', 'Monitoring Officer');
        await priya.fill('Day', '31');
        await priya.fill('Month', '3');
        await priya.fill('Year', String(nextYear));
        if (blankFirst) {
          await priya.press('Record the exception');
          assert.equal(priya.status, 400);
          const blank = 'Enter why the partnership may operate without this requirement met';
          assert.deepEqual(await priya.errorSummary(), [{ message: blank, href: '#reason' }]);
          assert.equal(await priya.fieldError('reason'), blank);
          assert.equal(await priya.value('Agreed by: name'), 'Gareth Howells', 'what was typed is kept');
          assert.equal(await priya.value('Year'), String(nextYear));
        }
        await priya.fill('Why it may operate without this', reason);
        await priya.press('Record the exception');
        assert.equal(priya.path, `${home}/compliance`);
        assert.match(await priya.successBanner(), new RegExp(`Exception recorded for ${id.replace(/\./g, '\\.')}`));
        assert.match(await findingText(id), new RegExp(`Gap .*Exception: ${reason.replace(/[.()]/g, '\\$&')}\\. Agreed by Gareth Howells, Monitoring Officer, recorded by Priya Officer .*? on \\d+ \\w+ \\d{4}, until 31 March ${nextYear}: this gap does not stop it operating\\.`));
      };
      await except('R-2.6.5', 'The housing association board confirms its priorities at its June meeting', true);
      await except('R-2.16', 'The Director of Housing is being appointed and will sponsor it');
      assert.doesNotMatch(await mainText(priya), /gaps? stops? it starting to operate/, 'nothing stops it operating now');

      // R-APPROVE: now it starts operating.
      await area('Lifecycle');
      await priya.follow('Start operating');
      assert.equal(priya.path, `${home}/transitions/start-operating`);
      await priya.fill('Note (optional)', 'The first referrals start on 1 April.');
      await priya.press('Start operating');
      assert.equal(priya.path, `${home}/lifecycle`);
      assert.match(await priya.successBanner(), new RegExp(`Start operating: ${NAME} is now operating`));
      assert.equal(await status(), 'Operating');

      // the History tells all of it, newest first.
      await area('History');
      const events = (await page.locator('main ol.govuk-list > li').allInnerTexts()).map((e) => e.replace(/\s+/g, ' '));
      const find = (what: RegExp) => {
        const i = events.findIndex((e) => what.test(e));
        assert.ok(i >= 0, `the History has ${what}: ${events.join(' | ')}`);
        return i;
      };
      const order = [
        find(/^Operating started .*Status: Approved → Operating/),
        find(/^Recorded an exception to R-2\.16 .*\(R-APPROVE\) .*The Director of Housing is being appointed/),
        find(/^Recorded an exception to R-2\.6\.5 .*\(R-APPROVE\) .*The housing association board confirms/),
        find(/^Changed governance section \(o\) Exit strategy .*Agreed/),
        find(/^Updated .*Accountable officer/),
        find(/^Uploaded document Tenancy rescue agreement 2026 .*\(b\) Aims and objectives/),
        find(/^Started governance section \(o\) Exit strategy .*Draft/),
        find(/^Started governance section \(a\) Membership .*Agreed/),
        find(/^Approved .*Status: Awaiting approval → Approved/),
        find(/^Submitted for approval /),
        find(/^Recorded the business case /),
        find(/^Screened .*Status: Proposed → Screened/),
        find(new RegExp(`^Created .*Name: ${NAME}`)),
      ];
      assert.deepEqual(order, [...order].sort((a, b) => a - b), `newest first: ${events.join(' | ')}`);
      assert.ok(events.every((e) => e.includes('by Priya Officer')), `each by whoever did it: ${events.join(' | ')}`);

      // Every page met passed axe, issue 9's pages and their error state among them.
      const pages = new Set(priya.checked.map((c) => c.replace(/[0-9a-f-]{36}/g, ':id').replace(/\?.*$/, '')));
      for (const p of ['200 /partnerships/:id', '200 /partnerships/:id/governance', '200 /partnerships/:id/governance/element-o', '200 /partnerships/:id/documents/new', '200 /partnerships/:id/documents/:id', '200 /partnerships/:id/compliance', '200 /partnerships/:id/compliance/R-2.6.5/exception', '400 /partnerships/:id/compliance/R-2.6.5/exception', '200 /partnerships/:id/transitions/start-operating', '200 /partnerships/:id/history']) {
        assert.ok(pages.has(p), `axe checked ${p}: ${[...pages].join(', ')}`);
      }
      t.diagnostic(`${Math.round(performance.now() - started)} ms, ${priya.checked.length} pages checked by axe`);
    });
  }
});
