// A meeting's rules by worked cases (R-2.8g, R-2.13, R-2.8a, R-2.8b): what a declaration does to a
// member's part in an item; which declarations a clerk is asked to fix; a meeting's answers; and an item
// decided from its meeting's attendance and declarations by the same checkDecision a check uses, so a
// member leaving the room can make an item inquorate and a dispensation that has ended does not count.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDecision } from '../../src/domain/decisions/check.ts';
import type { Attendance, Seat, VotingRule } from '../../src/domain/decisions/rules.ts';
import { agendaItemProblems, type AgendaItem } from '../../src/domain/meetings/agenda-item.ts';
import { declarationProblems, effectOf, excludedBy, votesBarred, type Declaration } from '../../src/domain/meetings/declarations.ts';
import { decideItem, itemAttendance, motionOf } from '../../src/domain/meetings/item-decision.ts';
import { meetingNotice, meetingProblems } from '../../src/domain/meetings/meeting.ts';
import type { PartnerConflict } from '../../src/domain/interests/conflicts.ts';

const HELD = '2027-03-18';
const d = (over: Partial<Declaration>): Declaration => ({ personId: 'a', name: 'Cllr A', kind: 'other', consequence: 'took-part', dispensationBy: null, dispensationUntil: null, ...over });

describe('R-2.13: what a declaration does to a member’s part in the item', () => {
  const cases: Array<[string, Partial<Declaration>, { excluded: boolean; mayNotVote: boolean; warning: boolean }]> = [
    ['an other interest, took part', {}, { excluded: false, mayNotVote: false, warning: false }],
    ['an other interest, left the room', { consequence: 'left-the-room' }, { excluded: true, mayNotVote: true, warning: false }],
    ['an other interest, stayed without voting: counted present', { consequence: 'did-not-vote' }, { excluded: false, mayNotVote: true, warning: false }],
    ['a pecuniary interest, left the room', { kind: 'pecuniary', consequence: 'left-the-room' }, { excluded: true, mayNotVote: true, warning: false }],
    ['a pecuniary interest, stayed without voting: still out of the quorum', { kind: 'pecuniary', consequence: 'did-not-vote' }, { excluded: true, mayNotVote: true, warning: false }],
    ['a prejudicial interest under a dispensation in force', { kind: 'prejudicial', consequence: 'dispensation', dispensationBy: 'the monitoring officer', dispensationUntil: '2027-12-31' }, { excluded: false, mayNotVote: false, warning: false }],
    ['a prejudicial interest under a dispensation with no end', { kind: 'prejudicial', consequence: 'dispensation', dispensationBy: 'the standards committee' }, { excluded: false, mayNotVote: false, warning: false }],
    ['a dispensation that ends on the day of the meeting still covers it', { kind: 'pecuniary', consequence: 'dispensation', dispensationBy: 'the monitoring officer', dispensationUntil: HELD }, { excluded: false, mayNotVote: false, warning: false }],
    ['a dispensation that ended the day before does not', { kind: 'pecuniary', consequence: 'dispensation', dispensationBy: 'the monitoring officer', dispensationUntil: '2027-03-17' }, { excluded: true, mayNotVote: true, warning: true }],
    ['a dispensation no one granted does not count', { kind: 'prejudicial', consequence: 'dispensation' }, { excluded: true, mayNotVote: true, warning: true }],
  ];
  for (const [name, over, want] of cases) {
    it(`R-2.13: ${name}`, () => {
      const e = effectOf(d(over), HELD);
      assert.deepEqual({ excluded: e.excluded, mayNotVote: e.mayNotVote, warning: e.warning !== null }, want);
      assert.equal(e.clause, 'R-2.13');
      assert.match(e.explanation, /\(R-2\.13\)$/);
    });
  }

  it('R-2.13: the explanation a clerk reads out names the member, the interest and why', () => {
    assert.equal(
      effectOf(d({ kind: 'pecuniary', consequence: 'dispensation', dispensationBy: 'the monitoring officer', dispensationUntil: '2027-03-17' }), HELD).explanation,
      'Cllr A declared a disclosable pecuniary interest and the dispensation granted by the monitoring officer ended on 17 March 2027: not counted towards the item’s quorum or vote (R-2.13)',
    );
  });

  it('R-2.13: a vote recorded for a member who stayed without voting is refused at their vote; one taken out of the item is the outcome’s to judge', () => {
    const all = [d({ personId: 'a', consequence: 'did-not-vote' }), d({ personId: 'b', name: 'Cllr B', kind: 'pecuniary', consequence: 'did-not-vote' }), d({ personId: 'c', name: 'Cllr C' })];
    assert.deepEqual(votesBarred(all, HELD, ['a', 'b', 'c']), [{ field: 'vote-a', message: 'Cllr A declared an interest and stayed without voting: record no vote for them (R-2.13)' }]);
    assert.deepEqual(votesBarred(all, HELD, ['b', 'c']), []);
  });

  it('R-2.13: excludedBy names exactly the members taken out', () => {
    const all = [d({ personId: 'a' }), d({ personId: 'b', consequence: 'left-the-room' }), d({ personId: 'c', kind: 'pecuniary', consequence: 'did-not-vote' })];
    assert.deepEqual([...excludedBy(all, HELD)].sort(), ['b', 'c']);
  });
});

