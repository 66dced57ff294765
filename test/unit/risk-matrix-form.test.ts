// The risk matrix's form read as a matrix (R-2.6.8, decision 87), from worked cases: what is typed in the
// boxes becomes the scales and bands, or each problem at the box it concerns; the matrix in force, shown
// on the form, reads back as itself.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_RISK_MATRIX } from '../../src/domain/risk/matrix.ts';
import { bandRows, boxOf, matrixToForm, readMatrixForm } from '../../src/web/features/risk-matrix/risk-matrix.form.ts';

const THREE: Record<string, string> = {
  'likelihood-1': 'Rare', 'likelihood-2': 'Possible', 'likelihood-3': 'Likely',
  'impact-1': 'Minor', 'impact-2': 'Major', 'impact-3': ' Severe ',
  'band-1-name': 'Low', 'band-1-from': '1', 'band-1-to': '3', 'band-1-months': '6',
  'band-2-name': 'High', 'band-2-from': '4', 'band-2-to': '9', 'band-2-months': '1',
};

describe('R-2.6.8: the risk matrix form', () => {
  it('R-2.6.8: the matrix in force reads back as itself', () => {
    assert.deepEqual(readMatrixForm(matrixToForm(DEFAULT_RISK_MATRIX)), { ok: true, matrix: DEFAULT_RISK_MATRIX });
  });

  it('R-2.6.8: blank levels after the last and blank band rows are left out; names are trimmed', () => {
    assert.deepEqual(readMatrixForm({ ...THREE, 'likelihood-4': ' ', 'band-5-name': '' }), {
      ok: true,
      matrix: { likelihood: ['Rare', 'Possible', 'Likely'], impact: ['Minor', 'Major', 'Severe'], bands: [{ name: 'Low', from: 1, to: 3, reviewMonths: 6 }, { name: 'High', from: 4, to: 9, reviewMonths: 1 }] },
    });
  });

  const refused: Array<[string, Record<string, string>, Array<{ field: string; message: string }>]> = [
    ['a level left blank before a named one', { ...THREE, 'likelihood-2': '', 'likelihood-4': 'Certain' }, [{ field: 'likelihood-2', message: 'Name level 2 of likelihood, or leave blank every level after it (R-2.6.8)' }]],
    ['a score that is not a whole number', { ...THREE, 'band-2-from': '4.5' }, [{ field: 'band-2-from', message: 'Enter band 2’s lowest score as a whole number, like 4' }]],
    ['a band with no name, and no interval', { ...THREE, 'band-2-name': '', 'band-2-months': '' }, [
      { field: 'band-2-name', message: 'Name band 2, or clear its row' },
      { field: 'band-2-months', message: 'Enter how many months apart band 2’s risks are reviewed' },
    ]],
    ['a name too long', { ...THREE, 'impact-1': 'x'.repeat(61) }, [{ field: 'impact-1', message: 'Name level 1 of impact in 60 characters or fewer' }]],
  ];
  for (const [name, typed, errors] of refused) {
    it(`R-2.6.8: refused: ${name}`, () => assert.deepEqual(readMatrixForm(typed), { ok: false, errors }));
  }

  it('R-2.6.8: the matrix’s own problems are shown at the first box of their part', () => {
    assert.deepEqual(['likelihood', 'impact', 'bands', 'band-2-to'].map(boxOf), ['likelihood-1', 'impact-1', 'band-1-name', 'band-2-to']);
  });

  it('R-2.6.8: six band rows at least, one spare beyond the last filled, twelve at most', () => {
    assert.equal(bandRows({}), 6);
    assert.equal(bandRows({ 'band-6-name': 'Top' }), 7);
    assert.equal(bandRows({ 'band-40-name': 'Far' }), 12);
  });
});
