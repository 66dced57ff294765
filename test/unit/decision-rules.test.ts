// How a partnership decides, by worked cases (R-2.8a, R-2.8b, R-2.8g, R-2.13): fractions as rules write
// them; the quorum for an item from who sits in each seat and who an interest removes; the outcome of a
// motion under each voting method, ties and casting votes, and the votes that make it invalid; notice in
// clear days; who may chair. And, by fast-check, that one more vote for never hurts a motion.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chairingProblems } from '../../src/domain/decisions/chairing.ts';
import { ceilFraction, fractionInWords, parseFraction } from '../../src/domain/decisions/fraction.ts';
import { addDays, dateInWords, noticeOf } from '../../src/domain/decisions/notice.ts';
import { isCarried, isLost, methodInWords, OUTCOME_LABELS, OUTCOMES, outcomeOf, type Outcome } from '../../src/domain/decisions/outcome.ts';
import { quorumOf, type QuorumResult } from '../../src/domain/decisions/quorum.ts';
import {
  ATTENDANCES,
  CASTING_VOTES,
  countsForItem,
  SEAT_STATUSES,
  type Attendance,
  type Fraction,
  type ItemAttendance,
  type Motion,
  type QuorumCondition,
  type Seat,
  type SeatStatus,
  type VoteChoice,
  type VotingMethod,
  type VotingRule,
} from '../../src/domain/decisions/rules.ts';

// A joint committee of three partners, three voting seats each, with an observer and a non-voting adviser.
const PARTNERS = { w: 'Westshire County Council', e: 'Eastborough District Council', n: 'Northvale NHS Trust' } as const;
type P = keyof typeof PARTNERS;
const seat = (id: string, name: string, p: P, status: SeatStatus = 'voting', more: Partial<Seat> = {}): Seat => ({
  id, name, partnerId: p, partnerName: PARTNERS[p], status, weight: 1, substituteName: null, ...more,
});
const BOARD: Seat[] = [
  seat('w1', 'Cllr A. Smith', 'w', 'voting', { substituteName: 'Cllr S. Green' }),
  seat('w2', 'Cllr B. Jones', 'w'),
  seat('w3', 'Cllr C. Patel', 'w'),
  seat('e1', 'Cllr D. Evans', 'e'),
  seat('e2', 'Cllr E. Khan', 'e'),
  seat('e3', 'Cllr F. Walsh', 'e'),
  seat('n1', 'Dr G. Okafor', 'n'),
  seat('n2', 'H. Byrne', 'n'),
  seat('n3', 'I. Novak', 'n'),
  seat('o1', 'Olive Marsh', 'w', 'observer'),
  seat('x1', 'Jo Bloggs', 'e', 'non-voting'),
];
// Ten voting members: the board and a co-opted voting member.
const BOARD10: Seat[] = [...BOARD, seat('k1', 'Kim Reyes', 'n', 'co-opted-voting')];

/** A board of n voting members spread over the three partners, for the larger cases. */
const boardOf = (n: number): Seat[] => Array.from({ length: n }, (_, i) => seat(`m${i}`, `Member ${i}`, (['w', 'e', 'n'] as const)[i % 3]!));

const item = (attendance: Record<string, Attendance>, excluded: string[] = []): ItemAttendance => ({ attendance: new Map(Object.entries(attendance)), excluded: new Set(excluded) });
const present = (ids: readonly string[], how: Attendance = 'present'): Record<string, Attendance> => Object.fromEntries(ids.map((id) => [id, how]));
const everyone = (seats: readonly Seat[]) => item(present(seats.map((s) => s.id)));

const fraction = (numerator: number, denominator: number): Fraction => ({ numerator, denominator });
const THIRD = fraction(1, 3);
const QUARTER = fraction(1, 4);
const TWO_THIRDS = fraction(2, 3);

describe('fractions as rules write them (R-2.8a, R-2.8b)', () => {
  const cases: Array<[string, Fraction | null]> = [
    ['2/3', TWO_THIRDS],
    ['3/4', fraction(3, 4)],
    [' 1 / 3 ', THIRD],
    ['5/8', fraction(5, 8)],
    ['4/6', fraction(4, 6)],
    ['1/1', fraction(1, 1)],
    ['100/100', fraction(100, 100)],
    ['1/100', fraction(1, 100)],
    ['two thirds', TWO_THIRDS],
    ['Two Thirds', TWO_THIRDS],
    ['two-thirds', TWO_THIRDS],
    ['three quarters', fraction(3, 4)],
    ['  three   quarters ', fraction(3, 4)],
    ['a half', fraction(1, 2)],
    ['one half', fraction(1, 2)],
    ['a third', THIRD],
    ['one third', THIRD],
    ['a quarter', QUARTER],
    ['one quarter', QUARTER],
    ['0/3', null],
    ['4/3', null],
    ['1/0', null],
    ['1/101', null],
    ['0/0', null],
    ['-1/3', null],
    ['2/-3', null],
    ['2.5/3', null],
    ['1/3/4', null],
    ['2 3', null],
    ['two', null],
    ['five eighths', null],
    ['two thirds and a bit', null],
    ['constructor', null],
    ['__proto__', null],
    ['', null],
  ];
  for (const [text, expected] of cases) it(`parseFraction(${JSON.stringify(text)}) is ${expected ? `${expected.numerator}/${expected.denominator}` : 'null'}`, () => assert.deepEqual(parseFraction(text), expected));

  const words: Array<[Fraction, string]> = [
    [TWO_THIRDS, 'two thirds'],
    [fraction(3, 4), 'three quarters'],
    [THIRD, 'one third'],
    [fraction(1, 2), 'a half'],
    [QUARTER, 'one quarter'],
    [fraction(5, 8), '5/8'],
    [fraction(2, 4), '2/4'],
    [fraction(1, 1), '1/1'],
  ];
  for (const [f, text] of words) it(`fractionInWords(${f.numerator}/${f.denominator}) is "${text}"`, () => assert.equal(fractionInWords(f), text));
  it('every fraction said in words reads back as itself', () => {
    for (const [f] of words.slice(0, 5)) assert.deepEqual(parseFraction(fractionInWords(f)), f);
  });

  const ceilings: Array<[Fraction, number, number]> = [
    [THIRD, 9, 3],
    [THIRD, 10, 4],
    [QUARTER, 9, 3],
    [QUARTER, 8, 2],
    [TWO_THIRDS, 3, 2],
    [TWO_THIRDS, 12, 8],
    [TWO_THIRDS, 13, 9],
    [fraction(1, 1), 7, 7],
    [THIRD, 0, 0],
    [fraction(3, 100), 100, 3],
  ];
  for (const [f, n, expected] of ceilings) it(`ceilFraction: ${fractionInWords(f)} of ${n}, rounded up, is ${expected}`, () => assert.equal(ceilFraction(f, n), expected));
  it('ceilFraction is exact: the smallest whole number at least n × num / den, checked in BigInt', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 2 ** 40 }), (a, b, n) => {
      const f = fraction(Math.min(a, b), Math.max(a, b));
      const r = BigInt(ceilFraction(f, n));
      const [num, den, big] = [BigInt(f.numerator), BigInt(f.denominator), BigInt(n)];
      return r * den >= big * num && (r - 1n) * den < big * num;
    }));
  });
  it('ceilFraction refuses what it cannot work out exactly', () => {
    assert.throws(() => ceilFraction(THIRD, -1), RangeError);
    assert.throws(() => ceilFraction(THIRD, 2.5), RangeError);
    assert.throws(() => ceilFraction(fraction(1, 0), 3), RangeError);
  });
});

