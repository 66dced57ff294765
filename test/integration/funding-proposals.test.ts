// Funding proposals and their risk assessments, end to end on both databases (protocol 2.4(h), R-2.6.8):
// an officer records a proposal on its form; it cannot be accepted until a risk of the register names it;
// the risk names it on its page, the proposal lists its risks on its own, for everyone who reads the
// partnership; the API answers the same, with the assessment counted; a proposal a risk names is not
// removed; a risk cannot name another partnership's proposal.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { assertFieldError, summaryLinks, threeBoxes } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

forEachDatabase('Funding proposals and their risk assessments', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let home: string;
  let api: string;
  let proposalId: string;
  let riskId: string;
  const clock = new TestClock('2026-11-15T09:00:00.000Z');
  const riskBody = (extra: Record<string, unknown>) => ({ title: 'Match funding falls short', cause: 'Partners’ budgets cut', event: 'The 20% match is not found', consequence: 'The grant is clawed back', category: 'financial', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, identifiedOn: '2026-10-01', inherentLikelihood: 3, inherentImpact: 4, residualLikelihood: 2, residualImpact: 4, response: 'treat', ...extra });

  before(async () => {
    w = await openWorkspace(ctx.database, 'Funding', { clock });
    t = w.t;
    const p = await w.partnership();
    home = `/partnerships/${p.id}`;
    api = `/api/v1/partnerships/${p.id}`;
  });
  after(async () => t.close());

  describe('the pages', () => {
    it('protocol 2.4(h): a proposal recorded on its form, refused with every problem first, its input kept', async () => {
      const form = await w.officer.get(`${home}/funding-proposals/new`);
      assert.equal(form.statusCode, 200);
      assert.ok(!form.body.includes('name="status"'), 'the decision is asked once it exists');
      const refused = await w.officer.post(`${home}/funding-proposals`, { title: 'Winter beds grant', source: '', amountPence: 'lots', ...threeBoxes('proposedOn', '2026-09-01') });
      assert.equal(refused.statusCode, 400);
      assert.deepEqual(summaryLinks(refused.body), ['source', 'amountPence']);
      assert.ok(refused.body.includes('value="Winter beds grant"'));
      const made = await w.officer.post(`${home}/funding-proposals`, { title: 'Winter beds grant', source: 'MHCLG', amountPence: '120,000', ...threeBoxes('proposedOn', '2026-09-01'), notes: 'Forty beds.' });
      assert.equal(made.statusCode, 303, text(made.body));
      const listed = text((await w.officer.follow(made)).body);
      assert.ok(listed.includes('£120,000'), 'listed with its amount');
      assert.ok(listed.includes('Winter beds grant has been added as a funding proposal'));
      // The banner's article follows the kind's name: an objective.
      const objective = await w.officer.post(`${home}/objectives`, { title: 'Fewer people sleeping rough' }, { from: `${home}/objectives/new` });
      assert.ok(text((await w.officer.follow(objective)).body).includes('Fewer people sleeping rough has been added as an objective'));
      proposalId = (await w.api.get(`${api}/funding-proposals`)).body.items.find((x: { title: string }) => x.title === 'Winter beds grant').id;
      const page = text((await w.officer.get(`${home}/funding-proposals/${proposalId}`)).body);
      assert.ok(page.includes('Its risks are not yet assessed'), 'its risk assessment, empty');
    });

    it('protocol 2.4(h): not accepted until its risks are assessed; then accepted, listing them', async () => {
      const accept = { title: 'Winter beds grant', source: 'MHCLG', amountPence: '120000', ...threeBoxes('proposedOn', '2026-09-01'), status: 'accepted', ...threeBoxes('decidedOn', '2026-10-15'), notes: 'Forty beds.' };
      await w.officer.get(`${home}/funding-proposals/${proposalId}/edit`);
      const early = await w.officer.post(`${home}/funding-proposals/${proposalId}`, accept);
      assert.equal(early.statusCode, 400);
      assertFieldError(early.body, 'status', 'Assess its risks before accepting it: add them to the risk register, each naming this proposal (protocol 2.4(h), R-2.6.8)');
      // The risk form offers the partnership's proposals.
      const riskForm = await w.officer.get(`${home}/risks/new`);
      assert.ok(riskForm.body.includes(`value="${proposalId}"`) && riskForm.body.includes('Not a funding proposal’s'));
      const risk = await w.api.post(`${api}/risks`, riskBody({ fundingProposalId: proposalId }));
      assert.equal(risk.status, 201, JSON.stringify(risk.body));
      riskId = risk.body.id;
      assert.equal(risk.body.fundingProposalTitle, 'Winter beds grant');
      assert.ok(text((await w.officer.get(`${home}/risks/${riskId}`)).body).includes('Funding proposal (optional) Winter beds grant'));
      await w.officer.get(`${home}/funding-proposals/${proposalId}/edit`);
      const accepted = await w.officer.post(`${home}/funding-proposals/${proposalId}`, accept);
      assert.equal(accepted.statusCode, 303, text(accepted.body));
      // Internal audit, who reads the partnership but not to change it, sees the assessment with its risk linked.
      const page = await w.auditor.get(`${home}/funding-proposals/${proposalId}`);
      assert.ok(text(page.body).includes('Its risk assessment') && text(page.body).includes('1 risk assessed on the register (protocol 2.4(h))'));
      assert.ok(page.body.includes(`href="${home}/risks/${riskId}"`));
      assert.ok(text((await w.officer.get(`${home}/history`)).body).includes('Winter beds grant'), 'History has it');
    });

    it('protocol 2.4(h): a proposal a risk names is not removed', async () => {
      await w.officer.get(`${home}/funding-proposals/${proposalId}/remove`);
      const res = await w.officer.post(`${home}/funding-proposals/${proposalId}/remove`, {});
      assert.equal(res.statusCode, 400);
      assert.ok(text(res.body).includes('A risk on the register names it: its risk assessment is kept with it.'));
    });
  });

  describe('the API', () => {
    it('protocol 2.4(h): the proposal with its assessment counted; rules refused at their fields', async () => {
      const got = await w.auditorApi.get(`${api}/funding-proposals/${proposalId}`);
      assert.equal(got.status, 200);
      assert.equal(got.body.status, 'accepted');
      assert.equal(got.body.amountPence, 12_000_000);
      assert.equal(got.body.risks, 1);
      assert.equal(got.body.assessment, '1 risk assessed on the register (protocol 2.4(h))');
      const unassessed = await w.api.post(`${api}/funding-proposals`, { title: 'Arts bid', source: 'Arts Council', proposedOn: '2026-10-01', status: 'accepted', decidedOn: '2026-09-01' });
      assert.equal(unassessed.status, 422);
      assert.deepEqual(unassessed.body.errors.map((e: { field: string }) => e.field).sort(), ['decidedOn', 'status']);
      assert.equal((await w.api.request('DELETE', `${api}/funding-proposals/${proposalId}`)).status, 422);
    });

    it('protocol 2.4(h): a risk names only its own partnership’s proposals; once it names none, the proposal may go', async () => {
      const other = await w.partnership();
      const theirs = await w.api.post(`/api/v1/partnerships/${other.id}/funding-proposals`, { title: 'Their bid', source: 'Lottery', proposedOn: '2026-10-01' });
      assert.equal(theirs.status, 201, JSON.stringify(theirs.body));
      const crossed = await w.api.post(`${api}/risks`, riskBody({ fundingProposalId: theirs.body.id }));
      assert.equal(crossed.status, 422);
      assert.deepEqual(crossed.body.errors, [{ field: 'fundingProposalId', message: 'Select one of the partnership’s funding proposals, or none (protocol 2.4(h))' }]);
      assert.equal((await w.api.patch(`${api}/risks/${riskId}`, { fundingProposalId: null })).status, 200);
      assert.equal((await w.api.patch(`${api}/funding-proposals/${proposalId}`, { status: 'withdrawn' })).status, 200);
      assert.equal((await w.api.request('DELETE', `${api}/funding-proposals/${proposalId}`)).status, 204);
    });
  });
});
