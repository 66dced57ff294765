// a risk's controls: a control's own problems (an assessment has a day, not before the risk was
// identified; one not yet assessed has none) and the controls in brief as the register shows them, from
// worked cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { controlProblems, controlsInBrief, type ControlEffectiveness, type RiskControlInput } from '../../src/domain/risk/control.ts';

const risk = { identifiedOn: '2026-09-01' };

describe('R-2.6.8: a control’s problems', () => {
  const cases: Array<[string, Partial<RiskControlInput>, string[]]> = [
    ['effective, assessed after the risk was identified', { effectiveness: 'effective', assessedOn: '2026-10-01' }, []],
    ['assessed on the day the risk was identified', { effectiveness: 'partly-effective', assessedOn: '2026-09-01' }, []],
    ['not yet assessed, no day', { effectiveness: 'not-assessed', assessedOn: null }, []],
    ['no effectiveness yet (the schema names it): nothing more to say', { assessedOn: '2020-01-01' }, []],
    ['effective with no day', { effectiveness: 'effective', assessedOn: null }, ['assessedOn: Enter the date it was found effective (R-2.6.8)']],
    ['partly effective with no day', { effectiveness: 'partly-effective' }, ['assessedOn: Enter the date it was found partly effective (R-2.6.8)']],
    ['ineffective with no day', { effectiveness: 'ineffective', assessedOn: null }, ['assessedOn: Enter the date it was found ineffective (R-2.6.8)']],
    ['assessed the day before the risk was identified', { effectiveness: 'ineffective', assessedOn: '2026-08-31' }, ['assessedOn: The assessment cannot be before the risk was identified, on 1 September 2026 (R-2.6.8)']],
    ['not yet assessed, yet dated', { effectiveness: 'not-assessed', assessedOn: '2026-10-01' }, ['assessedOn: A control not yet assessed has no date of assessment: choose how effective it was found, or clear the date (R-2.6.8)']],
  ];
  for (const [name, control, expected] of cases) {
    it(`R-2.6.8: ${name}`, () => {
      assert.deepEqual(controlProblems(risk, control).map((p) => `${p.field}: ${p.message}`), expected);
    });
  }
  it('R-2.6.8: with the risk unknown (not the partnership’s), only the day’s presence is judged', () => {
    assert.deepEqual(controlProblems(undefined, { effectiveness: 'effective', assessedOn: '1999-01-01' }), []);
    assert.equal(controlProblems(undefined, { effectiveness: 'effective' }).length, 1);
  });
});

describe('R-2.6.8: a risk’s controls in brief', () => {
  const of = (...e: ControlEffectiveness[]) => e.map((effectiveness) => ({ effectiveness }));
  const cases: Array<[string, ControlEffectiveness[], string, number]> = [
    ['none', [], 'No controls recorded (R-2.6.8)', 0],
    ['one effective', ['effective'], '1 control: 1 effective', 0],
    ['one not yet assessed is doubtful', ['not-assessed'], '1 control: 1 not yet assessed', 1],
    ['in the list’s order, whatever the order added', ['ineffective', 'effective', 'partly-effective', 'effective'], '4 controls: 2 effective, 1 partly effective, 1 ineffective', 1],
    ['ineffective and not assessed both doubtful; partly effective not', ['not-assessed', 'ineffective', 'partly-effective'], '3 controls: 1 partly effective, 1 ineffective, 1 not yet assessed', 2],
  ];
  for (const [name, effectiveness, words, doubtful] of cases) {
    it(`R-2.6.8: ${name}`, () => {
      const brief = controlsInBrief(of(...effectiveness));
      assert.equal(brief.words, words);
      assert.equal(brief.doubtful, doubtful);
      assert.equal(brief.count, effectiveness.length);
      assert.equal(brief.by.reduce((n, x) => n + x.n, 0), effectiveness.length, 'every control counted once');
      assert.equal(brief.clause, 'R-2.6.8');
    });
  }
});