describe('R-2.13: a declaration’s answers', () => {
  const cases: Array<[string, Partial<Declaration>, string[]]> = [
    ['a dispensation names who granted it', { consequence: 'dispensation' }, ['dispensationBy']],
    ['a dispensation only with that consequence', { consequence: 'left-the-room', dispensationBy: 'the monitoring officer' }, ['consequence']],
    ['a pecuniary interest does not simply take part', { kind: 'pecuniary', consequence: 'took-part' }, ['consequence']],
    ['an other interest may', { kind: 'other', consequence: 'took-part' }, []],
  ];
  for (const [name, over, fields] of cases) it(`R-2.13: ${name}`, () => assert.deepEqual(declarationProblems(over).map((p) => p.field), fields));
});

describe('R-2.8g: a meeting’s answers and its notice', () => {
  it('R-2.8g: minutes belong to a meeting held or adjourned; notice goes before the meeting', () => {
    assert.deepEqual(meetingProblems({ status: 'scheduled', minutes: 'Met.' }).map((p) => p.field), ['minutes']);
    assert.deepEqual(meetingProblems({ status: 'held', minutes: 'Met.' }), []);
    assert.deepEqual(meetingProblems({ meetsOn: HELD, noticeSentOn: '2027-03-19' }).map((p) => p.field), ['noticeSentOn']);
  });
  it('R-2.8g: the notice is checked against the clear days the meeting was called with', () => {
    assert.equal(meetingNotice({ meetsOn: HELD, noticeDays: 5, noticeSentOn: '2027-03-12' }).sufficient, true);
    const short = meetingNotice({ meetsOn: HELD, noticeDays: 5, noticeSentOn: '2027-03-13' });
    assert.equal(short.sufficient, false);
    assert.equal(short.sendBy, '2027-03-12');
    assert.equal(meetingNotice({ meetsOn: HELD, noticeDays: 5, noticeSentOn: null }).explanation, 'No notice recorded; it needed to be sent by 12 March 2027.');
  });
  it('R-2.8a, R-2.8f: an item with a motion or a key decision asks for a type of decision', () => {
    assert.deepEqual(agendaItemProblems({ decisionType: null, motion: 'That…' }).map((p) => p.field), ['decisionType']);
    assert.deepEqual(agendaItemProblems({ decisionType: null, keyDecision: true, motion: null }).map((p) => p.field), ['keyDecision']);
    assert.deepEqual(agendaItemProblems({ decisionType: 'budget', keyDecision: true, motion: 'That…' }), []);
  });
});

