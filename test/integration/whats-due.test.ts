// What's due, end to end on both databases: a user linked to someone under People sees what falls to them
// (the risk they own, the report of the partnership they lead), overdue first, and nothing of anyone
// else's; the council-wide list is for administrators, sponsoring officers and internal audit only; the
// API answers the same, strictly; and the daily digest goes to a real SMTP server exactly once a day, even
// when two servers run it at the same moment, and is tried again when it could not be sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { sendDueDigests } from '../../src/app/digest.service.ts';
import { smtpMailer, type Mailer } from '../../src/app/mail.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { ApiClient, loadContract, userWithToken } from './api-helpers.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

forEachDatabase('What’s due and the daily digest', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let smtp: TestSmtp;
  let mailer: Mailer;
  let owner: Client;
  let ownerApi: ApiClient;
  let ownerEmail: string;
  let partnershipId: string;
  let riskId: string;
  // Sunday 15 November 2026, in London.
  const clock = new TestClock('2026-11-15T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Due', { clock });
    t = w.t;
    smtp = await startSmtp();
    mailer = smtpMailer({ url: smtp.url, from: 'Accord <accord@test.gov.uk>', publicUrl: 'https://accord.test' });
    const made = await userWithToken(t.deps, 'officer', 'Olu Owner');
    ownerEmail = made.user.email;
    const person = await createPerson(t.deps, SYSTEM, personDetails('Olu Owner', w.r.council.id, { userId: made.user.id, councilRole: 'officer' }));
    owner = await signedIn(t.app, made.user);
    ownerApi = new ApiClient(t.app, await loadContract(t.app), made.token);
    const p = await w.partnership({ accountableOfficerId: person.id });
    partnershipId = p.id;
    await writeStatusForTest(t.deps, p.id, 'operating');
    const base = `/api/v1/partnerships/${p.id}`;
    // very high, identified 30 September: reviewed monthly, so overdue since 31 October.
    const risk = await w.api.post(`${base}/risks`, { title: 'Funding ends', cause: 'Grant ends', event: 'Service stops', consequence: 'People go unhelped', category: 'financial', ownerId: person.id, organisationId: w.r.council.id, identifiedOn: '2026-09-30', inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: 4, residualImpact: 5, response: 'treat' });
    assert.equal(risk.status, 201, JSON.stringify(risk.body));
    riskId = risk.body.id;
    // the partnership's lead reports to Cabinet, first by 20 November.
    assert.equal((await w.api.post(`${base}/reporting-lines`, { body: 'cabinet', frequency: 'quarterly', firstDueOn: '2026-11-20' })).status, 201);
    // someone else's action, overdue: not the owner's.
    assert.equal((await w.api.post(`${base}/plan-actions`, { title: 'Open the winter shelter', ownerId: w.r.officers[0]!.id, organisationId: w.r.council.id, startsOn: '2026-10-01', dueOn: '2026-11-01' })).status, 201);
  });
  after(async () => {
    await t.close();
    await smtp.close();
  });

  describe('the pages', () => {
    it('R-2.6.8, R-2.6.2: /due shows what falls to the user, overdue first, and nothing of anyone else’s', async () => {
      const res = await owner.get('/due');
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.ok(page.includes('What’s due for you'));
      assert.ok(page.includes('1 thing is overdue.'), page);
      const risk = page.indexOf('Review of the risk “Funding ends” (Very high)');
      const report = page.indexOf('Report to Cabinet');
      assert.ok(risk > 0 && report > risk, 'the overdue review before the report due');
      assert.ok(page.includes('Overdue since 31 October 2026 (R-2.6.8)'));
      assert.ok(page.includes('Due by 20 November 2026 (R-2.6.2)'));
      assert.ok(res.body.includes(`href="/partnerships/${partnershipId}/risks/${riskId}"`), 'linked to where it is done');
      assert.ok(!page.includes('Open the winter shelter'), 'not someone else’s action');
      assert.ok(!res.body.includes('href="/due/council"'), 'an officer is not offered the council’s list');
    });

    it('filters by kind and by how far ahead; a filter nobody could choose is ignored', async () => {
      const reports = text((await owner.get('/due?kind=report')).body);
      assert.ok(reports.includes('Report to Cabinet') && !reports.includes('Funding ends'));
      // The warning counts what the filter shows: the overdue risk review is not a report.
      assert.ok(!reports.includes('overdue.'), 'no overdue warning for the reports alone');
      assert.ok(text((await owner.get('/due?kind=risk-review')).body).includes('1 thing is overdue.'));
      // 7 days ahead: the report due on the 20th is within them.
      assert.ok(text((await owner.get('/due?within=7')).body).includes('Report to Cabinet'));
      const odd = await owner.get('/due?within=5&kind=nonsense&page=-1');
      assert.equal(odd.statusCode, 200);
      assert.ok(text(odd.body).includes('Report to Cabinet') && text(odd.body).includes('Funding ends'));
    });

    it('a user linked to no one is told why nothing falls to them', async () => {
      const page = text((await (await signedIn(t.app, await makeUser(t.deps, 'councillor'))).get('/due')).body);
      assert.ok(page.includes('Your account is not linked to anyone under People'));
    });

    it('the council’s list: every item, whoever it falls to, for administrators, sponsoring officers and internal audit only', async () => {
      const res = await w.auditor.get('/due/council');
      assert.equal(res.statusCode, 200);
      const page = text(res.body);
      assert.ok(page.includes('What’s due across the partnerships'));
      assert.ok(page.includes('Open the winter shelter') && page.includes('Alex Morgan'), 'someone else’s action, with whom it falls to');
      assert.ok(page.includes('Funding ends') && page.includes('Olu Owner'));
      assert.equal((await (await signedIn(t.app, await makeUser(t.deps, 'sponsoring-officer'))).get('/due/council')).statusCode, 200);
      assert.equal((await owner.get('/due/council')).statusCode, 403);
      assert.equal((await (await signedIn(t.app, await makeUser(t.deps, 'councillor'))).get('/due/council')).statusCode, 403);
    });
  });

  describe('the API', () => {
    it('GET /api/v1/due: the user’s, with owners and clauses; strict about its parameters', async () => {
      const res = await ownerApi.get('/api/v1/due');
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.items.map((i: { kind: string; overdue: boolean; clause: string }) => [i.kind, i.overdue, i.clause]),
        [['risk-review', true, 'R-2.6.8'], ['report', false, 'R-2.6.2']],
      );
      assert.deepEqual(res.body.items[0].owners.map((o: { name: string }) => o.name), ['Olu Owner']);
      assert.deepEqual(res.body.counts, { overdue: 1, due: 1 });
      assert.equal(res.body.linked, true);
      // The counts are of the items answered: a kind filter counts that kind alone.
      assert.deepEqual((await ownerApi.get('/api/v1/due?kind=report')).body.counts, { overdue: 0, due: 1 });
      const bad = await ownerApi.get('/api/v1/due?within=5&kind=nonsense&colour=red');
      assert.equal(bad.status, 400);
      assert.deepEqual(bad.body.errors.map((e: { field: string }) => e.field).sort(), ['colour', 'kind', 'within']);
    });
    it('GET /api/v1/due/council: everything, for internal audit; refused to an officer', async () => {
      const res = await w.auditorApi.get('/api/v1/due/council?kind=plan-action');
      assert.equal(res.status, 200);
      assert.ok(res.body.items.some((i: { title: string }) => i.title === 'Open the winter shelter'));
      assert.equal((await ownerApi.get('/api/v1/due/council')).status, 403);
    });
  });

  describe('the digest email', () => {
    it('goes once a day to each user with something due in the week or overdue, even from two servers at once', async () => {
      const before = smtp.messages.length;
      const [a, b] = await Promise.all([sendDueDigests(t.deps, mailer), sendDueDigests(t.deps, mailer)]);
      assert.equal(a.sent + b.sent, 1, 'one digest: the owner’s (no one else due anything is linked to an account)');
      assert.equal(a.already + b.already, 1);
      const message = await smtp.next(ownerEmail);
      assert.equal(smtp.messages.length, before + 1);
      assert.equal(message.subject, 'What’s due: 1 thing overdue, 1 thing due in the next 7 days');
      assert.match(message.text, /Overdue\s+- Review of the risk “Funding ends” \(Very high\)/);
      assert.ok(message.text.includes(`https://accord.test/partnerships/${partnershipId}/risks/${riskId}`), message.text);
      assert.ok(message.text.includes('Due by 20 November 2026 (R-2.6.2)'));
      assert.ok(!message.text.includes('Open the winter shelter'));
      // Later the same day: nothing more.
      const again = await sendDueDigests(t.deps, mailer);
      assert.deepEqual([again.sent, again.already], [0, 1]);
      assert.equal(smtp.messages.length, before + 1);
      const audited = await t.deps.database.db.selectFrom('audit_events').select(['action', 'entity_type']).where('entity_type', '=', 'digest').execute();
      assert.deepEqual(audited.map((e) => e.action), ['claimed']);
    });

    it('a digest that could not be sent is given back and sent on the next run; the next day brings the next', async () => {
      clock.advance({ hours: 24 });
      const broken: Mailer = { publicUrl: 'https://accord.test', send: () => Promise.reject(new Error('421 try again later')) };
      const failed = await sendDueDigests(t.deps, broken);
      assert.deepEqual([failed.day, failed.sent, failed.failed], ['2026-11-16', 0, 1]);
      assert.equal((await t.deps.database.db.selectFrom('digest_sends').select('user_id').where('day', '=', '2026-11-16').execute()).length, 0, 'the claim given back');
      const retried = await sendDueDigests(t.deps, mailer);
      assert.deepEqual([retried.sent, retried.failed], [1, 0]);
      assert.match((await smtp.next(ownerEmail)).text, /This is what falls to you in Accord on 16 November 2026/);
      const actions = (await t.deps.database.db.selectFrom('audit_events').select('action').where('entity_type', '=', 'digest').orderBy('seq').execute()).map((e) => e.action);
      assert.deepEqual(actions, ['claimed', 'claimed', 'not-sent', 'claimed']);
    });
  });
});
