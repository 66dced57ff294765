// A meeting's papers as a PDF end to end on both databases (R-2.8g): read back with a real PDF parser
// (pdf-parse), they say what the meeting's page says: the notice, who attended, each item with its
// declarations, outcome and explanation, a confidential item marked, and the minutes; for readers in scope.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { PDFParse } from 'pdf-parse';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { personDetails } from '../helpers/factories.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { winAnsi } from '../../src/web/features/meetings/meeting-papers.pdf.ts';

const textOf = async (pdf: Buffer) => (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text.replace(/\s+/g, ' ');

forEachDatabase('a meeting’s papers as a PDF (R-2.8g)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  before(async () => {
    w = await openWorkspace(ctx.database, 'Papers');
    t = w.t;
  });
  after(() => t.close());

  it('R-2.8g, R-2.8a, R-2.13: the agenda pack says what the meeting’s page says, each explanation with its clause', async () => {
    const p = await w.partnership();
    const base = `/api/v1/partnerships/${p.id}`;
    const member = await createPerson(t.deps, SYSTEM, personDetails(`Cllr Zoë Łukasz ${Date.now()}`, w.r.council.id, { councilRole: 'councillor' }));
    assert.equal((await w.api.post(`${base}/seats`, { personId: member.id, organisationId: w.r.council.id, status: 'voting', weight: 1, substituteId: null })).status, 201);
    await w.api.post(`${base}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    await w.api.post(`${base}/quorum`, { kind: 'number', members: 1 });
    const meeting = await w.api.post(`${base}/meetings`, { title: 'Papers Board', meetsOn: '2027-03-18', startsAt: '14:00', location: 'Committee Room 2', noticeDays: 5, noticeSentOn: '2027-03-15', minutes: null });
    const m = `${base}/meetings/${meeting.body.id}`;
    const grant = await w.api.post(`${m}/items`, { title: 'Grant to the winter programme', decisionType: 'ordinary', motion: 'That the grant is made.', amountPence: 1_200_000 });
    await w.api.post(`${m}/items`, { title: 'Land purchase', decisionType: 'ordinary', confidential: true });
    await w.api.put(`${m}/attendance`, { attendance: { [member.id]: 'present' } });
    await w.api.post(`${m}/items/${grant.body.id}/declarations`, { personId: member.id, kind: 'other', consequence: 'took-part' });
    assert.equal((await w.api.post(`${m}/items/${grant.body.id}/vote`, { mode: 'named', votes: { [member.id]: 'for' } })).status, 200);

    const page = await w.officer.get(`/partnerships/${p.id}/meetings/${meeting.body.id}`);
    assert.ok(page.body.includes(`href="/partnerships/${p.id}/meetings/${meeting.body.id}/papers.pdf"`), 'offered on the meeting’s page');
    const res = await w.auditor.get(`/partnerships/${p.id}/meetings/${meeting.body.id}/papers.pdf`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.match(String(res.headers['content-disposition']), /attachment; filename="P-[0-9-]+-2027-03-18-papers\.pdf"/);
    const text = await textOf(res.rawPayload);
    for (const expected of [
      'Papers Board',
      'Notice insufficient: sent on 15 March 2027, 2 clear days before the meeting on 18 March 2027; 5 clear days are required, so it needed to be sent by 12 March 2027. (R-2.8g)',
      `${winAnsi(member.name)} (`,
      'Grant to the winter programme',
      'commits £12,000',
      'Outcome: Carried.',
      '(R-2.8a)',
      'This pack contains confidential items, marked below: not for publication.',
      'Land purchase (confidential)',
    ]) {
      assert.ok(text.includes(expected), `the PDF says: ${expected}\n${text}`);
    }
    assert.ok(text.includes('Cllr Zoë Lukasz'), 'a letter Helvetica lacks is written as its base letter');
    assert.notEqual((await new Client(t.app).get(`/partnerships/${p.id}/meetings/${meeting.body.id}/papers.pdf`)).statusCode, 200, 'signed out, no papers');
  });

  it('R-2.8g: text Helvetica cannot draw is written as its base letter, else "?"', () => {
    assert.equal(winAnsi('Zoë Łukasz – £5 “ok” 😀 Ő'), 'Zoë Lukasz – £5 “ok” ? O');
  });
});
