// Screening's pure rules, table-driven: every exclusion on its own, (a) with and
// without its qualifier, no shared responsibility, no well-being, several reasons at once; the
// characteristics recorded but deciding nothing; the one sentence the outcome is shown in; and the one
// schema the pages and the API parse answers with.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { screeningAnswersSchema } from '../../src/app/schemas/screening.schema.ts';
import { normaliseAnswers, outcomeSentence, screeningOutcome, type ScreeningAnswers } from '../../src/domain/screening/outcome.ts';
import { CHARACTERISTICS, EXCLUSIONS } from '../../src/domain/screening/questions.ts';

const APPLIES: ScreeningAnswers = {
  sharedResponsibility: true,
  wellbeing: ['social'],
  characteristics: ['independent-bodies', 'common-goal'],
  exclusions: [],
  councilControlsThirdParty: null,
  note: null,
};
const answers = (over: Partial<ScreeningAnswers>): ScreeningAnswers => ({ ...APPLIES, ...over });
const clauses = (a: ScreeningAnswers) => screeningOutcome(a).reasons.map((r) => r.clause);

describe('screeningOutcome (R-1.1, R-1.2, R-2.2)', () => {
  const cases: Array<[string, Partial<ScreeningAnswers>, boolean, string[]]> = [
    ['R-1.1: shared responsibility for social well-being, no exclusion: applies', {}, true, ['section 1', '2.2']],
    ['R-1.1: every well-being dimension: applies', { wellbeing: ['economic', 'social', 'environmental'] }, true, ['section 1', '2.2']],
    ['R-1.1: no shared responsibility: does not apply', { sharedResponsibility: false }, false, ['section 1']],
    ['R-1.1: no well-being dimension: does not apply', { wellbeing: [] }, false, ['section 1']],
    ['R-1.1: neither: both reasons', { sharedResponsibility: false, wellbeing: [] }, false, ['section 1', 'section 1']],
    ['R-2.2(a): the council pays a third party and does not control it: does not apply', { exclusions: ['commissioned-service'], councilControlsThirdParty: false }, false, ['2.2(a)']],
    ['R-2.2(a): the council pays a third party but also controls it: applies, saying why', { exclusions: ['commissioned-service'], councilControlsThirdParty: true }, true, ['section 1', '2.2(a)', '2.2']],
    ['R-2.2(a): the qualifier unanswered counts as not controlling', { exclusions: ['commissioned-service'], councilControlsThirdParty: null }, false, ['2.2(a)']],
    ['R-2.2(b): informal consultation group: does not apply', { exclusions: ['consultation-group'] }, false, ['2.2(b)']],
    ['R-2.2(c): outside body with no strategic or policy function: does not apply', { exclusions: ['outside-body'] }, false, ['2.2(c)']],
    ['R-2.2(d): PFI: does not apply', { exclusions: ['pfi'] }, false, ['2.2(d)']],
    ['R-2.2: several exclusions at once: every one, in the protocol’s order', { exclusions: ['pfi', 'consultation-group', 'commissioned-service'], councilControlsThirdParty: false }, false, ['2.2(a)', '2.2(b)', '2.2(d)']],
    ['R-2.2: (a) qualified but (b) too: does not apply because of (b) only', { exclusions: ['commissioned-service', 'consultation-group'], councilControlsThirdParty: true }, false, ['2.2(b)']],
    ['R-1.1 and R-2.2 together: every reason', { sharedResponsibility: false, wellbeing: [], exclusions: ['outside-body'] }, false, ['section 1', 'section 1', '2.2(c)']],
    ['R-1.2: no characteristic: still applies (they are recorded, not required)', { characteristics: [] }, true, ['section 1', '2.2']],
    ['R-1.2: every characteristic: applies', { characteristics: [...CHARACTERISTICS] }, true, ['section 1', '2.2']],
  ];
  for (const [name, over, applies, expected] of cases) {
    it(name, () => {
      const outcome = screeningOutcome(answers(over));
      assert.equal(outcome.applies, applies);
      assert.deepEqual(clauses(answers(over)), expected);
      for (const r of outcome.reasons) assert.ok(r.message.length > 10, `${r.clause} says why`);
    });
  }

  it('R-2.2(b): the sentence names the clause and the reason', () => {
    assert.equal(outcomeSentence(screeningOutcome(answers({ exclusions: ['consultation-group'] }))), 'The protocol does not apply because 2.2(b): informal consultation group.');
  });

  it('R-1.1: the sentence for an arrangement it applies to names the well-being', () => {
    assert.equal(
      outcomeSentence(screeningOutcome(answers({ wellbeing: ['environmental', 'economic'] }))),
      'The protocol applies: the council and at least one other organisation share responsibility for agreeing and delivering actions and outcomes that improve economic and environmental well-being; none of the exclusions of 2.2 applies.',
    );
  });

  it('R-2.2: every exclusion alone is a reason of its own', () => {
    for (const e of EXCLUSIONS) {
      const o = screeningOutcome(answers({ exclusions: [e], councilControlsThirdParty: false }));
      assert.equal(o.applies, false, e);
      assert.equal(o.reasons.length, 1, e);
    }
  });
});

describe('normaliseAnswers (R-2.2(a))', () => {
  it('R-2.2(a): the qualifier is kept only when (a) was chosen; lists in the protocol’s order, once each', () => {
    const kept = normaliseAnswers(answers({ wellbeing: ['social', 'economic', 'social'], exclusions: ['pfi'], councilControlsThirdParty: true, note: '  ' }));
    assert.deepEqual(kept, { ...APPLIES, wellbeing: ['economic', 'social'], exclusions: ['pfi'], councilControlsThirdParty: null, note: null });
    assert.equal(normaliseAnswers(answers({ exclusions: ['commissioned-service'], councilControlsThirdParty: true })).councilControlsThirdParty, true);
  });
});

describe('screeningAnswersSchema (R-1.1, R-1.2, R-2.2)', () => {
  const issues = (body: unknown) => {
    const parsed = screeningAnswersSchema.safeParse(body);
    return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
  };
  it('R-1.1, R-1.2, R-2.2: a complete answer parses; empty lists are answers', () => {
    assert.deepEqual(issues({ sharedResponsibility: false, wellbeing: [], characteristics: [], exclusions: [] }), []);
  });
  it('R-1.1, R-1.2, R-2.2: nothing sent: every question at once', () => {
    assert.deepEqual(issues({}), ['sharedResponsibility', 'wellbeing', 'characteristics', 'exclusions']);
  });
  it('R-2.2(a): (a) without its qualifier is refused at the qualifier, beside the other problems', () => {
    assert.deepEqual(issues({ sharedResponsibility: true, wellbeing: [], characteristics: [], exclusions: ['commissioned-service'] }), ['councilControlsThirdParty']);
    assert.deepEqual(issues({ wellbeing: [], characteristics: [], exclusions: ['commissioned-service'] }), ['sharedResponsibility', 'councilControlsThirdParty']);
  });
  it('R-2.2: unknown choices, repeats and unknown fields are refused', () => {
    assert.deepEqual(issues({ sharedResponsibility: true, wellbeing: ['spiritual'], characteristics: ['common-goal', 'common-goal'], exclusions: [], extra: 1 }), ['wellbeing.0', 'characteristics', '']);
  });
});