describe('quorumOf (R-2.8b)', () => {
  const quorum = (conditions: QuorumCondition[], seats: readonly Seat[], it: ItemAttendance) => quorumOf(conditions, seats, it);
  const shape = (q: QuorumResult) => [q.quorate, q.present, q.required];

  // [name, conditions, seats, attendance, [quorate, present, required]]
  const cases: Array<[string, QuorumCondition[], Seat[], ItemAttendance, [boolean, number, number]]> = [
    ['R-2.8b: a quarter of 9 voting members, rounded up, needs 3: 3 present is quorate', [{ kind: 'fraction', fraction: QUARTER }], BOARD, item(present(['w1', 'e1', 'n1'])), [true, 3, 3]],
    ['R-2.8b: a quarter of 9 voting members needs 3: 2 present is not quorate', [{ kind: 'fraction', fraction: QUARTER }], BOARD, item(present(['w1', 'e1'])), [false, 2, 3]],
    ['R-2.8b: a third rounded up of 10 voting members needs 4: 4 present is quorate', [{ kind: 'fraction', fraction: THIRD }], BOARD10, item(present(['w1', 'w2', 'e1', 'k1'])), [true, 4, 4]],
    ['R-2.8b: a third rounded up of 10 voting members needs 4: 3 present is not quorate', [{ kind: 'fraction', fraction: THIRD }], BOARD10, item(present(['w1', 'w2', 'e1'])), [false, 3, 4]],
    ['R-2.8b: two thirds or 3, whichever is larger, on a board of 3 needs all 3 (two thirds is only 2)', [{ kind: 'larger', fraction: TWO_THIRDS, number: 3 }], boardOf(3), item(present(['m0', 'm1'])), [false, 2, 3]],
    ['R-2.8b: two thirds or 3, whichever is larger, on a board of 12 needs 8', [{ kind: 'larger', fraction: TWO_THIRDS, number: 3 }], boardOf(12), item(present(boardOf(12).slice(0, 7).map((s) => s.id))), [false, 7, 8]],
    ['R-2.8b: two thirds or 3, whichever is larger, on a board of 12 is quorate with 8', [{ kind: 'larger', fraction: TWO_THIRDS, number: 3 }], boardOf(12), item(present(boardOf(12).slice(0, 8).map((s) => s.id))), [true, 8, 8]],
    ['R-2.8b: two thirds or 3, whichever is smaller, on a board of 12 needs 3', [{ kind: 'smaller', fraction: TWO_THIRDS, number: 3 }], boardOf(12), item(present(['m0', 'm1', 'm2'])), [true, 3, 3]],
    ['R-2.8b: two thirds or 3, whichever is smaller, on a board of 3 needs 2', [{ kind: 'smaller', fraction: TWO_THIRDS, number: 3 }], boardOf(3), item(present(['m0', 'm1'])), [true, 2, 2]],
    ['R-2.8b: a substitute present stands in the seat and counts', [{ kind: 'number', number: 3 }], BOARD, item({ ...present(['e1', 'n1']), w1: 'substitute' }), [true, 3, 3]],
    ['R-2.8b: apologies and absent do not count', [{ kind: 'number', number: 3 }], BOARD, item({ ...present(['e1', 'n1']), w1: 'apologies', w2: 'absent' }), [false, 2, 3]],
    ['R-2.8b: observers and non-voting members present do not count', [{ kind: 'number', number: 3 }], BOARD, item(present(['e1', 'n1', 'o1', 'x1'])), [false, 2, 3]],
    ['R-2.8a: a co-opted voting member counts as a voting member does', [{ kind: 'number', number: 3 }], BOARD10, item(present(['e1', 'n1', 'k1'])), [true, 3, 3]],
    ['R-2.8b: a seat with no attendance recorded does not count', [{ kind: 'number', number: 1 }], BOARD, item({}), [false, 0, 1]],
    ['R-2.8b: 5 with at least one from each partner: 5 from all three partners is quorate', [{ kind: 'number', number: 5 }, { kind: 'each-partner', number: 1 }], BOARD, item(present(['w1', 'w2', 'e1', 'e2', 'n1'])), [true, 5, 5]],
    ['R-2.8b: 5 with at least one from each partner: 6 from two partners is not quorate', [{ kind: 'number', number: 5 }, { kind: 'each-partner', number: 1 }], BOARD, item(present(['w1', 'w2', 'w3', 'e1', 'e2', 'e3'])), [false, 6, 5]],
    ['R-2.8b: at least 2 from each partner needs 6 members, 2 from each', [{ kind: 'each-partner', number: 2 }], BOARD, item(present(['w1', 'w2', 'w3', 'e1', 'e2', 'n1', 'n2'])), [true, 7, 6]],
    ['R-2.8b: members from at least 2 partners: one partner alone is not quorate', [{ kind: 'number', number: 3 }, { kind: 'partners', number: 2 }], BOARD, item(present(['w1', 'w2', 'w3'])), [false, 3, 3]],
    ['R-2.8b: members from at least 2 partners: two partners are quorate', [{ kind: 'number', number: 3 }, { kind: 'partners', number: 2 }], BOARD, item(present(['w1', 'w2', 'n3'])), [true, 3, 3]],
    ['R-2.8b: an observer does not bring their partner into the count of partners', [{ kind: 'partners', number: 2 }], BOARD, item(present(['e1', 'e2', 'o1'])), [false, 2, 2]],
    ['R-2.8b: a fraction of nothing still needs someone there', [{ kind: 'fraction', fraction: THIRD }], [seat('o1', 'Olive Marsh', 'w', 'observer')], item(present(['o1'])), [false, 0, 0]],
  ];
  for (const [name, conditions, seats, attendance, expected] of cases) it(name, () => assert.deepEqual(shape(quorum(conditions, seats, attendance)), expected));

  it('R-2.8b: the quorate sentence with a partner condition, as a clerk reads it out', () => {
    const q = quorum([{ kind: 'number', number: 5 }, { kind: 'each-partner', number: 1 }], BOARD, item(present(['w1', 'w2', 'e1', 'e2', 'n1'])));
    assert.equal(q.explanation, 'Quorate: 5 voting members present including at least one from each of the 3 partners; the rule requires 5 with at least one from each partner.');
    assert.equal(q.rule, '5 voting members; at least one voting member from each of the 3 partners');
    assert.deepEqual(q.conditions.map((c) => [c.met, c.required, c.counted]), [[true, 5, 5], [true, 3, 3]]);
    assert.equal(q.clause, 'R-2.8b');
  });

  it('R-2.8b: a partner with nobody there is named in the sentence', () => {
    const q = quorum([{ kind: 'number', number: 5 }, { kind: 'each-partner', number: 1 }], BOARD, item(present(['w1', 'w2', 'w3', 'e1', 'e2', 'e3'])));
    assert.equal(q.explanation, 'Not quorate: 6 voting members present but none from Northvale NHS Trust; the rule requires 5 with at least one from each partner.');
    assert.equal(q.conditions[1]!.explanation, 'Not met: none from Northvale NHS Trust; the rule requires at least one from each partner.');
  });

  it('R-2.8b: a fraction’s rule in words says of how many, and what it comes to', () => {
    const q = quorum([{ kind: 'fraction', fraction: THIRD }], BOARD, everyone(BOARD));
    assert.equal(q.rule, 'one third of the 9 voting members, rounded up (3)');
    assert.equal(quorum([{ kind: 'fraction', fraction: fraction(1, 2) }], BOARD, everyone(BOARD)).rule, 'half of the 9 voting members, rounded up (5)', 'not "a half of"');
    const larger = quorum([{ kind: 'larger', fraction: TWO_THIRDS, number: 3 }], boardOf(3), everyone(boardOf(3)));
    assert.equal(larger.rule, 'two thirds of the 3 voting members, rounded up (2), or 3, whichever is larger');
    assert.equal(larger.explanation, 'Quorate: 3 voting members present; the rule requires 3 (two thirds of the 3 voting members, rounded up, or 3, whichever is larger).');
    assert.equal(larger.required, 3, 'the number, not the fraction (2), sets the requirement');
    const partners = quorum([{ kind: 'partners', number: 2 }], BOARD, item(present(['w1'])));
    assert.equal(partners.rule, 'voting members from at least 2 partners');
    assert.equal(partners.explanation, 'Not quorate: 1 voting member present from 1 partner; the rule requires 2 from at least 2 partners.');
  });

  it('R-2.8b, R-2.13: a conflicted member leaving makes the item inquorate, and is named; the body does not shrink', () => {
    const attendance = present(['w1', 'w2', 'e1', 'k1']);
    const before = quorum([{ kind: 'fraction', fraction: THIRD }], BOARD10, item(attendance));
    assert.equal(before.quorate, true, 'quorate for the item with no interest declared');
    const after = quorum([{ kind: 'fraction', fraction: THIRD }], BOARD10, item(attendance, ['w1']));
    assert.deepEqual(shape(after), [false, 3, 4], 'still a third of all 10, not of the 9 left');
    assert.deepEqual(after.excluded, ['Cllr A. Smith']);
    assert.equal(after.explanation, 'Not quorate: 3 voting members present; the rule requires 4 (one third of the 10 voting members, rounded up). Cllr A. Smith is excluded from this item by a declared interest.');
  });

  it('R-2.8b, R-2.13: the only member there for a partner declaring an interest fails "one from each partner"', () => {
    const q = quorum([{ kind: 'each-partner', number: 1 }], BOARD, item(present(['w1', 'w2', 'e1', 'n1']), ['n1']));
    assert.equal(q.quorate, false);
    assert.match(q.explanation, /but none from Northvale NHS Trust/);
    assert.match(q.explanation, /Dr G\. Okafor is excluded from this item by a declared interest\.$/);
  });

  it('R-2.13: a member absent with an interest is not listed as excluded; a substitute excluded is named as the substitute', () => {
    const q = quorum([{ kind: 'number', number: 1 }], BOARD, item({ w1: 'substitute', e1: 'present', n1: 'apologies' }, ['w1', 'n1']));
    assert.deepEqual(q.excluded, ['Cllr S. Green (substitute for Cllr A. Smith)']);
    assert.equal(q.present, 1);
    const two = quorum([{ kind: 'number', number: 1 }], BOARD, item(present(['w1', 'e1', 'n1']), ['w1', 'e1']));
    assert.match(two.explanation, /Cllr A\. Smith and Cllr D\. Evans are excluded from this item by declared interests\.$/);
  });

  it('R-2.8b: with no quorum recorded the meeting cannot be shown quorate', () => {
    const q = quorum([], BOARD, everyone(BOARD));
    assert.equal(q.quorate, false);
    assert.equal(q.rule, 'no quorum recorded');
    assert.equal(q.present, 9);
    assert.match(q.explanation, /^No quorum rule is recorded/);
    assert.match(q.explanation, /R-2\.8b requires/);
  });
});

