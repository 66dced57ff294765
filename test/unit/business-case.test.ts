// The assessment and business case's completeness, table-driven (R-2.5a, R-2.5b, R-A1.1, R-A1.2, R-2.6.3):
// what is missing, each item with its clause and the page that fixes it, for worked cases.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessmentCompleteness, ASSESSMENT_FIELDS, ASSESSMENT_TEXT, normaliseAssessment, type AssessedPartnership, type Assessment } from '../../src/domain/business-case/assessment.ts';

const PARTNERSHIP: AssessedPartnership = { legalForm: 'joint-committee', councilContributionPence: 0, priorities: [{ how: 'Runs the joint waste contract.' }] };
const COMPLETE: Assessment = {
  existingCommitments: 'None',
  legalPower: 'Local Government Act 1972 s101 and s102',
  barIdentified: false,
  barDetails: 'Monitoring Officer’s advice, 3 March 2026',
  legalFormReason: 'The councils share a function and decide together.',
  businessCase: 'Cheaper collection for both councils.',
  evidenceBase: 'Waste data 2024–25; the options appraisal.',
};

const fieldsOf = (p: AssessedPartnership, a: Assessment | null) => assessmentCompleteness(p, a).missing.map((m) => `${m.field} ${m.clause} ${m.page}`);

describe('assessmentCompleteness (R-APPROVE: what the business case still lacks)', () => {
  const cases: Array<[string, Partial<AssessedPartnership>, Partial<Assessment> | null, string[]]> = [
    ['complete', {}, {}, []],
    ['£0 is an answer (R-2.5a)', { councilContributionPence: 0 }, {}, []],
    ['R-2.5a: the contribution not recorded is fixed in the details', { councilContributionPence: null }, {}, ['councilContributionPence R-2.5a details']],
    ['R-2.5a: existing commitments not said', {}, { existingCommitments: null }, ['existingCommitments R-2.5a business-case']],
    ['R-2.5a: blank is not an answer', {}, { existingCommitments: '   ' }, ['existingCommitments R-2.5a business-case']],
    ['R-2.5b: no corporate priority linked', { priorities: [] }, {}, ['priorities R-2.5b details']],
    ['R-2.5b: a priority without how', { priorities: [{ how: 'x' }, { how: ' ' }] }, {}, ['priorities R-2.5b details']],
    ['R-A1.1: no power cited', {}, { legalPower: null }, ['legalPower R-A1.1 business-case']],
    ['R-A1.1: whether there is a bar not answered', {}, { barIdentified: null }, ['barIdentified R-A1.1 business-case']],
    ['R-A1.1: a bar identified', {}, { barIdentified: true }, ['barIdentified R-A1.1 business-case']],
    ['R-A1.1: how there is no bar not said', {}, { barDetails: null }, ['barDetails R-A1.1 business-case']],
    ['R-A1.2: why the form was chosen not said', {}, { legalFormReason: null }, ['legalFormReason R-A1.2 business-case']],
    ['R-2.6.3: no business case', {}, { businessCase: null }, ['businessCase R-2.6.3 business-case']],
    ['R-2.6.3: no evidence base', {}, { evidenceBase: null }, ['evidenceBase R-2.6.3 business-case']],
  ];
  for (const [name, p, a, expected] of cases) {
    it(name, () => {
      assert.deepEqual(fieldsOf({ ...PARTNERSHIP, ...p }, a && { ...COMPLETE, ...a }), expected);
      assert.equal(assessmentCompleteness({ ...PARTNERSHIP, ...p }, a && { ...COMPLETE, ...a }).complete, expected.length === 0);
    });
  }

  it('no assessment yet: every answer of its own is missing, in the page’s order, with the partnership’s', () => {
    assert.deepEqual(fieldsOf({ ...PARTNERSHIP, councilContributionPence: null, priorities: [] }, null), [
      'councilContributionPence R-2.5a details',
      'existingCommitments R-2.5a business-case',
      'priorities R-2.5b details',
      'legalPower R-A1.1 business-case',
      'barIdentified R-A1.1 business-case',
      'barDetails R-A1.1 business-case',
      'legalFormReason R-A1.2 business-case',
      'businessCase R-2.6.3 business-case',
      'evidenceBase R-2.6.3 business-case',
    ]);
  });

  it('each message says what to do and cites its clause; a bar says the council cannot enter it; the form is named', () => {
    const { missing } = assessmentCompleteness({ ...PARTNERSHIP, councilContributionPence: null, priorities: [] }, null);
    for (const m of missing) assert.ok(m.message.endsWith(`(${m.clause})`), m.message);
    const bar = assessmentCompleteness(PARTNERSHIP, { ...COMPLETE, barIdentified: true }).missing[0]!;
    assert.match(bar.message, /cannot enter the partnership until it is resolved/);
    assert.match(missing.find((m) => m.field === 'legalFormReason')!.message, /\(Joint committee\)/);
  });

  it('every answer is described once, with label, hint and a clause', () => {
    for (const f of ASSESSMENT_FIELDS) assert.ok(ASSESSMENT_TEXT[f].label && ASSESSMENT_TEXT[f].hint && ASSESSMENT_TEXT[f].clause.startsWith('R-'), f);
  });

  it('normaliseAssessment trims, makes blanks null and keeps only booleans for the bar', () => {
    assert.deepEqual(normaliseAssessment({ legalPower: '  s1 ', businessCase: ' ', barIdentified: 'yes' }), {
      existingCommitments: null,
      legalPower: 's1',
      barIdentified: null,
      barDetails: null,
      legalFormReason: null,
      businessCase: null,
      evidenceBase: null,
    });
  });
});
