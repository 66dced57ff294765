// the risk matrix (scores, bands, review intervals, its own checks) and the risk register (a risk's
// and a review's problems, where a risk stands, the heat map), from worked cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bandOf, DEFAULT_RISK_MATRIX, fitProblems, levelProblems, matrixProblems, maxScore, scoreOf, type RiskBand, type RiskMatrix } from '../../src/domain/risk/matrix.ts';
import { heatMap, reviewProblems, riskProblems, riskStanding, type RiskInput, type RiskStanding } from '../../src/domain/risk/risk.ts';

/** A 3 × 3 matrix with three bands (scores 1 to 9). */
const SMALL: RiskMatrix = {
  likelihood: ['Low', 'Medium', 'High'],
  impact: ['Low', 'Medium', 'High'],
  bands: [
    { name: 'Low', from: 1, to: 2, reviewMonths: 12 },
    { name: 'Medium', from: 3, to: 5, reviewMonths: 4 },
    { name: 'High', from: 6, to: 9, reviewMonths: 1 },
  ],
};

/** A 6 × 6 matrix with five bands (scores 1 to 36). */
const LARGE: RiskMatrix = {
  likelihood: ['Remote', 'Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  impact: ['Insignificant', 'Negligible', 'Minor', 'Moderate', 'Major', 'Catastrophic'],
  bands: [
    { name: 'Very low', from: 1, to: 3, reviewMonths: 12 },
    { name: 'Low', from: 4, to: 8, reviewMonths: 6 },
    { name: 'Medium', from: 9, to: 15, reviewMonths: 3 },
    { name: 'High', from: 16, to: 24, reviewMonths: 2 },
    { name: 'Very high', from: 25, to: 36, reviewMonths: 1 },
  ],
};

/** The default matrix with other bands. */
const withBands = (bands: RiskBand[]): RiskMatrix => ({ ...DEFAULT_RISK_MATRIX, bands });
const band = (name: string, from: number, to: number, reviewMonths: number): RiskBand => ({ name, from, to, reviewMonths });
const LOW = band('Low', 1, 4, 6);
const MEDIUM = band('Medium', 5, 9, 3);
const HIGH = band('High', 10, 15, 2);
const VERY_HIGH = band('Very high', 16, 25, 1);

describe('R-2.6.8: a score is likelihood × impact, and falls in one band of the matrix', () => {
  const scores: Array<[number, number, number]> = [
    [1, 1, 1],
    [2, 3, 6],
    [3, 2, 6],
    [4, 4, 16],
    [5, 5, 25],
    [6, 6, 36],
  ];
  for (const [l, i, score] of scores) {
    it(`R-2.6.8: likelihood ${l} × impact ${i} scores ${score}`, () => assert.equal(scoreOf(l, i), score));
  }

  it('R-2.6.8: the highest score is the height × the width of the matrix', () => {
    assert.equal(maxScore(DEFAULT_RISK_MATRIX), 25);
    assert.equal(maxScore(SMALL), 9);
    assert.equal(maxScore(LARGE), 36);
    assert.equal(maxScore({ likelihood: ['a', 'b', 'c', 'd'], impact: ['a', 'b', 'c', 'd', 'e', 'f'] }), 24);
  });

  const bands: Array<[string, RiskMatrix, number, string, number, number]> = [
    ['default', DEFAULT_RISK_MATRIX, 1, 'Low', 0, 6],
    ['default', DEFAULT_RISK_MATRIX, 4, 'Low', 0, 6],
    ['default', DEFAULT_RISK_MATRIX, 5, 'Medium', 1, 3],
    ['default', DEFAULT_RISK_MATRIX, 9, 'Medium', 1, 3],
    ['default', DEFAULT_RISK_MATRIX, 10, 'High', 2, 2],
    ['default', DEFAULT_RISK_MATRIX, 15, 'High', 2, 2],
    ['default', DEFAULT_RISK_MATRIX, 16, 'Very high', 3, 1],
    ['default', DEFAULT_RISK_MATRIX, 25, 'Very high', 3, 1],
    ['3 × 3', SMALL, 1, 'Low', 0, 12],
    ['3 × 3', SMALL, 2, 'Low', 0, 12],
    ['3 × 3', SMALL, 3, 'Medium', 1, 4],
    ['3 × 3', SMALL, 5, 'Medium', 1, 4],
    ['3 × 3', SMALL, 6, 'High', 2, 1],
    ['3 × 3', SMALL, 9, 'High', 2, 1],
    ['6 × 6', LARGE, 3, 'Very low', 0, 12],
    ['6 × 6', LARGE, 4, 'Low', 1, 6],
    ['6 × 6', LARGE, 8, 'Low', 1, 6],
    ['6 × 6', LARGE, 9, 'Medium', 2, 3],
    ['6 × 6', LARGE, 15, 'Medium', 2, 3],
    ['6 × 6', LARGE, 16, 'High', 3, 2],
    ['6 × 6', LARGE, 24, 'High', 3, 2],
    ['6 × 6', LARGE, 25, 'Very high', 4, 1],
    ['6 × 6', LARGE, 36, 'Very high', 4, 1],
  ];
  for (const [which, m, score, name, rank, reviewMonths] of bands) {
    it(`R-2.6.8: on the ${which} matrix, ${score} is ${name} (rank ${rank}, reviewed every ${reviewMonths} months)`, () => {
      const got = bandOf(m, score);
      assert.equal(got.band.name, name);
      assert.equal(got.rank, rank);
      assert.equal(got.band.reviewMonths, reviewMonths);
    });
  }

  const outside: Array<[string, RiskMatrix, number]> = [
    ['default', DEFAULT_RISK_MATRIX, 0],
    ['gapped', withBands([LOW, band('Medium', 6, 9, 3), HIGH, VERY_HIGH]), 5],
  ];
  for (const [which, m, score] of outside) {
    it(`R-2.6.8: on the ${which} matrix no band holds ${score}: a RangeError`, () => {
      assert.throws(
        () => bandOf(m, score),
        (e: unknown) => e instanceof RangeError && e.message === `No band of the matrix holds the score ${score}`,
      );
    });
  }
  // Decision 87: a score kept from before the council made its matrix smaller (a closed risk, an earlier review).
  const above: Array<[string, RiskMatrix, number, string]> = [
    ['default', DEFAULT_RISK_MATRIX, 26, 'Very high'],
    ['3 × 3', SMALL, 10, SMALL.bands.at(-1)!.name],
    ['3 × 3', SMALL, 25, SMALL.bands.at(-1)!.name],
    ['6 × 6', LARGE, 37, LARGE.bands.at(-1)!.name],
  ];
  for (const [which, m, score, name] of above) {
    it(`R-2.6.8: on the ${which} matrix ${score}, above its highest, is in its highest band, ${name}`, () => {
      assert.deepEqual(bandOf(m, score), { band: m.bands.at(-1), rank: m.bands.length - 1 });
    });
  }
});

describe('R-2.6.8: a smaller matrix cannot drop a level an open risk is scored on (decision 87)', () => {
  const risk = (title: string, ...levels: Array<[number, number]>) => ({ title, partnership: 'Waste', levels: levels.map(([likelihood, impact]) => ({ likelihood, impact })) });
  const cases: Array<[string, RiskMatrix, ReturnType<typeof risk>[], Array<{ field: string; message: string }>]> = [
    ['every level within the scales', SMALL, [risk('Depot', [3, 3], [2, 2])], []],
    ['no open risks', SMALL, [], []],
    [
      'one risk inherent at likelihood 5',
      SMALL,
      [risk('Depot', [5, 2], [2, 2])],
      [{ field: 'likelihood', message: '1 open risk is scored at a likelihood above 3, the highest of this scale: Depot (Waste). Score it again or close it first (R-2.6.8)' }],
    ],
    [
      'its latest review at impact 4, both scales',
      SMALL,
      [risk('Depot', [3, 3], [2, 2], [4, 4]), risk('Fleet', [1, 5])],
      [
        { field: 'likelihood', message: '1 open risk is scored at a likelihood above 3, the highest of this scale: Depot (Waste). Score it again or close it first (R-2.6.8)' },
        { field: 'impact', message: '2 open risks are scored at an impact above 3, the highest of this scale: Depot (Waste), Fleet (Waste). Score them again or close them first (R-2.6.8)' },
      ],
    ],
    [
      'six risks: five named and one more',
      SMALL,
      ['A', 'B', 'C', 'D', 'E', 'F'].map((t) => risk(t, [4, 1])),
      [{ field: 'likelihood', message: '6 open risks are scored at a likelihood above 3, the highest of this scale: A (Waste), B (Waste), C (Waste), D (Waste), E (Waste) and 1 more. Score them again or close them first (R-2.6.8)' }],
    ],
  ];
  for (const [name, m, risks, expected] of cases) {
    it(`R-2.6.8: ${name}`, () => assert.deepEqual(fitProblems(m, risks), expected));
  }

  it('R-2.6.8: a level the matrix in force lacks, at its field; one it has, nothing', () => {
    assert.deepEqual(
      levelProblems(SMALL, [
        { field: 'inherentLikelihood', of: 'likelihood', value: 4 },
        { field: 'inherentImpact', of: 'impact', value: 3 },
        { field: 'residualImpact', of: 'impact', value: undefined },
      ]),
      [{ field: 'inherentLikelihood', message: 'The council’s risk matrix has 3 levels of likelihood: choose one from 1 to 3 (R-2.6.8)' }],
    );
    assert.deepEqual(levelProblems(LARGE, [{ field: 'likelihood', of: 'likelihood', value: 6 }]), []);
  });
});

describe('R-2.6.8: a matrix is checked before risks are scored on it', () => {
  it('R-2.6.8: the default, 3 × 3 and 6 × 6 matrices are valid', () => {
    assert.deepEqual(matrixProblems(DEFAULT_RISK_MATRIX), []);
    assert.deepEqual(matrixProblems(SMALL), []);
    assert.deepEqual(matrixProblems(LARGE), []);
  });

  type Field = 'likelihood' | 'impact' | 'bands';
  const cases: Array<[string, RiskMatrix, Array<[Field, string]>]> = [
    [
      'a likelihood scale of 2 levels (and so bands beyond its top score of 10)',
      { ...DEFAULT_RISK_MATRIX, likelihood: ['Unlikely', 'Likely'] },
      [
        ['likelihood', 'The likelihood scale must have from 3 to 6 levels; it has 2 (R-2.6.8)'],
        ['bands', 'The bands go up to 25, but the highest score is 10 (2 × 5) (R-2.6.8)'],
      ],
    ],
    [
      'an impact scale of 7 levels (and so bands short of its top score of 35)',
      { ...DEFAULT_RISK_MATRIX, impact: ['None', 'Negligible', 'Minor', 'Moderate', 'Major', 'Severe', 'Catastrophic'] },
      [
        ['impact', 'The impact scale must have from 3 to 6 levels; it has 7 (R-2.6.8)'],
        ['bands', 'No band holds the scores 26 to 35, the highest the matrix has (R-2.6.8)'],
      ],
    ],
    [
      'an impact scale of 2 levels, its bands fitting its 10 scores',
      { ...DEFAULT_RISK_MATRIX, impact: ['Minor', 'Major'], bands: [LOW, MEDIUM, band('High', 10, 10, 2)] },
      [['impact', 'The impact scale must have from 3 to 6 levels; it has 2 (R-2.6.8)']],
    ],
    [
      'an unnamed likelihood level (blank)',
      { ...DEFAULT_RISK_MATRIX, likelihood: ['Rare', '  ', 'Possible', 'Likely', 'Almost certain'] },
      [['likelihood', 'Name every level of the likelihood scale (R-2.6.8)']],
    ],
    [
      'two impact levels of the same name (case and spaces aside)',
      { ...DEFAULT_RISK_MATRIX, impact: ['Negligible', 'Minor', ' minor', 'Major', 'Severe'] },
      [['impact', 'Each level of the impact scale needs a name of its own (R-2.6.8)']],
    ],
    ['no bands', withBands([]), [['bands', 'Add at least one band (R-2.6.8)']]],
    ['a gap of one score between bands', withBands([LOW, band('Medium', 6, 9, 3), HIGH, VERY_HIGH]), [['bands', 'No band holds the score 5 (R-2.6.8)']]],
    ['a gap of several scores between bands', withBands([LOW, MEDIUM, band('High', 13, 15, 2), VERY_HIGH]), [['bands', 'No band holds the scores 10 to 12 (R-2.6.8)']]],
    ['a gap at the bottom: nothing holds 1', withBands([band('Low', 2, 4, 6), MEDIUM, HIGH, VERY_HIGH]), [['bands', 'No band holds the score 1 (R-2.6.8)']]],
    ['an overlap of one score', withBands([LOW, band('Medium', 4, 9, 3), HIGH, VERY_HIGH]), [['bands', 'Medium overlaps the band below it: the score 4 is in both (R-2.6.8)']]],
    ['an overlap of several scores', withBands([LOW, MEDIUM, band('High', 8, 15, 2), VERY_HIGH]), [['bands', 'High overlaps the band below it: the scores 8 to 9 are in both (R-2.6.8)']]],
    ['bands stopping one short of the top score', withBands([LOW, MEDIUM, HIGH, band('Very high', 16, 24, 1)]), [['bands', 'No band holds the score 25, the highest the matrix has (R-2.6.8)']]],
    ['bands stopping several short of the top score', withBands([LOW, MEDIUM, HIGH, band('Very high', 16, 20, 1)]), [['bands', 'No band holds the scores 21 to 25, the highest the matrix has (R-2.6.8)']]],
    ['bands going beyond the top score', withBands([LOW, MEDIUM, HIGH, band('Very high', 16, 30, 1)]), [['bands', 'The bands go up to 30, but the highest score is 25 (5 × 5) (R-2.6.8)']]],
    [
      'a band whose highest score is below its lowest (leaving its scores unheld)',
      withBands([LOW, MEDIUM, band('High', 10, 8, 2), VERY_HIGH]),
      [
        ['bands', 'High: its highest score, 8, is below its lowest, 10 (R-2.6.8)'],
        ['bands', 'No band holds the scores 10 to 15 (R-2.6.8)'],
      ],
    ],
    ['a band reviewed every 0 months', withBands([LOW, MEDIUM, HIGH, band('Very high', 16, 25, 0)]), [['bands', 'Very high: review it every 1 to 12 months (R-2.6.8)']]],
    ['a band reviewed every 13 months', withBands([band('Low', 1, 4, 13), MEDIUM, HIGH, VERY_HIGH]), [['bands', 'Low: review it every 1 to 12 months (R-2.6.8)']]],
    ['a band reviewed every 2.5 months', withBands([LOW, band('Medium', 5, 9, 2.5), HIGH, VERY_HIGH]), [['bands', 'Medium: review it every 1 to 12 months (R-2.6.8)']]],
    [
      'a higher band reviewed less often than the one below it',
      withBands([LOW, MEDIUM, band('High', 10, 15, 4), VERY_HIGH]),
      [['bands', 'High is reviewed less often (every 4 months) than Medium below it (every 3): a higher risk is reviewed at least as often (R-2.6.8)']],
    ],
    ['two bands of the same name (case and spaces aside)', withBands([LOW, MEDIUM, HIGH, band('high ', 16, 25, 1)]), [['bands', 'Each band needs a name of its own (R-2.6.8)']]],
    ['an unnamed band', withBands([LOW, MEDIUM, HIGH, band(' ', 16, 25, 1)]), [['bands', 'Name every band (R-2.6.8)']]],
  ];
  for (const [what, m, expected] of cases) {
    it(`R-2.6.8: ${what}`, () => {
      const got = matrixProblems(m);
      assert.deepEqual(
        got.map((p) => [p.field, p.message]),
        expected,
      );
      for (const p of got) assert.ok(p.message.endsWith('(R-2.6.8)'), `cites R-2.6.8: ${p.message}`);
    });
  }

  // A band lying wholly inside the one below it shares only its own scores: Medium 5–12 and High 8–10 share 8 to 10.
  it('R-2.6.8: a band wholly inside the one below it overlaps only by its own scores', () => {
    assert.deepEqual(
      matrixProblems(withBands([LOW, band('Medium', 5, 12, 3), band('High', 8, 10, 2), band('Very high', 13, 25, 1)])).map((p) => p.message),
      ['High overlaps the band below it: the scores 8 to 10 are in both (R-2.6.8)'],
    );
  });
});

describe('R-2.6.8: a risk’s own problems: controls cannot raise it, nor its target sit above it', () => {
  type Scores = Partial<Pick<RiskInput, 'inherentLikelihood' | 'inherentImpact' | 'residualLikelihood' | 'residualImpact' | 'targetScore'>>;
  const cases: Array<[string, RiskMatrix, Scores, Array<['residualLikelihood' | 'targetScore', string]>]> = [
    [
      'residual 16 above inherent 12',
      DEFAULT_RISK_MATRIX,
      { inherentLikelihood: 3, inherentImpact: 4, residualLikelihood: 4, residualImpact: 4, targetScore: null },
      [['residualLikelihood', 'The residual score (16) cannot be above the inherent score (12): controls reduce a risk (R-2.6.8)']],
    ],
    [
      'target 15 above inherent 12',
      DEFAULT_RISK_MATRIX,
      { inherentLikelihood: 3, inherentImpact: 4, residualLikelihood: 2, residualImpact: 4, targetScore: 15 },
      [['targetScore', 'The target score (15) cannot be above the inherent score (12) (R-2.6.8)']],
    ],
    [
      'target 26 above the matrix’s top score (said once, not also against the inherent score)',
      DEFAULT_RISK_MATRIX,
      { inherentLikelihood: 3, inherentImpact: 4, residualLikelihood: 2, residualImpact: 4, targetScore: 26 },
      [['targetScore', 'The target score must be from 1 to 25 (R-2.6.8)']],
    ],
    [
      'target 10 above the 3 × 3 matrix’s top score of 9',
      SMALL,
      { inherentLikelihood: 3, inherentImpact: 3, residualLikelihood: 2, residualImpact: 2, targetScore: 10 },
      [['targetScore', 'The target score must be from 1 to 9 (R-2.6.8)']],
    ],
    [
      'both at once: residual 20 above inherent 15, and target 18 above it too',
      DEFAULT_RISK_MATRIX,
      { inherentLikelihood: 3, inherentImpact: 5, residualLikelihood: 4, residualImpact: 5, targetScore: 18 },
      [
        ['residualLikelihood', 'The residual score (20) cannot be above the inherent score (15): controls reduce a risk (R-2.6.8)'],
        ['targetScore', 'The target score (18) cannot be above the inherent score (15) (R-2.6.8)'],
      ],
    ],
    ['all three equal (12 = 3 × 4 = 4 × 3): allowed', DEFAULT_RISK_MATRIX, { inherentLikelihood: 3, inherentImpact: 4, residualLikelihood: 4, residualImpact: 3, targetScore: 12 }, []],
    ['the target at the matrix’s top score, the risk there too: allowed', DEFAULT_RISK_MATRIX, { inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: 5, residualImpact: 5, targetScore: 25 }, []],
    ['nothing given yet', DEFAULT_RISK_MATRIX, {}, []],
    ['no inherent impact: the residual cannot be compared', DEFAULT_RISK_MATRIX, { inherentLikelihood: 1, residualLikelihood: 5, residualImpact: 5 }, []],
    ['no residual impact: nothing to compare', DEFAULT_RISK_MATRIX, { inherentLikelihood: 1, inherentImpact: 1, residualLikelihood: 5 }, []],
    ['a target with no inherent score yet, within the matrix', DEFAULT_RISK_MATRIX, { targetScore: 20 }, []],
    ['no target agreed (null)', DEFAULT_RISK_MATRIX, { inherentLikelihood: 1, inherentImpact: 1, residualLikelihood: 1, residualImpact: 1, targetScore: null }, []],
  ];
  for (const [what, m, r, expected] of cases) {
    it(`R-2.6.8: ${what}`, () => {
      const got = riskProblems(m, r);
      assert.deepEqual(
        got.map((p) => [p.field, p.message]),
        expected,
      );
      for (const p of got) assert.ok(p.message.endsWith('(R-2.6.8)'));
    });
  }
});

describe('R-2.6.8: a review cannot come before the risk was identified', () => {
  const cases: Array<[string, { identifiedOn: string } | undefined, string | undefined, Array<{ field: 'reviewedOn'; message: string }>]> = [
    ['the day before', { identifiedOn: '2026-04-01' }, '2026-03-31', [{ field: 'reviewedOn', message: 'The review cannot be before the risk was identified, on 1 April 2026 (R-2.6.8)' }]],
    ['a year before', { identifiedOn: '2026-04-01' }, '2025-04-01', [{ field: 'reviewedOn', message: 'The review cannot be before the risk was identified, on 1 April 2026 (R-2.6.8)' }]],
    ['the same day', { identifiedOn: '2026-04-01' }, '2026-04-01', []],
    ['the day after', { identifiedOn: '2026-04-01' }, '2026-04-02', []],
    ['no risk (an unknown one)', undefined, '2020-01-01', []],
    ['no review date yet', { identifiedOn: '2026-04-01' }, undefined, []],
  ];
  for (const [what, risk, reviewedOn, expected] of cases) {
    it(`R-2.6.8: ${what}`, () => assert.deepEqual(reviewProblems(risk, reviewedOn === undefined ? {} : { reviewedOn }), expected));
  }
});

describe('R-2.6.8: where a risk stands: its band, its next review, overdue, its trend', () => {
  type Risk = Parameters<typeof riskStanding>[1];
  type Review = Parameters<typeof riskStanding>[2][number];
  /** Identified 15 January 2026 at residual 2 × 2 = 4 (Low), no target, open. */
  const risk = (over: Partial<Risk> = {}): Risk => ({ id: 'r1', identifiedOn: '2026-01-15', residualLikelihood: 2, residualImpact: 2, targetScore: null, status: 'open', ...over });
  const review = (reviewedOn: string, likelihood: number, impact: number, riskId = 'r1'): Review => ({ riskId, reviewedOn, likelihood, impact });

  it('R-2.6.8: never reviewed: due the band’s interval after it was identified, on its residual score', () => {
    const expected: RiskStanding = {
      likelihood: 2,
      impact: 2,
      score: 4,
      band: 'Low',
      rank: 0,
      reviewMonths: 6,
      lastReviewedOn: null,
      nextReviewOn: '2026-07-15',
      overdue: false,
      trend: null,
      aboveTarget: false,
      words: 'Next review due by 15 July 2026 (Low: reviewed every 6 months)',
      clause: 'R-2.6.8',
    };
    assert.deepEqual(riskStanding(DEFAULT_RISK_MATRIX, risk(), [], '2026-03-01'), expected);
  });

  it('R-2.6.8: never reviewed, Very high, overdue: the words say since it was identified', () => {
    const got = riskStanding(DEFAULT_RISK_MATRIX, risk({ residualLikelihood: 4, residualImpact: 4 }), [], '2026-02-16');
    assert.equal(got.band, 'Very high');
    assert.equal(got.nextReviewOn, '2026-02-15');
    assert.equal(got.overdue, true);
    assert.equal(got.words, 'Review overdue since 15 February 2026: Very high risks are reviewed monthly, and it was not reviewed since it was identified on 15 January 2026 (R-2.6.8)');
  });

  it('R-2.6.8: reviewed: the latest review by date sets the score, though given out of order; others’ reviews ignored', () => {
    const reviews = [review('2026-05-10', 3, 4), review('2026-06-01', 5, 5, 'r2'), review('2026-03-01', 2, 2), review('2026-07-01', 1, 1, 'r2')];
    const expected: RiskStanding = {
      likelihood: 3,
      impact: 4,
      score: 12,
      band: 'High',
      rank: 2,
      reviewMonths: 2,
      lastReviewedOn: '2026-05-10',
      nextReviewOn: '2026-07-10',
      overdue: false,
      trend: 'rising',
      aboveTarget: false,
      words: 'Next review due by 10 July 2026 (High: reviewed every 2 months)',
      clause: 'R-2.6.8',
    };
    assert.deepEqual(riskStanding(DEFAULT_RISK_MATRIX, risk(), reviews, '2026-06-15'), expected);
  });

  it('R-2.6.8: overdue after a review: the words say when it was last reviewed', () => {
    const got = riskStanding(DEFAULT_RISK_MATRIX, risk(), [review('2026-02-10', 3, 3)], '2026-05-11');
    assert.equal(got.nextReviewOn, '2026-05-10');
    assert.equal(got.overdue, true);
    assert.equal(got.words, 'Review overdue since 10 May 2026: Medium risks are reviewed every 3 months, and it was last reviewed 10 February 2026 (R-2.6.8)');
  });

  const intervals: Array<[string, RiskMatrix, number, number, string, string, number, string]> = [
    ['Very high (5 × 4 = 20) monthly', DEFAULT_RISK_MATRIX, 5, 4, '2026-04-10', 'Very high', 1, '2026-05-10'],
    ['High (2 × 5 = 10) every 2 months', DEFAULT_RISK_MATRIX, 2, 5, '2026-04-10', 'High', 2, '2026-06-10'],
    ['Medium (3 × 3 = 9) every 3 months', DEFAULT_RISK_MATRIX, 3, 3, '2026-04-10', 'Medium', 3, '2026-07-10'],
    ['Low (1 × 3 = 3) every 6 months', DEFAULT_RISK_MATRIX, 1, 3, '2026-04-10', 'Low', 6, '2026-10-10'],
    ['Low (1 × 4 = 4) every 6 months, into the next year', DEFAULT_RISK_MATRIX, 1, 4, '2026-09-10', 'Low', 6, '2027-03-10'],
    ['on the 3 × 3 matrix, Low (1 × 2) every 12 months', SMALL, 1, 2, '2026-04-10', 'Low', 12, '2027-04-10'],
    ['on the 3 × 3 matrix, High (3 × 2) monthly', SMALL, 3, 2, '2026-04-10', 'High', 1, '2026-05-10'],
    ['on the 6 × 6 matrix, Very high (6 × 5 = 30) monthly', LARGE, 6, 5, '2026-04-10', 'Very high', 1, '2026-05-10'],
  ];
  for (const [what, m, l, i, reviewedOn, name, months, next] of intervals) {
    it(`R-2.6.8: the band sets the interval: ${what}`, () => {
      const got = riskStanding(m, risk({ residualLikelihood: 1, residualImpact: 1 }), [review(reviewedOn, l, i)], '2026-04-10');
      assert.deepEqual([got.band, got.reviewMonths, got.nextReviewOn], [name, months, next]);
    });
  }

  const monthEnds: Array<[string, number, number, string, string]> = [
    ['31 January, monthly → 28 February 2026', 4, 4, '2026-01-31', '2026-02-28'],
    ['31 January, monthly → 29 February 2028 (a leap year)', 4, 4, '2028-01-31', '2028-02-29'],
    ['30 January, monthly → 28 February 2026 (the day kept where the month has it, else its last)', 4, 4, '2026-01-30', '2026-02-28'],
    ['30 November, every 3 months → 28 February 2026', 3, 3, '2025-11-30', '2026-02-28'],
    ['30 November, every 3 months → 29 February 2028', 3, 3, '2027-11-30', '2028-02-29'],
    ['31 August, every 6 months → 28 February 2026', 1, 1, '2025-08-31', '2026-02-28'],
    ['31 August, every 6 months → 29 February 2028', 1, 1, '2027-08-31', '2028-02-29'],
    ['28 February 2026, a month end, monthly → 31 March 2026 (the month end kept)', 4, 4, '2026-02-28', '2026-03-31'],
    ['31 December, every 2 months → 28 February 2027', 2, 5, '2026-12-31', '2027-02-28'],
  ];
  for (const [what, l, i, reviewedOn, next] of monthEnds) {
    it(`R-2.6.8: month ends kept: a review on ${what}`, () => {
      assert.equal(riskStanding(DEFAULT_RISK_MATRIX, risk({ identifiedOn: '2025-01-01' }), [review(reviewedOn, l, i)], reviewedOn).nextReviewOn, next);
    });
  }

  // Reviewed 31 January 2026 at Very high: due by 28 February 2026.
  const boundary: Array<[string, Risk, Review[], string, boolean, string]> = [
    ['the day before it is due', risk(), [review('2026-01-31', 4, 4)], '2026-02-27', false, 'Next review due by 28 February 2026 (Very high: reviewed monthly)'],
    ['on the day it is due, not yet overdue', risk(), [review('2026-01-31', 4, 4)], '2026-02-28', false, 'Next review due by 28 February 2026 (Very high: reviewed monthly)'],
    ['the day after, overdue', risk(), [review('2026-01-31', 4, 4)], '2026-03-01', true, 'Review overdue since 28 February 2026: Very high risks are reviewed monthly, and it was last reviewed 31 January 2026 (R-2.6.8)'],
    [
      'reviewed on 29 March 2026 (the clocks go forward): due 29 April, overdue 30 April like any other day',
      risk(),
      [review('2026-03-29', 5, 5)],
      '2026-04-30',
      true,
      'Review overdue since 29 April 2026: Very high risks are reviewed monthly, and it was last reviewed 29 March 2026 (R-2.6.8)',
    ],
    ['due on 25 October 2026 (the clocks go back): on the day, not overdue', risk(), [review('2026-09-25', 4, 5)], '2026-10-25', false, 'Next review due by 25 October 2026 (Very high: reviewed monthly)'],
    [
      'due on 25 October 2026 (the clocks go back): overdue on 26 October',
      risk(),
      [review('2026-09-25', 4, 5)],
      '2026-10-26',
      true,
      'Review overdue since 25 October 2026: Very high risks are reviewed monthly, and it was last reviewed 25 September 2026 (R-2.6.8)',
    ],
  ];
  for (const [what, r, reviews, today, overdue, words] of boundary) {
    it(`R-2.6.8: ${what}`, () => {
      const got = riskStanding(DEFAULT_RISK_MATRIX, r, reviews, today);
      assert.deepEqual([got.overdue, got.words], [overdue, words]);
    });
  }

  it('R-2.6.8: a closed risk is no longer reviewed, however long since its last review', () => {
    const expected: RiskStanding = {
      likelihood: 4,
      impact: 4,
      score: 16,
      band: 'Very high',
      rank: 3,
      reviewMonths: 1,
      lastReviewedOn: '2026-01-31',
      nextReviewOn: null,
      overdue: false,
      trend: 'rising',
      aboveTarget: true,
      words: 'Closed: no longer reviewed',
      clause: 'R-2.6.8',
    };
    assert.deepEqual(riskStanding(DEFAULT_RISK_MATRIX, risk({ status: 'closed', targetScore: 8 }), [review('2026-01-31', 4, 4)], '2030-01-01'), expected);
    const never = riskStanding(DEFAULT_RISK_MATRIX, risk({ status: 'closed' }), [], '2030-01-01');
    assert.deepEqual([never.nextReviewOn, never.overdue, never.words, never.lastReviewedOn, never.trend], [null, false, 'Closed: no longer reviewed', null, null]);
  });

  // Residual 2 × 2 = 4.
  const trends: Array<[string, Review[], RiskStanding['trend']]> = [
    ['no review: none', [], null],
    ['one review, above the residual score (9 > 4): rising', [review('2026-02-01', 3, 3)], 'rising'],
    ['one review, below the residual score (1 < 4): falling', [review('2026-02-01', 1, 1)], 'falling'],
    ['one review, equal to the residual score (4 × 1 = 2 × 2): steady', [review('2026-02-01', 4, 1)], 'steady'],
    ['two reviews, 12 then 16: rising', [review('2026-02-01', 3, 4), review('2026-03-01', 4, 4)], 'rising'],
    ['two reviews, 16 then 12: falling', [review('2026-02-01', 4, 4), review('2026-03-01', 3, 4)], 'falling'],
    ['two reviews, 12 then 12 (3 × 4, then 4 × 3): steady', [review('2026-02-01', 3, 4), review('2026-03-01', 4, 3)], 'steady'],
    ['three reviews, given out of order: against the one before the latest, not the first (20, 6, 9)', [review('2026-04-01', 3, 3), review('2026-02-01', 4, 5), review('2026-03-01', 2, 3)], 'rising'],
    ['another risk’s review between its own does not count (12, [r2: 25], 12)', [review('2026-02-01', 3, 4), review('2026-02-15', 5, 5, 'r2'), review('2026-03-01', 4, 3)], 'steady'],
  ];
  for (const [what, reviews, trend] of trends) {
    it(`R-2.6.8: trend: ${what}`, () => assert.equal(riskStanding(DEFAULT_RISK_MATRIX, risk(), reviews, '2026-04-01').trend, trend));
  }

  const targets: Array<[string, number | null, Review[], boolean]> = [
    ['score 9 above target 8', 8, [review('2026-02-01', 3, 3)], true],
    ['score 8 at target 8', 8, [review('2026-02-01', 2, 4)], false],
    ['score 6 below target 8', 8, [review('2026-02-01', 2, 3)], false],
    ['never reviewed: residual 4 above target 3', 3, [], true],
    ['no target agreed (null), however high the score', null, [review('2026-02-01', 5, 5)], false],
  ];
  for (const [what, targetScore, reviews, above] of targets) {
    it(`R-2.6.8: above target: ${what}`, () => assert.equal(riskStanding(DEFAULT_RISK_MATRIX, risk({ targetScore }), reviews, '2026-02-01').aboveTarget, above));
  }
});

describe('R-2.6.8: the heat map: one row per likelihood, highest first, each cell its score, band and risks', () => {
  const NAMES = ['Low', 'Medium', 'High', 'Very high'];
  // Rows from likelihood 5 down to 1; cells from impact 1 up to 5.
  const RANKS = [
    [1, 2, 2, 3, 3],
    [0, 1, 2, 3, 3],
    [0, 1, 1, 2, 2],
    [0, 0, 1, 1, 2],
    [0, 0, 0, 0, 1],
  ];
  const risks = [
    { id: 'a', likelihood: 5, impact: 5 },
    { id: 'b', likelihood: 1, impact: 1 },
    { id: 'c', likelihood: 3, impact: 4 },
    { id: 'd', likelihood: 3, impact: 4 },
    { id: 'e', likelihood: 4, impact: 2 },
    { id: 'f', likelihood: 2, impact: 4 },
    { id: 'off', likelihood: 6, impact: 1 },
  ];
  const placed: Record<string, string[]> = { '5,5': ['a'], '1,1': ['b'], '3,4': ['c', 'd'], '4,2': ['e'], '2,4': ['f'] };

  it('R-2.6.8: on the default matrix, 5 rows of 5 cells, highest likelihood first, lowest impact first', () => {
    const map = heatMap(DEFAULT_RISK_MATRIX, risks);
    assert.equal(map.length, 5);
    const expected = RANKS.map((row, r) =>
      row.map((rank, c) => {
        const likelihood = 5 - r;
        const impact = c + 1;
        return { likelihood, impact, score: likelihood * impact, band: NAMES[rank], rank, ids: placed[`${likelihood},${impact}`] ?? [] };
      }),
    );
    assert.deepEqual(map, expected);
  });

  it('R-2.6.8: on the default matrix, worked cells: the corners and a shared cell', () => {
    const map = heatMap(DEFAULT_RISK_MATRIX, risks);
    assert.deepEqual(map[0]?.[4], { likelihood: 5, impact: 5, score: 25, band: 'Very high', rank: 3, ids: ['a'] });
    assert.deepEqual(map[0]?.[0], { likelihood: 5, impact: 1, score: 5, band: 'Medium', rank: 1, ids: [] });
    assert.deepEqual(map[4]?.[0], { likelihood: 1, impact: 1, score: 1, band: 'Low', rank: 0, ids: ['b'] });
    assert.deepEqual(map[4]?.[4], { likelihood: 1, impact: 5, score: 5, band: 'Medium', rank: 1, ids: [] });
    assert.deepEqual(map[2]?.[3], { likelihood: 3, impact: 4, score: 12, band: 'High', rank: 2, ids: ['c', 'd'] });
    assert.ok(!map.flat().some((cell) => cell.ids.includes('off')), 'a risk off the matrix is in no cell');
  });

  it('R-2.6.8: on the 3 × 3 matrix, 3 rows of 3 cells', () => {
    const map = heatMap(SMALL, [
      { id: 'x', likelihood: 3, impact: 1 },
      { id: 'y', likelihood: 2, impact: 2 },
    ]);
    assert.deepEqual(
      map.map((row) => row.map((cell) => [cell.likelihood, cell.impact, cell.score, cell.band, cell.rank, cell.ids])),
      [
        [
          [3, 1, 3, 'Medium', 1, ['x']],
          [3, 2, 6, 'High', 2, []],
          [3, 3, 9, 'High', 2, []],
        ],
        [
          [2, 1, 2, 'Low', 0, []],
          [2, 2, 4, 'Medium', 1, ['y']],
          [2, 3, 6, 'High', 2, []],
        ],
        [
          [1, 1, 1, 'Low', 0, []],
          [1, 2, 2, 'Low', 0, []],
          [1, 3, 3, 'Medium', 1, []],
        ],
      ],
    );
  });

  it('R-2.6.8: on the 6 × 6 matrix, 6 rows of 6, the top right 36 Very high, no risks, empty cells', () => {
    const map = heatMap(LARGE, []);
    assert.deepEqual(
      map.map((row) => row.length),
      [6, 6, 6, 6, 6, 6],
    );
    assert.deepEqual(map[0]?.[5], { likelihood: 6, impact: 6, score: 36, band: 'Very high', rank: 4, ids: [] });
    assert.deepEqual(map[5]?.[0], { likelihood: 1, impact: 1, score: 1, band: 'Very low', rank: 0, ids: [] });
  });
});