// Outcomes. A quorum that is met, for the cases that are about the votes.
const quorumFor = (seats: readonly Seat[], it: ItemAttendance) => quorumOf([{ kind: 'number', number: 1 }], seats, it);
const rule = (method: VotingMethod, more: Partial<VotingRule> = {}): VotingRule => ({ decisionType: 'ordinary', method, abstentionsCount: false, casting: 'none', onTie: 'lost', ...more });
const counted = (f: number, a: number, ab = 0, more: Partial<Motion> = {}): Motion => ({ decisionType: 'ordinary', votes: { kind: 'counted', for: f, against: a, abstain: ab }, ...more });
const named = (choices: Record<string, VoteChoice>, more: Partial<Motion> = {}): Motion => ({ decisionType: 'ordinary', votes: { kind: 'named', votes: new Map(Object.entries(choices)) }, ...more });
const MAJORITY: VotingMethod = { kind: 'majority' };
const decide = (r: VotingRule, m: Motion, seats: readonly Seat[] = BOARD, it: ItemAttendance = everyone(seats)) => outcomeOf(r, seats, it, quorumFor(seats, it), m);

describe('outcomeOf: majority, abstentions and ties (R-2.8a)', () => {
  it('R-2.8a: a simple majority of those present and voting, as a clerk reads it out', () => {
    const o = decide(rule(MAJORITY), counted(6, 2, 1));
    assert.equal(o.outcome, 'carried');
    assert.equal(o.valid, true);
    assert.equal(o.needed, 5);
    assert.equal(o.explanation, 'Carried: 6 for, 2 against, 1 abstention; a majority of those present and voting needs more than half of 8 (abstentions not counted).');
    assert.equal(o.clause, 'R-2.8a');
    assert.deepEqual([o.for, o.against, o.abstain, o.problems], [6, 2, 1, []]);
  });

  // [name, abstentionsCount, for, against, abstain, outcome, needed]
  const cases: Array<[string, boolean, number, number, number, Outcome, number]> = [
    ['R-2.8a: 4 for, 3 against, 2 abstaining carries when abstentions are not counted', false, 4, 3, 2, 'carried', 4],
    ['R-2.8a: 4 for, 3 against, 2 abstaining is lost when abstentions count (4 is not more than half of 9)', true, 4, 3, 2, 'lost', 5],
    ['R-2.8a: 5 for, 2 against, 2 abstaining carries either way', true, 5, 2, 2, 'carried', 5],
    ['R-2.8a: 3 for, 5 against is lost', false, 3, 5, 0, 'lost', 5],
    ['R-2.8a: nobody voting is lost, not a tie', false, 0, 0, 3, 'lost', 1],
    ['R-2.8a: 4 for, 4 against with no casting vote is lost on the tie', false, 4, 4, 0, 'lost-on-tie', 5],
    ['R-2.8a: 3 for, 3 against, 2 abstaining not counted is still a tie', false, 3, 3, 2, 'lost-on-tie', 4],
  ];
  for (const [name, ac, f, a, ab, outcome, needed] of cases) {
    it(name, () => {
      const o = decide(rule(MAJORITY, { abstentionsCount: ac }), counted(f, a, ab));
      assert.deepEqual([o.outcome, o.needed], [outcome, needed]);
    });
  }

  it('R-2.8a: the rule in words says whether abstentions count', () => {
    assert.match(decide(rule(MAJORITY, { abstentionsCount: true }), counted(4, 3, 2)).explanation, /needs more than half of 9 \(abstentions counted\)\.$/);
    assert.equal(methodInWords(rule(MAJORITY, { casting: 'chair', onTie: 'lot' })), "a majority of those present and voting (abstentions not counted); a tie is broken by the chair’s casting vote if given, otherwise by lot");
  });

  it('R-2.8a: a tie broken by the chair’s casting vote, either way', () => {
    const r = rule(MAJORITY, { casting: 'chair' });
    const carried = decide(r, counted(4, 4, 0, { castingVote: { by: 'chair', vote: 'for' } }));
    assert.equal(carried.outcome, 'carried-on-casting-vote');
    assert.equal(carried.explanation, "Carried on the chair’s casting vote: 4 for, 4 against.");
    const lost = decide(r, counted(4, 4, 0, { castingVote: { by: 'chair', vote: 'against' } }));
    assert.equal(lost.outcome, 'lost-on-casting-vote');
    assert.equal(lost.explanation, "Lost on the chair’s casting vote: 4 for, 4 against.");
  });

  it('R-2.8a: a casting vote the rules allow but nobody gave: the tie is lost', () => {
    const o = decide(rule(MAJORITY, { casting: 'chair' }), counted(4, 4));
    assert.equal(o.outcome, 'lost-on-tie');
    assert.equal(o.explanation, 'Lost on a tie: 4 for, 4 against; no casting vote was given by the chair, and the rules say a tie is lost.');
  });

  it('R-2.8a: a tie decided by lot: carried, lost, or awaiting the draw', () => {
    const r = rule(MAJORITY, { onTie: 'lot' });
    assert.equal(decide(r, counted(4, 4, 0, { lot: 'for' })).outcome, 'carried-by-lot');
    assert.equal(decide(r, counted(4, 4, 0, { lot: 'against' })).outcome, 'lost-by-lot');
    const waiting = decide(r, counted(4, 4, 0, { lot: null }));
    assert.equal(waiting.outcome, 'tied-awaiting-lot');
    assert.equal(waiting.valid, true);
    assert.match(waiting.explanation, /decide a tie by lot, which has not yet been drawn\.$/);
    assert.equal(decide(r, counted(4, 4)).outcome, 'tied-awaiting-lot', 'no lot recorded at all');
    assert.equal(decide(r, counted(5, 3, 0, { lot: 'against' })).outcome, 'carried', 'a lot when there is no tie changes nothing');
  });

  it('R-2.8a: equal for and against with abstentions counted is not a tie: a casting vote could not give a majority', () => {
    const o = decide(rule(MAJORITY, { abstentionsCount: true, casting: 'chair', onTie: 'lot' }), counted(3, 3, 2, { castingVote: { by: 'chair', vote: 'for' }, lot: 'for' }));
    assert.equal(o.outcome, 'lost');
    assert.match(o.explanation, /that is not a tie/);
    assert.equal(decide(rule(MAJORITY, { abstentionsCount: true, casting: 'chair' }), counted(3, 3, 0, { castingVote: { by: 'chair', vote: 'for' } })).outcome, 'carried-on-casting-vote', 'with nobody abstaining it is');
  });

  it('R-2.8a: a casting vote given by the wrong party is invalid; with no casting vote in the rules too, tie or not', () => {
    const wrong = decide(rule(MAJORITY, { casting: 'chair' }), counted(4, 4, 0, { castingVote: { by: 'lead-partner', vote: 'for' } }));
    assert.equal(wrong.outcome, 'invalid');
    assert.equal(wrong.valid, false);
    assert.deepEqual(wrong.problems, ['A casting vote by the lead partner is recorded, but the rules give the casting vote to the chair']);
    const none = decide(rule(MAJORITY), counted(4, 4, 0, { castingVote: { by: 'chair', vote: 'for' } }));
    assert.deepEqual(none.problems, ['A casting vote by the chair is recorded, but the rules give no casting vote']);
    assert.equal(decide(rule(MAJORITY), counted(5, 3, 0, { castingVote: { by: 'chair', vote: 'for' } })).outcome, 'invalid', 'not only on a tie');
  });

  it('R-2.8a: a casting vote when there is no tie is not counted, and the clerk is told it was not needed', () => {
    const o = decide(rule(MAJORITY, { casting: 'chair' }), counted(3, 5, 0, { castingVote: { by: 'chair', vote: 'for' } }));
    assert.equal(o.outcome, 'lost');
    assert.match(o.explanation, /A casting vote by the chair is recorded but was not needed, so it does not count\./);
  });
});

