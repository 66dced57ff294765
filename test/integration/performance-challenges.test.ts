// Challenges of performance and added value, end to end on both databases: a partner's
// representative raises one for their own organisation (and only theirs), on the page and through the
// API; the form refuses at its fields and keeps what was typed; unanswered past the council's 28 days it is
// a gap on the Compliance page and a warning on the Performance page; answered (with its day), it is met;
// the representative changes and removes nothing; History words it.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, complianceRow, escapeHtml, inputValue, summaryLinks, threeBoxes } from '../helpers/html.ts';
import { writeStatusForTest } from '../helpers/lifecycle.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { ApiClient, loadContract, userWithToken } from './api-helpers.ts';

const errorsOf = (html: string) => html.replace(/\s+/g, ' ').match(/govuk-error-summary__list.{0,600}/)?.[0];

forEachDatabase('challenges of performance and added value (R-2.6.15)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let officer: Client;
  let rep: Client;
  let repApi: ApiClient;
  // Wednesday 14 October 2026, in London.
  const clock = new TestClock('2026-10-14T09:00:00.000Z');

  before(async () => {
    w = await openWorkspace(ctx.database, 'Challenges', { clock });
    ({ t, officer } = w);
    // A representative of the partner (r.partners[0], a partner of every workspace partnership).
    const made = await userWithToken(t.deps, 'partner-representative', 'Pat Partner');
    await createPerson(t.deps, SYSTEM, personDetails('Pat Partner', w.r.partners[0]!.id, { userId: made.user.id }));
    rep = await signedIn(t.app, made.user);
    repApi = new ApiClient(t.app, await loadContract(t.app), made.token);
  });
  after(() => t.close());

  it('R-2.6.15: a partner’s representative raises a challenge for their organisation only; unanswered past 28 days a gap; answered, met', async () => {
    const p = await w.partnership();
    await writeStatusForTest(t.deps, p.id, 'operating');
    const home = `/partnerships/${p.id}`;
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.15'), /No challenge raised: any partner may challenge the partnership’s performance or added value at any time, answered within 28 days \(R-2\.6\.15\)/);
    const page = (await rep.get(`${home}/performance`)).body;
    assert.ok(page.includes('Raise a challenge'), 'the representative may raise one');
    // The form offers only their organisation.
    const form = (await rep.get(`${home}/performance-challenges/new`)).body;
    assert.ok(form.includes(`value="${w.r.partners[0]!.id}"`));
    assert.ok(!form.includes(`value="${w.r.council.id}"`), 'not another partner');

    const empty = await rep.post(`${home}/performance-challenges`, { organisationId: w.r.partners[0]!.id, raisedBy: '', challenge: 'Rough sleeping is not falling' });
    assert.equal(empty.statusCode, 400);
    assert.deepEqual(summaryLinks(empty.body), ['raisedBy', 'raisedOn-day', 'subject']);
    assert.equal((empty.body.match(/Rough sleeping is not falling/g) ?? []).length > 0, true, 'input kept');
    const body = { organisationId: w.r.partners[0]!.id, raisedBy: 'Pat Partner', ...threeBoxes('raisedOn', '2026-09-01'), subject: 'added-value', challenge: 'Rough sleeping is not falling although every target shows green.' };
    const notTheirs = await rep.post(`${home}/performance-challenges`, { ...body, organisationId: w.r.council.id });
    assert.equal(notTheirs.statusCode, 400);
    assertFieldError(notTheirs.body, 'organisationId', `You can raise a challenge only for ${w.r.partners[0]!.name} (R-2.6.15)`);
    assert.equal(inputValue(notTheirs.body, 'raisedBy'), 'Pat Partner', 'input kept');
    const raised = await rep.post(`${home}/performance-challenges`, body);
    assert.equal(raised.statusCode, 303, errorsOf(raised.body));
    const id = (await t.deps.database.db.selectFrom('performance_challenges').select('id').where('partnership_id', '=', p.id).executeTakeFirstOrThrow()).id;
    // They change and remove nothing.
    assert.equal((await rep.get(`${home}/performance-challenges/${id}/edit`)).statusCode, 403);
    assert.equal((await repApi.patch(`/api/v1/partnerships/${p.id}/performance-challenges/${id}`, { challenge: 'x' })).status, 403);
    // Through the API too, for their organisation only.
    const api = await repApi.post(`/api/v1/partnerships/${p.id}/performance-challenges`, { organisationId: w.r.council.id, raisedBy: 'Pat Partner', raisedOn: '2026-10-01', subject: 'performance', challenge: 'x' });
    assert.equal(api.status, 422);
    assert.deepEqual(api.body.errors.map((e: { field: string }) => e.field), ['organisationId']);

    // Raised 1 September: an answer was due by 29 September; today is 14 October.
    const gap = complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.15');
    assert.ok(gap.includes(escapeHtml(`Unanswered: the challenge of the value the partnership adds by ${w.r.partners[0]!.name}, raised on 1 September 2026, due an answer by 29 September 2026 (R-2.6.15)`)), gap);
    assert.ok((await officer.get(`${home}/performance`)).body.includes('1 challenge is past the day an answer was due (R-2.6.15).'));

    // An answer needs its day; answered, met.
    const answer = { ...body, assigneeId: w.r.officers[0]!.id, response: 'The count method changed in April; a like-for-like figure goes to the next board.' };
    const undated = await officer.post(`${home}/performance-challenges/${id}`, answer);
    assert.equal(undated.statusCode, 400);
    assertFieldError(undated.body, 'answeredOn-day', 'Enter the date it was answered (R-2.6.15)');
    const answered = await officer.post(`${home}/performance-challenges/${id}`, { ...answer, ...threeBoxes('answeredOn', '2026-10-10') });
    assert.equal(answered.statusCode, 303, errorsOf(answered.body));
    assert.match(complianceRow((await officer.get(`${home}/compliance`)).body, 'R-2.6.15'), /1 challenge raised, each answered or within its 28 days \(R-2\.6\.15\)/);
    const shown = (await rep.get(`${home}/performance`)).body;
    assert.ok(shown.includes(escapeHtml('Answered on 10 October 2026, after its answer was due by 29 September 2026 (R-2.6.15)')), 'the representative sees the answer and when it came');
    const read = (await repApi.get(`/api/v1/partnerships/${p.id}/performance`)).body as { challenges: Array<{ dueBy: string; overdue: boolean; answeredOn: string }> };
    assert.deepEqual(read.challenges.map((c: { dueBy: string; overdue: boolean; answeredOn: string }) => [c.dueBy, c.overdue, c.answeredOn]), [['2026-09-29', false, '2026-10-10']], 'the performance API says when its answer was due');
    const history = (await officer.get(`${home}/history`)).body;
    assert.ok(history.includes('Rough sleeping is not falling although every target shows green.'), 'History words it');
  });

  it('R-2.6.15: a representative of an organisation outside the partnership finds nothing; a reader sees no form', async () => {
    const p = await w.partnership({ partners: [{ organisationId: w.r.council.id, role: 'lead', memberStatus: 'voting' }, { organisationId: w.r.partners[1]!.id, role: 'member', memberStatus: 'voting' }] });
    const home = `/partnerships/${p.id}`;
    assert.equal((await rep.get(`${home}/performance-challenges/new`)).statusCode, 404);
    const auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
    assert.equal((await auditor.get(`${home}/performance-challenges/new`)).statusCode, 403);
    assert.ok(!(await auditor.get(`${home}/performance`)).body.includes('Raise a challenge'));
  });
});
