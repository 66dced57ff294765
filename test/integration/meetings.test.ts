// A partnership's meetings end to end on both databases (R-2.8g, R-2.8a, R-2.8b, R-2.13): scheduled with
// too little notice and warned with the date notice needed to be sent by; attendance per seat; agenda
// items refused at their fields; a declaration that takes a member out of an item's quorum; the vote
// recorded with the outcome the domain computed and its explanation kept; History in words; and the
// API's meeting with its notice explained. And the actions arising (R-2.8d): overdue on the owner's home
// page and the Compliance page until completed. And the forward plan (R-2.8f): a key decision published
// with too little notice, or never on the plan, warned of at its item and, once taken, a gap on the
// Compliance page until the plan shows the notice it had.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, escapeHtml } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import { londonToday } from '../../src/app/lifecycle.service.ts';
import { addDays, dateInWords } from '../../src/domain/decisions/notice.ts';
import type { ApiClient, Register } from './api-helpers.ts';

forEachDatabase('meetings: notice, attendance, agenda, declarations and votes (R-2.8g, R-2.8a, R-2.8b, R-2.13)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let auditor: Client;
  let api: ApiClient;
  const people: Record<string, string> = {};

  before(async () => {
    w = await openWorkspace(ctx.database, 'Meetings');
    ({ t, r, officer, auditor, api } = w);
    const stamp = Date.now();
    for (const [key, name, org] of [
      ['patel', `Cllr Asha Patel ${stamp}`, r.council.id],
      ['jones', `Cllr Ben Jones ${stamp}`, r.council.id],
      ['osei', `Dr Comfort Osei ${stamp}`, r.partners[0]!.id],
    ] as const) {
      people[key] = (await createPerson(t.deps, SYSTEM, personDetails(name, org, org === r.council.id ? { councilRole: 'councillor' } : {}))).id;
    }
  });
  after(() => t.close());

  const meetingIdOf = (location: string | undefined) => /\/meetings\/([0-9a-f-]{36})/.exec(location ?? '')?.[1];

  it('R-2.8g: a meeting scheduled with short notice is warned of, with the date notice needed to be sent by; its items, attendance, declarations and vote decide each item', async () => {
    const p = await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true });
    await reachStatus(t.deps, p.id, 'approved');
    await officer.get(`/partnerships/${p.id}/seats/new`);
    for (const [person, org] of [
      [people.patel!, r.council.id],
      [people.jones!, r.council.id],
      [people.osei!, r.partners[0]!.id],
    ] as const) {
      const seat = await officer.post(`/partnerships/${p.id}/seats`, { personId: person, organisationId: org, status: 'voting', weight: '1', substituteId: '' });
      assert.equal(seat.statusCode, 303, seat.body.slice(0, 400));
    }
    await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    await officer.post(`/partnerships/${p.id}/quorum`, { kind: 'number', members: '3' });

    // The schedule form offers the usual five clear days.
    const form = await officer.get(`/partnerships/${p.id}/meetings/new`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="noticeDays"[^>]*value="5"/);

    // Refused at its fields, what was typed kept.
    const refused = await officer.post(`/partnerships/${p.id}/meetings`, { title: '', 'meetsOn-day': '18', 'meetsOn-month': '3', 'meetsOn-year': '2027', startsAt: 'teatime', noticeDays: '5' });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'title', 'Enter the name of the meeting');
    assertFieldError(refused.body, 'startsAt', 'Enter the time it starts like 14:30, on the 24-hour clock');
    assert.match(refused.body, /value="teatime"/);

    // Notice sent on 15 March for a meeting on 18 March: 2 clear days of the 5 required.
    const made = await officer.post(`/partnerships/${p.id}/meetings`, {
      title: 'Partnership Board',
      'meetsOn-day': '18',
      'meetsOn-month': '3',
      'meetsOn-year': '2027',
      startsAt: '14:30',
      location: 'Committee Room 2',
      noticeDays: '5',
      'noticeSentOn-day': '15',
      'noticeSentOn-month': '3',
      'noticeSentOn-year': '2027',
    });
    assert.equal(made.statusCode, 303, made.body.slice(0, 600));
    const list = await officer.get(`/partnerships/${p.id}/meetings`);
    const meetingId = meetingIdOf(/href="(\/partnerships\/[^"]+\/meetings\/[0-9a-f-]{36})"/.exec(list.body)?.[1]);
    assert.ok(meetingId, 'the meeting is listed and linked');
    const base = `/partnerships/${p.id}/meetings/${meetingId}`;
    const page = await officer.get(base);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(escapeHtml('Notice insufficient: sent on 15 March 2027, 2 clear days before the meeting on 18 March 2027; 5 clear days are required, so it needed to be sent by 12 March 2027.')));

    // The API's meeting says the same.
    const viaApi = await api.get(`/api/v1/partnerships/${p.id}/meetings/${meetingId}`);
    assert.equal(viaApi.status, 200);
    assert.equal(viaApi.body.notice.sufficient, false);
    assert.equal(viaApi.body.notice.sendBy, '2027-03-12');
    assert.equal(viaApi.body.status, 'scheduled');

    // An item with a motion but no type of decision, and a partner it concerns that is not one: both at their fields.
    const badItem = await officer.post(`${base}/items`, { title: 'Grant', decisionType: 'none', keyDecision: 'false', confidential: 'false', motion: 'That the grant is approved', concernsId: r.partners[2]!.id });
    assert.equal(badItem.statusCode, 400);
    assertFieldError(badItem.body, 'decisionType', 'An item with a motion asks for a decision: select its type, or leave the motion blank for an item for information (R-2.8a)');
    assertFieldError(badItem.body, 'concernsId', 'Select one of the partnership’s partners, or none (R-2.13)');
    const item = await officer.post(`${base}/items`, { title: 'Grant to the winter programme', decisionType: 'ordinary', keyDecision: 'true', confidential: 'false', motion: 'That the grant is approved', concernsId: r.partners[0]!.id });
    assert.equal(item.statusCode, 303, item.body.slice(0, 600));
    const itemId = /items\/([0-9a-f-]{36})/.exec((await officer.get(base)).body)?.[1];
    assert.ok(itemId);
    const itemBase = `${base}/items/${itemId}`;

    // A vote before attendance is refused, saying why.
    const early = await officer.post(`${itemBase}/vote`, { mode: 'named' });
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /Record who attended the meeting before its votes/);

    // Attendance: a substitute for a seat with none named is refused at that seat.
    const badAttendance = await officer.post(`${base}/attendance`, { [`attendance-${people.patel}`]: 'present', [`attendance-${people.jones}`]: 'substitute', [`attendance-${people.osei}`]: 'present' });
    assert.equal(badAttendance.statusCode, 400);
    assert.match(badAttendance.body, /has no named substitute: select present, apologies or absent/);
    const attended = await officer.post(`${base}/attendance`, { [`attendance-${people.patel}`]: 'present', [`attendance-${people.jones}`]: 'present', [`attendance-${people.osei}`]: 'present' });
    assert.equal(attended.statusCode, 303, attended.body.slice(0, 600));
    assert.match((await officer.get(itemBase)).body, /Quorate/);

    // A prejudicial interest and leaving the room: the item is no longer quorate (3 required, 2 counted).
    const badDeclaration = await officer.post(`${itemBase}/declarations`, { personId: people.osei!, kind: 'prejudicial', consequence: 'took-part' });
    assert.equal(badDeclaration.statusCode, 400);
    assertFieldError(badDeclaration.body, 'consequence', 'A member with a pecuniary or prejudicial interest takes part only under a dispensation: select what happened (R-2.13)');
    const declared = await officer.post(`${itemBase}/declarations`, { personId: people.osei!, kind: 'prejudicial', consequence: 'left-the-room' });
    assert.equal(declared.statusCode, 303, declared.body.slice(0, 600));
    const itemPage = await officer.get(itemBase);
    assert.match(itemPage.body, /declared a prejudicial interest and left the room: not counted towards the item’s quorum or vote \(R-2\.13\)/);
    assert.match(itemPage.body, /Not quorate/);

    // The vote: recorded, and decided invalid for want of a quorum, the explanation kept.
    const voted = await officer.post(`${itemBase}/vote`, { mode: 'named', [`vote-${people.patel}`]: 'for', [`vote-${people.jones}`]: 'against' });
    assert.equal(voted.statusCode, 303, voted.body.slice(0, 800));
    const invalid = await officer.get(itemBase);
    assert.match(invalid.body, /Invalid/);

    // Dispensation instead: quorate again; the kept outcome is shown as out of date until the vote is taken again.
    await officer.post(`${itemBase}/declarations/${people.osei}/remove`, {});
    const stale = await officer.get(itemBase);
    assert.match(stale.body, /With the attendance and declarations as they now stand, the outcome would be/);
    const again = await officer.post(`${itemBase}/vote`, { mode: 'named', [`vote-${people.patel}`]: 'for', [`vote-${people.jones}`]: 'for', [`vote-${people.osei}`]: 'against' });
    assert.equal(again.statusCode, 303);
    const carried = await officer.get(itemBase);
    assert.match(carried.body, /Carried/);
    assert.doesNotMatch(carried.body, /as they now stand/);

    // R-2.8c: a member who sent apologies is to be told of the decision: refused before the meeting's day, then recorded.
    await officer.post(`${base}/attendance`, { [`attendance-${people.patel}`]: 'present', [`attendance-${people.jones}`]: 'apologies', [`attendance-${people.osei}`]: 'present' });
    await officer.post(`${itemBase}/vote`, { mode: 'named', [`vote-${people.patel}`]: 'for', [`vote-${people.osei}`]: 'for' });
    const toTell = await officer.get(itemBase);
    assert.match(toTell.body, /Still to be told of the decision: Cllr Ben Jones [0-9]+ \(R-2\.8c\)/);
    await officer.get(`${itemBase}/told`);
    const tooEarly = await officer.post(`${itemBase}/told`, { personIds: people.jones!, 'toldOn-day': '1', 'toldOn-month': '3', 'toldOn-year': '2027', how: 'email' });
    assert.equal(tooEarly.statusCode, 400);
    assertFieldError(tooEarly.body, 'toldOn-day', 'The date they were told must be on or after the meeting, 18 March 2027');
    const none = await officer.post(`${itemBase}/told`, { 'toldOn-day': '19', 'toldOn-month': '3', 'toldOn-year': '2027' });
    assert.equal(none.statusCode, 400);
    assertFieldError(none.body, 'personIds', 'Select the members who were told');
    assertFieldError(none.body, 'how', 'Select how they were told');
    const told = await officer.post(`${itemBase}/told`, { personIds: people.jones!, 'toldOn-day': '19', 'toldOn-month': '3', 'toldOn-year': '2027', how: 'email' });
    assert.equal(told.statusCode, 303, told.body.slice(0, 600));
    assert.match((await officer.get(itemBase)).body, /Every member not present has been told of the decision: Cllr Ben Jones [0-9]+, by email on 19 March 2027 \(R-2\.8c\)/);

    // The auditor reads it all and may change nothing.
    assert.equal((await auditor.get(itemBase)).statusCode, 200);
    assert.equal((await auditor.post(`${itemBase}/vote`, { mode: 'named' })).statusCode, 403);

    // History says it in words.
    const history = await officer.get(`/partnerships/${p.id}/history`);
    assert.match(history.body, /Recorded the vote on Grant to the winter programme: Carried/);
    assert.match(history.body, /Added a declaration of interest by Dr Comfort Osei/);
    assert.match(history.body, /Added agenda item Grant to the winter programme/);
    assert.match(history.body, /Recorded that Cllr Ben Jones [0-9]+ was told of the decision on Grant to the winter programme/);
  });

  /** A date as a GOV.UK date input sends it. */
  const dateFields = (name: string, iso: string) => {
    const [y, m, d] = iso.split('-');
    return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(m)), [`${name}-year`]: y! };
  };

  it('R-2.8f: a key decision published on the forward plan with too little notice, or never on it, is warned of at its item, and once taken is a gap on the Compliance page', async () => {
    const p = await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true });
    await reachStatus(t.deps, p.id, 'operating');
    await officer.get(`/partnerships/${p.id}/seats/new`);
    assert.equal((await officer.post(`/partnerships/${p.id}/seats`, { personId: people.patel!, organisationId: r.council.id, status: 'voting', weight: '1', substituteId: '' })).statusCode, 303);
    await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    await officer.post(`/partnerships/${p.id}/quorum`, { kind: 'number', members: '1' });
    const today = londonToday(new Date());
    const heldOn = addDays(today, -10);

    // The plan's form offers 28 clear days; published after its meeting is refused at its field, what was typed kept.
    const form = await officer.get(`/partnerships/${p.id}/forward-plan/new`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="noticeDays"[^>]*value="28"/);
    const planned = { title: 'Award of the recycling grant', decisionType: 'ordinary', implications: 'financial', ...dateFields('plannedOn', heldOn), noticeDays: '28' };
    const late = await officer.post(`/partnerships/${p.id}/forward-plan`, { ...planned, ...dateFields('publishedOn', addDays(heldOn, 1)) });
    assert.equal(late.statusCode, 400);
    assertFieldError(late.body, 'publishedOn-day', 'The day it was published must be on or before the day of the meeting it is planned for (R-2.8f)');
    assert.match(late.body, /value="Award of the recycling grant"/);
    // Published 20 days before: 19 clear days of the 28.
    assert.equal((await officer.post(`/partnerships/${p.id}/forward-plan`, { ...planned, ...dateFields('publishedOn', addDays(heldOn, -20)) })).statusCode, 303);
    const plan = await officer.get(`/partnerships/${p.id}/forward-plan`);
    assert.match(plan.body, /Award of the recycling grant/);
    const entryId = /\/forward-plan\/([0-9a-f-]{36})/.exec(plan.body)?.[1];
    assert.ok(entryId, 'the planned decision is listed and linked');

    // The meeting; the item's form offers the plan's entries.
    assert.equal((await officer.post(`/partnerships/${p.id}/meetings`, { title: 'Recycling Board', ...dateFields('meetsOn', heldOn), noticeDays: '5', ...dateFields('noticeSentOn', addDays(heldOn, -8)), status: 'held' })).statusCode, 303);
    const meetingId = meetingIdOf(/href="(\/partnerships\/[^"]+\/meetings\/[0-9a-f-]{36})"/.exec((await officer.get(`/partnerships/${p.id}/meetings`)).body)?.[1]);
    const base = `/partnerships/${p.id}/meetings/${meetingId}`;
    const itemForm = await officer.get(`${base}/items/new`);
    assert.ok(itemForm.body.includes(`<option value="${entryId}">Award of the recycling grant (planned for ${dateInWords(heldOn)})</option>`), 'the plan’s entry is offered');
    const taken = { title: 'Recycling grant', decisionType: 'ordinary', motion: 'That the grant is awarded.', confidential: 'false', concernsId: '', forwardPlanId: entryId! };
    const notKey = await officer.post(`${base}/items`, { ...taken, keyDecision: 'false' });
    assert.equal(notKey.statusCode, 400);
    assertFieldError(notKey.body, 'keyDecision', 'An item that takes a decision on the forward plan is a key decision: answer yes, or take it off the forward plan (R-2.8f)');
    assert.equal((await officer.post(`${base}/items`, { ...taken, keyDecision: 'true' })).statusCode, 303);
    assert.equal((await officer.post(`${base}/items`, { title: 'Depot lease', decisionType: 'ordinary', motion: 'That the lease is taken.', keyDecision: 'true', confidential: 'false', concernsId: '', forwardPlanId: '' })).statusCode, 303);

    const page = await officer.get(base);
    assert.ok(
      page.body.includes(escapeHtml(`On the forward plan as “Award of the recycling grant”. Published on the forward plan on ${dateInWords(addDays(heldOn, -20))}, 19 clear days before the meeting on ${dateInWords(heldOn)}; 28 clear days are required, so it needed to be published by ${dateInWords(addDays(heldOn, -29))}.`)),
      'the short notice is warned of, with the day it needed publishing by',
    );
    assert.ok(page.body.includes(escapeHtml(`A key decision that is not on the forward plan: it should have been published there at least 28 clear days before the meeting on ${dateInWords(heldOn)}`)));

    // Taken: the Compliance page names the gap; the plan corrected, it is met.
    assert.equal((await officer.post(`${base}/attendance`, { [`attendance-${people.patel}`]: 'present' })).statusCode, 303);
    const items = [...(await officer.get(base)).body.matchAll(/\/items\/([0-9a-f-]{36})"/g)].map((m) => m[1]!);
    const grantItem = items[0]!;
    assert.equal((await officer.post(`${base}/items/${grantItem}/vote`, { mode: 'named', [`vote-${people.patel}`]: 'for' })).statusCode, 303);
    const gap = await officer.get(`/partnerships/${p.id}/compliance`);
    assert.ok(gap.body.includes(escapeHtml(`Recycling grant, taken on ${dateInWords(heldOn)}: On the forward plan as “Award of the recycling grant”. Published on the forward plan on`)), 'R-2.8f gap');
    const fixed = await officer.post(`/partnerships/${p.id}/forward-plan/${entryId}`, { ...planned, ...dateFields('publishedOn', addDays(heldOn, -40)) });
    assert.equal(fixed.statusCode, 303, fixed.body.slice(0, 600));
    assert.match((await officer.get(`/partnerships/${p.id}/compliance`)).body, /1 key decision taken in the last 12 months, each on the forward plan with the notice it requires \(R-2\.8f\)/);

    // On an agenda, the entry is not removed from under it; History says what was planned.
    const removal = await officer.post(`/partnerships/${p.id}/forward-plan/${entryId}/remove`, {});
    assert.equal(removal.statusCode, 400);
    assert.ok(removal.body.includes(`It is on the agenda of Recycling Board, ${dateInWords(heldOn)}: take it off the agenda item first (R-2.8f)`));
    assert.match((await officer.get(`/partnerships/${p.id}/history`)).body, /Added planned decision Award of the recycling grant/);

    // The API's item says the same as the page.
    const agenda = await api.get(`/api/v1/partnerships/${p.id}/meetings/${meetingId}/agenda`);
    assert.equal(agenda.body.items[0].forwardPlanId, entryId);
    assert.equal(agenda.body.items[0].forwardPlan.sufficient, true);
    assert.equal(agenda.body.items[1].forwardPlan.onPlan, false);
  });

  it('R-2.8e: a limit of authority typed in pounds; a decision carried beyond it is subject to the partner’s ratification, a gap on the Compliance page until recorded', async () => {
    const p = await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true });
    await reachStatus(t.deps, p.id, 'approved');
    await officer.get(`/partnerships/${p.id}/seats/new`);
    for (const [person, org] of [[people.patel!, r.council.id], [people.osei!, r.partners[0]!.id]] as const) {
      assert.equal((await officer.post(`/partnerships/${p.id}/seats`, { personId: person, organisationId: org, status: 'voting', weight: '1', substituteId: '' })).statusCode, 303);
    }
    await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    await officer.post(`/partnerships/${p.id}/quorum`, { kind: 'number', members: '2' });
    assert.match((await officer.get(`/partnerships/${p.id}/compliance`)).body, /2 voting members have no limit of authority recorded/);

    // The form offers only the partnership's members; an amount that is not pounds is refused at its field, kept.
    const form = await officer.get(`/partnerships/${p.id}/authority/new`);
    assert.ok(form.body.includes(`<option value="${people.osei}">`), 'a seated member is offered');
    assert.ok(!form.body.includes(`<option value="${people.jones}">`), 'a member without a seat is not');
    const limit = { personId: people.osei!, decisionType: 'any', scope: 'up-to', ratifier: 'Northvale NHS Trust Board' };
    const refused = await officer.post(`/partnerships/${p.id}/authority`, { ...limit, limitPence: '10k' });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'limitPence', 'The most they may commit must be an amount in pounds, like 25000 or 25,000.50');
    assert.match(refused.body, /value="10k"/);
    assert.equal((await officer.post(`/partnerships/${p.id}/authority`, { ...limit, limitPence: '10,000' })).statusCode, 303);
    assert.equal((await officer.post(`/partnerships/${p.id}/authority`, { personId: people.patel!, decisionType: 'any', scope: 'full', limitPence: '', ratifier: '' })).statusCode, 303);
    assert.match((await officer.get(`/partnerships/${p.id}/decision-making`)).body, /: any decision, up to £10,000</);
    const viaApi = await api.get(`/api/v1/partnerships/${p.id}/authority`);
    assert.equal(viaApi.body.items.find((a: { personId: string }) => a.personId === people.osei).limitPence, 1_000_000);

    // A £25,000 grant carried: Northvale's only member there may commit £10,000.
    assert.equal((await officer.post(`/partnerships/${p.id}/meetings`, { title: 'Grants Board', 'meetsOn-day': '18', 'meetsOn-month': '3', 'meetsOn-year': '2026', noticeDays: '5' })).statusCode, 303);
    const meetingId = meetingIdOf(/href="(\/partnerships\/[^"]+\/meetings\/[0-9a-f-]{36})"/.exec((await officer.get(`/partnerships/${p.id}/meetings`)).body)?.[1]);
    const base = `/partnerships/${p.id}/meetings/${meetingId}`;
    assert.equal((await officer.post(`${base}/items`, { title: 'Winter grant', decisionType: 'ordinary', keyDecision: 'false', confidential: 'false', motion: 'That the grant is made.', amountPence: '25000', concernsId: '', forwardPlanId: '' })).statusCode, 303);
    assert.equal((await officer.post(`${base}/attendance`, { [`attendance-${people.patel}`]: 'present', [`attendance-${people.osei}`]: 'present' })).statusCode, 303);
    const itemId = /\/items\/([0-9a-f-]{36})"/.exec((await officer.get(base)).body)?.[1];
    assert.equal((await officer.post(`${base}/items/${itemId}/vote`, { mode: 'named', [`vote-${people.patel}`]: 'for', [`vote-${people.osei}`]: 'for' })).statusCode, 303);
    const item = await officer.get(`${base}/items/${itemId}`);
    const osei = (await api.get(`/api/v1/people/${people.osei}`)).body.name as string;
    assert.ok(item.body.includes(escapeHtml(`Subject to ratification by Northvale NHS Trust Board: ${osei} may decide any decision for ${r.partners[0]!.name} up to £10,000, and this decision commits £25,000 (R-2.8e).`)), 'the ratification, and why');
    assert.match((await officer.get(`/partnerships/${p.id}/compliance`)).body, /1 decision beyond a representative’s authority awaits a partner’s ratification \(R-2\.8e\)/);

    // Ratified: before the meeting refused at its field; then recorded, and the gap closes.
    const early = await officer.post(`${base}/items/${itemId}/ratify`, { organisationId: r.partners[0]!.id, 'ratifiedOn-day': '1', 'ratifiedOn-month': '3', 'ratifiedOn-year': '2026', note: '' });
    assert.equal(early.statusCode, 400);
    assertFieldError(early.body, 'ratifiedOn-day', 'The date it was ratified must be on or after the day of the meeting (R-2.8e)');
    const done = await officer.post(`${base}/items/${itemId}/ratify`, { organisationId: r.partners[0]!.id, 'ratifiedOn-day': '25', 'ratifiedOn-month': '3', 'ratifiedOn-year': '2026', note: 'Minute 12' });
    assert.equal(done.statusCode, 303, done.body.slice(0, 600));
    assert.match((await officer.get(`${base}/items/${itemId}`)).body, /Ratified by Northvale NHS Trust Board on 25 March 2026 \(Minute 12\)/);
    assert.match((await officer.get(`/partnerships/${p.id}/compliance`)).body, /Authority recorded for each of the 2 voting members; no decision awaits ratification \(R-2\.8e\)/);
    // R-2.8d: an action arising from the decision, listed on its item; another partnership's item is refused.
    const actionForm = await officer.get(`/partnerships/${p.id}/actions/new`);
    assert.ok(actionForm.body.includes(`<option value="${itemId}">Winter grant (Grants Board, 18 March 2026)</option>`), 'the partnership’s decisions are offered');
    const action = { title: 'Send the grant letter', ownerId: people.patel!, organisationId: r.council.id, 'dueOn-day': '1', 'dueOn-month': '4', 'dueOn-year': '2026', itemId: itemId! };
    const stranger = await officer.post(`/partnerships/${p.id}/actions`, { ...action, itemId: '01890000-0000-7000-8000-000000000000' });
    assert.equal(stranger.statusCode, 400);
    assertFieldError(stranger.body, 'itemId', 'Select a decision at one of the partnership’s meetings, or none (R-2.8d)');
    assert.equal((await officer.post(`/partnerships/${p.id}/actions`, action)).statusCode, 303);
    assert.match((await officer.get(`${base}/items/${itemId}`)).body, /Send the grant letter: .+ \(.+\), due 1 April 2026<\/a>: not started/);
    assert.match((await officer.get(`/partnerships/${p.id}/history`)).body, /Winter grant \(Grants Board, 18 March 2026\)/);

    // The vote recorded again (the same outcome): the ratification already recorded stands.
    assert.equal((await officer.post(`${base}/items/${itemId}/vote`, { mode: 'named', [`vote-${people.patel}`]: 'for', [`vote-${people.osei}`]: 'for' })).statusCode, 303);
    assert.match((await officer.get(`${base}/items/${itemId}`)).body, /Ratified by Northvale NHS Trust Board on 25 March 2026/);
    assert.equal((await officer.get(`${base}/items/${itemId}/ratify`)).statusCode, 404, 'nothing left to ratify');
  });
});