describe('outcomeOf: who may vote, and the votes that make a decision invalid (R-2.8a, R-2.8b, R-2.13)', () => {
  it('R-2.8b: a vote taken without a quorum is invalid', () => {
    const it = item(present(['w1', 'e1']));
    const q = quorumOf([{ kind: 'fraction', fraction: THIRD }], BOARD, it);
    const o = outcomeOf(rule(MAJORITY), BOARD, it, q, counted(2, 0));
    assert.equal(o.outcome, 'invalid');
    assert.deepEqual(o.problems, ['The vote was taken without a quorum (R-2.8b)']);
    assert.equal(o.explanation, 'Invalid: 2 for, 0 against. The vote was taken without a quorum (R-2.8b).');
  });

  it('R-2.8a: a substitute votes in the member’s seat', () => {
    const it = item({ ...present(['e1', 'n1']), w1: 'substitute' });
    const o = decide(rule(MAJORITY), named({ w1: 'for', e1: 'for', n1: 'against' }), BOARD, it);
    assert.deepEqual([o.outcome, o.for, o.against, o.valid], ['carried', 2, 1, true]);
  });

  // [name, votes, attendance, excluded, problems]
  const ineligible: Array<[string, Record<string, VoteChoice>, Record<string, Attendance>, string[], string[]]> = [
    ['R-2.8a: an observer voting makes it invalid', { w1: 'for', o1: 'for' }, present(['w1', 'o1']), [], ['Olive Marsh is an observer and may not vote']],
    ['R-2.8a: a non-voting member voting makes it invalid', { w1: 'for', x1: 'against' }, present(['w1', 'x1']), [], ['Jo Bloggs is a non-voting member and may not vote']],
    ['R-2.13: a member excluded by an interest voting makes it invalid', { w1: 'for', e1: 'for' }, present(['w1', 'e1']), ['e1'], ['Cllr D. Evans is excluded from this item by a declared interest']],
    ['R-2.8a: a member who sent apologies voting makes it invalid', { w1: 'for', e1: 'for' }, { w1: 'present', e1: 'apologies' }, [], ['Cllr D. Evans was not present']],
    ['R-2.8a: a vote for nobody on the board makes it invalid', { w1: 'for', zz: 'for' }, present(['w1']), [], ['A vote is recorded for zz, who holds no seat on the board']],
    ['R-2.8a, R-2.13: several, each named', { o1: 'for', e1: 'against', n1: 'for' }, present(['o1', 'e1']), ['e1'], ['Olive Marsh is an observer and may not vote', 'Cllr D. Evans is excluded from this item by a declared interest', 'Dr G. Okafor was not present']],
  ];
  for (const [name, choices, attendance, excluded, problems] of ineligible) {
    it(name, () => {
      const o = decide(rule(MAJORITY), named(choices), BOARD, item({ ...attendance, w2: 'present' }, excluded));
      assert.equal(o.outcome, 'invalid');
      assert.deepEqual(o.problems, problems);
    });
  }

  it('R-2.8a: counted votes exceeding the members present who may vote are invalid', () => {
    const it = item({ ...present(['w1', 'w2', 'e1', 'n1', 'o1', 'x1']), e2: 'apologies' }, ['n1']);
    assert.equal(decide(rule(MAJORITY), counted(2, 1, 0), BOARD, it).valid, true, '3 is all of those entitled');
    const o = decide(rule(MAJORITY), counted(2, 1, 1), BOARD, it);
    assert.equal(o.outcome, 'invalid');
    assert.deepEqual(o.problems, ['4 votes were counted, more than the 3 that the members present and entitled to vote hold']);
    assert.deepEqual(decide(rule(MAJORITY), counted(1.5, 0), BOARD, it).problems, ['The votes counted must each be a whole number of 0 or more']);
  });

  it('R-2.8a: weighted votes count the seat’s weight, and the explanation says so', () => {
    const seats = [seat('w1', 'Cllr A. Smith', 'w', 'voting', { weight: 3 }), seat('e1', 'Cllr D. Evans', 'e'), seat('n1', 'Dr G. Okafor', 'n'), seat('n2', 'H. Byrne', 'n')];
    const o = decide(rule(MAJORITY), named({ w1: 'for', e1: 'against', n1: 'against', n2: 'abstain' }), seats);
    assert.deepEqual([o.outcome, o.for, o.against, o.abstain, o.needed], ['carried', 3, 2, 1, 3]);
    assert.equal(o.explanation, 'Carried: 3 for, 2 against, 1 abstention; a majority of those present and voting needs more than half of 5 (abstentions not counted). Votes are weighted: Cllr A. Smith has 3 votes; every other voting member has 1.');
    assert.equal(decide(rule(MAJORITY), named({ w1: 'for', e1: 'against', n1: 'against', n2: 'against' }), seats).outcome, 'lost-on-tie', '3 against 3 weighted');
    assert.equal(decide(rule(MAJORITY), counted(5, 1), seats).valid, true, 'counted votes are weighed against the weight present: 6');
    assert.equal(decide(rule(MAJORITY), counted(5, 2), seats).valid, false);
  });

  it('R-2.8a: the rule must be the one for the motion’s type of decision', () => {
    const o = decide(rule({ kind: 'unanimity' }, { decisionType: 'financial-commitment' }), counted(5, 0));
    assert.deepEqual(o.problems, ['The rule given is for financial commitment, but the motion is ordinary business']);
  });
});

