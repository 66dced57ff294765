// The decision rules as a partnership keeps them, table-driven (R-2.8a, R-2.8b): each kind's rules on a
// change (a seat for a partner, its substitute; a voting rule's share and fallback, a lead partner's
// casting vote; one quorum condition of each kind with the number or share it needs), the kept records
// turned into what the evaluators read, the facts of an item read as sent, and checkDecision's choice of
// rule for a type of decision with none of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDecision, ruleFor } from '../../src/domain/decisions/check.ts';
import { readFacts } from '../../src/domain/decisions/facts.ts';
import {
  quorumConditionProblems,
  seatChangeProblems,
  toQuorumCondition,
  toVotingRule,
  votingRuleProblems,
  type QuorumConditionRecordInput,
  type SeatRecord,
  type VotingRuleRecordInput,
} from '../../src/domain/decisions/records.ts';
import type { Seat } from '../../src/domain/decisions/rules.ts';

const seat = (personId: string, organisationId: string, over: Partial<SeatRecord> = {}): SeatRecord => ({
  personId,
  organisationId,
  status: 'voting',
  weight: 1,
  substituteId: null,
  name: `Member ${personId}`,
  partnerName: `Partner ${organisationId}`,
  substituteName: null,
  ...over,
});
const PARTNERS = new Map([
  ['council', 'The council'],
  ['nhs', 'The NHS trust'],
]);
const messages = (problems: Array<{ field: string; message: string }>) => problems.map((p) => `${p.field}: ${p.message}`);

describe('seatChangeProblems (R-2.8a)', () => {
  const seats = [seat('a', 'council'), seat('b', 'nhs')];
  const cases: Array<[string, Parameters<typeof seatChangeProblems>[1], string[]]> = [
    ['a new member for a partner', { kind: 'add', value: { personId: 'c', organisationId: 'nhs', status: 'voting', weight: 1, substituteId: null } }, []],
    ['the same member twice', { kind: 'add', value: { personId: 'a', organisationId: 'council' } }, ['personId: This person already holds a seat on the partnership: change their seat instead']],
    ['a seat for an organisation that is not a partner', { kind: 'add', value: { personId: 'c', organisationId: 'police' } }, ['organisationId: Select one of the partnership’s partners: a seat is held for a partner (R-2.8a)']],
    ['a member as their own substitute', { kind: 'change', key: 'a', value: { organisationId: 'council', substituteId: 'a' } }, ['substituteId: A member cannot be their own substitute']],
    ['a substitute who holds a seat', { kind: 'change', key: 'a', value: { organisationId: 'council', substituteId: 'b' } }, ['substituteId: The substitute already holds a seat of their own: choose someone without one']],
    ['a named substitute without a seat', { kind: 'change', key: 'a', value: { organisationId: 'council', substituteId: 'z' } }, []],
    ['removing a seat', { kind: 'remove', key: 'a' }, []],
  ];
  const withSubstitute = [seat('a', 'council', { substituteId: 's', substituteName: 'Sub S' }), seat('b', 'nhs')];
  it('R-2.8a: one person is counted once: a seat for someone who is a named substitute is refused', () =>
    assert.deepEqual(messages(seatChangeProblems(withSubstitute, { kind: 'add', value: { personId: 's', organisationId: 'nhs' } }, PARTNERS)), ['personId: This person is the named substitute for Member a: name another substitute there first']));
  it('R-2.8a: a substitute stands in for one seat', () => {
    assert.deepEqual(messages(seatChangeProblems(withSubstitute, { kind: 'change', key: 'b', value: { organisationId: 'nhs', substituteId: 's' } }, PARTNERS)), ['substituteId: They are already the named substitute for Member a: a substitute stands in for one seat']);
    assert.deepEqual(seatChangeProblems(withSubstitute, { kind: 'change', key: 'a', value: { organisationId: 'council', substituteId: 's' } }, PARTNERS), [], 'their own seat keeps them');
  });
  for (const [name, change, expected] of cases) it(`R-2.8a: ${name}`, () => assert.deepEqual(messages(seatChangeProblems(seats, change, PARTNERS)), expected));
});

