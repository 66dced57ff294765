// assembleRegisterRows: the pure step searchRegister and the benchmark's limit route share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assembleRegisterRows, officerIdsOf, type PartnershipListRow } from '../../src/domain/register/register-row.ts';

const row = (id: string, over: Partial<PartnershipListRow> = {}): PartnershipListRow => ({
  id,
  reference: `P-${id}`,
  name: `Partnership ${id}`,
  status: 'operating',
  legal_form: 'joint-committee',
  council_contribution_pence: null,
  within_approved_budget: null,
  start_date: null,
  expected_end_date: null,
  sponsoring_officer_id: null,
  accountable_officer_id: null,
  purpose: 'A purpose',
  ...over,
});

const cases: Array<{ name: string; value: PartnershipListRow['council_contribution_pence'] | PartnershipListRow['within_approved_budget']; field: 'pence' | 'budget'; expected: unknown }> = [
  { name: 'SQLite integer pence', field: 'pence', value: 150000, expected: 150000 },
  { name: 'PostgreSQL bigint as text', field: 'pence', value: '150000', expected: 150000 },
  { name: 'no contribution recorded', field: 'pence', value: null, expected: null },
  { name: 'SQLite 1 is within budget', field: 'budget', value: 1, expected: true },
  { name: 'SQLite 0 is outside budget', field: 'budget', value: 0, expected: false },
  { name: 'R-2.5c: no answer stays not recorded', field: 'budget', value: null, expected: null },
];
for (const c of cases) {
  test(`register row: ${c.name}`, () => {
    const over = c.field === 'pence' ? { council_contribution_pence: c.value as PartnershipListRow['council_contribution_pence'] } : { within_approved_budget: c.value as PartnershipListRow['within_approved_budget'] };
    const [out] = assembleRegisterRows([row('a', over)], [], []);
    assert.equal(c.field === 'pence' ? out!.councilContributionPence : out!.withinApprovedBudget, c.expected);
  });
}

test('register rows keep the page order, give each its own partners in order, and name officers once looked up', () => {
  const rows = [row('b', { sponsoring_officer_id: 'o1', accountable_officer_id: 'o2' }), row('a', { sponsoring_officer_id: 'o1', accountable_officer_id: 'gone' })];
  const partners = [
    { partnership_id: 'a', name: 'Council', is_this_council: 1, role: 'lead' },
    { partnership_id: 'b', name: 'Trust', is_this_council: 0, role: 'lead' },
    { partnership_id: 'b', name: 'Charity', is_this_council: '0', role: 'member' },
  ];
  const out = assembleRegisterRows(rows, partners, [{ id: 'o1', name: 'Officer One' }, { id: 'o2', name: 'Officer Two' }]);
  assert.deepEqual(out.map((r) => r.id), ['b', 'a']);
  assert.deepEqual(out[0]!.partners, [
    { name: 'Trust', role: 'lead', isThisCouncil: false },
    { name: 'Charity', role: 'member', isThisCouncil: false },
  ]);
  assert.deepEqual(out[1]!.partners, [{ name: 'Council', role: 'lead', isThisCouncil: true }]);
  assert.deepEqual([out[0]!.sponsoringOfficerName, out[0]!.accountableOfficerName, out[1]!.accountableOfficerName], ['Officer One', 'Officer Two', null]);
  assert.deepEqual(officerIdsOf(rows), ['o1', 'o2', 'gone']);
});
