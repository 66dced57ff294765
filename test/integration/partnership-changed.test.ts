// What a change to a partnership's records does to the partnership itself, and what deleting it keeps.
// A partner or representative added, changed or removed is a change to the partnership: its updatedAt
// (the register's "last changed") moves, and an unchanged record moves nothing. Deleting a partnership
// removes its lifecycle decisions with it, so its deleted event keeps them, in words.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { londonToday } from '../../src/app/lifecycle.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { trailDescribers } from '../../src/web/features/audit/describers.ts';
import { describeEvent } from '../../src/web/features/organisations/history.ts';
import type { TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { personDetails } from '../helpers/factories.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { ApiClient, loadContract, userWithToken, type Register } from './api-helpers.ts';

forEachDatabase('a partnership changed by its records, and what its deletion keeps', (ctx) => {
  const clock = new TestClock();
  let t: TestApp;
  let r: Register;
  let w: Workspace;
  let officer: ApiClient;
  let admin: ApiClient;

  const register = () => w.partnership();
  const updatedAt = async (id: string): Promise<string> => {
    const res = await officer.get(`/api/v1/partnerships/${id}`);
    assert.equal(res.status, 200);
    return (res.body as { updatedAt: string }).updatedAt;
  };
  /** Moves the clock on a minute, does `write`, and answers the partnership's updatedAt before and after. */
  const around = async (id: string, write: () => Promise<{ status: number; body: unknown }>, expected: number) => {
    const was = await updatedAt(id);
    clock.advance({ minutes: 1 });
    const res = await write();
    assert.equal(res.status, expected, JSON.stringify(res.body));
    return { was, now: await updatedAt(id) };
  };

  before(async () => {
    w = await openWorkspace(ctx.database, 'Changed', { clock });
    ({ t, r, api: officer } = w);
    admin = new ApiClient(t.app, await loadContract(t.app), (await userWithToken(t.deps, 'administrator')).token);
  });
  after(() => t.close());

  it('adding, changing and removing a partner each move the partnership’s updatedAt to the time of the change (API GET)', async () => {
    const p = await register();
    const partners = `/api/v1/partnerships/${p.id}/partners`;
    const trust = r.partners[1]!;

    const added = await around(p.id, () => officer.post(partners, { organisationId: trust.id, role: 'funder', memberStatus: 'non-voting' }), 201);
    assert.equal(added.was, p.updatedAt, 'unchanged since it was registered');
    assert.equal(added.now, clock.now().toISOString(), 'adding a partner changed the partnership');

    const changed = await around(p.id, () => officer.request('PATCH', `${partners}/${trust.id}`, { body: { memberStatus: 'voting' } }), 200);
    assert.equal(changed.now, clock.now().toISOString(), 'changing a partner changed the partnership');

    const removed = await around(p.id, () => officer.request('DELETE', `${partners}/${trust.id}`), 204);
    assert.equal(removed.now, clock.now().toISOString(), 'removing a partner changed the partnership');
  });

  it('adding a council representative moves it too; a change that changes nothing does not', async () => {
    const p = await register();
    const councillor = await createPerson(t.deps, SYSTEM, personDetails(`Cllr Changed ${Date.now()}`, r.council.id, { councilRole: 'councillor' }));
    const representatives = `/api/v1/partnerships/${p.id}/representatives`;

    const added = await around(p.id, () => officer.post(representatives, { personId: councillor.id, capacity: 'councillor' }), 201);
    assert.equal(added.now, clock.now().toISOString());

    const unchanged = await around(p.id, () => officer.request('PATCH', `${representatives}/${councillor.id}`, { body: { capacity: 'councillor' } }), 200);
    assert.equal(unchanged.now, unchanged.was, 'nothing changed, so neither did the partnership');
  });

  it('R-2.6.10: deleting a withdrawn partnership keeps its decisions (the withdrawal: who, when, why) in the deleted event, worded in History', async () => {
    const p = await register();
    const withdrawn = await officer.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: 'Entered twice by mistake' });
    assert.equal(withdrawn.status, 200, JSON.stringify(withdrawn.body));
    const res = await admin.request('DELETE', `/api/v1/partnerships/${p.id}`);
    assert.equal(res.status, 204, JSON.stringify(res.body));
    const left = await ctx.database.db.selectFrom('partnership_decisions').select('id').where('partnership_id', '=', p.id).execute();
    assert.deepEqual(left, [], 'its decisions went with it');

    const [deleted] = await historyOf(t.deps.database, 'partnership', p.id);
    assert.equal(deleted!.action, 'deleted');
    assert.deepEqual((deleted!.before as { decisions: unknown }).decisions, [
      {
        subject: 'partnership',
        outcome: 'withdrawn',
        decisionMaker: 'officer-delegation',
        decisionMakerName: null,
        decidedOn: londonToday(clock.now()),
        reference: null,
        conditions: null,
        reason: 'Entered twice by mistake',
      },
    ]);

    const { describer, hidden } = trailDescribers(new Map())(deleted!.entityType);
    const lines = describeEvent(deleted!, describer, hidden).lines;
    assert.ok(lines.some((l) => /^Decisions: Withdrawn: Officer under delegated powers, 3 March 2025; reason: Entered twice by mistake$/.test(l)), lines.join('\n'));
  });
});
