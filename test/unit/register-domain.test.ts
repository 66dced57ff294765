// The register's pure rules, table-driven: money in pence, references, the partnership rules with
// their requirement ids, the register list's URL parameters, and search folding.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatPence, MAX_PENCE, parsePounds, penceToInput, type MoneyParse } from '../../src/domain/register/money.ts';
import { normalisePartnership, partnershipProblems, type PartnershipDetails, type Problem } from '../../src/domain/register/partnership.ts';
import { formatReference } from '../../src/domain/register/reference.ts';
import {
  DEFAULT_QUERY,
  MAX_PAGE_SIZE,
  PAGE_SIZE,
  parseRegisterQuery,
  registerQueryParams,
  type RegisterQuery,
} from '../../src/domain/register/register-query.ts';
import { LEGAL_FORMS, STATUSES } from '../../src/domain/register/vocabulary.ts';
import { fold, searchTerms, tokens } from '../../src/domain/search/normalise.ts';

describe('parsePounds: what people type, as integer pence', () => {
  const cases: Array<[string, MoneyParse]> = [
    ['0', { ok: true, pence: 0 }],
    ['£0', { ok: true, pence: 0 }],
    ['25000', { ok: true, pence: 2_500_000 }],
    ['£25,000', { ok: true, pence: 2_500_000 }],
    ['£25,000.50', { ok: true, pence: 2_500_050 }],
    ['25000.5', { ok: true, pence: 2_500_050 }],
    ['25000.05', { ok: true, pence: 2_500_005 }],
    ['0.01', { ok: true, pence: 1 }],
    ['0.99', { ok: true, pence: 99 }],
    ['1.', { ok: true, pence: 100 }],
    ['  £ 1,250,000  ', { ok: true, pence: 125_000_000 }],
    ['007', { ok: true, pence: 700 }],
    ['10000000000', { ok: true, pence: MAX_PENCE }],
    ['£10,000,000,000.00', { ok: true, pence: MAX_PENCE }],
    ['9999999999.99', { ok: true, pence: MAX_PENCE - 1 }],
    ['10000000000.01', { ok: false, problem: 'too-large' }],
    ['999999999999', { ok: false, problem: 'too-large' }],
    ['1000000000000000000000', { ok: false, problem: 'too-large' }],
    ['-5', { ok: false, problem: 'negative' }],
    ['£-5', { ok: false, problem: 'negative' }],
    ['-0', { ok: false, problem: 'negative' }],
    ['1.234', { ok: false, problem: 'too-many-decimals' }],
    ['0.001', { ok: false, problem: 'too-many-decimals' }],
    ['', { ok: false, problem: 'not-a-number' }],
    ['   ', { ok: false, problem: 'not-a-number' }],
    ['£', { ok: false, problem: 'not-a-number' }],
    ['.5', { ok: false, problem: 'not-a-number' }],
    ['1.5m', { ok: false, problem: 'not-a-number' }],
    ['1e5', { ok: false, problem: 'not-a-number' }],
    ['twenty', { ok: false, problem: 'not-a-number' }],
    ['1 000', { ok: false, problem: 'not-a-number' }],
    ['1.2.3', { ok: false, problem: 'not-a-number' }],
    ['$5', { ok: false, problem: 'not-a-number' }],
    ['٥', { ok: false, problem: 'not-a-number' }],
    ['0x10', { ok: false, problem: 'not-a-number' }],
  ];
  for (const [input, expected] of cases) it(JSON.stringify(input), () => assert.deepEqual(parsePounds(input), expected));
});

