// Versioned rules for decisions end to end on both databases (R-2.7(n), R-2.8a, R-2.8b): a change agreed at a
// meeting and recorded from a day keeps the rules as they stood, so a meeting before the day is decided under
// them however the rules are edited afterwards, and a meeting from the day under the rules as changed; the
// meeting's page, its recorded vote, the Decision making pages, History and the API all say which version.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { personDetails } from '../helpers/factories.ts';
import { assertFieldError, escapeHtml } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import type { ApiClient, Register } from './api-helpers.ts';
import { PDFParse } from 'pdf-parse';

const textOf = async (pdf: Buffer) => (await new PDFParse({ data: new Uint8Array(pdf) }).getText()).text.replace(/\s+/g, ' ');

forEachDatabase('changes to the rules for decisions, each from a day (R-2.7(n))', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let auditor: Client;
  let api: ApiClient;
  const people: string[] = [];

  before(async () => {
    w = await openWorkspace(ctx.database, 'Rule changes');
    ({ t, r, officer, auditor, api } = w);
    const stamp = Date.now();
    for (const [name, org] of [
      [`Cllr Asha Patel ${stamp}`, r.council.id],
      [`Cllr Ben Jones ${stamp}`, r.council.id],
      [`Dr Comfort Osei ${stamp}`, r.partners[0]!.id],
    ] as const) {
      people.push((await createPerson(t.deps, SYSTEM, personDetails(name, org, org === r.council.id ? { councilRole: 'councillor' } : {}))).id);
    }
  });
  after(() => t.close());

  const dateFields = (name: string, iso: string) => {
    const [y, m, d] = iso.split('-');
    return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y! };
  };

  /** A meeting on a day with one item asking for a decision, and its attendance: the first `present` seats present. */
  async function meeting(p: string, title: string, on: string, item: { title: string; decisionType: string }, present: number) {
    const made = await officer.post(`/partnerships/${p}/meetings`, { title, ...dateFields('meetsOn', on), startsAt: '14:00', location: 'Room 1', noticeDays: '5', ...dateFields('noticeSentOn', '2027-01-02') });
    assert.equal(made.statusCode, 303, made.body.slice(0, 600));
    const list = await officer.get(`/partnerships/${p}/meetings`);
    const ids = [...list.body.matchAll(/href="\/partnerships\/[^"]+\/meetings\/([0-9a-f-]{36})"[^>]*>([^<]+)</g)];
    const meetingId = ids.find((m) => m[2]!.includes(title))?.[1];
    assert.ok(meetingId, `${title} is listed`);
    const base = `/partnerships/${p}/meetings/${meetingId}`;
    assert.equal((await officer.post(`${base}/items`, { title: item.title, decisionType: item.decisionType, keyDecision: 'false', confidential: 'false', motion: `That ${item.title.toLowerCase()} is agreed`, concernsId: '' })).statusCode, 303);
    const itemId = /items\/([0-9a-f-]{36})/.exec((await officer.get(base)).body)?.[1];
    assert.ok(itemId);
    const attendance = Object.fromEntries(people.map((id, i) => [`attendance-${id}`, i < present ? 'present' : 'apologies']));
    assert.equal((await officer.post(`${base}/attendance`, attendance)).statusCode, 303);
    return { meetingId: meetingId!, base, item: `${base}/items/${itemId}`, itemId: itemId! };
  }
  const voteFor = (present: number) => ({ mode: 'named', ...Object.fromEntries(people.slice(0, present).map((id) => [`vote-${id}`, 'for'])) });

  it('R-2.7(n): a meeting before a change is decided under the rules as they stood, a meeting from its day under the rules as changed', async () => {
    const p = (await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true })).id;
    await reachStatus(t.deps, p, 'approved');
    await officer.get(`/partnerships/${p}/seats/new`);
    for (const [i, person] of people.entries()) {
      assert.equal((await officer.post(`/partnerships/${p}/seats`, { personId: person, organisationId: i < 2 ? r.council.id : r.partners[0]!.id, status: 'voting', weight: '1', substituteId: '' })).statusCode, 303);
    }
    await officer.post(`/partnerships/${p}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' });
    await officer.post(`/partnerships/${p}/quorum`, { kind: 'number', members: '3' });
    const rulesPage = `/partnerships/${p}/decision-making`;
    assert.match((await officer.get(rulesPage)).body, /No change to these rules has been recorded: they decide every meeting/);

    // The board agrees, with everyone present, that two members will make a quorum from 1 April 2027.
    const agreeing = await meeting(p, 'Board in March', '2027-03-03', { title: 'Changes to the quorum', decisionType: 'change-to-rules' }, 3);
    assert.equal((await officer.post(`${agreeing.item}/vote`, voteFor(3))).statusCode, 303);
    const before = await meeting(p, 'Board before the change', '2027-03-24', { title: 'Grant to the spring programme', decisionType: 'ordinary' }, 2);
    const after = await meeting(p, 'Board after the change', '2027-05-12', { title: 'Grant to the summer programme', decisionType: 'ordinary' }, 2);

    // Refused at its fields, what was typed kept: no reason, and a day before the meeting that agreed it.
    const form = await officer.get(`${rulesPage}/changes/new`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Changes to the quorum \(Board in March, 3 March 2027\)/);
    const refused = await officer.post(`${rulesPage}/changes`, { ...dateFields('inForceFrom', '2027-03-01'), agreedItemId: agreeing.itemId, reason: '' });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'reason', 'Enter what was changed, and why');
    assertFieldError(refused.body, 'inForceFrom-day', 'The change cannot apply before 3 March 2027, the day of the meeting that agreed it (R-2.7(n))');
    assert.match(refused.body, /name="inForceFrom-day"[^>]*value="1"/);
    const recorded = await officer.post(`${rulesPage}/changes`, { ...dateFields('inForceFrom', '2027-04-01'), agreedItemId: agreeing.itemId, reason: 'Two voting members make a quorum, as the board agreed.' });
    assert.equal(recorded.statusCode, 303, recorded.body.slice(0, 600));
    // The rules kept now are those from 1 April: the quorum becomes two.
    const changedQuorum = await api.patch(`/api/v1/partnerships/${p}/quorum/number`, { members: 2 });
    assert.equal(changedQuorum.status, 200, JSON.stringify(changedQuorum.body));

    // The Decision making page says which version it shows, and lists the earlier one.
    const shown = await officer.get(rulesPage);
    assert.match(shown.body, /The rules above are in force from 1 April 2027, when they were last changed\./);
    const versionHref = new RegExp(`href="(${rulesPage}/changes/[0-9a-f-]{36})">Until 31 March 2027<`).exec(shown.body)?.[1];
    assert.ok(versionHref, 'the earlier version is listed and linked');
    const version = await officer.get(versionHref);
    assert.equal(version.statusCode, 200);
    assert.match(version.body, /The rules in force until 31 March 2027/);
    assert.match(version.body, /Two voting members make a quorum, as the board agreed\./);
    assert.match(version.body, /3 voting members need to be present/);

    // Each meeting is decided under the rules in force on its day, and says so.
    const beforePage = await officer.get(before.base);
    assert.match(beforePage.body, new RegExp(escapeHtml('The rules in force until 31 March 2027: they were changed from 1 April 2027')));
    assert.match((await officer.get(before.item)).body, /Not quorate/);
    // The meeting's papers say it too.
    const papers = await officer.get(`${before.base}/papers.pdf`);
    assert.equal(papers.statusCode, 200);
    assert.match(await textOf(papers.rawPayload), /Decided under: The rules in force until 31 March 2027: they were changed from 1 April 2027 \(R-2\.7\(n\)\)/);
    const afterPage = await officer.get(after.base);
    assert.match(afterPage.body, new RegExp(escapeHtml('The rules in force from 1 April 2027, as changed then')));
    assert.match((await officer.get(after.item)).body, /Quorate/);
    assert.doesNotMatch((await officer.get(after.item)).body, /Not quorate/);

    // The votes recorded keep the version with their explanation.
    assert.equal((await officer.post(`${before.item}/vote`, voteFor(2))).statusCode, 303);
    assert.equal((await officer.post(`${after.item}/vote`, voteFor(2))).statusCode, 303);
    const agenda = async (m: { meetingId: string }) => (await api.get(`/api/v1/partnerships/${p}/meetings/${m.meetingId}/agenda`)).body;
    const beforeAgenda = await agenda(before);
    assert.equal(beforeAgenda.items[0].vote.outcome, 'invalid');
    assert.match(beforeAgenda.items[0].vote.explanation, /^The rules in force until 31 March 2027: they were changed from 1 April 2027 \(R-2\.7\(n\)\)\./);
    assert.deepEqual(beforeAgenda.rulesInForce, { from: null, until: '2027-03-31', endedBy: versionHref.split('/').at(-1), explanation: 'The rules in force until 31 March 2027: they were changed from 1 April 2027', clause: 'R-2.7(n)' });
    const afterAgenda = await agenda(after);
    assert.equal(afterAgenda.items[0].vote.outcome, 'carried');
    assert.equal(afterAgenda.rulesInForce.from, '2027-04-01');

    // The API lists the change with the rules it kept; an evaluation asks for a day's rules.
    const changes = await api.get(`/api/v1/partnerships/${p}/rule-changes`);
    assert.equal(changes.status, 200);
    assert.equal(changes.body.items.length, 1);
    const [change] = changes.body.items;
    assert.equal(change.inForceFrom, '2027-04-01');
    assert.equal(change.agreedItemId, agreeing.itemId);
    assert.deepEqual(change.earlierRules.quorum, [{ kind: 'number', members: 3, fraction: null }]);
    assert.equal(change.earlierRules.inForce.until, '2027-03-31');
    const evaluate = (on?: string) =>
      api.post('/api/v1/decision-rules/evaluate', {
        partnershipId: p,
        ...(on ? { on } : {}),
        decisionType: 'ordinary',
        attendance: people.map((seat, i) => ({ seat, attendance: i < 2 ? 'present' : 'apologies' })),
        votes: people.slice(0, 2).map((seat) => ({ seat, vote: 'for' })),
      });
    assert.equal((await evaluate('2027-03-31')).body.quorum.quorate, false);
    assert.equal((await evaluate('2027-04-01')).body.quorum.quorate, true);
    assert.equal((await evaluate()).body.quorum.quorate, true);

    // A correction keeps its day after the meeting that agreed it; moved earlier, the meeting before now falls under the change.
    const early = await api.patch(`/api/v1/partnerships/${p}/rule-changes/${change.id}`, { inForceFrom: '2027-02-01' });
    assert.equal(early.status, 422, JSON.stringify(early.body));
    assert.equal(early.body.errors[0].field, 'inForceFrom');
    const corrected = await api.patch(`/api/v1/partnerships/${p}/rule-changes/${change.id}`, { inForceFrom: '2027-03-10' });
    assert.equal(corrected.status, 200, JSON.stringify(corrected.body));
    assert.equal(corrected.body.reason, 'Two voting members make a quorum, as the board agreed.');
    assert.match((await officer.get(before.item)).body, /With the attendance and declarations as they now stand, the outcome would be/);

    // A second change must follow the first.
    const second = await api.post(`/api/v1/partnerships/${p}/rule-changes`, { inForceFrom: '2027-03-10', reason: 'Again' });
    assert.equal(second.status, 422);
    assert.match(second.body.errors[0].message, /must apply from a day after 10 March 2027/);

    // The auditor reads the versions and may record none.
    assert.equal((await auditor.get(versionHref)).statusCode, 200);
    assert.equal((await auditor.get(`${rulesPage}/changes/new`)).statusCode, 403);

    // History says it in words.
    const history = await officer.get(`/partnerships/${p}/history`);
    assert.match(history.body, /Recorded a change to the rules from 1 April 2027/);
    assert.match(history.body, /Corrected the change to the rules from 10 March 2027/);
  });

  it('R-2.7(n): a partnership with no rules recorded has nothing to change, refused at the field', async () => {
    const p = (await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true })).id;
    await officer.get(`/partnerships/${p}/decision-making/changes/new`);
    const refused = await officer.post(`/partnerships/${p}/decision-making/changes`, { ...dateFields('inForceFrom', '2027-04-01'), agreedItemId: '', reason: 'A change' });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'inForceFrom-day', 'There are no voting rules or quorum recorded to change: record them first (R-2.8a, R-2.8b)');
    const viaApi = await api.post(`/api/v1/partnerships/${p}/rule-changes`, { inForceFrom: '2027-04-01', reason: 'A change' });
    assert.equal(viaApi.status, 422);
    assert.equal((await api.get(`/api/v1/partnerships/${p}/rule-changes/00000000-0000-4000-8000-000000000000`)).status, 404);
  });
});
