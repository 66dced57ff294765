// How a partnership decides, end to end on both databases (R-2.8a, R-2.8b): member seats, voting rules
// and quorum conditions kept as partnership records through the pages and the API, refused at their
// fields where they break a rule; the Decision making page words them as the evaluators do; Check a
// decision and POST /api/v1/decision-rules/evaluate compute the same quorum and outcome, saving nothing;
// and the compliance engine's R-2.8a and R-2.8b go from gaps to met as the rules are recorded.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { COMMAND_LINE } from '../../src/app/principal.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { addInterest } from '../../src/app/interests.service.ts';
import type { InterestInput } from '../../src/domain/interests/interest.ts';
import type { Client, TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { assertFieldError, escapeHtml } from '../helpers/html.ts';
import { rowCounts } from '../helpers/rows.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { reachStatus } from '../helpers/lifecycle.ts';
import type { ApiClient, Register } from './api-helpers.ts';

forEachDatabase('decision rules: seats, voting rules, quorum, and the check of a decision (R-2.8a, R-2.8b)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let r: Register;
  let officer: Client;
  let auditor: Client;
  let api: ApiClient;
  const people: Record<string, string> = {};
  const names: Record<string, string> = {};

  const finding = async (client: Client, id: string, requirement: string) => {
    const page = await client.get(`/partnerships/${id}/compliance`);
    const row = page.body.slice(page.body.indexOf(`id="${requirement}"`));
    return row.slice(0, row.indexOf('</tr>') > 0 ? row.indexOf('</tr>') : 2000);
  };

  before(async () => {
    w = await openWorkspace(ctx.database, 'Decisions');
    ({ t, r, officer, auditor, api } = w);
    const stamp = Date.now();
    for (const [key, name, org] of [
      ['patel', `Cllr Asha Patel ${stamp}`, r.council.id],
      ['jones', `Cllr Ben Jones ${stamp}`, r.council.id],
      ['osei', `Dr Comfort Osei ${stamp}`, r.partners[0]!.id],
      ['wright', `Dan Wright ${stamp}`, r.partners[0]!.id],
      ['sub', `Eve Substitute ${stamp}`, r.partners[0]!.id],
    ] as const) {
      names[key] = name;
      people[key] = (await createPerson(t.deps, SYSTEM, personDetails(name, org, org === r.council.id ? { councilRole: 'councillor' } : {}))).id;
    }
  });
  after(() => t.close());

  it('R-2.8a, R-2.8b: seats, a voting rule and a quorum added through the pages; the rules refused at their fields; compliance from gaps to met', async () => {
    const p = await w.partnership({ councilContributionPence: 0, withinApprovedBudget: true });
    // The decision rules apply from approval, while the partnership is set up.
    await reachStatus(t.deps, p.id, 'approved');
    assert.match(await finding(officer, p.id, 'R-2.8a'), /No voting members recorded, so no vote can be counted \(R-2\.8a\)/);
    assert.match(await finding(officer, p.id, 'R-2.8b'), /No quorum recorded \(R-2\.8b\)/);

    // A seat for an organisation that is not a partner, and a member as their own substitute: both at their fields.
    const refused = await officer.post(`/partnerships/${p.id}/seats`, { personId: people.osei!, organisationId: r.partners[1]!.id, status: 'voting', weight: '1', substituteId: people.osei! });
    assert.equal(refused.statusCode, 400);
    assertFieldError(refused.body, 'organisationId', 'Select one of the partnership’s partners: a seat is held for a partner (R-2.8a)');
    assertFieldError(refused.body, 'substituteId', 'A member cannot be their own substitute');
    const badWeight = await officer.post(`/partnerships/${p.id}/seats`, { personId: people.osei!, organisationId: r.partners[0]!.id, status: 'voting', weight: 'lots', substituteId: '' });
    assert.equal(badWeight.statusCode, 400);
    assertFieldError(badWeight.body, 'weight', 'Weight of their vote must be a whole number from 1 to 1000');
    assert.match(badWeight.body, /value="lots"/, 'what was typed is kept');

    for (const [person, org, status, sub] of [
      [people.patel!, r.council.id, 'voting', people.jones!],
      [people.osei!, r.partners[0]!.id, 'voting', ''],
      [people.wright!, r.partners[0]!.id, 'observer', ''],
    ] as const) {
      const added = await officer.post(`/partnerships/${p.id}/seats`, { personId: person, organisationId: org, status, weight: '1', substituteId: sub });
      assert.equal(added.statusCode, 303, added.body.slice(0, 400));
    }
    const seats = await officer.get(`/partnerships/${p.id}/seats`);
    assert.match(seats.body, /Observer/);
    assert.match(seats.body, /aria-current="true"[^>]*>|>Decision making</, 'the seats sit under Decision making in the sub-navigation');
    assert.match(await finding(officer, p.id, 'R-2.8a'), /No voting rule recorded for ordinary business \(R-2\.8a\)/);

    // A qualified majority with no share; a fallback for a method that is not consensus.
    const noShare = await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'ordinary', method: 'qualified', fallback: 'majority', fraction: '', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    assert.equal(noShare.statusCode, 400);
    assertFieldError(noShare.body, 'fraction', 'Enter the share a qualified majority needs, like 2/3 (R-2.8a)');
    assertFieldError(noShare.body, 'fallback', 'Give a fallback only for consensus: it is the method used when consensus is not reached');
    const badShare = await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'ordinary', method: 'qualified', fraction: 'most of them', qualifiedBase: 'present-and-voting', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' });
    assertFieldError(badShare.body, 'fraction', 'The share a qualified majority needs must be a fraction like 2/3 or “two thirds”');
    const rule = await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    assert.equal(rule.statusCode, 303, rule.body.slice(0, 400));
    const financial = await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'financial-commitment', method: 'qualified', fraction: 'two thirds', qualifiedBase: 'all-voting-members', abstentions: 'count', castingVote: 'none', onTie: 'lost' });
    assert.equal(financial.statusCode, 303, financial.body.slice(0, 400));
    assert.equal((await api.get(`/api/v1/partnerships/${p.id}/voting-rules/financial-commitment`)).body.fraction, '2/3', 'the share kept as 2/3');
    assert.equal((await officer.get(`/partnerships/${p.id}/voting-rules/not-a-type`)).statusCode, 404);

    const quorum = await officer.post(`/partnerships/${p.id}/quorum`, { kind: 'larger', members: '2', fraction: '1/2' });
    assert.equal(quorum.statusCode, 303, quorum.body.slice(0, 400));
    const twice = await officer.post(`/partnerships/${p.id}/quorum`, { kind: 'larger', members: '3', fraction: '' });
    assertFieldError(twice.body, 'kind', 'The quorum already has a condition of this kind: change it instead');
    assertFieldError(twice.body, 'fraction', 'Enter the share of the voting members, like 1/3 (R-2.8b)');

    assert.match(await finding(officer, p.id, 'R-2.8a'), /2 voting members; voting rules for 2 types of decision \(R-2\.8a\)/);
    assert.match(await finding(officer, p.id, 'R-2.8b'), /Quorum recorded: 1 condition, all met at once \(R-2\.8b\)/);

    const page = await auditor.get(`/partnerships/${p.id}/decision-making`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /3 members: 2 voting members for 2 partners, 1 who do not vote/);
    assert.match(page.body, /Financial commitment/);
    assert.match(page.body, /Two thirds of all the voting members/);
    assert.match(page.body, /Half of the 2 voting members, rounded up \(1\), or 2, whichever is larger/);
    assert.ok(!page.body.includes('Add or change'), 'internal audit reads, and is offered no change');
    assert.ok(!page.body.includes('Interests to declare'), 'no member has an interest in another partner yet');

    // a member with a registered interest in another partner is warned of; a sensitive one only to who may read it.
    const partnerName = r.partners[0]!.name;
    const interest = (over: Partial<InterestInput>): InterestInput => ({ kind: 'fiduciary', body: partnerName, organisationId: r.partners[0]!.id, role: 'trustee', details: null, startsOn: '2026-01-01', endsOn: null, sensitive: false, sensitiveAgreedBy: null, ...over });
    await addInterest(t.deps, SYSTEM, COMMAND_LINE, people.patel!, interest({}));
    await addInterest(t.deps, SYSTEM, COMMAND_LINE, people.osei!, interest({ kind: 'non-registrable', body: 'The council’s care service', organisationId: r.council.id, role: null, sensitive: true, sensitiveAgreedBy: 'The Monitoring Officer' }));
    const warned = await auditor.get(`/partnerships/${p.id}/decision-making`);
    assert.ok(warned.body.includes(escapeHtml(`${names.patel} has a registered interest in ${partnerName}, a partner of this partnership: trustee (a fiduciary role)`)), 'the trustee of a partner is warned of');
    assert.ok(!warned.body.includes(escapeHtml(`${names.osei} has a registered interest`)), 'a sensitive interest gives nothing away to internal audit');
    const monitoringOfficer = await signedIn(t.app, await makeUser(t.deps, 'monitoring-officer'));
    const all = await monitoringOfficer.get(`/partnerships/${p.id}/decision-making`);
    assert.ok(all.body.includes(escapeHtml(`${names.osei} has a registered interest in ${r.council.name}, a partner of this partnership: non-registrable interest`)), 'the monitoring officer is warned of it');
  });

  it('R-2.8a, R-2.8b: Check a decision computes the quorum and outcome, keeps the facts as sent, and saves nothing; the API answers the same', async () => {
    const p = await w.partnership();
    for (const [person, org, sub] of [
      [people.patel!, r.council.id, people.jones!],
      [people.osei!, r.partners[0]!.id, ''],
      [people.wright!, r.partners[0]!.id, ''],
    ] as const) {
      const added = await officer.post(`/partnerships/${p.id}/seats`, { personId: person, organisationId: org, status: 'voting', weight: '1', substituteId: sub });
      assert.equal(added.statusCode, 303, added.body.slice(0, 3000));
    }
    await officer.post(`/partnerships/${p.id}/voting-rules`, { decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' });
    await officer.post(`/partnerships/${p.id}/quorum`, { kind: 'each-partner', members: '1' });

    const form = await officer.get(`/partnerships/${p.id}/decision-making/check`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, new RegExp(`name="attendance-${people.patel}" type="radio" value="substitute"`), 'a seat with a named substitute offers them');
    assert.ok(!form.body.includes(`name="attendance-${people.osei}" type="radio" value="substitute"`), 'one without does not');

    const before = await rowCounts(ctx.database);
    const facts = {
      decisionType: 'budget',
      [`attendance-${people.patel}`]: 'substitute',
      [`attendance-${people.osei}`]: 'present',
      [`attendance-${people.wright}`]: 'present',
      excluded: people.wright!,
      [`vote-${people.patel}`]: 'for',
      [`vote-${people.osei}`]: 'against',
      mode: 'named',
      consensusReached: 'no',
      castingVote: 'chair-for',
      lot: 'not-drawn',
    };
    const checked = await officer.post(`/partnerships/${p.id}/decision-making/check`, facts);
    assert.equal(checked.statusCode, 200, checked.body.slice(0, 400));
    assert.match(checked.body, /govuk-tag--green">\s*Quorate\s*</);
    assert.match(checked.body, /govuk-tag--green">\s*Carried on the casting vote\s*</);
    assert.match(checked.body, /No rule of its own for budget: decided by the rule for ordinary business \(R-2\.8a\)/);
    assert.match(checked.body, new RegExp(`value="${people.wright}" checked`), 'the facts as sent are kept');
    assert.deepEqual(await rowCounts(ctx.database), before, 'nothing is saved');

    // The observer-like case: the excluded member voting makes it invalid, naming them.
    const invalid = await officer.post(`/partnerships/${p.id}/decision-making/check`, { ...facts, [`vote-${people.wright}`]: 'for' });
    assert.match(invalid.body, /govuk-tag--orange">\s*Invalid\s*</);
    assert.ok(invalid.body.includes(escapeHtml(names.wright!)), 'the ineligible voter named');

    // Unreadable facts: 400 with the error summary at the field, input kept.
    const bad = await officer.post(`/partnerships/${p.id}/decision-making/check`, { ...facts, [`attendance-${people.osei}`]: 'teleconference' });
    assert.equal(bad.statusCode, 400);
    assertFieldError(bad.body, `attendance-${people.osei}`, `Select whether ${names.osei} attended`);
    assert.match(bad.body, new RegExp(`value="${people.wright}" checked`), 'the rest kept as typed');

    const answer = await api.post('/api/v1/decision-rules/evaluate', {
      partnershipId: p.id,
      decisionType: 'budget',
      attendance: [
        { seat: people.patel, attendance: 'substitute' },
        { seat: people.osei, attendance: 'present' },
        { seat: people.wright, attendance: 'present' },
      ],
      excluded: [people.wright],
      votes: [
        { seat: people.patel, vote: 'for' },
        { seat: people.osei, vote: 'against' },
      ],
      castingVote: 'chair-for',
    });
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.quorum.quorate, true);
    assert.equal(answer.body.outcome.outcome, 'carried-on-casting-vote');
    assert.match(checked.body, new RegExp(escapeHtml(answer.body.outcome.explanation)), 'the page and the API explain it in the same words');

    const given = await api.post('/api/v1/decision-rules/evaluate', {
      rules: {
        seats: [
          { id: 'a', name: 'A', partnerId: 'council', status: 'voting' },
          { id: 'b', name: 'B', partnerId: 'nhs', status: 'voting' },
          { id: 'c', name: 'C', partnerId: 'nhs', status: 'voting' },
        ],
        votingRules: [{ decisionType: 'ordinary', method: 'unanimity', abstentions: 'count', castingVote: 'none', onTie: 'lost' }],
        quorum: [{ kind: 'fraction', fraction: 'two thirds' }],
      },
      decisionType: 'ordinary',
      attendance: [
        { seat: 'a', attendance: 'present' },
        { seat: 'b', attendance: 'apologies' },
        { seat: 'c', attendance: 'absent' },
      ],
      counted: { for: 1, against: 0 },
    });
    assert.equal(given.status, 200, JSON.stringify(given.body));
    assert.equal(given.body.quorum.quorate, false);
    assert.equal(given.body.outcome.outcome, 'invalid');

    const broken = await api.post('/api/v1/decision-rules/evaluate', {
      rules: { seats: [], votingRules: [{ decisionType: 'ordinary', method: 'qualified', abstentions: 'count', castingVote: 'none', onTie: 'lost' }], quorum: [{ kind: 'nine' }] },
      decisionType: 'ordinary',
      attendance: [],
    });
    assert.equal(broken.status, 400);
    assert.equal(broken.headers['content-type'], 'application/problem+json; charset=utf-8');
    const fields = broken.body.errors.map((e: { field: string }) => e.field);
    assert.ok(fields.includes('rules.votingRules[0].fraction'), fields.join());
    assert.ok(fields.includes('rules.quorum[0].kind'), fields.join());

    const noSubstitute = await api.post('/api/v1/decision-rules/evaluate', { partnershipId: p.id, decisionType: 'ordinary', attendance: [{ seat: people.osei, attendance: 'substitute' }] });
    assert.equal(noSubstitute.status, 422, 'well-formed, but the seat names no substitute and two seats have no attendance');
    assert.deepEqual(noSubstitute.body.errors.map((e: { field: string }) => e.field).sort(), ['attendance', 'attendance', 'attendance.0.attendance']);
    assert.ok(noSubstitute.body.errors.some((e: { message: string }) => e.message === `${names.patel} has no named substitute: select present, apologies or absent (R-2.8a)`.replace(names.patel!, names.osei!)));
    const both = await api.post('/api/v1/decision-rules/evaluate', { decisionType: 'ordinary', attendance: [] });
    assert.equal(both.status, 400);
    const unseen = await api.post('/api/v1/decision-rules/evaluate', { partnershipId: '01890000-0000-7000-8000-000000000000', decisionType: 'ordinary', attendance: [] });
    assert.equal(unseen.status, 404);
  });
});