describe('formatPence and penceToInput', () => {
  const cases: Array<[number | null | undefined, string, string]> = [
    [null, '', ''],
    [undefined, '', ''],
    [0, '£0', '0'],
    [1, '£0.01', '0.01'],
    [10, '£0.10', '0.10'],
    [99, '£0.99', '0.99'],
    [100, '£1', '1'],
    [2_500_000, '£25,000', '25000'],
    [2_500_050, '£25,000.50', '25000.50'],
    [2_500_005, '£25,000.05', '25000.05'],
    [123_456_789, '£1,234,567.89', '1234567.89'],
    [MAX_PENCE, '£10,000,000,000', '10000000000'],
    [-500, '-£5', '-5'],
    [-5, '-£0.05', '-0.05'],
  ];
  for (const [pence, shown, input] of cases) {
    it(`${pence} → ${JSON.stringify(shown)} and ${JSON.stringify(input)}`, () => {
      assert.equal(formatPence(pence), shown);
      assert.equal(penceToInput(pence), input);
    });
  }

  it('what penceToInput writes, parsePounds reads back exactly (every pence value of a pound, and large amounts)', () => {
    const values = [...Array(100).keys(), 100, 12_345, 2_500_050, 999_999_999_999, MAX_PENCE, 7_000_000_029];
    for (const pence of values) assert.deepEqual(parsePounds(penceToInput(pence)), { ok: true, pence }, String(pence));
    for (const pence of values) assert.deepEqual(parsePounds(formatPence(pence)), { ok: true, pence }, `formatted ${pence}`);
  });
});

describe('formatReference: P-<year>-<number>, at least three digits', () => {
  const cases: Array<[number, number, string]> = [
    [2026, 1, 'P-2026-001'],
    [2026, 14, 'P-2026-014'],
    [2026, 99, 'P-2026-099'],
    [2026, 999, 'P-2026-999'],
    [2026, 1000, 'P-2026-1000'],
    [2027, 12345, 'P-2027-12345'],
  ];
  for (const [year, n, expected] of cases) it(expected, () => assert.equal(formatReference(year, n), expected));
});

const ORG = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const COUNCIL = ORG(1);

