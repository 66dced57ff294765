// A corporate priority that is no longer current (R-2.5b) stays on the partnerships that serve it,
// marked as such, and is not offered to new ones.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPriority, updatePriority } from '../../src/app/priorities.service.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, signedIn } from '../helpers/factories.ts';

forEachDatabase('R-2.5b priorities no longer current', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('R-2.5b stay on a partnership marked "no longer current" and are not offered on a new registration', async () => {
    const council = await createOrganisation(t.deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const police = await createOrganisation(t.deps, SYSTEM, organisationDetails('County Police'));
    const old = await createPriority(t.deps, SYSTEM, { title: 'Old priority', description: null, active: true });
    const current = await createPriority(t.deps, SYSTEM, { title: 'Current priority', description: null, active: true });
    const p = await createPartnership(t.deps, SYSTEM, partnershipDetails({
      name: 'Safer Streets', purpose: 'Safer streets', expectedOutcomes: 'Less crime', rationale: ['cross-cutting-issues'], wellbeing: ['social'],
      legalForm: 'informal',
      partners: [{ organisationId: council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: police.id, role: 'member', memberStatus: 'voting' }],
      priorities: [{ priorityId: old.id, how: 'By patrolling' }],
    }));
    await updatePriority(t.deps, SYSTEM, old.id, { title: 'Old priority', description: null, active: false });

    const client = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const page = await client.get(`/partnerships/${p.id}`);
    assert.match(page.body, /Old priority \(no longer current\)/);

    const fresh = await client.get('/partnerships/new');
    assert.match(fresh.body, new RegExp(`value="${current.id}"`));
    assert.doesNotMatch(fresh.body, new RegExp(`value="${old.id}"`), 'not offered to a new partnership');

    const edit = await client.get(`/partnerships/${p.id}/edit`);
    assert.match(edit.body, new RegExp(`value="${old.id}" checked`), 'still there, ticked, on the partnership that has it');
  });
});