describe('outcomeOf: qualified majority, unanimity and consensus (R-2.8a)', () => {
  const twelve = boardOf(12);
  const eightThere = item(present(twelve.slice(0, 8).map((s) => s.id)));

  it('R-2.8a: two thirds of those present and voting: 6 of 8 carries', () => {
    const o = decide(rule({ kind: 'qualified', fraction: TWO_THIRDS, of: 'present-and-voting' }), counted(6, 2), twelve, eightThere);
    assert.deepEqual([o.outcome, o.needed], ['carried', 6]);
    assert.equal(o.explanation, 'Carried: 6 for, 2 against; two thirds of those present and voting needs at least 6 of 8 (abstentions not counted).');
  });

  it('R-2.8a: two thirds of all the voting members: the same 6 of 8 is lost, as all 12 are the base', () => {
    const o = decide(rule({ kind: 'qualified', fraction: TWO_THIRDS, of: 'all-voting-members' }), counted(6, 2), twelve, eightThere);
    assert.deepEqual([o.outcome, o.needed], ['lost', 8]);
    assert.equal(o.explanation, 'Lost: 6 for, 2 against; two thirds of all the voting members needs at least 8 of 12.');
  });

  it('R-2.8a, R-2.13: two thirds of all the voting members leaves out those an interest excludes, present or not', () => {
    const it = item(present(twelve.slice(0, 8).map((s) => s.id)), ['m0', 'm11']);
    const o = decide(rule({ kind: 'qualified', fraction: TWO_THIRDS, of: 'all-voting-members' }), counted(7, 0), twelve, it);
    assert.deepEqual([o.outcome, o.needed], ['carried', 7]);
    assert.match(o.explanation, /at least 7 of 10 \(members excluded from this item by an interest not counted\)/);
  });

  // [name, fraction, abstentionsCount, for, against, abstain, outcome, needed]
  const qualified: Array<[string, Fraction, boolean, number, number, number, Outcome, number]> = [
    ['R-2.8a: exactly two thirds (6 of 9) reaches it: equality is not a tie', TWO_THIRDS, false, 6, 3, 0, 'carried', 6],
    ['R-2.8a: 5 of 8 is short of two thirds', TWO_THIRDS, false, 5, 3, 0, 'lost', 6],
    ['R-2.8a: abstentions counted in a qualified majority: 5 for, 1 against, 2 abstaining is short of two thirds of 8', TWO_THIRDS, true, 5, 1, 2, 'lost', 6],
    ['R-2.8a: abstentions not counted: the same 5 for, 1 against is two thirds of 6', TWO_THIRDS, false, 5, 1, 2, 'carried', 4],
    ['R-2.8a: abstentions not counted: 6 for, 2 against, 1 abstaining is three quarters of 8', fraction(3, 4), false, 6, 2, 1, 'carried', 6],
    ['R-2.8a: nobody voting does not reach any fraction', TWO_THIRDS, false, 0, 0, 4, 'lost', 1],
  ];
  for (const [name, f, ac, fo, a, ab, outcome, needed] of qualified) {
    it(name, () => {
      const o = decide(rule({ kind: 'qualified', fraction: f, of: 'present-and-voting' }, { abstentionsCount: ac }), counted(fo, a, ab));
      assert.deepEqual([o.outcome, o.needed], [outcome, needed]);
    });
  }

  // A partnership agreement: consensus with the lead partner’s casting vote for ordinary business, unanimity
  // for a financial commitment.
  const ordinary = rule({ kind: 'consensus', fallback: { kind: 'majority' } }, { casting: 'lead-partner' });
  const financial = rule({ kind: 'unanimity' }, { decisionType: 'financial-commitment' });
  const spend = (f: number, a: number, ab = 0): Motion => ({ ...counted(f, a, ab), decisionType: 'financial-commitment' });

  it('R-2.8a: ordinary business carried by consensus', () => {
    const o = decide(ordinary, counted(0, 0, 0, { consensusReached: true }));
    assert.deepEqual([o.outcome, o.valid, o.needed], ['carried', true, null]);
    assert.equal(o.explanation, 'Carried by consensus.');
    assert.equal(o.method, "consensus, or failing that a majority of those present and voting (abstentions not counted); a tie is broken by the lead partner’s casting vote if given, otherwise it is lost");
  });

  it('R-2.8a: no consensus on ordinary business: a vote, and the lead partner’s casting vote on a tie', () => {
    const tie = decide(ordinary, counted(4, 4, 1, { consensusReached: false, castingVote: { by: 'lead-partner', vote: 'for' } }));
    assert.equal(tie.outcome, 'carried-on-casting-vote');
    assert.equal(tie.explanation, "Consensus was not reached, so the motion was put to a vote. Carried on the lead partner’s casting vote: 4 for, 4 against, 1 abstention.");
    assert.equal(decide(ordinary, counted(3, 5, 0, { consensusReached: false })).outcome, 'lost');
    assert.equal(decide(ordinary, counted(4, 4, 0, { castingVote: { by: 'chair', vote: 'for' } })).outcome, 'invalid', 'the chair has no casting vote under this rule');
  });

  it('R-2.8a: consensus not reached with no vote to fall back on is lost', () => {
    const o = decide(rule({ kind: 'consensus', fallback: null }), counted(8, 0, 0, { consensusReached: false }));
    assert.equal(o.outcome, 'lost');
    assert.equal(o.explanation, 'Lost: consensus was not reached, and the rules have no vote to fall back on.');
  });

  // [name, abstentionsCount, for, against, abstain, outcome]
  const unanimity: Array<[string, boolean, number, number, number, Outcome]> = [
    ['R-2.8a: a financial commitment carried unanimously', false, 9, 0, 0, 'carried'],
    ['R-2.8a: a financial commitment lost on one vote against', false, 8, 1, 0, 'lost'],
    ['R-2.8a: an abstention does not block unanimity when abstentions are not counted', false, 8, 0, 1, 'carried'],
    ['R-2.8a: an abstention blocks unanimity when abstentions count', true, 8, 0, 1, 'lost'],
    ['R-2.8a: unanimity needs someone for', false, 0, 0, 3, 'lost'],
  ];
  for (const [name, ac, f, a, ab, outcome] of unanimity) {
    it(name, () => assert.equal(decide({ ...financial, abstentionsCount: ac }, spend(f, a, ab)).outcome, outcome));
  }

  it('R-2.8a: unanimity has no ties: a casting vote is not needed, and the clerk is told so', () => {
    const o = decide({ ...financial, casting: 'chair' }, spend(9, 0, 0));
    assert.equal(o.outcome, 'carried');
    const cast = decide({ ...financial, casting: 'chair' }, { ...spend(4, 4), castingVote: { by: 'chair', vote: 'for' } });
    assert.equal(cast.outcome, 'lost');
    assert.match(cast.explanation, /was not needed/);
  });

  it('every outcome has a label', () => {
    assert.deepEqual(Object.keys(OUTCOME_LABELS).sort(), [...OUTCOMES].sort());
    assert.equal(OUTCOME_LABELS['carried-on-casting-vote'], 'Carried on the casting vote');
    assert.equal(OUTCOMES.filter(isCarried).length + OUTCOMES.filter(isLost).length, OUTCOMES.length - 2, 'all but invalid and awaiting the lot are carried or lost');
  });
});

