// The compliance dashboard's sums (R-2.9: one view across all partnerships): gaps per partnership and
// requirement group, gaps by requirement across the council, and the filters (status, legal form, tier,
// requirement, result) with paging; and the reading of its query, strict enough for the API's 400s.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dashboardOf, findingsPicked, type DashboardFinding, type PartnershipCompliance } from '../../src/domain/compliance/dashboard.ts';
import { complianceQueryParams, DEFAULT_COMPLIANCE_QUERY, parseComplianceQuery, type ComplianceQuery } from '../../src/domain/compliance/dashboard-query.ts';

const ENTERING = '2.1, 2.3, 2.4, 2.5 and Appendix 1: entering a partnership';
const ARRANGEMENTS = '2.6: arrangements that must be in place';

const finding = (requirementId: string, section: string, result: DashboardFinding['result']): DashboardFinding => ({
  requirementId,
  clause: requirementId.slice(2),
  title: `Title of ${requirementId}`,
  section,
  result,
});

const partnership = (reference: string, over: Partial<PartnershipCompliance['partnership']>, findings: DashboardFinding[]): PartnershipCompliance => ({
  partnership: { id: `id-${reference}`, reference, name: `Partnership ${reference}`, status: 'operating', legalForm: 'joint-committee', tier: 'standard', ...over },
  findings,
});

// P-1: two gaps in 2.6 and one in entering; P-2: one gap in 2.6; P-3: none (an informal minor arrangement).
const COUNCIL: PartnershipCompliance[] = [
  partnership('P-2', {}, [finding('R-A1.1', ENTERING, 'pass'), finding('R-2.6.1', ARRANGEMENTS, 'gap'), finding('R-2.6.3', ARRANGEMENTS, 'pass')]),
  partnership('P-1', { status: 'approved' }, [finding('R-A1.1', ENTERING, 'gap'), finding('R-2.6.1', ARRANGEMENTS, 'gap'), finding('R-2.6.3', ARRANGEMENTS, 'gap')]),
  partnership('P-3', { legalForm: 'informal', tier: 'minor' }, [finding('R-A1.1', ENTERING, 'pass'), finding('R-2.6.1', ARRANGEMENTS, 'not-applicable')]),
];

const query = (over: Partial<ComplianceQuery> = {}): ComplianceQuery => ({ ...DEFAULT_COMPLIANCE_QUERY, ...over });
const refs = (d: ReturnType<typeof dashboardOf>) => d.rows.map((r) => r.partnership.reference);

describe('dashboardOf: gaps per partnership and group (R-2.9)', () => {
  it('counts each partnership’s gaps per requirement group, groups in the catalogue’s order, most gaps first', () => {
    const d = dashboardOf(COUNCIL, query());
    assert.deepEqual(d.groups, [ENTERING, ARRANGEMENTS]);
    assert.equal(d.counted, 'gap');
    assert.deepEqual(d.rows.map((r) => [r.partnership.reference, r.counts, r.total]), [
      ['P-1', [1, 2], 3],
      ['P-2', [0, 1], 1],
      ['P-3', [0, 0], 0],
    ]);
    assert.equal(d.total, 3);
    assert.equal(d.inView, 3);
    assert.equal(d.withGaps, 2);
  });

  it('R-2.6.1: gaps by requirement count partnerships, most first, ties in the catalogue’s order, none without a gap', () => {
    const d = dashboardOf(COUNCIL, query());
    assert.deepEqual(d.gapsByRequirement.map((g) => [g.requirementId, g.partnerships]), [
      ['R-2.6.1', 2],
      ['R-A1.1', 1],
      ['R-2.6.3', 1],
    ]);
    assert.equal(d.gapsByRequirement[0]!.title, 'Title of R-2.6.1');
    assert.equal(d.gapsByRequirement[0]!.clause, '2.6.1');
  });

  it('a requirement with the same gap twice in a partnership counts that partnership once', () => {
    const twice = [partnership('P-9', {}, [finding('R-2.7', ARRANGEMENTS, 'gap'), finding('R-2.7', ARRANGEMENTS, 'gap')])];
    assert.deepEqual(dashboardOf(twice, query()).gapsByRequirement.map((g) => g.partnerships), [1]);
  });

  it('filters by status, legal form and tier: the rows and the gaps by requirement both', () => {
    const approved = dashboardOf(COUNCIL, query({ status: ['approved'] }));
    assert.deepEqual(refs(approved), ['P-1']);
    assert.deepEqual(approved.gapsByRequirement.map((g) => [g.requirementId, g.partnerships]), [['R-A1.1', 1], ['R-2.6.1', 1], ['R-2.6.3', 1]]);
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ legalForm: ['informal'] }))), ['P-3']);
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ tier: ['standard'] }))), ['P-1', 'P-2']);
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ status: ['operating'], tier: ['minor', 'standard'] }))), ['P-2', 'P-3']);
    const none = dashboardOf(COUNCIL, query({ status: ['dissolved'] }));
    assert.deepEqual([none.total, none.inView, none.withGaps, none.gapsByRequirement.length], [0, 0, 0, 0]);
  });

  it('R-2.6.1: the drill-down (a requirement with result gap) picks the partnerships with that gap and counts only it', () => {
    const d = dashboardOf(COUNCIL, query({ requirement: 'R-2.6.1', result: 'gap' }));
    assert.deepEqual(d.rows.map((r) => [r.partnership.reference, r.counts]), [['P-1', [0, 1]], ['P-2', [0, 1]]]);
    assert.equal(d.inView, 3, 'the gaps by requirement still cover every partnership in profile');
    assert.equal(d.gapsByRequirement.length, 3);
  });

  it('a requirement without a result picks every partnership it was evaluated for', () => {
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ requirement: 'R-2.6.1' }))), ['P-1', 'P-2', 'P-3']);
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ requirement: 'R-2.6.9' }))), [], 'a requirement no partnership has');
  });

  it('a result counts that result in the cells and picks the partnerships that have one', () => {
    const met = dashboardOf(COUNCIL, query({ result: 'pass' }));
    assert.equal(met.counted, 'pass');
    assert.deepEqual(met.rows.map((r) => [r.partnership.reference, r.counts]), [['P-2', [1, 1]], ['P-3', [1, 0]]]);
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ result: 'not-applicable' }))), ['P-3']);
  });

  it('pages the rows, and a page past the last has none', () => {
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ pageSize: 2 }))), ['P-1', 'P-2']);
    const second = dashboardOf(COUNCIL, query({ pageSize: 2, page: 2 }));
    assert.deepEqual(refs(second), ['P-3']);
    assert.equal(second.total, 3);
    assert.deepEqual(refs(dashboardOf(COUNCIL, query({ pageSize: 2, page: 3 }))), []);
  });

  it('offers the tiers and requirements the findings hold', () => {
    const d = dashboardOf(COUNCIL, query());
    assert.deepEqual(d.tiers, ['minor', 'standard']);
    assert.deepEqual(d.requirements.map((r) => r.requirementId), ['R-A1.1', 'R-2.6.1', 'R-2.6.3']);
  });

  it('an empty council is an empty dashboard', () => {
    const d = dashboardOf([], query());
    assert.deepEqual([d.groups, d.rows, d.total, d.gapsByRequirement, d.withGaps], [[], [], 0, [], 0]);
  });

  it('findingsPicked keeps the requirement’s and the result’s findings (the export’s rows)', () => {
    const all = COUNCIL[1]!.findings;
    assert.equal(findingsPicked(all, { requirement: null, result: null }).length, 3);
    assert.deepEqual(findingsPicked(all, { requirement: 'R-2.6.1', result: null }).map((f) => f.requirementId), ['R-2.6.1']);
    assert.equal(findingsPicked(COUNCIL[0]!.findings, { requirement: null, result: 'gap' }).length, 1);
  });
});

