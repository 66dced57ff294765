// Audit events name the partnership they concern (migration 0007), so a partnership's History finds
// everything that happened to it, page by page, and keeps it after the partnership is deleted.
import assert from 'node:assert/strict';
import { before, it } from 'node:test';
import { historyOf, partnershipHistoryPage } from '../../src/app/audit-trail.ts';
import { SYSTEM, systemClock, uuidIds, type AppDeps } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership, deletePartnership, deletionCheck, updatePartnership, withdrawPartnership } from '../../src/app/partnerships.service.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { organisationDetails, partnershipDetails } from '../helpers/factories.ts';

forEachDatabase('R-2.6.10 audit events name their partnership', (ctx) => {
  let deps: AppDeps;
  let partners: Parameters<typeof partnershipDetails>[0]['partners'];
  let n = 0;
  const register = (name: string) => createPartnership(deps, SYSTEM, partnershipDetails({ name: `${name} ${++n}`, partners }));
  const eventsOf = (id: string) =>
    ctx.database.db.selectFrom('audit_events').select(['seq', 'entity_type', 'entity_id', 'action', 'partnership_id']).where('entity_id', '=', id).orderBy('seq').execute();

  before(async () => {
    deps = { database: ctx.database, clock: systemClock, ids: uuidIds };
    const council = await createOrganisation(deps, SYSTEM, organisationDetails('Test Borough Council', { isThisCouncil: true }));
    const trust = await createOrganisation(deps, SYSTEM, organisationDetails('Riverside Trust', { sector: 'vcse' }));
    partners = [
      { organisationId: council.id, role: 'lead', memberStatus: 'voting' },
      { organisationId: trust.id, role: 'member', memberStatus: 'voting' },
    ];
  });

  it('each change to a partnership names it; an organisation’s event names none', async () => {
    const p = await register('Named');
    await updatePartnership(deps, SYSTEM, p.id, partnershipDetails({ name: `Renamed ${n}`, partners }));
    await withdrawPartnership(deps, SYSTEM, 'officer', p.id, 'Entered twice');
    const events = await eventsOf(p.id);
    assert.deepEqual(events.map((e) => e.action), ['created', 'updated', 'withdrawn']);
    for (const e of events) assert.equal(e.partnership_id, p.id, `${e.action} names its partnership`);
    const [organisation] = await eventsOf(partners[1]!.organisationId);
    assert.equal(organisation!.partnership_id, null);
  });

  it('a partnership’s History is read newest first a page at a time, each event once', async () => {
    const p = await register('Paged');
    for (let i = 1; i <= 4; i++) await updatePartnership(deps, SYSTEM, p.id, partnershipDetails({ name: `Paged ${n} v${i}`, partners }));
    const all = (await historyOf(ctx.database, 'partnership', p.id)).map((e) => e.seq);
    assert.equal(all.length, 5);
    assert.deepEqual(all, [...all].sort((a, b) => b - a), 'newest first');
    const walked: number[][] = [];
    let beforeSeq: number | null = null;
    for (;;) {
      const page = await partnershipHistoryPage(ctx.database, p.id, { beforeSeq, size: 2 });
      walked.push(page.events.map((e) => e.seq));
      if (!page.more) break;
      beforeSeq = page.events.at(-1)!.seq;
    }
    assert.deepEqual(walked, [all.slice(0, 2), all.slice(2, 4), all.slice(4)]);
  });

  it('deleting a partnership takes its decisions and transitions with it, and keeps its History', async () => {
    const p = await register('Deleted');
    const now = new Date().toISOString();
    await ctx.database.db
      .insertInto('partnership_decisions')
      .values({ id: uuidIds.next(), partnership_id: p.id, subject: 'partnership', outcome: 'withdrawn', decision_maker: 'officer-delegation', decided_on: now.slice(0, 10), reason: 'Entered twice', recorded_at: now })
      .execute();
    await ctx.database.db
      .insertInto('partnership_transitions')
      .values({ partnership_id: p.id, seq: 1, action: 'screen-in', from_status: 'proposed', to_status: 'screened', occurred_at: now, actor_label: 'test' })
      .execute();
    const check = await deletionCheck(deps, 'administrator', p.id);
    assert.deepEqual(check.decision, { allowed: true }, 'its lifecycle is part of it, not a record that keeps it from deletion');
    await deletePartnership(deps, SYSTEM, 'administrator', p.id);
    assert.deepEqual(await ctx.database.db.selectFrom('partnership_decisions').select('id').where('partnership_id', '=', p.id).execute(), []);
    assert.deepEqual(await ctx.database.db.selectFrom('partnership_transitions').select('seq').where('partnership_id', '=', p.id).execute(), []);
    const history = await historyOf(ctx.database, 'partnership', p.id);
    assert.deepEqual(history.map((e) => [e.action, e.partnershipId]), [['deleted', p.id], ['created', p.id]]);
  });
});
