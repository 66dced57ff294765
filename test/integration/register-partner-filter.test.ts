// The register's partner filter offers only organisations that are partners (the council aside) in a
// partnership the principal may see, in name order, on both databases; the page lists exactly those.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM, systemClock, uuidIds, type AppDeps } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { partnerOrganisationChoices } from '../../src/db/repositories/register.repo.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, signedIn } from '../helpers/factories.ts';

forEachDatabase('the register’s partner filter', (ctx) => {
  let deps: AppDeps;
  let t: TestApp;
  const org: Record<string, string> = {};
  const partnership: Record<string, string> = {};

  before(async () => {
    deps = { database: ctx.database, clock: systemClock, ids: uuidIds };
    for (const [key, name] of [['council', 'Test Borough Council'], ['zeta', 'Zeta Housing'], ['acme', 'Acme Services'], ['idle', 'Idle Charity'], ['beta', 'Beta Trust']] as const) {
      org[key] = (await createOrganisation(deps, SYSTEM, organisationDetails(name, { isThisCouncil: key === 'council' }))).id;
    }
    const partners = (...keys: string[]) => keys.map((k, i) => ({ organisationId: org[k]!, role: i === 0 ? ('lead' as const) : ('member' as const), memberStatus: 'voting' as const }));
    partnership.one = (await createPartnership(deps, SYSTEM, partnershipDetails({ name: 'One', partners: partners('council', 'zeta', 'acme') }))).id;
    partnership.two = (await createPartnership(deps, SYSTEM, partnershipDetails({ name: 'Two', partners: partners('beta', 'acme') }))).id;
    t = await startApp(ctx.database);
  });
  after(() => t?.close());

  it('lists the partners of the partnerships in scope, not the council nor an organisation in none', async () => {
    const db = ctx.database.db;
    const names = async (scope: Parameters<typeof partnerOrganisationChoices>[1]) => (await partnerOrganisationChoices(db, scope)).map((o) => o.name);
    assert.deepEqual(await names({ kind: 'all' }), ['Acme Services', 'Beta Trust', 'Zeta Housing']);
    assert.deepEqual(await names({ kind: 'only', partnershipIds: [partnership.one!] }), ['Acme Services', 'Zeta Housing']);
    assert.deepEqual(await names({ kind: 'only', partnershipIds: [partnership.two!] }), ['Acme Services', 'Beta Trust']);
    assert.deepEqual(await names({ kind: 'only', partnershipIds: [] }), []);
  });

  it('the register page offers exactly those, and keeps a chosen one selected', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const res = await officer.get(`/partnerships?organisation=${org.beta}`);
    assert.equal(res.statusCode, 200);
    const select = /<select[^>]*name="organisation"[^>]*>([\s\S]*?)<\/select>/.exec(res.body)?.[1] ?? '';
    const options = [...select.matchAll(/<option value="([^"]*)"( selected)?>([^<]*)<\/option>/g)].map((m) => [m[1], m[3], Boolean(m[2])]);
    assert.deepEqual(options, [
      ['', 'Any partner', false],
      [org.acme, 'Acme Services', false],
      [org.beta, 'Beta Trust', true],
      [org.zeta, 'Zeta Housing', false],
    ]);
    assert.match(res.body, /Partner: Beta Trust/);
  });
});