const rule = (over: Partial<VotingRuleRecordInput> = {}): VotingRuleRecordInput => ({
  decisionType: 'ordinary',
  method: 'majority',
  fallback: null,
  fraction: null,
  qualifiedBase: null,
  abstentions: 'do-not-count',
  castingVote: 'chair',
  onTie: 'lost',
  ...over,
});

describe('votingRuleProblems and toVotingRule (R-2.8a)', () => {
  const cases: Array<[string, Partial<VotingRuleRecordInput>, boolean, string[]]> = [
    ['a simple majority with the chair’s casting vote', {}, false, []],
    ['a qualified majority with its share and base', { method: 'qualified', fraction: '2/3', qualifiedBase: 'all-voting-members' }, false, []],
    [
      'a qualified majority with neither',
      { method: 'qualified' },
      false,
      ['fraction: Enter the share a qualified majority needs, like 2/3 (R-2.8a)', 'qualifiedBase: Select whether the share is of those present and voting or of all voting members (R-2.8a)'],
    ],
    ['a share for a simple majority', { fraction: '2/3' }, false, ['fraction: Give a share only for a qualified majority']],
    ['a qualified majority of a half, which would carry a tie', { method: 'qualified', fraction: '1/2', qualifiedBase: 'present-and-voting' }, false, ['fraction: A qualified majority is more than half: enter a share above one half, like 2/3 (R-2.8a)']],
    ['a qualified majority of a third', { method: 'qualified', fraction: '1/3', qualifiedBase: 'present-and-voting' }, false, ['fraction: A qualified majority is more than half: enter a share above one half, like 2/3 (R-2.8a)']],
    ['a qualified majority of three fifths', { method: 'qualified', fraction: '3/5', qualifiedBase: 'present-and-voting' }, false, []],
    ['a fallback for a method that is not consensus', { fallback: 'majority' }, false, ['fallback: Give a fallback only for consensus: it is the method used when consensus is not reached']],
    ['consensus falling back to a qualified majority, with its share', { method: 'consensus', fallback: 'qualified', fraction: '3/4', qualifiedBase: 'present-and-voting' }, false, []],
    ['consensus falling back to a qualified majority without one', { method: 'consensus', fallback: 'qualified' }, false, ['fraction: Enter the share a qualified majority needs, like 2/3 (R-2.8a)', 'qualifiedBase: Select whether the share is of those present and voting or of all voting members (R-2.8a)']],
    ['the lead partner’s casting vote with no lead partner', { castingVote: 'lead-partner' }, false, ['castingVote: The partnership has no lead partner to give a casting vote: name one under Partners first']],
    ['the lead partner’s casting vote with one', { castingVote: 'lead-partner' }, true, []],
  ];
  for (const [name, over, lead, expected] of cases) {
    it(`R-2.8a: ${name}`, () => assert.deepEqual(messages(votingRuleProblems([], { kind: 'add', value: rule(over) }, lead)), expected));
  }
  it('R-2.8a: one rule a type of decision', () => {
    assert.deepEqual(messages(votingRuleProblems([rule()], { kind: 'add', value: rule() }, false)), ['decisionType: This type of decision already has a voting rule: change it instead']);
    assert.deepEqual(votingRuleProblems([rule()], { kind: 'change', key: 'ordinary', value: rule({ onTie: 'lot' }) }, false), []);
  });
  it('R-2.8a: kept records become the evaluators’ rules', () => {
    assert.deepEqual(toVotingRule(rule({ method: 'qualified', fraction: '2/3', qualifiedBase: 'all-voting-members', abstentions: 'count' })), {
      decisionType: 'ordinary',
      method: { kind: 'qualified', fraction: { numerator: 2, denominator: 3 }, of: 'all-voting-members' },
      abstentionsCount: true,
      casting: 'chair',
      onTie: 'lost',
    });
    assert.deepEqual(toVotingRule(rule({ method: 'consensus', fallback: 'majority' })).method, { kind: 'consensus', fallback: { kind: 'majority' } });
    assert.deepEqual(toVotingRule(rule({ method: 'consensus' })).method, { kind: 'consensus', fallback: null });
  });
});

