// The forward plan by worked cases (R-2.8f): the clear days a publication gives its meeting, a key decision
// on an agenda against the plan (never on it, published late, taken at a meeting other than the one
// planned), and an entry's own rules, including when its publication is overdue.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { forwardPlanProblems, keyDecisionNotice, publicationOf, publicationOverdue, type ForwardPlanEntryInput } from '../../src/domain/forward-plan/forward-plan.ts';
import { decideItem, forwardPlanFacts } from '../../src/domain/meetings/item-decision.ts';
import type { AgendaItem } from '../../src/domain/meetings/agenda-item.ts';

describe('R-2.8f: the notice a forward plan entry’s publication gives its meeting, in clear days', () => {
  // [published, meeting, clear days required, sufficient, given, publish by]
  const cases: Array<[string | null, string, number, boolean, number | null, string]> = [
    ['2027-02-01', '2027-03-18', 28, true, 44, '2027-02-17'],
    // Published on the last day that gives 28 clear days: 18 February to 17 March, neither end counted.
    ['2027-02-17', '2027-03-18', 28, true, 28, '2027-02-17'],
    ['2027-02-18', '2027-03-18', 28, false, 27, '2027-02-17'],
    ['2027-03-10', '2027-03-18', 28, false, 7, '2027-02-17'],
    // Across a leap day: 29 February 2028 counts.
    ['2028-02-01', '2028-03-01', 28, true, 28, '2028-02-01'],
    ['2027-03-18', '2027-03-18', 28, false, 0, '2027-02-17'],
    [null, '2027-03-18', 28, false, null, '2027-02-17'],
    ['2027-03-10', '2027-03-18', 5, true, 7, '2027-03-12'],
  ];
  for (const [published, meeting, required, sufficient, given, publishBy] of cases) {
    it(`published ${published ?? 'not yet'} for ${meeting}, ${required} required: ${sufficient ? 'sufficient' : 'insufficient'}`, () => {
      const p = publicationOf(published, meeting, required);
      assert.equal(p.sufficient, sufficient);
      assert.equal(p.given, given);
      assert.equal(p.publishBy, publishBy);
      assert.equal(p.clause, 'R-2.8f');
    });
  }

  it('R-2.8f: explains, with the day it needed to be published by', () => {
    assert.equal(
      publicationOf('2027-03-10', '2027-03-18', 28).explanation,
      'Published on the forward plan on 10 March 2027, 7 clear days before the meeting on 18 March 2027; 28 clear days are required, so it needed to be published by 17 February 2027.',
    );
    assert.equal(publicationOf(null, '2027-03-18', 28).explanation, 'Not yet published on the forward plan: for the meeting on 18 March 2027 it needs to be published by 17 February 2027 (28 clear days).');
  });
});

describe('R-2.8f: a key decision on an agenda, against the forward plan', () => {
  const entry: ForwardPlanEntryInput = { title: 'Winter grant', decisionType: 'ordinary', implications: 'financial', plannedOn: '2027-03-18', publishedOn: '2027-02-01', noticeDays: 28 };

  it('R-2.8f: an item that is neither a key decision nor on the plan says nothing', () => {
    assert.equal(keyDecisionNotice({ keyDecision: false }, undefined, '2027-03-18', 28), null);
  });

  it('R-2.8f: a key decision never on the forward plan is warned of, with the notice the plan asks', () => {
    const n = keyDecisionNotice({ keyDecision: true }, undefined, '2027-03-18', 28)!;
    assert.deepEqual([n.onPlan, n.sufficient], [false, false]);
    assert.equal(n.explanation, 'A key decision that is not on the forward plan: it should have been published there at least 28 clear days before the meeting on 18 March 2027, by 17 February 2027.');
  });

  it('R-2.8f: one published in time passes; published late is warned of', () => {
    assert.equal(keyDecisionNotice({ keyDecision: true }, entry, '2027-03-18', 28)!.sufficient, true);
    const late = keyDecisionNotice({ keyDecision: true }, { ...entry, publishedOn: '2027-03-01' }, '2027-03-18', 28)!;
    assert.equal(late.sufficient, false);
    assert.match(late.explanation, /^On the forward plan as “Winter grant”\. Published on the forward plan on 1 March 2027, 16 clear days before/);
  });

  it('R-2.8f: checked against the meeting that takes it, saying when it was planned for another', () => {
    // Planned for 18 March, taken at a meeting brought forward to 1 March: 27 clear days from 1 February.
    const moved = keyDecisionNotice({ keyDecision: true }, entry, '2027-03-01', 28)!;
    assert.equal(moved.sufficient, false);
    assert.match(moved.explanation, /It was planned for 18 March 2027\.$/);
  });

  it('R-2.8f: decided with the item, from the partnership’s plan', () => {
    const item: AgendaItem = {
      id: 'i', meetingId: 'm', position: 0, title: 'Grant', decisionType: 'ordinary', keyDecision: true, confidential: false, motion: 'That…', concernsId: null, concernsName: null,
      forwardPlanId: 'e1', forwardPlanTitle: 'Winter grant', amountPence: null, ratifications: [], vote: null, declarations: [], notices: [],
    };
    const rules = { seats: [], votingRules: [], quorum: [] };
    const on = decideItem(rules, new Map(), item, '2027-03-18', [], forwardPlanFacts([{ id: 'e1', ...entry }]));
    assert.equal(on.forwardPlan!.sufficient, true);
    const off = decideItem(rules, new Map(), { ...item, forwardPlanId: null }, '2027-03-18', [], forwardPlanFacts([{ id: 'e1', ...entry, noticeDays: 10 }]));
    // Not on the plan: the plan's own notice (its last entry's, 10 clear days) is what it should have had.
    assert.match(off.forwardPlan!.explanation, /at least 10 clear days before/);
  });
});

describe('R-2.8f: an entry’s own rules', () => {
  it('R-2.8f: published after the meeting it is planned for is refused', () => {
    assert.deepEqual(forwardPlanProblems({ plannedOn: '2027-03-18', publishedOn: '2027-03-19' }).map((p) => p.field), ['publishedOn']);
    assert.deepEqual(forwardPlanProblems({ plannedOn: '2027-03-18', publishedOn: '2027-03-18' }), []);
    assert.deepEqual(forwardPlanProblems({ plannedOn: '2027-03-18', publishedOn: null }), []);
  });

  it('R-2.8f: publication is overdue once its publish-by day has passed unpublished', () => {
    const e = { plannedOn: '2027-03-18', publishedOn: null, noticeDays: 28 };
    assert.equal(publicationOverdue(e, '2027-02-17'), false);
    assert.equal(publicationOverdue(e, '2027-02-18'), true);
    assert.equal(publicationOverdue({ ...e, publishedOn: '2027-02-20' }, '2027-03-01'), false);
  });
});