describe('outcomeOf: one more vote for never hurts a motion, one more against never helps it (R-2.8a)', () => {
  const fractionArb = fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 })).map(([a, b]) => fraction(Math.min(a, b), Math.max(a, b)));
  const ballotArb = fc.oneof(
    fc.constant({ kind: 'majority' as const }),
    fc.record({ kind: fc.constant('qualified' as const), fraction: fractionArb, of: fc.constantFrom('present-and-voting' as const, 'all-voting-members' as const) }),
    fc.constant({ kind: 'unanimity' as const }),
  );
  const methodArb: fc.Arbitrary<VotingMethod> = fc.oneof(ballotArb, fc.record({ kind: fc.constant('consensus' as const), fallback: fc.option(ballotArb, { nil: null }) }));
  const ruleArb: fc.Arbitrary<VotingRule> = fc.record({
    decisionType: fc.constant('ordinary' as const),
    method: methodArb,
    abstentionsCount: fc.boolean(),
    casting: fc.constantFrom(...CASTING_VOTES),
    onTie: fc.constantFrom('lost' as const, 'lot' as const),
  });
  // Mostly voting members, there and entitled, so most cases are valid votes; the rest make some invalid.
  const often = <T,>(usual: T, others: readonly T[]) => fc.oneof({ arbitrary: fc.constant(usual), weight: 3 * others.length }, ...others.map((o) => ({ arbitrary: fc.constant(o), weight: 1 })));
  const seatsArb = fc.array(
    fc.record({
      status: often<SeatStatus>('voting', SEAT_STATUSES.filter((s) => s !== 'voting')),
      weight: often(1, [2, 3]),
      partner: fc.constantFrom<P>('w', 'e', 'n'),
      attendance: often<Attendance | undefined>('present', [...ATTENDANCES.filter((a) => a !== 'present'), undefined]),
      excluded: often(false, [true]),
    }),
    { minLength: 2, maxLength: 9 },
  );
  const optionalArb = fc.record({
    // Mostly given by whoever the rule names, so ties are broken as often as they are refused.
    castingVote: fc.option(fc.record({ by: often<'the rule' | 'chair' | 'lead-partner'>('the rule', ['chair', 'lead-partner']), vote: fc.constantFrom('for' as const, 'against' as const) }), { nil: null, freq: 2 }),
    lot: fc.option(fc.constantFrom('for' as const, 'against' as const), { nil: null }),
    consensusReached: fc.boolean(),
  });
  const caseArb = fc.record({
    rule: ruleArb,
    seats: seatsArb,
    quorumNumber: often(1, [0, 3]),
    optional: optionalArb,
    named: fc.boolean(),
    // Now and then a vote from someone not entitled to cast it.
    stray: often(false, [true]),
    choices: fc.array(fc.option(fc.constantFrom<VoteChoice>('for', 'against', 'abstain'), { nil: undefined, freq: 3 }), { minLength: 9, maxLength: 9 }),
    hands: fc.tuple(fc.nat(), fc.nat(), fc.nat()),
    pick: fc.nat(),
  });
  type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

  /** The case, and the same case with one more vote of `choice` from someone entitled who has not voted; null when nobody can. */
  function withOneMore(c: Case, choice: 'for' | 'against') {
    const seats = c.seats.map((s, i) => seat(`s${i}`, `Member ${i}`, s.partner, s.status, { weight: s.weight }));
    const it = item(Object.fromEntries(c.seats.flatMap((s, i) => (s.attendance ? [[`s${i}`, s.attendance]] : []))), c.seats.flatMap((s, i) => (s.excluded ? [`s${i}`] : [])));
    const q = quorumOf([{ kind: 'number', number: c.quorumNumber }], seats, it);
    const cv = c.optional.castingVote;
    const optional = { ...c.optional, castingVote: cv && { ...cv, by: cv.by !== 'the rule' ? cv.by : c.rule.casting === 'none' ? ('chair' as const) : c.rule.casting } };
    let before: Motion;
    let after: Motion;
    if (c.named) {
      const votes = new Map(seats.flatMap((s, i) => (c.choices[i] && (c.stray || countsForItem(s, it)) ? [[s.id, c.choices[i]] as const] : [])));
      const free = seats.filter((s) => countsForItem(s, it) && !votes.has(s.id));
      if (!free.length) return null;
      before = { decisionType: 'ordinary', votes: { kind: 'named', votes }, ...optional };
      after = { ...before, votes: { kind: 'named', votes: new Map([...votes, [free[c.pick % free.length]!.id, choice]]) } };
    } else {
      // A show of hands within what those entitled hold, leaving room for one more.
      const room = seats.filter((s) => countsForItem(s, it)).reduce((sum, s) => sum + s.weight, 0) - 1;
      if (room < 0) return null;
      const f = c.hands[0] % (room + 1);
      const a = c.hands[1] % (room - f + 1);
      const ab = c.hands[2] % (room - f - a + 1);
      before = { decisionType: 'ordinary', votes: { kind: 'counted', for: f, against: a, abstain: ab }, ...optional };
      after = { ...before, votes: { kind: 'counted', for: f + (choice === 'for' ? 1 : 0), against: a + (choice === 'against' ? 1 : 0), abstain: ab } };
    }
    return [outcomeOf(c.rule, seats, it, q, before), outcomeOf(c.rule, seats, it, q, after)] as const;
  }

  it('R-2.8a: adding a vote for never turns carried into lost, nor a valid outcome invalid', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const pair = withOneMore(c, 'for');
      if (!pair) return true;
      const [before, after] = pair;
      if (before.valid) assert.equal(after.valid, true, `${before.explanation} → ${after.explanation}`);
      if (isCarried(before.outcome)) assert.ok(isCarried(after.outcome), `${before.explanation} → ${after.explanation}`);
      return true;
    }), { numRuns: 3000 });
  });

  it('R-2.8a: adding a vote against never turns lost into carried, nor a valid outcome invalid', () => {
    fc.assert(fc.property(caseArb, (c) => {
      const pair = withOneMore(c, 'against');
      if (!pair) return true;
      const [before, after] = pair;
      if (before.valid) assert.equal(after.valid, true, `${before.explanation} → ${after.explanation}`);
      if (isLost(before.outcome)) assert.ok(isLost(after.outcome), `${before.explanation} → ${after.explanation}`);
      return true;
    }), { numRuns: 3000 });
  });
});