function details(overrides: Partial<PartnershipDetails> = {}): PartnershipDetails {
  return {
    name: 'Healthy Towns',
    purpose: 'Joined-up health services',
    expectedOutcomes: 'Longer healthy lives',
    rationale: ['coordinated-services'],
    wellbeing: ['social'],
    legalForm: 'informal',
    startDate: '2026-04-01',
    expectedEndDate: '2029-03-31',
    durationDescription: null,
    councilContributionPence: 2_500_000,
    withinApprovedBudget: true,
    resourcesStaff: null,
    resourcesAssets: null,
    resourcesInKind: null,
    sponsoringOfficerId: null,
    accountableOfficerId: null,
    partners: [
      { organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' },
      { organisationId: ORG(2), role: 'member', memberStatus: 'voting' },
    ],
    representatives: [{ personId: ORG(50), capacity: 'officer' }],
    priorities: [],
    ...overrides,
  };
}

describe('partnershipProblems: the rules a partnership record must satisfy', () => {
  const ctx = { councilOrganisationId: COUNCIL };
  const cases: Array<[string, Partial<PartnershipDetails>, Problem[]]> = [
    ['a sound record has no problems', {}, []],
    [
      'R-1.1 no partners at all: at least one organisation other than the council',
      { partners: [] },
      [{ field: 'partners', message: 'Add at least one partner organisation other than the council' }],
    ],
    [
      'R-1.1 the council alone is not a partnership',
      { partners: [{ organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' }] },
      [{ field: 'partners', message: 'Add at least one partner organisation other than the council' }],
    ],
    ['R-1.1 one other organisation without the council is enough for the rule', { partners: [{ organisationId: ORG(2), role: 'lead', memberStatus: 'voting' }] }, []],
    [
      'R-1.1 the same organisation twice is one partner: the second row is pointed at',
      {
        partners: [
          { organisationId: COUNCIL, role: 'member', memberStatus: 'voting' },
          { organisationId: ORG(2), role: 'member', memberStatus: 'voting' },
          { organisationId: ORG(2), role: 'funder', memberStatus: 'observer' },
        ],
      },
      [{ field: 'partners', message: 'Each organisation can be a partner only once', index: 2, key: 'organisationId' }],
    ],
    [
      'two leads: only one lead or accountable body, at the second lead’s role',
      {
        partners: [
          { organisationId: ORG(2), role: 'member', memberStatus: 'voting' },
          { organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' },
          { organisationId: ORG(3), role: 'lead', memberStatus: 'voting' },
        ],
      },
      [{ field: 'partners', message: 'Only one partner can be the lead or accountable body', index: 2, key: 'role' }],
    ],
    [
      'R-2.16 the same representative twice',
      {
        representatives: [
          { personId: ORG(50), capacity: 'officer' },
          { personId: ORG(51), capacity: 'councillor' },
          { personId: ORG(50), capacity: 'councillor' },
        ],
      },
      [{ field: 'representatives', message: 'Each person can be a council representative only once', index: 2, key: 'personId' }],
    ],
    [
      'the expected end before the start',
      { startDate: '2026-04-01', expectedEndDate: '2026-03-31' },
      [{ field: 'expectedEndDate', message: 'Expected end date must be the same as or after the start date' }],
    ],
    ['ending on the day it starts is allowed', { startDate: '2026-04-01', expectedEndDate: '2026-04-01' }, []],
    ['an end date with no start date is allowed', { startDate: null, expectedEndDate: '2026-04-01' }, []],
    [
      'R-2.5c a budget answer (yes) without an amount',
      { councilContributionPence: null, withinApprovedBudget: true },
      [{ field: 'councilContribution', message: 'Enter the council’s contribution per year, or £0' }],
    ],
    [
      'R-2.5c a budget answer (no) without an amount',
      { councilContributionPence: null, withinApprovedBudget: false },
      [{ field: 'councilContribution', message: 'Enter the council’s contribution per year, or £0' }],
    ],
    ['R-2.5c no amount and no budget answer is not yet known, not wrong', { councilContributionPence: null, withinApprovedBudget: null }, []],
    ['R-2.5c £0 with a budget answer is fine', { councilContributionPence: 0, withinApprovedBudget: true }, []],
  ];
  for (const [name, overrides, expected] of cases) it(name, () => assert.deepEqual(partnershipProblems(details(overrides), ctx), expected));

  it('every problem at once, in the order of the record', () => {
    const problems = partnershipProblems(
      details({
        partners: [
          { organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' },
          { organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' },
        ],
        representatives: [
          { personId: ORG(50), capacity: 'officer' },
          { personId: ORG(50), capacity: 'officer' },
        ],
        startDate: '2027-01-01',
        expectedEndDate: '2026-01-01',
        councilContributionPence: null,
        withinApprovedBudget: false,
      }),
      ctx,
    );
    assert.deepEqual(
      problems.map((p) => p.message),
      [
        'Add at least one partner organisation other than the council',
        'Each organisation can be a partner only once',
        'Only one partner can be the lead or accountable body',
        'Each person can be a council representative only once',
        'Expected end date must be the same as or after the start date',
        'Enter the council’s contribution per year, or £0',
      ],
    );
  });

  it('R-1.1 with no organisation marked as this council, any one partner satisfies the rule', () => {
    assert.deepEqual(partnershipProblems(details({ partners: [{ organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' }] }), { councilOrganisationId: null }), []);
  });
});

describe('normalisePartnership: the same answers in another order are the same record', () => {
  it('reasons (R-2.3) and well-being (R-1.1) in the protocol’s order, each once; nothing else touched', () => {
    const d = details({ rationale: ['statutory-requirement', 'coordinated-services', 'statutory-requirement'], wellbeing: ['environmental', 'economic'] });
    const n = normalisePartnership(d);
    assert.deepEqual(n.rationale, ['coordinated-services', 'statutory-requirement']);
    assert.deepEqual(n.wellbeing, ['economic', 'environmental']);
    assert.deepEqual({ ...n, rationale: d.rationale, wellbeing: d.wellbeing }, d);
    assert.deepEqual(normalisePartnership(n), n);
  });
});

const ID_A = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const ID_B = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';

describe('parseRegisterQuery: each parameter, valid and not', () => {
  const q = (params: Record<string, unknown>) => parseRegisterQuery(params);
  const cases: Array<[string, Record<string, unknown>, Partial<RegisterQuery>, string[]]> = [
    ['nothing: the defaults', {}, {}, []],
    ['q is trimmed', { q: '  healthy towns ' }, { q: 'healthy towns' }, []],
    ['q of 200 characters', { q: 'x'.repeat(200) }, { q: 'x'.repeat(200) }, []],
    ['q of 201 characters is refused', { q: 'x'.repeat(201) }, {}, ['q']],
    ['q twice is refused', { q: ['a', 'b'] }, {}, ['q']],
    ['status', { status: 'operating' }, { status: ['operating'] }, []],
    ['status repeated', { status: ['operating', 'proposed'] }, { status: ['operating', 'proposed'] }, []],
    ['status comma-separated', { status: 'operating,proposed' }, { status: ['operating', 'proposed'] }, []],
    ['status mixed forms with spaces', { status: ['operating, proposed', 'approved'] }, { status: ['operating', 'proposed', 'approved'] }, []],
    ['status given twice counts once', { status: ['operating', 'operating,operating'] }, { status: ['operating'] }, []],
    ['status unknown is reported, the rest kept', { status: 'operating,bogus' }, { status: ['operating'] }, ['status']],
    ['status empty is nothing', { status: '' }, {}, []],
    ['status case matters (values are codes)', { status: 'Operating' }, {}, ['status']],
    ['legalForm', { legalForm: 'latco' }, { legalForm: ['latco'] }, []],
    ['legalForm repeated and comma forms', { legalForm: ['latco,joint-committee', 'informal'] }, { legalForm: ['latco', 'joint-committee', 'informal'] }, []],
    ['legalForm unknown', { legalForm: 'company' }, {}, ['legalForm']],
    ['sector', { sector: 'vcse' }, { sector: 'vcse' }, []],
    ['sector: the first of several', { sector: ['health', 'vcse'] }, { sector: 'health' }, []],
    ['sector unknown', { sector: 'charity' }, {}, ['sector']],
    ['organisation id', { organisation: ID_A }, { organisation: ID_A }, []],
    ['organisation not an id', { organisation: 'acme' }, {}, ['organisation']],
    ['organisation upper-case id is not ours', { organisation: ID_A.toUpperCase() }, {}, ['organisation']],
    ['sponsor id', { sponsor: ID_B }, { sponsor: ID_B }, []],
    ['sponsor SQL', { sponsor: "' or 1=1 --" }, {}, ['sponsor']],
    ['priority id', { priority: ID_A }, { priority: ID_A }, []],
    ['priority blank is nothing', { priority: '' }, {}, []],
    ['minContribution in pounds', { minContribution: '5000' }, { minContributionPence: 500_000 }, []],
    ['minContribution with £, commas and pence', { minContribution: '£5,000.50' }, { minContributionPence: 500_050 }, []],
    ['minContribution zero', { minContribution: '0' }, { minContributionPence: 0 }, []],
    ['minContribution negative', { minContribution: '-1' }, {}, ['minContribution']],
    ['minContribution not money', { minContribution: 'lots' }, {}, ['minContribution']],
    ['sort by each', { sort: 'contribution' }, { sort: 'contribution' }, []],
    ['sort unknown', { sort: 'created_at' }, {}, ['sort']],
    ['order desc', { order: 'desc' }, { order: 'desc' }, []],
    ['order unknown', { order: 'DESC' }, {}, ['order']],
    ['page', { page: '3' }, { page: 3 }, []],
    ['page with leading zeros', { page: '003' }, { page: 3 }, []],
    ['page 0', { page: '0' }, {}, ['page']],
    ['page negative', { page: '-1' }, {}, ['page']],
    ['page fraction', { page: '1.5' }, {}, ['page']],
    ['page too large to be real', { page: '10000000' }, {}, ['page']],
    ['page not a number', { page: 'last' }, {}, ['page']],
    ['pageSize', { pageSize: '100' }, { pageSize: 100 }, []],
    ['pageSize above the maximum', { pageSize: String(MAX_PAGE_SIZE + 1) }, {}, ['pageSize']],
    ['pageSize 0', { pageSize: '0' }, {}, ['pageSize']],
    ['an unknown parameter is reported', { colour: 'red' }, {}, ['colour']],
    ['a non-string value is ignored', { status: [{ a: 1 }, 5] }, {}, []],
  ];
  for (const [name, params, expected, errorFields] of cases) {
    it(name, () => {
      const { query, errors } = q(params);
      assert.deepEqual(query, { ...DEFAULT_QUERY, status: [], legalForm: [], ...expected });
      assert.deepEqual(
        errors.map((e) => e.field),
        errorFields,
      );
      for (const e of errors) assert.ok(e.message.length > 0);
    });
  }

  it('every status and legal form is accepted', () => {
    assert.deepEqual(q({ status: STATUSES.join(',') }).query.status, [...STATUSES]);
    assert.deepEqual(q({ legalForm: [...LEGAL_FORMS] }).query.legalForm, [...LEGAL_FORMS]);
  });

  it('the page size is 25 unless asked', () => assert.equal(q({}).query.pageSize, PAGE_SIZE));
});

describe('registerQueryParams: the URL of a query, and back', () => {
  const fromParams = (params: URLSearchParams) => {
    const record: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) {
      const all = params.getAll(key);
      record[key] = all.length === 1 ? all[0]! : all;
    }
    return parseRegisterQuery(record);
  };

  const queries: Array<[string, Partial<RegisterQuery>, string]> = [
    ['the defaults: no parameters', {}, ''],
    ['a search', { q: 'Société générale' }, 'q=Soci%C3%A9t%C3%A9+g%C3%A9n%C3%A9rale'],
    ['statuses repeated', { status: ['operating', 'approved'] }, 'status=operating&status=approved'],
    ['everything', {
      q: 'health & care',
      status: ['proposed'],
      legalForm: ['latco', 'informal'],
      sector: 'health',
      organisation: ID_A,
      sponsor: ID_B,
      priority: ID_A,
      minContributionPence: 500_050,
      sort: 'contribution',
      order: 'desc',
      page: 2,
      pageSize: 50,
    }, ''],
    ['£0.29 stays 29 pence (no floating point)', { minContributionPence: 29 }, 'minContribution=0.29'],
    ['pounds without pence', { minContributionPence: 500_000 }, 'minContribution=5000'],
    ['a zero minimum is kept', { minContributionPence: 0 }, 'minContribution=0'],
  ];
  for (const [name, overrides, expected] of queries) {
    it(`${name} round-trips`, () => {
      const query: RegisterQuery = { ...DEFAULT_QUERY, status: [], legalForm: [], ...overrides };
      const params = registerQueryParams(query);
      if (expected) assert.equal(params.toString(), expected);
      const back = fromParams(new URLSearchParams(params.toString()));
      assert.deepEqual(back.errors, []);
      assert.deepEqual(back.query, query);
    });
  }

  it('overrides change one thing and keep the rest', () => {
    const query: RegisterQuery = { ...DEFAULT_QUERY, status: ['operating'], legalForm: [], q: 'care', page: 3 };
    assert.equal(registerQueryParams(query, { page: 4 }).toString(), 'q=care&status=operating&page=4');
    assert.equal(registerQueryParams(query, { page: 1 }).toString(), 'q=care&status=operating');
  });

  it('every sort and order round-trips', () => {
    for (const sort of ['name', 'reference', 'status', 'contribution', 'start'] as const) {
      for (const order of ['asc', 'desc'] as const) {
        const query: RegisterQuery = { ...DEFAULT_QUERY, status: [], legalForm: [], sort, order };
        assert.deepEqual(fromParams(registerQueryParams(query)).query, query);
      }
    }
  });
});

describe('fold, tokens and searchTerms: the same text on both databases', () => {
  const folds: Array<[string, string]> = [
    ['Société', 'societe'],
    ['SOCIÉTÉ', 'societe'],
    ['societe', 'societe'],
    ['Ŵyl Gymraeg', 'wyl gymraeg'],
    ['ŵ ŷ â', 'w y a'],
    ['Straße', 'strasse'],
    ['STRASSE', 'strasse'],
    ['ẞ', 'ss'],
    ['Æthelred', 'aethelred'],
    ['æ', 'ae'],
    ['Œuvre', 'oeuvre'],
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['ﬁnance', 'finance'],
    ['Ｆｕｌｌ', 'full'],
    ['naïve café', 'naive cafe'],
    ['İstanbul', 'istanbul'],
  ];
  for (const [input, expected] of folds) it(`fold ${JSON.stringify(input)}`, () => assert.equal(fold(input), expected));

  const tokenCases: Array<[string, string[]]> = [
    ['Healthy Towns Partnership', ['healthy', 'towns', 'partnership']],
    ['P-2026-014', ['p', '2026', '014']],
    ['Arts & Culture: the “Big” one!', ['arts', 'culture', 'the', 'big', 'one']],
    ['care, Care, CARE and Caré', ['care', 'and']],
    ['   ', []],
    ['', []],
    ['<script>alert(1)</script>', ['script', 'alert', '1']],
    ['Cyngor Sir Ŵyl', ['cyngor', 'sir', 'wyl']],
    [`${'a'.repeat(100)} b`, ['a'.repeat(64), 'b']],
  ];
  for (const [input, expected] of tokenCases) it(`tokens ${JSON.stringify(input.slice(0, 40))}`, () => assert.deepEqual(tokens(input), expected));

  it('searchTerms: accents and case fold both ways', () => {
    assert.deepEqual(searchTerms('societe'), searchTerms('Société'));
    assert.deepEqual(searchTerms('STRASSE'), searchTerms('straße'));
    assert.deepEqual(searchTerms('Wyl'), searchTerms('ŵyl'));
  });

  it('searchTerms: a reference prefix becomes its parts', () => {
    assert.deepEqual(searchTerms('P-2026-0'), ['p', '2026', '0']);
    assert.deepEqual(searchTerms('p-2026-014'), ['p', '2026', '014']);
  });

  it('searchTerms: punctuation alone searches for nothing', () => assert.deepEqual(searchTerms('%_*?!'), []));

  it('searchTerms: at most 8 terms', () => {
    assert.equal(searchTerms('a b c d e f g h i j k').length, 8);
    assert.deepEqual(searchTerms('a b c', 2), ['a', 'b']);
  });

  it('searchTerms: a term repeated counts once', () => assert.deepEqual(searchTerms('care Care CARE'), ['care']));
});


describe('withdrawing and deleting a partnership: who may, and what stops them', async () => {
  const w = await import('../../src/domain/register/withdrawal.ts');
  const roles = ['administrator', 'officer', 'auditor'] as const;
  const explained = (d: ReturnType<typeof w.deletionDecision>) => (d.allowed ? [] : d.reasons.map((r) => `${r.field}: ${r.message}`));

  const withdrawals: Array<{ name: string; role: (typeof roles)[number]; status: Parameters<typeof w.withdrawalDecision>[1]['status']; reason: string; refused?: RegExp }> = [
    { name: 'an officer withdraws a partnership entered by mistake, with a reason', role: 'officer', status: 'proposed', reason: 'Entered twice: see P-2026-004' },
    { name: 'an administrator may withdraw too', role: 'administrator', status: 'operating', reason: 'Not a partnership' },
    { name: 'internal audit changes nothing, so cannot withdraw', role: 'auditor', status: 'proposed', reason: 'x', refused: /^role: Only officers and administrators/ },
    { name: 'a reason is needed', role: 'officer', status: 'proposed', reason: '   ', refused: /^reason: Enter why/ },
    { name: 'a reason has a limit', role: 'officer', status: 'proposed', reason: 'x'.repeat(w.MAX_REASON_LENGTH + 1), refused: /^reason: The reason must be 2,000 characters or fewer/ },
    { name: 'a withdrawn partnership cannot be withdrawn again', role: 'officer', status: 'withdrawn', reason: 'Again', refused: /^status: This partnership has already been withdrawn/ },
  ];
  for (const c of withdrawals) {
    it(c.name, () => {
      const d = w.withdrawalDecision(c.role, { status: c.status }, c.reason);
      if (!c.refused) assert.deepEqual(d, { allowed: true });
      else assert.match(explained(d).join('\n'), c.refused);
    });
  }

  const deletions: Array<{ name: string; role: (typeof roles)[number]; references: Array<{ table: string; count: number }>; refused?: RegExp }> = [
    { name: 'an administrator deletes a partnership nothing refers to', role: 'administrator', references: [] },
    { name: 'its own partners, representatives, priorities and search tokens go with it', role: 'administrator', references: w.PARTNERSHIP_PARTS.map((table) => ({ table, count: 3 })) },
    { name: 'a table that refers to it with no rows for it does not block', role: 'administrator', references: [{ table: 'partnership_meetings', count: 0 }] },
    { name: 'a record of its own that refers to it blocks, and says what and how many', role: 'administrator', references: [{ table: 'partnership_partners', count: 2 }, { table: 'partnership_meetings', count: 1 }, { table: 'screenings', count: 2 }], refused: /^references: This partnership cannot be deleted because other records refer to it: 1 record in partnership meetings; 2 recorded screenings\. Withdraw it instead/ },
    { name: 'R-2.2 one recorded screening blocks: a screened arrangement stays on record', role: 'administrator', references: [{ table: 'screenings', count: 1 }], refused: /refer to it: 1 recorded screening\. Withdraw it instead/ },
    { name: 'unfinished screening answers (a working copy) go with it', role: 'administrator', references: [{ table: 'screening_drafts', count: 2 }] },
    { name: 'an officer cannot delete (they can withdraw)', role: 'officer', references: [], refused: /^role: Only an administrator can delete a partnership\. An officer can withdraw it instead/ },
    { name: 'internal audit cannot delete', role: 'auditor', references: [], refused: /^role: Only an administrator/ },
  ];
  for (const c of deletions) {
    it(c.name, () => {
      const d = w.deletionDecision(c.role, c.references);
      if (!c.refused) assert.deepEqual(d, { allowed: true });
      else assert.match(explained(d).join('\n'), c.refused);
    });
  }

  it('who may withdraw and who may delete, by role', () => {
    assert.deepEqual(roles.map((r) => [r, w.mayWithdraw(r), w.mayDelete(r)]), [['administrator', true, true], ['officer', true, false], ['auditor', false, false]]);
  });

  // The status is not a detail (issue 8): a change of details is refused only for a withdrawn partnership.
  const changes: Array<{ name: string; current: Parameters<typeof w.changeProblems>[0]; refused?: RegExp }> = [
    ...STATUSES.filter((s) => s !== 'withdrawn').map((current) => ({ name: `the details of a partnership ${current} may be changed`, current })),
    { name: 'withdrawn is final: the record cannot be changed', current: 'withdrawn', refused: /has been withdrawn: its record is kept as it was/ },
  ];
  for (const c of changes) {
    it(c.name, () => {
      const problems = w.changeProblems(c.current);
      if (!c.refused) assert.deepEqual(problems, []);
      else {
        assert.equal(problems.length, 1);
        assert.equal(problems[0]!.field, 'status');
        assert.match(problems[0]!.message, c.refused);
      }
    });
  }
});

describe('registerReturn: the Back link to the register keeps its filters, and goes nowhere else', async () => {
  const { registerReturn } = await import('../../src/web/features/partnerships/register-return.ts');
  const cases: Array<[unknown, string]> = [
    ['/partnerships?q=waste&status=operating&page=2', '/partnerships?q=waste&status=operating&page=2'],
    ['/partnerships', '/partnerships'],
    [undefined, '/partnerships'],
    [['/partnerships?q=a', '/x'], '/partnerships'],
    ['https://evil.example/partnerships?q=a', '/partnerships'],
    ['//evil.example/partnerships', '/partnerships'],
    ['/\\evil.example/partnerships', '/partnerships'],
    ['/partnerships/new', '/partnerships'],
    ['/partnerships/../users', '/partnerships'],
    ['/users?from=/partnerships', '/partnerships'],
    ['/partnerships?q=a#x', '/partnerships'],
    ['/partnerships?q=caf\u00e9', '/partnerships'],
  ];
  for (const [from, expected] of cases) {
    it(`${JSON.stringify(from)} → ${expected}`, () => assert.equal(registerReturn(from), expected));
  }
});