describe('quorumConditionProblems and toQuorumCondition (R-2.8b)', () => {
  const c = (over: Partial<QuorumConditionRecordInput>): QuorumConditionRecordInput => ({ kind: 'number', members: null, fraction: null, ...over });
  const cases: Array<[string, QuorumConditionRecordInput, string[]]> = [
    ['a number', c({ members: 4 }), []],
    ['a number without one', c({}), ['members: Enter the number of members this condition needs (R-2.8b)']],
    ['a share', c({ kind: 'fraction', fraction: '1/3' }), []],
    ['a share with a number too', c({ kind: 'fraction', fraction: '1/3', members: 3 }), ['members: Leave the number blank: this condition is a share of the voting members']],
    ['the larger of both', c({ kind: 'larger', fraction: '2/3', members: 3 }), []],
    ['the smaller, with no share', c({ kind: 'smaller', members: 6 }), ['fraction: Enter the share of the voting members, like 1/3 (R-2.8b)']],
    ['one from each partner', c({ kind: 'each-partner', members: 1 }), []],
    ['from at least so many partners, given a share', c({ kind: 'partners', members: 3, fraction: '1/2' }), ['fraction: Leave the share blank: this condition is a number of members']],
  ];
  for (const [name, condition, expected] of cases) it(`R-2.8b: ${name}`, () => assert.deepEqual(messages(quorumConditionProblems([], { kind: 'add', value: condition })), expected));
  it('R-2.8b: one condition of each kind', () => {
    assert.deepEqual(messages(quorumConditionProblems([c({ members: 4 })], { kind: 'add', value: c({ members: 5 }) })), ['kind: The quorum already has a condition of this kind: change it instead']);
  });
  it('R-2.8b: kept conditions become the evaluators’', () => {
    assert.deepEqual(toQuorumCondition(c({ kind: 'larger', fraction: '2/3', members: 3 })), { kind: 'larger', fraction: { numerator: 2, denominator: 3 }, number: 3 });
    assert.deepEqual(toQuorumCondition(c({ kind: 'fraction', fraction: '1/3' })), { kind: 'fraction', fraction: { numerator: 1, denominator: 3 } });
    assert.deepEqual(toQuorumCondition(c({ kind: 'each-partner', members: 1 })), { kind: 'each-partner', number: 1 });
  });
});

const SEATS: Seat[] = [
  { id: 'a', name: 'Cllr A', partnerId: 'council', partnerName: 'Council', status: 'voting', weight: 1, substituteName: 'Cllr S' },
  { id: 'b', name: 'Dr B', partnerId: 'nhs', partnerName: 'NHS', status: 'voting', weight: 1, substituteName: null },
  { id: 'c', name: 'C', partnerId: 'nhs', partnerName: 'NHS', status: 'observer', weight: 1, substituteName: null },
];
const sent = (over: Partial<Parameters<typeof readFacts>[1]> = {}): Parameters<typeof readFacts>[1] => ({
  decisionType: 'ordinary',
  attendance: { a: 'present', b: 'present', c: 'present' },
  excluded: [],
  mode: 'named',
  votes: {},
  counted: {},
  ...over,
});

