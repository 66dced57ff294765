// The home page: the register at a glance (R-2.9 starts here: one view across all partnerships).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { can, ROLES } from '../../src/domain/access/roles.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import type { Status } from '../../src/domain/register/vocabulary.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { makeUser, organisationDetails, partnershipDetails, signedIn } from '../helpers/factories.ts';
import { linkedNames, unescapeHtml as decode } from '../helpers/html.ts';

forEachDatabase('home page', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('an empty register invites officers to register the first partnership, but not internal audit', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    assert.match((await officer.get('/')).body, /No partnerships are registered yet\. <a class="govuk-link" href="\/partnerships\/new">/);
    const auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
    const page = (await auditor.get('/')).body;
    assert.match(page, /No partnerships are registered yet\./);
    assert.doesNotMatch(page, /Register the first partnership/);
  });

  it('R-2.9 counts partnerships by status and the council money committed, and flags unbudgeted ones (R-2.5c); each figure links to its list', async () => {
    const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const police = await createOrganisation(t.deps, SYSTEM, organisationDetails('County Police'));
    const details = (name: string, pence: number, budgeted: boolean) => partnershipDetails({
      name, purpose: 'p', expectedOutcomes: 'o', rationale: ['cross-cutting-issues'], wellbeing: ['social'], legalForm: 'informal',
      councilContributionPence: pence, withinApprovedBudget: budgeted,
      partners: [{ organisationId: council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: police.id, role: 'member', memberStatus: 'voting' }],
    });
    // Each reaches its status through the lifecycle's steps (an unbudgeted one with its own approval first).
    const register = async (name: string, status: Status, pence: number, budgeted: boolean) =>
      reachStatus(t.deps, (await createPartnership(t.deps, SYSTEM, details(name, pence, budgeted))).id, status);
    await register('Live one', 'operating', 2_500_000, false);
    await register('Live two', 'operating', 100_050, true);
    await register('Being set up', 'setting-up', 1_000_000, false);
    await register('Over', 'dissolved', 9_900_000, false);
    // Proposals and business cases are not commitments: their money is not counted, however large.
    await register('Only an idea', 'proposed', 50_000_000, false);
    await register('Being argued for', 'business-case', 7_000_000, false);

    const admin = await signedIn(t.app, await makeUser(t.deps, 'administrator'));
    const page = (await admin.get('/')).body;
    assert.match(page, /href="\/partnerships">6</);
    assert.match(page, /Council money per year committed[\s\S]*?£36,000.50/);
    assert.match(page, /approved, setting up, operating, under review or exiting/, 'the page says which statuses count as committed');
    assert.match(page, /href="\/partnerships\?status=operating">2 partnerships</);
    assert.match(page, /href="\/partnerships\?status=dissolved">1 partnership</);
    assert.match(page, /href="\/organisations">2</);

    // Each figure is a link to the register filtered to exactly what it counts.
    const committed = /Council money per year committed[\s\S]*?<a class="govuk-link" href="([^"]+)">£36,000.50</.exec(page)?.[1];
    assert.ok(committed, 'the committed money links to its partnerships');
    const committedList = await admin.get(decode(committed));
    assert.equal(committedList.statusCode, 200);
    assert.deepEqual(linkedNames(committedList.body, '/partnerships').sort(), ['Being set up', 'Live one', 'Live two']);

    const unbudgeted = /Committed partnerships outside an approved budget[\s\S]*?<a class="govuk-link" href="([^"]+)">2</.exec(page)?.[1];
    assert.ok(unbudgeted, 'R-2.5c the unbudgeted count links to them');
    assert.match(decode(unbudgeted), /budget=outside/);
    const unbudgetedList = await admin.get(decode(unbudgeted));
    assert.match(unbudgetedList.body, /2 partnerships/);
    assert.deepEqual(linkedNames(unbudgetedList.body, '/partnerships').sort(), ['Being set up', 'Live one']);
  });

  it('the main menu offers the API reference to every role that may hold an API token, marked current on it', async () => {
    for (const role of ROLES) {
      assert.ok(can(role, 'account.manage-own'), `${role} may make API tokens`);
      const client = await signedIn(t.app, await makeUser(t.deps, role));
      const home = (await client.get('/')).body;
      assert.match(home, /<a class="govuk-service-navigation__link" href="\/api\/docs">\s*API\s*<\/a>/, role);
      const docs = (await client.get('/api/docs')).body;
      assert.match(docs, /<a class="govuk-service-navigation__link" href="\/api\/docs" aria-current="true">/, `${role}: API is the current section`);
    }
  });

  it('the accessibility statement follows the GOV.UK model, and never tells an administrator to ask an administrator', async () => {
    const visitor = await t.app.inject({ url: '/accessibility' });
    assert.equal(visitor.statusCode, 200);
    for (const heading of ['How accessible this service is', 'Feedback and contact information', 'Reporting accessibility problems with this service', 'Enforcement procedure', 'Compliance status', 'Non-accessible content', 'Preparation of this accessibility statement']) {
      assert.match(visitor.body, new RegExp(`<h[234] class="govuk-heading-[ms]">${heading}</h[234]>`), heading);
    }
    assert.match(visitor.body, /prepared on 1 December 2026/);
    assert.match(visitor.body, /Accord administrator/, 'signed out, people are told to ask the administrator');
    const admin = await signedIn(t.app, await makeUser(t.deps, 'administrator'));
    const asAdmin = (await admin.get('/accessibility')).body;
    assert.doesNotMatch(asAdmin, /Accord administrator/);
    assert.match(asAdmin, /IT service desk/);
  });
});
