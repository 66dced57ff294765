// The compliance engine over the database (issue 9): snapshots load in batches, a fixed number of
// statements however many partnerships; the findings come from the records; the scope is kept.
import { counting } from '../helpers/statements.ts';
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { SYSTEM, systemClock, uuidIds, type AppDeps } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { complianceOf } from '../../src/app/queries/compliance.queries.ts';
import { BATCH } from '../../src/db/repositories/compliance.repo.ts';
import { DEFAULT_PROTOCOL_CONFIG } from '../../src/domain/protocol-config/defaults.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { organisationDetails, partnershipDetails } from '../helpers/factories.ts';
import { reachStatus } from '../helpers/lifecycle.ts';

const TODAY = '2026-06-01';

forEachDatabase('the compliance engine over the database', (ctx) => {
  let deps: AppDeps;
  const ids: string[] = [];

  before(async () => {
    deps = { database: ctx.database, clock: systemClock, ids: uuidIds };
    const council = (await createOrganisation(deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }))).id;
    const other = (await createOrganisation(deps, SYSTEM, organisationDetails('Neighbour Trust'))).id;
    // Fifty: more than a page of the register, still one batch (BATCH ids a statement).
    for (let i = 0; i < 50; i++) {
      const p = await createPartnership(deps, SYSTEM, partnershipDetails({ name: `Partnership ${i}`, partners: [{ organisationId: council, role: 'lead', memberStatus: 'voting' }, { organisationId: other, role: 'member', memberStatus: 'voting' }] }));
      ids.push(p.id);
    }
    await reachStatus(deps, ids[0]!, 'screened');
  });

  it('loads one partnership and fifty with the same number of statements (batches, not a set per partnership)', async () => {
    const one = counting();
    await complianceOf(ctx.database.db.withPlugin(one.plugin), { kind: 'all' }, [ids[0]!], DEFAULT_PROTOCOL_CONFIG, TODAY);
    const all = counting();
    const rows = await complianceOf(ctx.database.db.withPlugin(all.plugin), { kind: 'all' }, 'all', DEFAULT_PROTOCOL_CONFIG, TODAY);
    assert.equal(rows.length, 50);
    assert.ok(ids.length < BATCH);
    assert.equal(all.counter.statements, one.counter.statements, `one: ${one.counter.statements}, fifty: ${all.counter.statements}`);
    // One per kind of record a check reads, in batches: the twelfth is the decision rules', the thirteenth the
    // meetings' (R-2.8g), the fourteenth the key decisions and the forward plan's (R-2.8f), the fifteenth the objectives' (R-A1.3),
    // the sixteenth the reporting lines' with their reports counted (R-2.6.2, R-2.6.12), the seventeenth and
    // eighteenth the action plan's actions and each partner's refreshes of it, the nineteenth and
    // twentieth the risk register's risks and their reviews, the twenty-first to twenty-third the
    // outcome indicators, their measurements and the performance issues, the twenty-fourth the
    // challenges, the twenty-fifth the annual reviews with the feedback owed at each (R-2.6.4, R-2.4e),
    // the twenty-sixth and twenty-seventh the termination provisions and the exit strategies' topics (R-2.14,
    // decision 90), and the twenty-eighth, once for them all, the council's risk matrix (R-2.6.8, decision 87), and the twenty-ninth the dissolution checklists (R-2.14, decision 91).
    assert.ok(one.counter.statements <= 29, `${one.counter.statements} statements`);
  });

  it('R-1.1: the screened partnership is met on its screening; an unscreened one is a gap with the link to screen it', async () => {
    const rows = await complianceOf(ctx.database.db, { kind: 'all' }, [ids[0]!, ids[1]!], DEFAULT_PROTOCOL_CONFIG, TODAY);
    const r11 = (id: string) => rows.find((r) => r.partnership.id === id)!.findings.find((f) => f.requirementId === 'R-1.1')!;
    assert.equal(r11(ids[0]!).result, 'pass');
    assert.match(r11(ids[0]!).reason, /the protocol applies \(R-1\.1\)/);
    assert.equal(r11(ids[1]!).result, 'gap');
    assert.equal(r11(ids[1]!).fix?.href, `/partnerships/${ids[1]}/screening`);
  });

  it('keeps to the scope: a partnership outside it is not read', async () => {
    const rows = await complianceOf(ctx.database.db, { kind: 'only', partnershipIds: [ids[2]!] }, 'all', DEFAULT_PROTOCOL_CONFIG, TODAY);
    assert.deepEqual(rows.map((r) => r.partnership.id), [ids[2]]);
    assert.deepEqual(await complianceOf(ctx.database.db, { kind: 'only', partnershipIds: [] }, 'all', DEFAULT_PROTOCOL_CONFIG, TODAY), []);
  });

  it('a council of more than one batch (BATCH + 1 partnerships) is read in two: each partnership once, the statements one batch’s more, not one set per partnership', { timeout: 120_000 }, async () => {
    const [council, other] = await Promise.all(['Test Borough Council', 'Neighbour Trust'].map(async (name) => (await ctx.database.db.selectFrom('organisations').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id));
    while (ids.length < BATCH + 1) {
      const p = await createPartnership(deps, SYSTEM, partnershipDetails({ name: `Partnership ${ids.length}`, partners: [{ organisationId: council!, role: 'lead', memberStatus: 'voting' }, { organisationId: other!, role: 'member', memberStatus: 'voting' }] }));
      ids.push(p.id);
    }
    const one = counting();
    await complianceOf(ctx.database.db.withPlugin(one.plugin), { kind: 'all' }, [ids[0]!], DEFAULT_PROTOCOL_CONFIG, TODAY);
    const all = counting();
    const rows = await complianceOf(ctx.database.db.withPlugin(all.plugin), { kind: 'all' }, 'all', DEFAULT_PROTOCOL_CONFIG, TODAY);
    assert.equal(rows.length, BATCH + 1);
    assert.deepEqual(new Set(rows.map((r) => r.partnership.id)), new Set(ids), 'every partnership, once');
    assert.ok(all.counter.statements > one.counter.statements, 'a second batch was read');
    assert.ok(all.counter.statements <= 2 * one.counter.statements, `one: ${one.counter.statements}, ${BATCH + 1}: ${all.counter.statements}`);
    // The last partnership, alone in its batch, is evaluated from its own rows: unscreened, a gap at.
    const last = rows.find((r) => r.partnership.id === ids.at(-1))!;
    assert.equal(last.findings.find((f) => f.requirementId === 'R-1.1')!.result, 'gap');
  });
});