describe('readFacts: the facts of one item, as sent (R-2.8a, R-2.8b)', () => {
  it('reads attendance, exclusions, named votes, a casting vote and a lot', () => {
    const read = readFacts(SEATS, sent({ attendance: { a: 'substitute', b: 'present', c: 'absent' }, excluded: ['b'], votes: { a: 'for', b: '', c: 'none' }, castingVote: 'chair-against', lot: 'for', consensusReached: 'yes' }));
    assert.ok(read.ok);
    assert.deepEqual([...read.item.attendance], [['a', 'substitute'], ['b', 'present'], ['c', 'absent']]);
    assert.deepEqual([...read.item.excluded], ['b']);
    assert.deepEqual(read.motion.votes, { kind: 'named', votes: new Map([['a', 'for']]) });
    assert.deepEqual(read.motion.castingVote, { by: 'chair', vote: 'against' });
    assert.equal(read.motion.lot, 'for');
    assert.equal(read.motion.consensusReached, true);
  });
  it('reads counts on a show of hands, blank as none', () => {
    const read = readFacts(SEATS, sent({ mode: 'counted', counted: { for: '3', against: 1 } }));
    assert.ok(read.ok);
    assert.deepEqual(read.motion.votes, { kind: 'counted', for: 3, against: 1, abstain: 0 });
  });
  const refused: Array<[string, Partial<Parameters<typeof readFacts>[1]>, string[]]> = [
    ['no type of decision', { decisionType: 'sometimes' }, ['decisionType: Select the type of decision']],
    ['a seat with no attendance', { attendance: { a: 'present', b: 'present' } }, ['attendance-c: Select whether C attended']],
    ['a substitute for a seat that names none', { attendance: { a: 'present', b: 'substitute', c: 'present' } }, ['attendance-b: Dr B has no named substitute: select present, apologies or absent (R-2.8a)']],
    ['a vote no one can cast', { votes: { a: 'maybe' } }, ['vote-a: Select how Cllr A voted, or that they did not vote']],
    ['an unknown seat', { excluded: ['z'] }, ['seats: z is not a seat of the partnership']],
    ['counts that are not whole numbers', { mode: 'counted', counted: { for: 'two' } }, ['counted-for: Votes for must be a whole number, 0 or more']],
    ['votes by name and counts at once', { mode: 'counted', votes: { a: 'for' } }, ['mode: Give the votes by name or as counts on a show of hands, not both']],
    ['a casting vote of no one', { castingVote: 'mayor-for' }, ['castingVote: Select the casting vote given, or none']],
  ];
  for (const [name, over, expected] of refused) {
    it(`refuses ${name}, at its field`, () => {
      const read = readFacts(SEATS, sent(over));
      assert.equal(read.ok, false);
      assert.deepEqual(read.ok ? [] : messages(read.problems), expected);
    });
  }
});

describe('checkDecision: quorum and outcome by the same functions (R-2.8a, R-2.8b)', () => {
  const majority = toVotingRule(rule());
  const unanimity = toVotingRule(rule({ decisionType: 'budget', method: 'unanimity', castingVote: 'none' }));
  const rules = { seats: SEATS, votingRules: [majority, unanimity], quorum: [toQuorumCondition({ kind: 'each-partner', members: 1, fraction: null })] };
  const everyone = { attendance: new Map([['a', 'present' as const], ['b', 'present' as const], ['c', 'present' as const]]), excluded: new Set<string>() };
  it('R-2.8a: a type with its own rule is decided by it; one without, by the rule for ordinary business, saying so', () => {
    assert.match(ruleFor(rules.votingRules, { decisionType: 'budget' })!.why, /rule for budget/);
    assert.match(ruleFor(rules.votingRules, { decisionType: 'dissolution' })!.why, /No rule of its own for dissolution: decided by the rule for ordinary business/);
    assert.equal(ruleFor([unanimity], { decisionType: 'dissolution' }), null);
  });
  it('R-2.8a, R-2.8b: one for and one against: a majority ties and the chair’s casting vote carries it; unanimity fails', () => {
    const votes = { kind: 'named' as const, votes: new Map([['a', 'for' as const], ['b', 'against' as const]]) };
    const ordinary = checkDecision(rules, everyone, { decisionType: 'dissolution', votes, castingVote: { by: 'chair', vote: 'for' } });
    assert.equal(ordinary.quorum.quorate, true);
    assert.equal(ordinary.outcome!.outcome, 'carried-on-casting-vote');
    const budget = checkDecision(rules, everyone, { decisionType: 'budget', votes });
    assert.equal(budget.outcome!.outcome, 'lost');
  });
  it('R-2.8b: the NHS’s only voting member excluded by an interest makes the item inquorate, and its decision invalid', () => {
    const c = checkDecision(rules, { ...everyone, excluded: new Set(['b']) }, { decisionType: 'ordinary', votes: { kind: 'named', votes: new Map([['a', 'for']]) } });
    assert.equal(c.quorum.quorate, false);
    assert.equal(c.outcome!.outcome, 'invalid');
  });
  it('R-2.8a: no rule to decide by: no outcome, and why', () => {
    const c = checkDecision({ ...rules, votingRules: [] }, everyone, { decisionType: 'budget', votes: { kind: 'counted', for: 2, against: 0, abstain: 0 } });
    assert.equal(c.outcome, null);
    assert.match(c.noRule!, /No voting rule is recorded for budget or for ordinary business/);
  });
});