describe('noticeOf: clear days (R-2.8g)', () => {
  // [name, sent, meeting, clear days, sendBy, given, sufficient]
  const cases: Array<[string, string | null, string, number, string, number | null, boolean]> = [
    ['R-2.8g: a meeting on 1 March 2028 with 5 clear days must be sent by 24 February 2028 (a leap year)', '2028-02-24', '2028-03-01', 5, '2028-02-24', 5, true],
    ['R-2.8g: a day late in a leap year', '2028-02-25', '2028-03-01', 5, '2028-02-24', 4, false],
    ['R-2.8g: a meeting on 1 March 2027 with 5 clear days must be sent by 23 February 2027 (not a leap year)', '2027-02-23', '2027-03-01', 5, '2027-02-23', 5, true],
    ['R-2.8g: 2100 is not a leap year', '2100-02-27', '2100-03-01', 1, '2100-02-27', 1, true],
    ['R-2.8g: 2000 is a leap year', '2000-02-28', '2000-03-01', 1, '2000-02-28', 1, true],
    ['R-2.8g: across the year end: a meeting on 3 January 2027 with 5 clear days must be sent by 28 December 2026', '2026-12-28', '2027-01-03', 5, '2026-12-28', 5, true],
    ['R-2.8g: across a month end: a meeting on 2 May 2027 with 3 clear days must be sent by 28 April 2027', '2027-04-29', '2027-05-02', 3, '2027-04-28', 2, false],
    ['R-2.8g: sent well ahead', '2027-01-01', '2027-03-01', 10, '2027-02-18', 58, true],
    ['R-2.8g: sent the day before gives no clear days', '2027-02-28', '2027-03-01', 0, '2027-02-28', 0, true],
    ['R-2.8g: sent on the day of the meeting gives no clear days', '2027-03-01', '2027-03-01', 0, '2027-02-28', 0, false],
    ['R-2.8g: sent after the meeting', '2027-03-05', '2027-03-01', 2, '2027-02-26', 0, false],
    ['R-2.8g: no notice recorded', null, '2027-03-09', 5, '2027-03-03', null, false],
  ];
  for (const [name, sent, meeting, clear, sendBy, given, sufficient] of cases) {
    it(name, () => {
      const n = noticeOf(sent, meeting, clear);
      assert.deepEqual([n.sendBy, n.given, n.sufficient, n.required, n.clause], [sendBy, given, sufficient, clear, 'R-2.8g']);
    });
  }

  it('R-2.8g: the explanations, as a clerk reads them out', () => {
    assert.equal(noticeOf(null, '2027-03-09', 5).explanation, 'No notice recorded; it needed to be sent by 3 March 2027.');
    assert.equal(noticeOf('2028-02-20', '2028-03-01', 5).explanation, 'Notice sufficient: sent on 20 February 2028, 9 clear days before the meeting on 1 March 2028; 5 clear days are required.');
    assert.equal(noticeOf('2028-02-28', '2028-03-01', 5).explanation, 'Notice insufficient: sent on 28 February 2028, 1 clear day before the meeting on 1 March 2028; 5 clear days are required, so it needed to be sent by 24 February 2028.');
    assert.match(noticeOf('2027-03-01', '2027-03-01', 1).explanation, /sent on 1 March 2027, the day of the meeting, so no clear days; 1 clear day is required/);
  });

  const added: Array<[string, number, string]> = [
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-03-01', -6, '2028-02-24'],
    ['2027-06-15', 0, '2027-06-15'],
    ['2027-01-31', 365, '2028-01-31'],
  ];
  for (const [iso, n, expected] of added) it(`addDays(${iso}, ${n}) is ${expected}`, () => assert.equal(addDays(iso, n), expected));

  it('addDays agrees with Date.UTC over four centuries', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 146096 }), fc.integer({ min: -800, max: 800 }), (start, n) => {
      const from = new Date(Date.UTC(2000, 0, 1) + start * 86_400_000).toISOString().slice(0, 10);
      const to = new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
      return addDays(from, n) === to;
    }));
  });

  it('dates are in words; a date the calendar does not have is refused', () => {
    assert.equal(dateInWords('2027-03-03'), '3 March 2027');
    assert.equal(dateInWords('2028-12-25'), '25 December 2028');
    assert.equal(dateInWords('2028-02-29'), '29 February 2028');
    assert.equal(dateInWords('2000-02-29'), '29 February 2000');
    for (const bad of ['2027-02-29', '2100-02-29', '2027-13-01', '2027-04-31', '3 March 2027', '2027-3-3', '']) assert.throws(() => addDays(bad, 1), RangeError, bad);
    assert.throws(() => noticeOf('2027-02-01', '2027-03-01', -1), RangeError);
    assert.throws(() => addDays('2027-01-01', 0.5), RangeError);
  });
});

