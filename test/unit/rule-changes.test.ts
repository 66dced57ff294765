// Versions of a partnership's rules for decisions by worked cases (R-2.7(n)): which rules decide a meeting on
// a day when changes have been recorded (the kept rules, or a change's copy), the versions listed with their
// periods, and a change's own rules: its day after the one before it, a carried decision that agreed it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { boundsOf, ruleChangeProblems, ruleVersions, rulesInForceOn, type RuleChange, type RulesOfDecision } from '../../src/domain/decisions/rule-changes.ts';
import { checkDecision } from '../../src/domain/decisions/check.ts';
import { toQuorumCondition, toVotingRule } from '../../src/domain/decisions/records.ts';
import type { Seat } from '../../src/domain/decisions/rules.ts';

const majority = { decisionType: 'ordinary', method: 'majority', fallback: null, fraction: null, qualifiedBase: null, abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' } as const;
const rules = (quorumMembers: number): RulesOfDecision => ({ votingRules: [{ ...majority }], quorum: [{ kind: 'number', members: quorumMembers, fraction: null }] });
const change = (id: string, inForceFrom: string, previous: RulesOfDecision): RuleChange => ({ id, inForceFrom, agreedItemId: null, agreedAt: null, reason: `Change ${id}`, recordedAt: '2027-01-01T10:00:00.000Z', previous });

// Quorum 5 until 31 March 2027; 4 from 1 April to 30 June; 3 (the kept rules) from 1 July.
const CHANGES = [change('a', '2027-04-01', rules(5)), change('b', '2027-07-01', rules(4))];
const CURRENT = rules(3);

describe('R-2.7(n): the rules in force on a meeting’s day', () => {
  // [day, quorum members in force, from, until, ended by]
  const cases: Array<[string, number, string | null, string | null, string | null]> = [
    ['2026-11-30', 5, null, '2027-03-31', 'a'],
    ['2027-03-31', 5, null, '2027-03-31', 'a'],
    // The day a change applies from is decided under the changed rules.
    ['2027-04-01', 4, '2027-04-01', '2027-06-30', 'b'],
    ['2027-06-30', 4, '2027-04-01', '2027-06-30', 'b'],
    ['2027-07-01', 3, '2027-07-01', null, null],
    ['2030-01-01', 3, '2027-07-01', null, null],
  ];
  for (const [day, members, from, until, endedBy] of cases) {
    it(`R-2.7(n): a meeting on ${day} is decided with a quorum of ${members}`, () => {
      const v = rulesInForceOn(CHANGES, CURRENT, day);
      assert.equal(v.rules.quorum[0]!.members, members);
      assert.equal(v.from, from);
      assert.equal(v.until, until);
      assert.equal(v.endedBy, endedBy);
      assert.equal(v.clause, 'R-2.7(n)');
    });
  }

  it('R-2.7(n): without a change recorded, the kept rules decide every day, and say so', () => {
    const v = rulesInForceOn([], CURRENT, '1999-01-01');
    assert.equal(v.rules, CURRENT);
    assert.equal(v.explanation, 'The rules as recorded: no change to them has been recorded');
  });

  it('R-2.7(n): explains which rules, in words a clerk can read out', () => {
    assert.equal(rulesInForceOn(CHANGES, CURRENT, '2027-01-10').explanation, 'The rules in force until 31 March 2027: they were changed from 1 April 2027');
    assert.equal(rulesInForceOn(CHANGES, CURRENT, '2027-05-10').explanation, 'The rules in force from 1 April 2027 to 30 June 2027: they were changed from 1 July 2027');
    assert.equal(rulesInForceOn(CHANGES, CURRENT, '2027-08-10').explanation, 'The rules in force from 1 July 2027, as changed then');
  });

  it('R-2.7(n), R-2.8b: the same attendance is quorate under one version and not under the one before', () => {
    const seats: Seat[] = ['p1', 'p2', 'p3', 'p4', 'p5'].map((id, i) => ({ id, name: `Member ${i + 1}`, partnerId: i < 3 ? 'council' : 'trust', partnerName: i < 3 ? 'Council' : 'Trust', status: 'voting', weight: 1, substituteName: null }));
    const present = new Map(seats.map((s, i) => [s.id, i < 4 ? ('present' as const) : ('apologies' as const)]));
    const decide = (day: string) => {
      const v = rulesInForceOn(CHANGES, CURRENT, day).rules;
      return checkDecision({ seats, votingRules: v.votingRules.map(toVotingRule), quorum: v.quorum.map(toQuorumCondition) }, { attendance: present, excluded: new Set() }, { decisionType: 'ordinary', votes: { kind: 'counted', for: 3, against: 1, abstain: 0 } });
    };
    assert.equal(decide('2027-03-01').quorum.quorate, false, 'quorum of 5 with 4 present');
    assert.equal(decide('2027-04-01').quorum.quorate, true, 'quorum of 4 with 4 present');
    assert.equal(decide('2027-04-01').outcome!.outcome, 'carried');
    assert.equal(decide('2027-03-01').outcome!.outcome, 'invalid');
  });
});

describe('R-2.7(n): every version of the rules, newest first', () => {
  it('R-2.7(n): the kept rules, then each change’s copy with its period', () => {
    const versions = ruleVersions(CHANGES, CURRENT);
    assert.deepEqual(
      versions.map((v) => [v.from, v.until, v.endedBy, v.rules.quorum[0]!.members]),
      [
        ['2027-07-01', null, null, 3],
        ['2027-04-01', '2027-06-30', 'b', 4],
        [null, '2027-03-31', 'a', 5],
      ],
    );
  });
});

describe('R-2.7(n): the rules of a change', () => {
  const items = [
    { id: 'carried', title: 'Changes to the quorum', meetsOn: '2027-03-10', outcome: 'carried' },
    { id: 'lost', title: 'Changes to the voting rules', meetsOn: '2027-03-10', outcome: 'lost' },
    { id: 'open', title: 'A change not yet voted on', meetsOn: '2027-08-10', outcome: null },
  ];
  // [case, bounds, current rules (new) or null (a correction), input, the fields refused]
  const cases: Array<[string, { after: string | null; before: string | null }, RulesOfDecision | null, Parameters<typeof ruleChangeProblems>[2], string[]]> = [
    ['the first change, agreed at a carried decision', { after: null, before: null }, CURRENT, { inForceFrom: '2027-04-01', agreedItemId: 'carried' }, []],
    ['recorded late: the day is past', { after: null, before: null }, CURRENT, { inForceFrom: '2020-01-01', agreedItemId: null }, []],
    ['nothing to change', { after: null, before: null }, { votingRules: [], quorum: [] }, { inForceFrom: '2027-04-01' }, ['inForceFrom']],
    ['the same day as the last change', { after: '2027-07-01', before: null }, CURRENT, { inForceFrom: '2027-07-01' }, ['inForceFrom']],
    ['before the last change', { after: '2027-07-01', before: null }, CURRENT, { inForceFrom: '2027-06-01' }, ['inForceFrom']],
    ['the day after the last change', { after: '2027-07-01', before: null }, CURRENT, { inForceFrom: '2027-07-02' }, []],
    ['corrected to the day of the change after it', { after: '2027-04-01', before: '2027-07-01' }, null, { inForceFrom: '2027-07-01' }, ['inForceFrom']],
    ['corrected within its neighbours', { after: '2027-04-01', before: '2027-07-01' }, null, { inForceFrom: '2027-05-01' }, []],
    ['agreed by a decision that was lost', { after: null, before: null }, CURRENT, { inForceFrom: '2027-04-01', agreedItemId: 'lost' }, ['agreedItemId']],
    ['agreed by a decision not yet voted on', { after: null, before: null }, CURRENT, { inForceFrom: '2027-09-01', agreedItemId: 'open' }, []],
    ['applying before the meeting that agreed it', { after: null, before: null }, CURRENT, { inForceFrom: '2027-03-01', agreedItemId: 'carried' }, ['inForceFrom']],
    ['agreed at an item not the partnership’s', { after: null, before: null }, CURRENT, { inForceFrom: '2027-04-01', agreedItemId: 'elsewhere' }, ['agreedItemId']],
  ];
  for (const [name, bounds, current, input, refused] of cases) {
    it(`R-2.7(n): ${name}: ${refused.length ? `refused at ${refused.join(', ')}` : 'allowed'}`, () => {
      const problems = ruleChangeProblems(bounds, current, input, items);
      assert.deepEqual(
        problems.map((p) => p.field),
        refused,
        JSON.stringify(problems),
      );
      for (const p of problems) assert.match(p.message, /\(R-2\.(7\(n\)|8a, R-2\.8b)\)$/);
    });
  }

  it('R-2.7(n): says the day it must follow, in words', () => {
    assert.equal(ruleChangeProblems({ after: '2027-07-01', before: null }, CURRENT, { inForceFrom: '2027-06-01' }, [])[0]!.message, 'The change must apply from a day after 1 July 2027, when the change before it applied from (R-2.7(n))');
  });

  it('R-2.7(n): a new change falls after the last; a correction between its neighbours', () => {
    assert.deepEqual(boundsOf(CHANGES), { after: '2027-07-01', before: null });
    assert.deepEqual(boundsOf(CHANGES, 'a'), { after: null, before: '2027-07-01' });
    assert.deepEqual(boundsOf(CHANGES, 'b'), { after: '2027-04-01', before: null });
  });
});