forEachDatabase('actions arising from decisions (R-2.8d)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;

  before(async () => {
    w = await openWorkspace(ctx.database, 'Actions');
    ({ t, r, officer } = w);
  });
  after(() => t.close());

  it('R-2.8d: an action added with its owner and due date, refused at its fields, overdue on its owner’s home page and the Compliance page until completed', async () => {
    const p = await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true });
    await reachStatus(t.deps, p.id, 'operating');
    // The owner signs in to Accord: their account is linked to their person in the register.
    const ownerUser = await makeUser(t.deps, 'officer', { name: `Action Owner ${Date.now()}` });
    const owner = await createPerson(t.deps, SYSTEM, personDetails(ownerUser.name, r.council.id, { councilRole: 'officer', userId: ownerUser.id }));
    const ownerClient = await signedIn(t.app, ownerUser);

    await officer.get(`/partnerships/${p.id}/actions/new`);
    const refused = await officer.post(`/partnerships/${p.id}/actions`, { title: 'Send the letter', ownerId: owner.id, organisationId: r.partners[2]!.id, 'dueOn-day': '31', 'dueOn-month': '2', 'dueOn-year': '2026' });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'organisationId', 'Select one of the partnership’s partners (R-2.8d)');
    assert.match(refused.body, /The date it is due must be a real date/);
    assert.match(refused.body, /value="Send the letter"/, 'what was typed is kept');
    // Due well before today (the test clock's), so overdue.
    const added = await officer.post(`/partnerships/${p.id}/actions`, { title: 'Send the letter', ownerId: owner.id, organisationId: r.council.id, 'dueOn-day': '2', 'dueOn-month': '1', 'dueOn-year': '2020' });
    assert.equal(added.statusCode, 303, added.body.slice(0, 600));
    const actionId = /\/actions\/([0-9a-f-]{36})/.exec((await officer.get(`/partnerships/${p.id}/actions`)).body)?.[1];
    assert.ok(actionId);

    const home = await ownerClient.get('/');
    assert.match(home.body, /Your overdue actions \(R-2\.8d\)/);
    assert.ok(home.body.includes(`Send the letter: ${escapeHtml(ownerUser.name)} (`), 'the action and its owner on their home page');
    assert.doesNotMatch((await officer.get('/')).body, /Your overdue actions/, 'someone else’s home page does not list it');
    const compliance = await officer.get(`/partnerships/${p.id}/compliance`);
    assert.match(compliance.body, /1 action arising from decisions is overdue \(R-2\.8d\)/);

    // Completed: refused without its date, then done; no longer overdue anywhere.
    await officer.get(`/partnerships/${p.id}/actions/${actionId}/edit`);
    const noDate = await officer.post(`/partnerships/${p.id}/actions/${actionId}`, { title: 'Send the letter', ownerId: owner.id, organisationId: r.council.id, 'dueOn-day': '2', 'dueOn-month': '1', 'dueOn-year': '2020', status: 'completed' });
    assert.equal(noDate.statusCode, 400);
    assertFieldError(noDate.body, 'completedOn-day', 'Enter the date the action was completed (R-2.8d)');
    const done = await officer.post(`/partnerships/${p.id}/actions/${actionId}`, {
      title: 'Send the letter', ownerId: owner.id, organisationId: r.council.id, 'dueOn-day': '2', 'dueOn-month': '1', 'dueOn-year': '2020', status: 'completed', 'completedOn-day': '3', 'completedOn-month': '1', 'completedOn-year': '2020', progress: 'Sent.',
    });
    assert.equal(done.statusCode, 303, done.body.slice(0, 600));
    assert.doesNotMatch((await ownerClient.get('/')).body, /Your overdue actions/);
    assert.match((await officer.get(`/partnerships/${p.id}/compliance`)).body, /1 action arising from decisions recorded, none overdue \(R-2\.8d\)/);
    assert.match((await officer.get(`/partnerships/${p.id}/history`)).body, /Changed action Send the letter/);
  });
});