describe('R-2.8a, R-2.8b, R-2.13: an item decided from its meeting', () => {
  // Two partners, two voting seats each; a quorum of 3 with one from each partner.
  const seat = (id: string, partnerId: string): Seat => ({ id, name: `Member ${id}`, partnerId, partnerName: partnerId === 'w' ? 'Westshire' : 'Northvale NHS Trust', status: 'voting', weight: 1, substituteName: null });
  const seats = [seat('w1', 'w'), seat('w2', 'w'), seat('n1', 'n'), seat('n2', 'n')];
  const majority: VotingRule = { decisionType: 'ordinary', method: { kind: 'majority' }, abstentionsCount: false, casting: 'chair', onTie: 'lost' };
  const rules = { seats, votingRules: [majority], quorum: [{ kind: 'number' as const, number: 3 }, { kind: 'each-partner' as const, number: 1 }] };
  const attendance = new Map<string, Attendance>([['w1', 'present'], ['w2', 'present'], ['n1', 'present'], ['n2', 'apologies']]);
  const item = (over: Partial<AgendaItem>): AgendaItem => ({
    id: 'i', meetingId: 'm', position: 0, title: 'Grant', decisionType: 'ordinary', keyDecision: false, confidential: false, motion: 'That…', concernsId: 'n', concernsName: 'Northvale NHS Trust', forwardPlanId: null, forwardPlanTitle: null, amountPence: null, ratifications: [], vote: null, declarations: [], notices: [], ...over,
  });
  const vote = (named: Record<string, 'for' | 'against' | 'abstain'>) => ({
    voting: 'named' as const, named: new Map(Object.entries(named)), counted: null, consensusReached: false, castingVote: null, lot: null, outcome: '', explanation: '', decidedAt: '',
  });

  it('R-2.8b: quorate with three present and one from each partner', () => {
    assert.equal(decideItem(rules, attendance, item({}), HELD).quorum.quorate, true);
  });
  it('R-2.8b, R-2.13: the only member of a partner leaving the room makes the item inquorate, and the vote invalid', () => {
    const left = item({ declarations: [d({ personId: 'n1', name: 'Member n1', kind: 'prejudicial', consequence: 'left-the-room' })], vote: vote({ w1: 'for', w2: 'for' }) });
    const decided = decideItem(rules, attendance, left, HELD);
    assert.equal(decided.quorum.quorate, false);
    assert.equal(decided.check?.outcome?.outcome, 'invalid');
  });
  it('R-2.8a: a recorded vote is decided by checkDecision, as the check of a decision is', () => {
    const voted = item({ vote: vote({ w1: 'for', w2: 'against', n1: 'for' }) });
    const decided = decideItem(rules, attendance, voted, HELD);
    assert.deepEqual(decided.check, checkDecision(rules, itemAttendance(attendance, voted, HELD), motionOf(voted, voted.vote!)));
    assert.equal(decided.check?.outcome?.outcome, 'carried');
  });
  it('R-2.8a: an item for information has nothing to decide', () => {
    assert.equal(decideItem(rules, attendance, item({ decisionType: null, motion: null }), HELD).check, null);
  });
  it('R-2.13: a member present with a registered interest in the partner the item concerns, who declared nothing, is warned of', () => {
    const conflicts: PartnerConflict[] = [{ personId: 'w1', person: 'Member w1', partner: 'Northvale NHS Trust', message: '', clause: 'R-2.13' }];
    assert.deepEqual(decideItem(rules, attendance, item({}), HELD, conflicts).undeclared, [
      'Member w1 has a registered interest in Northvale NHS Trust, which this item concerns, and has declared nothing at it (R-2.13)',
    ]);
    const declared = item({ declarations: [d({ personId: 'w1', name: 'Member w1' })] });
    assert.deepEqual(decideItem(rules, attendance, declared, HELD, conflicts).undeclared, []);
    assert.deepEqual(decideItem(rules, attendance, item({ concernsName: null, concernsId: null }), HELD, conflicts).undeclared, []);
  });
  it('R-2.8a: a casting vote and a lot as kept are read back as given', () => {
    const m = motionOf(item({}), { ...vote({}), castingVote: 'chair-for', lot: 'against' });
    assert.deepEqual(m.castingVote, { by: 'chair', vote: 'for' });
    assert.equal(m.lot, 'against');
  });
});
