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
  prioritiesCell,
  representativesCell,
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

  it('partners are semicolon-separated in order, each with its role and member status', () => {
    assert.equal(
      partnersCell([
        { name: 'Wealdshire Police', role: 'member', memberStatus: 'voting' },
        { name: 'Example Borough Council', role: 'lead', memberStatus: 'voting' },
        { name: 'Brackenford CVS', role: 'associate', memberStatus: 'observer' },
      ]),
      'Wealdshire Police (member; voting); Example Borough Council (lead / accountable body; voting); Brackenford CVS (associate; observer)',
    );
    assert.equal(partnersCell([]), '');
  });

  it('representatives with their capacity, priorities with how the partnership serves them', () => {
    assert.equal(representativesCell([{ name: 'Cllr Ann Lee', capacity: 'councillor' }, { name: 'Jo Bloggs', capacity: 'officer' }]), 'Cllr Ann Lee (councillor); Jo Bloggs (officer)');
    assert.equal(prioritiesCell([{ title: 'Safer streets', how: 'Joint patrols' }, { title: 'A thriving economy', how: '' }]), 'Safer streets: Joint patrols; A thriving economy');
    assert.equal(representativesCell([]), '');
    assert.equal(prioritiesCell([]), '');
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
    expectedOutcomes: 'Fewer missed collections',
    rationale: ['cross-cutting-issues', 'statutory-requirement'],
    wellbeing: ['economic', 'environmental'],
    startDate: '2020-04-01',
    expectedEndDate: null,
    durationDescription: '5 years',
    councilContributionPence: 4_850_000,
    withinApprovedBudget: false,
    resourcesStaff: '2 FTE',
    resourcesAssets: null,
    resourcesInKind: '@office space',
    priorities: [{ title: 'A greener borough', how: 'Less landfill' }],
    partners: [
      { name: '@Risky Ltd', role: 'lead', memberStatus: 'voting' },
      { name: 'Wealdshire Police', role: 'member', memberStatus: 'non-voting' },
    ],
    sponsoringOfficerName: '-Jo Bloggs',
    accountableOfficerName: null,
    representatives: [{ name: 'Cllr Ann Lee', capacity: 'councillor' }],
  };

  it('R-2.6.11 a record has every answer of the partnership, one cell per header, in the form’s order, with labels for codes', () => {
    assert.deepEqual(REGISTER_EXPORT_HEADERS, [
      'Reference',
      'Name',
      'Status',
      'Legal form',
      'Purpose',
      'Expected outcomes',
      'Why the council is in it',
      'Well-being',
      'Start date',
      'Expected end date',
      'Expected duration',
      'Council contribution per year (£)',
      'Within approved budget',
      'Staff',
      'Operational assets',
      'In-kind and other commitments',
      'Corporate priorities and how it serves them',
      'Partners (role; member status)',
      'Sponsoring officer',
      'Accountable officer',
      'Council representatives',
    ]);
    assert.deepEqual(csvHeaderRecord(), REGISTER_EXPORT_HEADERS);
    assert.deepEqual(csvRecord(row), [
      'P-2026-001',
      `'=HYPERLINK("http://evil.example","Click")`,
      'Operating',
      'Local authority trading company (LATCo)',
      `'+44 1632 960000, call us`,
      'Fewer missed collections',
      'To tackle cross-cutting issues; To fulfil a statutory requirement',
      'Economic; Environmental',
      '2020-04-01',
      '',
      '5 years',
      '48500.00',
      'No',
      '2 FTE',
      '',
      `'@office space`,
      'A greener borough: Less landfill',
      `'@Risky Ltd (lead / accountable body; voting); Wealdshire Police (member; non-voting)`,
      `'-Jo Bloggs`,
      '',
      'Cllr Ann Lee (councillor)',
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
        expectedOutcomes: h,
        durationDescription: h,
        resourcesStaff: h,
        resourcesAssets: h,
        resourcesInKind: h,
        priorities: [{ title: h, how: h }],
        partners: [{ name: h, role: 'member', memberStatus: 'voting' }],
        representatives: [{ name: h, capacity: 'officer' }],
        sponsoringOfficerName: h,
        accountableOfficerName: h,
      });
      for (const cell of record) assert.ok(!looksLikeFormula(cell), `${JSON.stringify(cell)} from ${JSON.stringify(h)}`);
    }
  });
});
