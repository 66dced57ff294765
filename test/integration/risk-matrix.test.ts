// The council's risk matrix, end to end on both databases (R-2.6.8, decision 87): internal audit reads it,
// an administrator changes it on its page and through PUT /api/v1/risk-matrix, and every risk follows at
// once: the forms offer the new levels, each risk's band and next review move, the audit trail keeps the
// change. A matrix that is not usable is refused with every problem at its part, the form keeping what was
// typed; one that would drop a level an open risk is scored on is refused naming the risk.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { ApiClient, loadContract, userWithToken } from './api-helpers.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&rsquo;/g, '’').replace(/\s+/g, ' ');

/** A 4 × 4 matrix as the form posts it: three bands, the highest reviewed every two months. */
const FOUR_BY_FOUR: Record<string, string> = {
  'likelihood-1': 'Remote', 'likelihood-2': 'Unlikely', 'likelihood-3': 'Likely', 'likelihood-4': 'Highly likely',
  'impact-1': 'Low', 'impact-2': 'Medium', 'impact-3': 'High', 'impact-4': 'Critical',
  'band-1-name': 'Green', 'band-1-from': '1', 'band-1-to': '4', 'band-1-months': '6',
  'band-2-name': 'Amber', 'band-2-from': '5', 'band-2-to': '8', 'band-2-months': '3',
  'band-3-name': 'Red', 'band-3-from': '9', 'band-3-to': '16', 'band-3-months': '2',
};

