// a partnership's termination provisions and exit strategy, from worked cases: the notice in words,
// the council's own notice before every partner's, when the council would be out, whether the end is
// provided for, and the municipal year's end as officers type it.
import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { terminationProvisions, dayOfYear } from '../../src/app/records/termination-provisions.record.ts';
import { conditionsOf, councilsExit, councilsProvision, exitReadiness, noticeInWords, type TerminationProvision } from '../../src/domain/exit/provisions.ts';

const SIX_MONTHS: TerminationProvision = { party: 'every-partner', noticeLength: 6, noticeUnit: 'months', runsFrom: 'next-month', effectiveAt: 'financial-year-end', municipalYearEnds: null, whoMayShorten: 'the board, unanimously', conditions: 'Its share of any losses is paid\n\n  Its assets are returned  ' };
const COUNCIL: TerminationProvision = { ...SIX_MONTHS, party: 'council', noticeLength: 3, runsFrom: 'service', effectiveAt: 'any-day', conditions: null };

describe('R-2.14: the notice in words', () => {
  const cases: Array<[Partial<TerminationProvision>, string]> = [
    [{}, '6 months’ notice, from the first day of the month after it is served, taking effect only at the end of a financial year (31 March)'],
    [{ noticeLength: 1, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'any-day' }, '1 month’s notice, from the day notice is served, taking effect on any day'],
    [{ noticeLength: 28, noticeUnit: 'days', runsFrom: 'service', effectiveAt: 'month-end' }, '28 days’ notice, from the day notice is served, taking effect only at the end of a month'],
    [{ noticeLength: 1, noticeUnit: 'weeks', effectiveAt: 'quarter-end' }, '1 week’s notice, from the first day of the month after it is served, taking effect only at the end of a quarter'],
    [{ noticeLength: 0, effectiveAt: 'municipal-year-end', municipalYearEnds: '05-20' }, 'No minimum notice, taking effect only at the end of the municipal year (05-20)'],
  ];
  for (const [change, words] of cases) it(`R-2.14: ${words}`, () => assert.equal(noticeInWords({ ...SIX_MONTHS, ...change }), words));
});

describe('R-2.14: whose notice the council gives, and when it would be out', () => {
  it('R-2.14: the council’s own provision where it has one, otherwise every partner’s, otherwise none', () => {
    assert.equal(councilsProvision([SIX_MONTHS, COUNCIL]), COUNCIL);
    assert.equal(councilsProvision([SIX_MONTHS]), SIX_MONTHS);
    assert.equal(councilsProvision([]), null);
  });
  it('R-2.14: served 15 January 2027 under every partner’s six months from February: out on 31 March 2028, once its two conditions are met', () => {
    const out = councilsExit([SIX_MONTHS], '2027-01-15')!;
    assert.equal(out.effectiveOn, '2028-03-31');
    assert.deepEqual(out.conditions, ['Its share of any losses is paid', 'Its assets are returned']);
    assert.match(out.words, /takes effect on 31 March 2028 at the earliest, once its conditions are met \(R-2\.14\)$/);
  });
  it('R-2.14: under the council’s own three months from service, on any day: out on 15 April 2027', () => {
    assert.equal(councilsExit([SIX_MONTHS, COUNCIL], '2027-01-15')!.effectiveOn, '2027-04-15');
  });
  it('R-2.14: with no provisions recorded there is no answer', () => assert.equal(councilsExit([], '2027-01-15'), null));
  it('R-2.14: conditions are one a line, blank lines and spaces dropped', () => {
    assert.deepEqual(conditionsOf(' a \r\n\nb\n'), ['a', 'b']);
    assert.deepEqual(conditionsOf(null), []);
  });
});

describe('R-2.14: whether the end is provided for', () => {
  const cases: Array<[string, TerminationProvision[], string[], boolean, string[]]> = [
    ['everything', [SIX_MONTHS], ['surpluses', 'mediation', 'assets', 'liabilities'], true, []],
    ['the council’s own notice alone is not every partner’s', [COUNCIL], ['surpluses', 'mediation', 'assets', 'liabilities'], false, []],
    ['the optional topics do not stand in for the required', [SIX_MONTHS], ['staff', 'without-notice', 'final-report', 'informing', 'assets'], false, ['surpluses', 'mediation', 'liabilities']],
    ['nothing recorded', [], [], false, ['surpluses', 'mediation', 'assets', 'liabilities']],
  ];
  for (const [name, provisions, topics, ready, missing] of cases) {
    it(`R-2.14: ${name}`, () => {
      const r = exitReadiness(provisions, topics);
      assert.equal(r.ready, ready);
      assert.deepEqual(r.missing, missing);
      assert.equal(r.clause, 'R-2.14');
    });
  }
});

describe('R-2.14: the termination provision’s form and body', () => {
  const cases: Array<[string, string]> = [
    ['20 May', '05-20'],
    ['1 march', '03-01'],
    ['31 Dec', '12-31'],
    ['05-20', '05-20'],
    ['20 Mayday', '20 Mayday'],
    ['the spring', 'the spring'],
  ];
  for (const [typed, kept] of cases) it(`R-2.14: the municipal year’s end typed “${typed}” is kept as ${kept}`, () => assert.equal(dayOfYear(typed), kept));
  it('R-2.14: a form’s answers parse; a municipal year’s end the calculator cannot use is a problem at its field', async () => {
    const parsed = terminationProvisions.schema.parse({ party: 'every-partner', noticeLength: '3', noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'municipal-year-end', municipalYearEnds: '31 February', whoMayShorten: '', conditions: '' });
    assert.deepEqual(parsed, { party: 'every-partner', noticeLength: 3, noticeUnit: 'months', runsFrom: 'service', effectiveAt: 'municipal-year-end', municipalYearEnds: '02-31', whoMayShorten: null, conditions: null });
    const problems = await terminationProvisions.problems(undefined as never, undefined as never, { kind: 'add', value: parsed });
    assert.deepEqual(problems.map((p) => p.field), ['municipalYearEnds']);
    assert.deepEqual(await terminationProvisions.problems(undefined as never, undefined as never, { kind: 'add', value: { ...parsed, municipalYearEnds: '05-20' } }), []);
  });
});
