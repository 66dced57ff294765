// The home page: the register at a glance (R-2.9 starts here: one view across all partnerships).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import type { PartnershipDetails } from '../../src/domain/register/partnership.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, signedIn } from '../helpers/factories.ts';

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

  it('R-2.9 counts partnerships by status and the council money in live ones, and flags unbudgeted ones (R-2.5c)', async () => {
    const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const police = await createOrganisation(t.deps, SYSTEM, organisationDetails('County Police'));
    const details = (name: string, status: PartnershipDetails['status'], pence: number, budgeted: boolean) => partnershipDetails({
      name, purpose: 'p', expectedOutcomes: 'o', rationale: ['cross-cutting-issues'], wellbeing: ['social'], legalForm: 'informal', status,
      councilContributionPence: pence, withinApprovedBudget: budgeted,
      partners: [{ organisationId: council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: police.id, role: 'member', memberStatus: 'voting' }],
    });
    await createPartnership(t.deps, SYSTEM, details('Live one', 'operating', 2_500_000, false));
    await createPartnership(t.deps, SYSTEM, details('Live two', 'operating', 100_050, true));
    await createPartnership(t.deps, SYSTEM, details('Over', 'dissolved', 9_900_000, false));

    const admin = await signedIn(t.app, await makeUser(t.deps, 'administrator'));
    const page = (await admin.get('/')).body;
    assert.match(page, /href="\/partnerships">3</);
    assert.match(page, /Council money per year in live partnerships[\s\S]*?£26,000.50/);
    assert.match(page, /Live partnerships outside an approved budget[\s\S]*?<dd class="govuk-summary-list__value">\s*1\s*<\/dd>/);
    assert.match(page, /href="\/partnerships\?status=operating">2 partnerships</);
    assert.match(page, /href="\/partnerships\?status=dissolved">1 partnership</);
    assert.match(page, /href="\/organisations">2</);
  });
});
