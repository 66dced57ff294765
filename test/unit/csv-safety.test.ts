// the register export's cells, and the formula neutraliser every CSV cell goes through.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { looksLikeFormula, neutraliseFormula } from '../../src/domain/export/csv-safety.ts';
import {
  csvHeaderRecord,
  csvRecord,
  dateParts,
  isoDay,
  partnersCell,
  penceToPlainPounds,
  REGISTER_EXPORT_HEADERS,
  yesNo,
  type RegisterExportRow,
} from '../../src/domain/export/register-columns.ts';

describe('R-2.6.11 neutraliseFormula: OWASP CSV injection guidance', () => {
  const cases: Array<[string, string, string]> = [
    ['an equals sign starts a formula', '=HYPERLINK("http://evil.example","Click")', `'=HYPERLINK("http://evil.example","Click")`],
    ['a plus sign starts a formula (and a phone number)', '+44 1632 960000', `'+44 1632 960000`],
    ['a minus sign starts a formula', '-5', `'-5`],
    ['a minus sign with a formula after it', '-2+3+cmd|\' /C calc\'!A0', `'-2+3+cmd|' /C calc'!A0`],
    ['an at sign starts a formula', '@SUM(A1:A9)', `'@SUM(A1:A9)`],
    ['a leading tab', '\t=1+1', `'\t=1+1`],
    ['a leading carriage return', '\r=1+1', `'\r=1+1`],
    ['a single character', '=', `'=`],
    ['plain text is kept', 'Brackenford Community Safety Partnership', 'Brackenford Community Safety Partnership'],
    ['a formula character later in the text is harmless', 'Safety = everyone’s business', 'Safety = everyone’s business'],
    ['a leading space is not a formula', ' =1+1', ' =1+1'],
    ['a leading quote is kept as it is', "'quoted", "'quoted"],
    ['a line feed at the start is not in the list', '\nline', '\nline'],
    ['digits are kept', '1250000.50', '1250000.50'],
    ['empty stays empty', '', ''],
    ['non-ASCII text is kept', 'Café £5 – Ōtautahi', 'Café £5 – Ōtautahi'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => {
      assert.equal(neutraliseFormula(input), expected);
      assert.equal(looksLikeFormula(input), input !== expected);
    });
  }

  it('neutralising twice changes nothing more', () => {
    for (const [, input] of cases) assert.equal(neutraliseFormula(neutraliseFormula(input)), neutraliseFormula(input));
  });
});

describe('R-2.6.11 register export cells', () => {
  it('money is pounds as a plain number with two decimals', () => {
    const cases: Array<[number | null, string]> = [
      [null, ''],
      [0, '0.00'],
      [5, '0.05'],
      [50, '0.50'],
      [100, '1.00'],
      [125_000_050, '1250000.50'],
      [1_000_000_000_000, '10000000000.00'],
    ];
    for (const [pence, expected] of cases) assert.equal(penceToPlainPounds(pence), expected, String(pence));
  });

  it('within approved budget is Yes, No or blank', () => {
    assert.equal(yesNo(true), 'Yes');
    assert.equal(yesNo(false), 'No');
    assert.equal(yesNo(null), '');
  });

  it('partners are semicolon-separated in order, the lead marked', () => {
    assert.equal(
      partnersCell([
        { name: 'Wealdshire Police', role: 'member' },
        { name: 'Example Borough Council', role: 'lead' },
        { name: 'Brackenford CVS', role: 'associate' },
      ]),
      'Wealdshire Police; Example Borough Council (lead); Brackenford CVS',
    );
    assert.equal(partnersCell([]), '');
  });

  it('dates are the calendar day as YYYY-MM-DD, whatever else the stored value carries', () => {
    assert.equal(isoDay('2026-04-01'), '2026-04-01');
    assert.equal(isoDay('2026-04-01T00:00:00.000Z'), '2026-04-01');
    assert.equal(isoDay(null), '');
    assert.equal(isoDay('not a date'), '');
    assert.deepEqual(dateParts('2031-12-31'), { year: 2031, month: 12, day: 31 });
  });

  const row: RegisterExportRow = {
    reference: 'P-2026-001',
    name: '=HYPERLINK("http://evil.example","Click")',
    status: 'operating',
    legalForm: 'latco',
    purpose: '+44 1632 960000, call us',
    partners: [
      { name: '@Risky Ltd', role: 'lead' },
      { name: 'Wealdshire Police', role: 'member' },
    ],
    sponsoringOfficerName: '-Jo Bloggs',
    accountableOfficerName: null,
    councilContributionPence: 4_850_000,
    withinApprovedBudget: false,
    startDate: '2020-04-01',
    expectedEndDate: null,
  };

  it('a record has one cell per header, in the header order, with labels for codes', () => {
    assert.deepEqual(REGISTER_EXPORT_HEADERS, [
      'Reference',
      'Name',
      'Status',
      'Legal form',
      'Purpose',
      'Partners',
      'Sponsoring officer',
      'Accountable officer',
      'Council contribution per year (£)',
      'Within approved budget',
      'Start date',
      'Expected end date',
    ]);
    assert.deepEqual(csvHeaderRecord(), REGISTER_EXPORT_HEADERS);
    assert.deepEqual(csvRecord(row), [
      'P-2026-001',
      `'=HYPERLINK("http://evil.example","Click")`,
      'Operating',
      'Local authority trading company (LATCo)',
      `'+44 1632 960000, call us`,
      `'@Risky Ltd (lead); Wealdshire Police`,
      `'-Jo Bloggs`,
      '',
      '48500.00',
      'No',
      '2020-04-01',
      '',
    ]);
  });

  it('no cell of a record can start a formula, whatever is typed into any field', () => {
    const hostile = ['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'];
    for (const h of hostile) {
      const record = csvRecord({
        ...row,
        reference: h,
        name: h,
        purpose: h,
        partners: [{ name: h, role: 'member' }],
        sponsoringOfficerName: h,
        accountableOfficerName: h,
      });
      for (const cell of record) assert.ok(!looksLikeFormula(cell), `${JSON.stringify(cell)} from ${JSON.stringify(h)}`);
    }
  });
});
