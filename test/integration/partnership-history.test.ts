// a partnership's History page: everything that happened to it and to its records, newest
// first, each event in the audit trail's words (a partner added by name with its role, a lifecycle step
// with its decision), a page at a time; an unknown partnership is 404 and a bad ?before is ignored, never
// a 500. And the partnership layout: every page of a partnership has the sub-navigation, the current
// page marked with aria-current.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { londonToday, transition } from '../../src/app/lifecycle.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, partnershipDetails, signedIn } from '../helpers/factories.ts';
import { escapeHtml, unescapeHtml } from '../helpers/html.ts';
import { cannedEvidence } from '../helpers/lifecycle.ts';
import { seedRegister, type Register } from './api-helpers.ts';

/** The History's events as text, one string each, in page order. */
const eventsOn = (html: string) =>
  [...html.matchAll(/<li class="govuk-!-margin-bottom-4">([\s\S]*?)<\/li>\s*(?=<li class="govuk-!-margin-bottom-4">|<\/ol>)/g)].map((m) =>
    unescapeHtml(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()),
  );

/** The sub-navigation's links and which one is current: [text, aria-current or null]. */
const subNav = (html: string) => {
  const nav = /<nav class="accord-sub-nav" aria-label="Partnership">([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
  return [...nav.matchAll(/<a class="accord-sub-nav__link" href="([^"]+)"(?: aria-current="([^"]+)")?>([^<]+)<\/a>/g)].map((m) => [m[3], m[1], m[2] ?? null]);
};

forEachDatabase('a partnership’s History page and layout', (ctx) => {
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let auditor: Client;
  let n = 0;

  const register = async () =>
    createPartnership(
      t.deps,
      SYSTEM,
      partnershipDetails({
        name: `History ${++n}`,
        partners: [
          { organisationId: r.council.id, role: 'lead', memberStatus: 'voting' },
          { organisationId: r.partners[0]!.id, role: 'member', memberStatus: 'voting' },
        ],
      }),
    );

  before(async () => {
    t = await startApp(ctx.database);
    r = await seedRegister(t.deps);
    officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
  });
  after(() => t.close());

  it('R-2.6.10 a partner added and a lifecycle step show on the History in plain words, newest first, and only this partnership’s', async () => {
    const p = await register();
    const other = await register();
    const trust = r.partners[1]!;
    const added = await officer.post(`/partnerships/${p.id}/partners`, { organisationId: trust.id, role: 'funder', memberStatus: 'non-voting' }, { from: `/partnerships/${p.id}/partners/new` });
    assert.equal(added.statusCode, 303, added.body.slice(0, 300));
    // A step with a decision that needs no screening first: withdrawing (decision 24), by Cabinet.
    await transition(t.deps, SYSTEM, { role: 'administrator' }, p.id, { action: 'withdraw', ...cannedEvidence('withdraw', londonToday(t.deps.clock.now())) });

    const page = await auditor.get(`/partnerships/${p.id}/history`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1 class="govuk-heading-l">History<\/h1>/);
    const events = eventsOn(page.body);
    assert.match(events[0]!, /^Withdrawn by .*Status: Proposed → Withdrawn .*Decision: .*Withdrawn: Cabinet, .*TEST\/withdraw; reason: Test reason/, `the step with its decision: ${events[0]}`);
    const partner = events.find((e) => e.startsWith(`Added partner ${trust.name}`));
    assert.ok(partner, `the partner added, by name: ${events.join(' | ')}`);
    assert.match(partner, /Role: Funder Member status: Non-voting$/);
    assert.ok(page.body.includes(`Added partner ${escapeHtml(trust.name)}`), 'names are escaped');
    assert.match(events.at(-1)!, /^Created by /, 'registering is the oldest');
    assert.ok(!events.some((e) => e.includes(other.name)), 'another partnership’s events are not on it');
    assert.doesNotMatch(page.body, /Older events|Newest events/, 'one page holds them all');

    // The Summary shows the latest few, in the same words, with a link to them all.
    const summary = await auditor.get(`/partnerships/${p.id}`);
    assert.deepEqual(eventsOn(summary.body), events.slice(0, 5));
    assert.match(summary.body, new RegExp(`<a class="govuk-link" href="/partnerships/${p.id}/history">All of this partnership’s history</a>`));
  });

  it('R-2.6.10 the audit trail words a partner added exactly as the History does (one function, eventWords)', async () => {
    const p = await register();
    const acme = r.partners[2]!;
    const added = await officer.post(`/partnerships/${p.id}/partners`, { organisationId: acme.id, role: 'funder', memberStatus: 'observer' }, { from: `/partnerships/${p.id}/partners/new` });
    assert.equal(added.statusCode, 303, added.body.slice(0, 300));
    const onHistory = eventsOn((await auditor.get(`/partnerships/${p.id}/history`)).body)[0]!;
    assert.match(onHistory, new RegExp(`^Added partner ${acme.name} by .* Role: Funder Member status: Observer$`));

    // The newest partner event in the trail is this one.
    const trail = await auditor.get('/audit?type=partnership-partner');
    assert.equal(trail.statusCode, 200);
    const cell = (label: string) => unescapeHtml(new RegExp(`<td class="govuk-table__cell[^"]*" data-label="${label}">([\\s\\S]*?)</td>`).exec(trail.body)![1]!.trim());
    assert.equal(cell('What'), `Added partner ${acme.name}`);
    assert.deepEqual(cell('Changes').split('<br>').filter(Boolean), ['Role: Funder', 'Member status: Observer']);
    assert.ok(onHistory.startsWith(`${cell('What')} by `) && onHistory.endsWith(cell('Changes').split('<br>').filter(Boolean).join(' ')), 'the same words on both');
  });

  it('pages through the History with "Older events" (?before=), each event once, and back to the newest', async () => {
    const p = await register();
    const partner = r.partners[0]!;
    // Registered, then 30 changes: more than a page.
    for (let i = 0; i < 30; i++) {
      const res = await officer.post(`/partnerships/${p.id}/partners/${partner.id}`, { role: i % 2 ? 'member' : 'funder', memberStatus: 'voting' }, { from: `/partnerships/${p.id}/partners/${partner.id}/edit` });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    }
    const first = await auditor.get(`/partnerships/${p.id}/history`);
    const newest = eventsOn(first.body);
    assert.equal(newest.length, 25);
    assert.match(newest[0]!, /^Changed partner .*Role: Funder → Member/, 'the last change first');
    assert.doesNotMatch(first.body, /Newest events/);
    const older = new RegExp(`href="(/partnerships/${p.id}/history\\?before=\\d+)" rel="next"><span class="govuk-pagination__link-title">Older events`).exec(first.body)?.[1];
    assert.ok(older, 'an Older events link');

    const second = await auditor.get(older);
    assert.equal(second.statusCode, 200);
    const rest = eventsOn(second.body);
    assert.equal(rest.length, 6, 'the other 5 changes and the registration');
    assert.match(rest.at(-1)!, /^Created by /);
    assert.doesNotMatch(second.body, /Older events/, 'nothing older');
    assert.match(second.body, new RegExp(`href="/partnerships/${p.id}/history" rel="prev"><span class="govuk-pagination__link-title">Newest events`));
  });

  it('an unknown or malformed partnership is 404; a ?before that is not a sequence number is ignored, never a 500', async () => {
    assert.equal((await auditor.get(`/partnerships/${randomUUID()}/history`)).statusCode, 404);
    assert.equal((await auditor.get('/partnerships/not-an-id/history')).statusCode, 404);
    const p = await register();
    for (const before of ['abc', '-1', '0', '1.5', '99999999999999999999', '%00', '1e3', '']) {
      const res = await auditor.get(`/partnerships/${p.id}/history?before=${before}`);
      assert.equal(res.statusCode, 200, `before=${before}`);
      assert.match(eventsOn(res.body)[0] ?? '', /^Created by /, `before=${before} shows the newest`);
    }
    const twice = await auditor.get(`/partnerships/${p.id}/history?before=abc&before=def`);
    assert.equal(twice.statusCode, 200);
    const nothingOlder = await auditor.get(`/partnerships/${p.id}/history?before=1`);
    assert.equal(nothingOlder.statusCode, 200);
    assert.match(nothingOlder.body, /No changes have been recorded\./);
  });

  it('every page of a partnership has its sub-navigation, the current page marked aria-current, and the Summary has no tabs', async () => {
    const p = await register();
    const home = `/partnerships/${p.id}`;
    const items = (current: string | null, below: string | null = null) =>
      [
        ['Summary', home],
        ['Partners', `${home}/partners`],
        ['Council representatives', `${home}/representatives`],
        ['Meetings', `${home}/meetings`],
        ['Actions', `${home}/actions`],
        ['Decisions', `${home}/decisions`],
        ['Forward plan', `${home}/forward-plan`],
        ['Public register', `${home}/publication`],
        ['Decision making', `${home}/decision-making`],
        ['Performance', `${home}/performance`],
        ['Screening', `${home}/screening`],
        ['Business case', `${home}/business-case`],
        ['Governance', `${home}/governance`],
        ['Documents', `${home}/documents`],
        ['Compliance', `${home}/compliance`],
        ['Exit', `${home}/exit`],
        ['Lifecycle', `${home}/lifecycle`],
        ['History', `${home}/history`],
      ].map(([text, href]) => [text, href, text === current ? 'page' : text === below ? 'true' : null]);

    const summary = await auditor.get(home);
    assert.equal(summary.statusCode, 200);
    assert.deepEqual(subNav(summary.body), items('Summary'));
    assert.doesNotMatch(summary.body, /govuk-tabs|Partners and people|will show here/, 'no tabs, no placeholders');
    assert.match(summary.body, /<h1 class="govuk-heading-l">History \d+<\/h1>/, 'the Summary’s heading is the partnership’s name');
    assert.match(summary.body, /<h2 class="govuk-heading-m">Partners<\/h2>/);
    assert.match(summary.body, /<h2 class="govuk-heading-m">Council people<\/h2>/);
    for (const [path, current] of [['/partners', 'Partners'], ['/representatives', 'Council representatives'], ['/meetings', 'Meetings'], ['/actions', 'Actions'], ['/decisions', 'Decisions'], ['/forward-plan', 'Forward plan'], ['/publication', 'Public register'], ['/decision-making', 'Decision making'], ['/performance', 'Performance'], ['/business-case', 'Business case'], ['/governance', 'Governance'], ['/documents', 'Documents'], ['/compliance', 'Compliance'], ['/exit', 'Exit'], ['/lifecycle', 'Lifecycle'], ['/history', 'History']] as const) {
      const page = await auditor.get(`${home}${path}`);
      assert.equal(page.statusCode, 200, path);
      assert.deepEqual(subNav(page.body), items(current), path);
      assert.match(page.body, new RegExp(`<span class="govuk-caption-l">${p.reference} History \\d+</span>`), `${path}: the partnership in the caption`);
    }
    // A partner's own page is below Partners: marked as in it, not as the page itself.
    const one = await auditor.get(`${home}/partners/${r.partners[0]!.id}`);
    assert.deepEqual(subNav(one.body), items(null, 'Partners'));
    // R-2.8: the decision rules' pages are under Decision making, on the same sub-navigation.
    for (const segment of ['seats', 'voting-rules', 'quorum']) assert.deepEqual(subNav((await auditor.get(`${home}/${segment}`)).body), items(null, 'Decision making'), segment);
    // R-A1.3, R-2.9: objectives, indicators and measurements are under Performance.
    for (const segment of ['objectives', 'indicators', 'measurements']) assert.deepEqual(subNav((await auditor.get(`${home}/${segment}`)).body), items(null, 'Performance'), segment);
    // A form is a question page: its Back link, no sub-navigation.
    const form = await officer.get(`${home}/partners/new`);
    assert.equal(form.statusCode, 200);
    assert.deepEqual(subNav(form.body), []);
    assert.match(form.body, /govuk-back-link/);
  });
});