forEachDatabase('The council’s risk matrix', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let admin: Client;
  let adminApi: ApiClient;
  let partnershipId: string;
  let riskId: string;
  const clock = new TestClock('2026-11-15T09:00:00.000Z');

  before(async () => {
    try {
      w = await openWorkspace(ctx.database, 'Matrix', { clock });
      t = w.t;
      admin = await signedIn(t.app, await makeUser(t.deps, 'administrator'));
      adminApi = new ApiClient(t.app, await loadContract(t.app), (await userWithToken(t.deps, 'administrator')).token);
      const p = await w.partnership();
      partnershipId = p.id;
      // scored 5 × 4 before controls, 3 × 4 with them: High (12) on the default matrix, reviewed every two months.
      const risk = await w.api.post(`/api/v1/partnerships/${p.id}/risks`, { title: 'Depot lease ends', cause: 'Landlord sells', event: 'No depot', consequence: 'Collections stop', category: 'operational', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, identifiedOn: '2026-10-31', inherentLikelihood: 5, inherentImpact: 4, residualLikelihood: 3, residualImpact: 4, response: 'treat' });
      assert.equal(risk.status, 201, JSON.stringify(risk.body));
      riskId = risk.body.id;
    } catch (error) {
      console.error(error);
      throw error;
    }
  });
  after(async () => t.close());

  describe('its page', () => {
    it('R-2.6.8: internal audit reads the default matrix, its bands and intervals, and may not change it', async () => {
      const res = await w.auditor.get('/admin/risk-matrix');
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.ok(page.includes('Accord’s default 5 × 5 matrix'), page);
      assert.ok(page.includes('Almost certain') && page.includes('Very high') && page.includes('16 to 25') && page.includes('Monthly'));
      assert.ok(!res.body.includes('href="/admin/risk-matrix/edit"'));
      assert.equal((await w.auditor.get('/admin/risk-matrix/edit')).statusCode, 403);
      assert.equal((await w.officer.get('/admin/risk-matrix')).statusCode, 403);
      assert.equal((await w.officer.post('/admin/risk-matrix', FOUR_BY_FOUR, { csrf: null })).statusCode, 403);
    });

    it('R-2.6.8: a matrix that is not usable is refused with each problem at its part, and what was typed kept', async () => {
      await admin.get('/admin/risk-matrix/edit');
      const res = await admin.post('/admin/risk-matrix', { ...FOUR_BY_FOUR, 'likelihood-2': '', 'band-2-to': 'eight', 'band-3-from': '10' });
      assert.equal(res.statusCode, 400);
      const page = text(res.body);
      assert.ok(res.body.includes('govuk-error-summary'));
      assert.ok(page.includes('Name level 2 of likelihood, or leave blank every level after it (R-2.6.8)'), page);
      assert.ok(page.includes('Enter band 2’s highest score as a whole number, like 4'));
      assert.ok(res.body.includes('href="#likelihood-2"') && res.body.includes('href="#band-2-to"'));
      assert.ok(res.body.includes('value="eight"') && res.body.includes('value="Highly likely"'), 'what was typed is kept');
      // Well formed, but the bands leave 9 in none.
      const gap = await admin.post('/admin/risk-matrix', { ...FOUR_BY_FOUR, 'band-3-from': '10' });
      assert.equal(gap.statusCode, 400);
      assert.ok(text(gap.body).includes('No band holds the score 9 (R-2.6.8)'));
      assert.ok(gap.body.includes('href="#band-1-name"'));
    });

    it('R-2.6.8: a scale cannot lose a level an open risk is scored on: the risk is named', async () => {
      await admin.get('/admin/risk-matrix/edit');
      const res = await admin.post('/admin/risk-matrix', FOUR_BY_FOUR);
      assert.equal(res.statusCode, 400);
      assert.ok(text(res.body).includes('1 open risk is scored at a likelihood above 4, the highest of this scale: Depot lease ends (Matrix 1). Score it again or close it first (R-2.6.8)'), text(res.body));
      assert.ok(res.body.includes('href="#likelihood-1"'));
    });

    it('R-2.6.8: saved, every risk follows it at once: new levels on the forms, new band and next review, in the audit trail', async () => {
      // Scored again at 4 before controls, it fits a 4 × 4.
      assert.equal((await w.api.patch(`/api/v1/partnerships/${partnershipId}/risks/${riskId}`, { inherentLikelihood: 4 })).status, 200);
      await admin.get('/admin/risk-matrix/edit');
      const res = await admin.post('/admin/risk-matrix', FOUR_BY_FOUR);
      assert.equal(res.statusCode, 303, text(res.body));
      assert.equal(res.headers.location, '/admin/risk-matrix');
      const page = text((await admin.follow(res)).body);
      assert.ok(page.includes('The risk matrix has been changed: 4 × 4, 3 bands'));
      assert.ok(page.includes('the council’s own 4 × 4 matrix'));
      assert.ok(page.includes('Likelihood scale') && page.includes('1: Remote, 2: Unlikely, 3: Likely, 4: Highly likely'), 'History says the change');

      // The risk form offers the four levels, named as the council named them.
      const form = await w.officer.get(`/partnerships/${partnershipId}/risks/new`);
      assert.ok(form.body.includes('4: Highly likely') && !form.body.includes('5: Almost certain'));
      // 3 × 4 = 12: Red, reviewed every two months from 31 October: due 31 December.
      const register = await w.api.get(`/api/v1/partnerships/${partnershipId}/performance`);
      assert.equal(register.status, 200, JSON.stringify(register.body));
      const risk = register.body.riskRegister.risks.find((r: { id: string }) => r.id === riskId);
      assert.equal(risk.band, 'Red');
      assert.equal(risk.nextReviewOn, '2026-12-31');
      // The risk's own page names its levels on the new scales.
      assert.ok(text((await w.officer.get(`/partnerships/${partnershipId}/risks/${riskId}`)).body).includes('4: Highly likely'));

      const trail = await w.auditorApi.get('/api/v1/risk-matrix');
      assert.deepEqual(trail.body.likelihood, ['Remote', 'Unlikely', 'Likely', 'Highly likely']);
      assert.deepEqual(trail.body.bands.map((b: { name: string }) => b.name), ['Green', 'Amber', 'Red']);
      const events = await t.deps.database.db.selectFrom('audit_events').select(['action', 'changes']).where('entity_type', '=', 'risk-matrix').execute();
      assert.equal(events.length, 1);
      // The council's first matrix of its own: created, the default before it having no row.
      assert.equal(events[0]!.action, 'created');
      const changes = JSON.parse(events[0]!.changes) as { before: null; after: { likelihood: string[]; bands: unknown[] } };
      assert.equal(changes.before, null);
      assert.deepEqual(changes.after.likelihood, ['Remote', 'Unlikely', 'Likely', 'Highly likely']);
      assert.deepEqual(changes.after.bands[2], { name: 'Red', from: 9, to: 16, reviewMonths: 2 });
    });

    it('R-2.6.8: a level the matrix in force does not have is refused at its field', async () => {
      const res = await w.api.post(`/api/v1/partnerships/${partnershipId}/risks`, { title: 'Too likely', cause: 'c', event: 'e', consequence: 'q', category: 'operational', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, identifiedOn: '2026-11-01', inherentLikelihood: 5, inherentImpact: 4, residualLikelihood: 2, residualImpact: 2, response: 'treat' });
      // Well formed (a matrix may have six levels), but not on the matrix in force: a rule of the register.
      assert.equal(res.status, 422);
      assert.deepEqual(res.body.errors, [{ field: 'inherentLikelihood', message: 'The council’s risk matrix has 4 levels of likelihood: choose one from 1 to 4 (R-2.6.8)' }]);
    });
  });

  describe('the API', () => {
    it('PUT /api/v1/risk-matrix: administrators only; 400 for a matrix that is not usable, with every problem', async () => {
      const body = { likelihood: ['Rare', 'Possible', 'Likely'], impact: ['Minor', 'Major', 'Severe'], bands: [{ name: 'Low', from: 1, to: 3, reviewMonths: 6 }, { name: 'High', from: 4, to: 9, reviewMonths: 1 }] };
      assert.equal((await w.api.request('PUT', '/api/v1/risk-matrix', { body })).status, 403);
      const shape = await adminApi.request('PUT', '/api/v1/risk-matrix', { body: { ...body, colour: 'red', bands: [{ name: 'Low', from: 'one', to: 3, reviewMonths: 6 }] } });
      assert.equal(shape.status, 400);
      assert.deepEqual(shape.body.errors.map((e: { field: string }) => e.field).sort(), ['bands.0.from', 'colour']);
      const overlap = await adminApi.request('PUT', '/api/v1/risk-matrix', { body: { ...body, impact: ['Minor', 'Minor'], bands: [{ name: 'Low', from: 1, to: 4, reviewMonths: 6 }, { name: 'High', from: 4, to: 4, reviewMonths: 12 }] } });
      assert.equal(overlap.status, 400);
      assert.deepEqual(overlap.body.errors, [
        { field: 'impact', message: 'The impact scale must have from 3 to 6 levels; it has 2 (R-2.6.8)' },
        { field: 'impact', message: 'Each level of the impact scale needs a name of its own (R-2.6.8)' },
        { field: 'bands', message: 'High overlaps the band below it: the score 4 is in both (R-2.6.8)' },
        { field: 'bands', message: 'No band holds the scores 5 to 6, the highest the matrix has (R-2.6.8)' },
        { field: 'bands', message: 'High is reviewed less often (every 12 months) than Low below it (every 6): a higher risk is reviewed at least as often (R-2.6.8)' },
      ]);
    });

    it('PUT /api/v1/risk-matrix: 422 while an open risk is scored beyond it; 200 once it fits, and the risk moves band', async () => {
      const body = { likelihood: ['Rare', 'Possible', 'Likely'], impact: ['Minor', 'Major', 'Severe'], bands: [{ name: 'Low', from: 1, to: 3, reviewMonths: 6 }, { name: 'High', from: 4, to: 9, reviewMonths: 1 }] };
      const refused = await adminApi.request('PUT', '/api/v1/risk-matrix', { body });
      assert.equal(refused.status, 422);
      assert.deepEqual(refused.body.errors.map((e: { field: string }) => e.field), ['likelihood', 'impact']);
      assert.match(refused.body.errors[0].message, /Depot lease ends \(Matrix 1\)/);
      // Closed, the risk keeps its scores and no longer holds the matrix back.
      assert.equal((await w.api.patch(`/api/v1/partnerships/${partnershipId}/risks/${riskId}`, { status: 'closed' })).status, 200);
      const set = await adminApi.request('PUT', '/api/v1/risk-matrix', { body });
      assert.equal(set.status, 200, JSON.stringify(set.body));
      assert.deepEqual(set.body, body);
      assert.deepEqual((await w.auditorApi.get('/api/v1/risk-matrix')).body, body);
      // Set again as it is: nothing changes, so nothing is audited; the change before it was.
      assert.equal((await adminApi.request('PUT', '/api/v1/risk-matrix', { body })).status, 200);
      const events = await t.deps.database.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'risk-matrix').orderBy('seq').execute();
      assert.deepEqual(events.map((e) => e.action), ['created', 'updated']);
      // The closed risk, scored 3 × 4 = 12 beyond this matrix's 9, reads in its highest band.
      const register = await w.api.get(`/api/v1/partnerships/${partnershipId}/performance`);
      assert.equal(register.body.riskRegister.risks.find((r: { id: string }) => r.id === riskId).band, 'High');
      assert.equal((await w.officer.get(`/partnerships/${partnershipId}/performance`)).statusCode, 200);
      assert.equal((await w.officer.get('/risks')).statusCode, 200);
    });
  });
});
