// Every repository read that lists partnerships takes a partnership scope: with 'all' it reads every
// partnership, with 'only' just those named (none for an empty list). Every role's scope is 'all' today;
// the scoped roles of a later issue rely on these filters, so they are checked here on both databases.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { SYSTEM, systemClock, uuidIds, type AppDeps } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { createPriority } from '../../src/app/priorities.service.ts';
import { registerCsv } from '../../src/app/register-export.ts';
import type { PartnershipScope } from '../../src/domain/access/scope.ts';
import { DEFAULT_QUERY } from '../../src/domain/register/register-query.ts';
import { registerSummary } from '../../src/db/repositories/dashboard.repo.ts';
import { partnershipsOfOrganisation } from '../../src/db/repositories/organisations.repo.ts';
import { rolesOfPerson } from '../../src/db/repositories/people.repo.ts';
import { countPartnershipsServing } from '../../src/db/repositories/priorities.repo.ts';
import { registerRowsForExport, searchRegister } from '../../src/db/repositories/register.repo.ts';
import { TEST_AUDIT_KEY } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { organisationDetails, partnershipDetails, personDetails } from '../helpers/factories.ts';

const ALL: PartnershipScope = { kind: 'all' };
const NONE: PartnershipScope = { kind: 'only', partnershipIds: [] };

forEachDatabase('reads in a partnership scope', (ctx) => {
  let deps: AppDeps;
  let ids: { first: string; second: string; partner: string; officer: string; priority: string };
  let only: PartnershipScope;

  before(async () => {
    deps = { database: ctx.database, clock: systemClock, ids: uuidIds, auditKey: TEST_AUDIT_KEY };
    const council = await createOrganisation(deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const partner = await createOrganisation(deps, SYSTEM, organisationDetails('County Police'));
    const officer = await createPerson(deps, SYSTEM, personDetails('Olu Officer', council.id, { councilRole: 'officer' }));
    const priority = await createPriority(deps, SYSTEM, { title: 'Safer streets', description: null, active: true });
    const make = (name: string) =>
      createPartnership(
        deps,
        SYSTEM,
        partnershipDetails({
          name,
          sponsoringOfficerId: officer.id,
          accountableOfficerId: officer.id,
          representatives: [{ personId: officer.id, capacity: 'officer' }],
          priorities: [{ priorityId: priority.id, how: 'By working together' }],
          partners: [
            { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
            { organisationId: partner.id, role: 'member', memberStatus: 'voting' },
          ],
        }),
      );
    const first = await make('First Partnership');
    const second = await make('Second Partnership');
    ids = { first: first.id, second: second.id, partner: partner.id, officer: officer.id, priority: priority.id };
    only = { kind: 'only', partnershipIds: [first.id] };
  });

  const db = () => ctx.database.db;

  it('the register list: all, only those named, none', async () => {
    const names = async (scope: PartnershipScope) => {
      const result = await searchRegister(db(), scope, DEFAULT_QUERY);
      return { names: result.items.map((r) => r.name).sort(), total: result.total };
    };
    assert.deepEqual(await names(ALL), { names: ['First Partnership', 'Second Partnership'], total: 2 });
    assert.deepEqual(await names(only), { names: ['First Partnership'], total: 1 });
    assert.deepEqual(await names(NONE), { names: [], total: 0 });
  });

  it('the register list with a search keeps to the scope', async () => {
    const result = await searchRegister(db(), only, { ...DEFAULT_QUERY, q: 'partnership' });
    assert.deepEqual(result.items.map((r) => r.id), [ids.first]);
  });

  it('the export rows and the CSV', async () => {
    const rows: string[] = [];
    for await (const batch of registerRowsForExport(db(), only, DEFAULT_QUERY, 1)) rows.push(...batch.map((r) => r.id));
    assert.deepEqual(rows, [ids.first]);
    let csv = '';
    for await (const chunk of await registerCsv(db(), only, DEFAULT_QUERY)) csv += String(chunk);
    assert.match(csv, /First Partnership/);
    assert.doesNotMatch(csv, /Second Partnership/);
  });

  it('the home page’s figures count only the scope; organisations and people are the whole directory', async () => {
    const all = await registerSummary(db(), ALL);
    const scoped = await registerSummary(db(), only);
    const count = (s: typeof all) => s.partnershipsByStatus.reduce((n, r) => n + r.count, 0);
    assert.equal(count(all), 2);
    assert.equal(count(scoped), 1);
    assert.equal(count(await registerSummary(db(), NONE)), 0);
    assert.equal(scoped.organisations, all.organisations);
    assert.equal(scoped.people, all.people);
  });

  it('an organisation’s partnerships, a person’s parts and a priority’s count', async () => {
    assert.equal((await partnershipsOfOrganisation(db(), ALL, ids.partner)).length, 2);
    assert.deepEqual((await partnershipsOfOrganisation(db(), only, ids.partner)).map((p) => p.id), [ids.first]);
    assert.deepEqual(await partnershipsOfOrganisation(db(), NONE, ids.partner), []);

    const roles = await rolesOfPerson(db(), only, ids.officer);
    for (const part of [roles.sponsor, roles.accountable, roles.representative]) assert.deepEqual(part.map((p) => p.id), [ids.first]);
    const everywhere = await rolesOfPerson(db(), ALL, ids.officer);
    assert.equal(everywhere.representative.length, 2);

    assert.equal((await countPartnershipsServing(db(), ALL, [ids.priority])).get(ids.priority), 2);
    assert.equal((await countPartnershipsServing(db(), only, [ids.priority])).get(ids.priority), 1);
    assert.equal((await countPartnershipsServing(db(), NONE, [ids.priority])).get(ids.priority), 0);
    assert.deepEqual(await countPartnershipsServing(db(), ALL, []), new Map());
  });
});