describe('chairingProblems (R-2.8a)', () => {
  const [smith, jones, , evans] = BOARD as [Seat, Seat, Seat, Seat];
  const observer = BOARD.find((s) => s.id === 'o1')!;
  const adviser = BOARD.find((s) => s.id === 'x1')!;
  const coopted = BOARD10.find((s) => s.id === 'k1')!;
  // [name, chair, vice-chair, restrict to different partners, problems]
  const cases: Array<[string, Seat | null, Seat | null, boolean, string[]]> = [
    ['chair and vice-chair from different partners', smith, evans, true, []],
    ['both from one partner, allowed where the partners did not restrict it', smith, jones, false, []],
    ['both from one partner, where the partners restricted it', smith, jones, true, ['The chair and vice-chair must come from different partners: both are from Westshire County Council']],
    ['one person as both', smith, smith, false, ['The chair and vice-chair must be different people: Cllr A. Smith is named as both']],
    ['one person as both, restricted: said once, as the same person', smith, smith, true, ['The chair and vice-chair must be different people: Cllr A. Smith is named as both']],
    ['an observer as chair', observer, evans, false, ['The chair must hold a voting seat: Olive Marsh is an observer']],
    ['a non-voting member as vice-chair', evans, adviser, false, ['The vice-chair must hold a voting seat: Jo Bloggs is a non-voting member']],
    ['a co-opted voting member may chair', coopted, smith, true, []],
    ['no vice-chair appointed', smith, null, true, []],
    ['neither appointed yet', null, null, true, []],
  ];
  for (const [name, chair, vice, restrict, problems] of cases) it(`R-2.8a: ${name}`, () => assert.deepEqual(chairingProblems(chair, vice, restrict), problems));
});