describe('parseComplianceQuery: the filters in the address', () => {
  it('reads every filter, lists repeated or comma-separated, a value twice once', () => {
    const { query: q, errors } = parseComplianceQuery({ status: ['operating', 'approved,operating'], legalForm: 'latco', tier: 'minor,significant', requirement: 'R-2.6.1', result: 'gap', page: '2', pageSize: '50' });
    assert.deepEqual(errors, []);
    assert.deepEqual(q, { status: ['operating', 'approved'], legalForm: ['latco'], tier: ['minor', 'significant'], requirement: 'R-2.6.1', result: 'gap', page: 2, pageSize: 50 });
  });

  it('nothing asked is the defaults', () => {
    assert.deepEqual(parseComplianceQuery({}), { query: DEFAULT_COMPLIANCE_QUERY, errors: [] });
  });

  const bad: Array<[string, Record<string, unknown>, string]> = [
    ['an unknown parameter', { colour: 'red' }, 'colour'],
    ['an unknown status', { status: 'sleeping' }, 'status'],
    ['an unknown legal form', { legalForm: 'guild' }, 'legalForm'],
    ['a tier that is no name', { tier: '<script>' }, 'tier'],
    ['a requirement that is no id', { requirement: 'DROP TABLE' }, 'requirement'],
    ['a requirement given twice', { requirement: ['R-2.6.1', 'R-2.6.3'] }, 'requirement'],
    ['an unknown result', { result: 'fail' }, 'result'],
    ['page 0', { page: '0' }, 'page'],
    ['a page that is no number', { page: 'two' }, 'page'],
    ['a page size over the most', { pageSize: '101' }, 'pageSize'],
  ];
  for (const [what, params, field] of bad) {
    it(`refuses ${what} at ${field}, keeping the defaults there`, () => {
      const { query: q, errors } = parseComplianceQuery(params);
      assert.deepEqual(errors.map((e) => e.field), [field]);
      assert.equal(q.page, 1);
      assert.equal(q.requirement, null);
    });
  }

  it('writes a query back as a short address, leaving out defaults, and reads it the same', () => {
    const q: ComplianceQuery = { ...DEFAULT_COMPLIANCE_QUERY, status: ['operating'], tier: ['minor'], requirement: 'R-2.6.1', result: 'gap', page: 3 };
    const params = complianceQueryParams(q);
    assert.equal(params.toString(), 'status=operating&tier=minor&requirement=R-2.6.1&result=gap&page=3');
    assert.deepEqual(parseComplianceQuery(Object.fromEntries(params)).query, q);
    assert.equal(complianceQueryParams(DEFAULT_COMPLIANCE_QUERY).toString(), '');
  });
});
