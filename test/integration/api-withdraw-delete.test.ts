// Withdrawing and deleting a partnership through the API: POST /api/v1/partnerships/{id}/withdrawal
// (officers and administrators, with a reason; final) and DELETE /api/v1/partnerships/{id}
// (administrators alone, while nothing but its own parts refers to it). Refusals are problem+json
// naming why; nothing is saved or audited on a refusal. ApiClient checks every answer against the document.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { sql } from 'kysely';
import { historyOf } from '../../src/app/audit-trail.ts';
import type { Database } from '../../src/db/database.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Contract, type Register } from './api-helpers.ts';

const MISSING = '01900000-0000-7000-8000-000000000000';

async function rows(database: Database, table: 'partnerships' | 'partnership_partners', id: string): Promise<number> {
  const column = table === 'partnerships' ? 'id' : 'partnership_id';
  const row = await database.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where(column, '=', id).executeTakeFirstOrThrow();
  return Number(row.n);
}

forEachDatabase('API: withdrawing and deleting partnerships', (ctx) => {
  let t: TestApp;
  let contract: Contract;
  let register: Register;
  let officer: ApiClient;
  let admin: ApiClient;
  let auditor: ApiClient;
  let n = 0;

  before(async () => {
    t = await startApp(ctx.database);
    contract = await loadContract(t.app);
    register = await seedRegister(t.deps);
    officer = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer')).token);
    admin = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'administrator')).token);
    auditor = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'auditor')).token);
  });
  after(() => t.close());

  const registered = async () => {
    n += 1;
    const res = await officer.post('/api/v1/partnerships', partnershipBody(register, { name: `Entered by mistake ${n}` }));
    assert.equal(res.status, 201);
    return res.body as { id: string; reference: string; name: string };
  };

  it('an officer withdraws a partnership with a reason: 200 with the partnership marked withdrawn, audited, kept on the register', async () => {
    const p = await registered();
    const res = await officer.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: '  Entered twice by mistake  ' });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.id, p.id);
    assert.equal(res.body.status, 'withdrawn');
    assert.equal((await officer.get(`/api/v1/partnerships/${p.id}`)).body.status, 'withdrawn');
    const events = await historyOf(ctx.database, 'partnership', p.id);
    assert.equal(events[0]!.action, 'withdrawn');
    // The lifecycle's withdraw step: decision 24's event, with the decision it records (an officer's, today).
    const { decision, ...rest } = events[0]!.after as Record<string, unknown>;
    assert.deepEqual(rest, { status: 'withdrawn', withdrawalReason: 'Entered twice by mistake' });
    assert.deepEqual({ ...(decision as object), decidedOn: 'today' }, {
      subject: 'partnership', outcome: 'withdrawn', decisionMaker: 'officer-delegation', decisionMakerName: null, decidedOn: 'today', reference: null, conditions: null, reason: 'Entered twice by mistake',
    });
  });

  it('withdrawal refusals: already withdrawn is 422 with the reason at status; no reason is 400 at reason; nothing saved', async () => {
    const p = await registered();
    const blank = await officer.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: '   ' });
    assert.equal(blank.status, 400);
    assert.deepEqual(blank.body.errors.map((e: { field: string }) => e.field), ['reason']);
    const unknown = await officer.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: 'x', colour: 'red' });
    assert.equal(unknown.status, 400);
    assert.ok(unknown.body.errors.some((e: { field: string }) => e.field === 'colour'));
    assert.equal((await officer.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: 'First time' })).status, 200);
    const seq = await lastAuditSeq(ctx.database);
    const again = await officer.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: 'Second time' });
    assert.equal(again.status, 422);
    assert.deepEqual(again.body.errors, [{ field: 'status', message: 'This partnership has been withdrawn: its record is kept as it was, and it takes no further steps.' }]);
    assert.equal(await lastAuditSeq(ctx.database), seq, 'nothing audited');
    assert.equal((await officer.post(`/api/v1/partnerships/${MISSING}/withdrawal`, { reason: 'Gone' })).status, 404);
    assert.equal((await auditor.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: 'Audit' })).status, 403);
  });

  it('a withdrawn partnership can no longer be changed through PATCH (422 at status)', async () => {
    const p = await registered();
    await officer.post(`/api/v1/partnerships/${p.id}/withdrawal`, { reason: 'Mistake' });
    const res = await officer.patch(`/api/v1/partnerships/${p.id}`, { purpose: 'Changed afterwards' });
    assert.equal(res.status, 422);
    assert.equal(res.body.errors[0].field, 'status');
  });

  it('an administrator deletes a partnership nothing refers to: 204, its parts go, its history stays with the before state', async () => {
    const p = await registered();
    const res = await admin.request('DELETE', `/api/v1/partnerships/${p.id}`);
    assert.equal(res.status, 204);
    assert.equal(res.raw.body, '');
    assert.equal(await rows(ctx.database, 'partnerships', p.id), 0);
    assert.equal(await rows(ctx.database, 'partnership_partners', p.id), 0);
    assert.equal((await admin.get(`/api/v1/partnerships/${p.id}`)).status, 404);
    const events = await historyOf(ctx.database, 'partnership', p.id);
    assert.deepEqual(events.map((e) => e.action), ['deleted', 'created']);
    assert.equal(events[0]!.before!.reference, p.reference);
    assert.equal((await admin.request('DELETE', `/api/v1/partnerships/${p.id}`)).status, 404, 'deleted once, then not found');
    assert.equal((await admin.request('DELETE', `/api/v1/partnerships/${MISSING}`)).status, 404);
  });

  it('officers and internal audit may not delete (403; an officer withdraws instead); nothing is deleted', async () => {
    const p = await registered();
    for (const client of [officer, auditor]) {
      const res = await client.request('DELETE', `/api/v1/partnerships/${p.id}`);
      assert.equal(res.status, 403);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    }
    assert.equal(await rows(ctx.database, 'partnerships', p.id), 1);
  });

  it('a partnership something else refers to is not deleted: 422 naming what refers to it, nothing audited', async () => {
    const p = await registered();
    // A record of its own that refers to the partnership, as screening or meetings will.
    await sql`create table partnership_meetings (id text primary key, partnership_id text not null references partnerships (id))`.execute(ctx.database.db);
    try {
      await sql`insert into partnership_meetings (id, partnership_id) values ('m1', ${p.id})`.execute(ctx.database.db);
      const seq = await lastAuditSeq(ctx.database);
      const res = await admin.request('DELETE', `/api/v1/partnerships/${p.id}`);
      assert.equal(res.status, 422);
      assert.equal(res.body.errors[0].field, 'references');
      assert.match(res.body.errors[0].message, /other records refer to it: 1 record in partnership meetings/);
      assert.equal(await rows(ctx.database, 'partnerships', p.id), 1);
      assert.equal(await lastAuditSeq(ctx.database), seq);
    } finally {
      await sql`drop table partnership_meetings`.execute(ctx.database.db);
    }
  });
});
