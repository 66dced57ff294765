// The "Register a partnership" form: flat HTML fields ⇄ a partnership. Dates in three parts, money as
// typed, numbered partner and representative rows, and every error at the field that fixes it. The
// change form: the same answers without the rows (partners and representatives are records of their own).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { PartnershipView } from '../../src/domain/register/records.ts';
import {
  formActionSchema,
  formFieldOf,
  formRows,
  MAX_ROWS,
  parseChangeForm,
  parsePartnershipForm,
  partnershipToForm,
  readPartnershipForm,
  type PartnershipFormInput,
} from '../../src/web/features/partnerships/partnership.form.ts';

const id = (n: number) => `0190a1b2-c3d4-7e5f-8a9b-${String(n).padStart(12, '0')}`;
const COUNCIL = id(1);
const ACME = id(2);
const TRUST = id(3);
const ANN = id(10);
const BOB = id(11);
const PRIORITY = id(20);
const ctx = { councilOrganisationId: COUNCIL };

/** A complete, valid submission as a browser sends it. */
function body(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    _csrf: 'token',
    partnerRows: '3',
    representativeRows: '2',
    name: 'Healthy Towns',
    purpose: 'Joined-up health services',
    expectedOutcomes: 'Longer healthy lives',
    rationale: ['coordinated-services', 'statutory-requirement'],
    wellbeing: ['social', 'economic'],
    legalForm: 'joint-committee',
    'startDate-day': '1',
    'startDate-month': '4',
    'startDate-year': '2026',
    'expectedEndDate-day': '31',
    'expectedEndDate-month': '3',
    'expectedEndDate-year': '2029',
    durationDescription: '',
    councilContribution: '£25,000.50',
    withinApprovedBudget: 'yes',
    resourcesStaff: 'Two officers, half time',
    resourcesAssets: '',
    resourcesInKind: 'Meeting rooms',
    sponsoringOfficerId: ANN,
    accountableOfficerId: BOB,
    'partner-0-organisation': COUNCIL,
    'partner-0-role': 'lead',
    'partner-0-memberStatus': 'voting',
    'partner-1-organisation': ACME,
    'partner-1-role': 'member',
    'partner-1-memberStatus': 'non-voting',
    'partner-2-organisation': '',
    'partner-2-role': '',
    'partner-2-memberStatus': '',
    'representative-0-person': ANN,
    'representative-0-capacity': 'officer',
    'representative-1-person': '',
    'representative-1-capacity': '',
    priorities: [PRIORITY],
    [`priority-${PRIORITY}-how`]: 'Fewer hospital admissions',
    action: 'save',
    ...overrides,
  };
}

function parse(overrides: Record<string, string | string[]> = {}, withCtx = true) {
  return parsePartnershipForm(readPartnershipForm(body(overrides)), withCtx ? ctx : undefined);
}

function errorsOf(overrides: Record<string, string | string[]>, withCtx = true): Array<[string, string]> {
  const result = parse(overrides, withCtx);
  assert.equal(result.ok, false, 'the form is refused');
  return result.ok ? [] : result.errors.map((e) => [e.field, e.message]);
}

describe('readPartnershipForm: the body as typed', () => {
  it('keeps single fields as strings and checkbox groups as arrays, without the CSRF token', () => {
    const form = readPartnershipForm(body());
    assert.equal(form.fields.name, 'Healthy Towns');
    assert.equal(form.fields.councilContribution, '£25,000.50');
    assert.equal(form.fields._csrf, undefined);
    assert.equal(form.fields.rationale, undefined);
    assert.deepEqual(form.rationale, ['coordinated-services', 'statutory-requirement']);
    assert.deepEqual(form.wellbeing, ['social', 'economic']);
    assert.deepEqual(form.priorities, [PRIORITY]);
    assert.equal(form.partnerRows, 3);
    assert.equal(form.representativeRows, 2);
  });

  it('a single checked box arrives as a string and is still a list', () => {
    const form = readPartnershipForm({ rationale: 'maximise-funds', wellbeing: 'social', priorities: PRIORITY });
    assert.deepEqual([form.rationale, form.wellbeing, form.priorities], [['maximise-funds'], ['social'], [PRIORITY]]);
  });

  it('a repeated single field keeps its first string; non-strings are blank', () => {
    const form = readPartnershipForm({ name: ['First', 'Second'], purpose: { nested: 'x' }, legalForm: [5, 'latco'] });
    assert.deepEqual([form.fields.name, form.fields.purpose, form.fields.legalForm], ['First', '', 'latco']);
  });

  it('text is kept exactly as typed, markup and spaces included', () => {
    assert.equal(readPartnershipForm({ name: '  <script>alert(1)</script> ' }).fields.name, '  <script>alert(1)</script> ');
  });

  it('absurdly long field names are dropped; checkbox lists are capped at 100', () => {
    const form = readPartnershipForm({ ['x'.repeat(101)]: 'a', rationale: Array(500).fill('maximise-funds') });
    assert.deepEqual(Object.keys(form.fields), []);
    assert.equal(form.rationale.length, 100);
  });

  const rowCases: Array<[unknown, number]> = [
    [undefined, 3],
    ['1', 1],
    ['7', 7],
    [String(MAX_ROWS), MAX_ROWS],
    ['999', MAX_ROWS],
    ['0', 3],
    ['-2', 3],
    ['2.5', 3],
    ['abc', 3],
    [['4', '9'], 4],
  ];
  for (const [value, expected] of rowCases) {
    it(`partnerRows ${JSON.stringify(value)} → ${expected}`, () => assert.equal(readPartnershipForm({ partnerRows: value }).partnerRows, expected));
  }

  it('no body or not an object: a blank form with spare rows', () => {
    for (const b of [undefined, null, 'name=x', 42]) {
      assert.deepEqual(readPartnershipForm(b), { fields: {}, rationale: [], wellbeing: [], priorities: [], partnerRows: 3, representativeRows: 2 });
    }
  });
});

describe('parsePartnershipForm: a complete form', () => {
  it('gives the partnership, blank rows skipped, money in pence, dates as ISO', () => {
    const result = parse();
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepEqual(result.value, {
      name: 'Healthy Towns',
      purpose: 'Joined-up health services',
      expectedOutcomes: 'Longer healthy lives',
      rationale: ['coordinated-services', 'statutory-requirement'],
      wellbeing: ['social', 'economic'],
      legalForm: 'joint-committee',
      startDate: '2026-04-01',
      expectedEndDate: '2029-03-31',
      durationDescription: null,
      councilContributionPence: 2_500_050,
      withinApprovedBudget: true,
      resourcesStaff: 'Two officers, half time',
      resourcesAssets: null,
      resourcesInKind: 'Meeting rooms',
      sponsoringOfficerId: ANN,
      accountableOfficerId: BOB,
      partners: [
        { organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' },
        { organisationId: ACME, role: 'member', memberStatus: 'non-voting' },
      ],
      representatives: [{ personId: ANN, capacity: 'officer' }],
      priorities: [{ priorityId: PRIORITY, how: 'Fewer hospital admissions' }],
    });
    assert.deepEqual(result.rows, { partners: [0, 1], representatives: [0] });
  });

  it('text is trimmed; blank optional fields and unanswered questions are null', () => {
    const result = parse({ name: '  Healthy Towns  ', councilContribution: '', withinApprovedBudget: '', sponsoringOfficerId: '', 'startDate-day': '', 'startDate-month': '', 'startDate-year': '' });
    assert.ok(result.ok);
    assert.equal(result.value.name, 'Healthy Towns');
    assert.equal(result.value.councilContributionPence, null);
    assert.equal(result.value.withinApprovedBudget, null);
    assert.equal(result.value.sponsoringOfficerId, null);
    assert.equal(result.value.startDate, null);
  });

  it('a partner in row 3 with rows 1 and 2 blank is the only partner, and its row is remembered', () => {
    const result = parse({
      'partner-0-organisation': '',
      'partner-0-role': '',
      'partner-0-memberStatus': '',
      'partner-1-organisation': '',
      'partner-1-role': '',
      'partner-1-memberStatus': '',
      'partner-2-organisation': ACME,
      'partner-2-role': 'lead',
      'partner-2-memberStatus': 'voting',
    });
    assert.ok(result.ok);
    assert.deepEqual(result.value.partners, [{ organisationId: ACME, role: 'lead', memberStatus: 'voting' }]);
    assert.deepEqual(result.rows.partners, [2]);
  });

  it('rows beyond the number the form says it has are not read', () => {
    const result = parse({ partnerRows: '2', 'partner-2-organisation': TRUST, 'partner-2-role': 'member', 'partner-2-memberStatus': 'voting' });
    assert.ok(result.ok);
    assert.deepEqual(
      result.value.partners.map((p) => p.organisationId),
      [COUNCIL, ACME],
    );
  });
});

describe('parsePartnershipForm: dates in three parts', () => {
  const cases: Array<[string, Record<string, string>, Array<[string, string]>]> = [
    ['day missing', { 'startDate-day': '' }, [['startDate-day', 'Start date must include a day']]],
    ['month missing', { 'startDate-month': '' }, [['startDate-month', 'Start date must include a month']]],
    ['year missing', { 'startDate-year': '' }, [['startDate-year', 'Start date must include a year']]],
    ['month and year missing', { 'startDate-month': '', 'startDate-year': '' }, [['startDate-month', 'Start date must include a month and year']]],
    ['day and year missing', { 'startDate-day': '', 'startDate-year': '' }, [['startDate-day', 'Start date must include a day and year']]],
    ['31 February', { 'startDate-day': '31', 'startDate-month': '2' }, [['startDate-day', 'Start date must be a real date']]],
    ['29 February in a common year', { 'startDate-day': '29', 'startDate-month': '2', 'startDate-year': '2026' }, [['startDate-day', 'Start date must be a real date']]],
    ['month 13', { 'startDate-month': '13' }, [['startDate-day', 'Start date must be a real date']]],
    ['day 0', { 'startDate-day': '0' }, [['startDate-day', 'Start date must be a real date']]],
    ['words', { 'startDate-day': 'first' }, [['startDate-day', 'Start date must be a real date']]],
    ['a two-digit year', { 'startDate-year': '26' }, [['startDate-day', 'Start date must be a real date']]],
    ['a negative day', { 'startDate-day': '-1' }, [['startDate-day', 'Start date must be a real date']]],
    ['a year long ago', { 'startDate-year': '1066' }, [['startDate-day', 'Start date must be a real date']]],
    ['the end date has its own label', { 'expectedEndDate-day': '30', 'expectedEndDate-month': '2' }, [['expectedEndDate-day', 'Expected end date must be a real date']]],
  ];
  for (const [name, overrides, expected] of cases) it(name, () => assert.deepEqual(errorsOf(overrides), expected));

  it('29 February in a leap year, leading zeros and spaces are fine', () => {
    const result = parse({ 'startDate-day': ' 029 '.trim().slice(1), 'startDate-month': '02', 'startDate-year': ' 2028 ' });
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.equal(result.value.startDate, '2028-02-29');
  });

  it('the date as typed is what the form keeps (for re-rendering)', () => {
    const form = readPartnershipForm(body({ 'startDate-day': '31', 'startDate-month': '2', 'startDate-year': '2026' }));
    assert.deepEqual([form.fields['startDate-day'], form.fields['startDate-month'], form.fields['startDate-year']], ['31', '2', '2026']);
  });
});

describe('parsePartnershipForm: money as typed', () => {
  const good: Array<[string, number]> = [
    ['£25,000.50', 2_500_050],
    ['25000', 2_500_000],
    ['25,000', 2_500_000],
    ['0', 0],
    [' £0.50 ', 50],
  ];
  for (const [typed, pence] of good) {
    it(`${JSON.stringify(typed)} → ${pence} pence`, () => {
      const result = parse({ councilContribution: typed });
      assert.ok(result.ok);
      assert.equal(result.value.councilContributionPence, pence);
    });
  }
  const bad: Array<[string, string]> = [
    ['-5', 'Council contribution must be £0 or more'],
    ['1.234', 'Council contribution must not have more than 2 decimal places'],
    ['lots', 'Council contribution must be an amount of money, like 25000 or £25,000.50'],
    ['1.5m', 'Council contribution must be an amount of money, like 25000 or £25,000.50'],
    ['10000000000.01', 'Council contribution must be £10,000,000,000 or less'],
  ];
  for (const [typed, message] of bad) {
    it(`${JSON.stringify(typed)}: ${message}`, () => assert.deepEqual(errorsOf({ councilContribution: typed }), [['councilContribution', message]]));
  }

  it('R-2.5c a budget answer without an amount is refused at the amount', () => {
    assert.deepEqual(errorsOf({ councilContribution: '', withinApprovedBudget: 'no' }), [['councilContribution', 'Enter the council’s contribution per year, or £0']]);
  });

  it('R-2.5c an unreadable amount shows one message, not two', () => {
    assert.deepEqual(errorsOf({ councilContribution: 'lots', withinApprovedBudget: 'yes' }), [
      ['councilContribution', 'Council contribution must be an amount of money, like 25000 or £25,000.50'],
    ]);
  });
});

describe('parsePartnershipForm: partner and representative rows', () => {
  const cases: Array<[string, Record<string, string | string[]>, Array<[string, string]>]> = [
    ['a role with no organisation', { 'partner-2-role': 'funder' }, [['partner-2-organisation', 'Select the organisation for partner 3']]],
    ['a member status with no organisation', { 'partner-2-memberStatus': 'observer' }, [['partner-2-organisation', 'Select the organisation for partner 3']]],
    ['an organisation with no role', { 'partner-1-role': '' }, [['partner-1-role', 'Select the partner’s role']]],
    ['an organisation with no member status', { 'partner-1-memberStatus': '' }, [['partner-1-memberStatus', 'Select the partner’s member status']]],
    ['a role that does not exist', { 'partner-1-role': 'owner' }, [['partner-1-role', 'Select the partner’s role']]],
    ['an organisation id that is not an id', { 'partner-1-organisation': 'acme' }, [['partner-1-organisation', 'Select the partner organisation']]],
    ['a capacity with no person', { 'representative-1-capacity': 'councillor' }, [['representative-1-person', 'Select the person for representative 2']]],
    ['a person with no capacity', { 'representative-0-capacity': '' }, [['representative-0-capacity', 'Select whether they attend as a councillor or an officer']]],
    [
      'R-1.1 only the council: at the first partner',
      { 'partner-1-organisation': '', 'partner-1-role': '', 'partner-1-memberStatus': '' },
      [['partner-0-organisation', 'Add at least one partner organisation other than the council']],
    ],
    [
      'R-1.1 no partners at all: at the first partner',
      { 'partner-0-organisation': '', 'partner-0-role': '', 'partner-0-memberStatus': '', 'partner-1-organisation': '', 'partner-1-role': '', 'partner-1-memberStatus': '' },
      [['partner-0-organisation', 'Add at least one partner organisation other than the council']],
    ],
    [
      'the same organisation twice: at the row of the second, counted across blank rows',
      { 'partner-1-organisation': '', 'partner-1-role': '', 'partner-1-memberStatus': '', 'partner-2-organisation': COUNCIL, 'partner-2-role': 'member', 'partner-2-memberStatus': 'voting', partnerRows: '4', 'partner-3-organisation': ACME, 'partner-3-role': 'member', 'partner-3-memberStatus': 'voting' },
      [['partner-2-organisation', 'Each organisation can be a partner only once']],
    ],
    [
      'two leads: at the second lead’s role',
      { 'partner-2-organisation': TRUST, 'partner-2-role': 'lead', 'partner-2-memberStatus': 'voting' },
      [['partner-2-role', 'Only one partner can be the lead or accountable body']],
    ],
    [
      'R-2.16 the same representative twice: at the second',
      { 'representative-1-person': ANN, 'representative-1-capacity': 'officer' },
      [['representative-1-person', 'Each person can be a council representative only once']],
    ],
    [
      'the end before the start: at the end date',
      { 'expectedEndDate-year': '2025' },
      [['expectedEndDate-day', 'Expected end date must be the same as or after the start date']],
    ],
    ['a priority ticked without saying how', { [`priority-${PRIORITY}-how`]: '  ' }, [[`priority-${PRIORITY}-how`, 'Say how the partnership helps deliver this priority']]],
    ['a priority that is not an id', { priorities: ['nonsense'] }, [['priorities', 'Select the corporate priority']]],
    // A page sends each box once; a hand-made post may not, and the database keeps each link once.
    ['R-2.5b the same priority ticked twice: at the priorities', { priorities: [PRIORITY, PRIORITY] }, [['priorities', 'Select each corporate priority once']]],
    ['a sponsoring officer that is not an id', { sponsoringOfficerId: 'ann' }, [['sponsoringOfficerId', 'Select the sponsoring officer']]],
  ];
  for (const [name, overrides, expected] of cases) it(name, () => assert.deepEqual(errorsOf(overrides), expected));

  it('without the register’s context the protocol rules are left to the use case', () => {
    const result = parse({ 'partner-1-organisation': '', 'partner-1-role': '', 'partner-1-memberStatus': '' }, false);
    assert.ok(result.ok);
  });
});

describe('parsePartnershipForm: every error at once, in the order of the page', () => {
  it('a blank form', () => {
    const result = parsePartnershipForm(readPartnershipForm({ partnerRows: '3', representativeRows: '2' }), ctx);
    assert.equal(result.ok, false);
    assert.deepEqual(!result.ok && result.errors, [
      { field: 'name', message: 'Enter the partnership’s name' },
      { field: 'purpose', message: 'Enter the partnership’s purpose' },
      { field: 'expectedOutcomes', message: 'Enter the outcomes expected for the people of the borough' },
      { field: 'rationale', message: 'Select why the council is entering the partnership' },
      { field: 'wellbeing', message: 'Select the well-being the partnership improves' },
      { field: 'legalForm', message: 'Select the legal form of the partnership' },
      { field: 'partner-0-organisation', message: 'Add at least one partner organisation other than the council' },
    ]);
  });

  it('mixed errors from typing, the schema and the rules, sorted by field and then row', () => {
    const fields = errorsOf({
      name: '',
      'partner-2-role': 'member',
      'partner-1-role': '',
      'representative-1-capacity': 'officer',
      sponsoringOfficerId: 'x',
      councilContribution: '-1',
      'startDate-day': '',
      [`priority-${PRIORITY}-how`]: '',
      'expectedEndDate-month': '14',
    }).map(([field]) => field);
    assert.deepEqual(fields, [
      'name',
      'startDate-day',
      'expectedEndDate-day',
      'councilContribution',
      'partner-1-role',
      'partner-2-organisation',
      'sponsoringOfficerId',
      'representative-1-person',
      `priority-${PRIORITY}-how`,
    ]);
  });

  it('one message per field', () => {
    const result = parsePartnershipForm(readPartnershipForm(body({ name: 'x'.repeat(500) + '\u0000' })), ctx);
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.errors.filter((e) => e.field === 'name').length, 1);
  });
});

describe('formFieldOf and formRows: a use case’s problem at the form field that fixes it', () => {
  const form: PartnershipFormInput = readPartnershipForm({
    partnerRows: '4',
    representativeRows: '3',
    'partner-1-organisation': ACME,
    'partner-3-organisation': TRUST,
    'representative-2-person': ANN,
  });
  const rows = formRows(form);
  it('rows that hold a partner or representative', () => assert.deepEqual(rows, { partners: [1, 3], representatives: [2] }));

  const cases: Array<[Parameters<typeof formFieldOf>[0], string]> = [
    [{ field: 'partners' }, 'partner-0-organisation'],
    [{ field: 'partners', index: 1, key: 'organisationId' }, 'partner-3-organisation'],
    [{ field: 'partners', index: 0, key: 'role' }, 'partner-1-role'],
    [{ field: 'representatives' }, 'representative-0-person'],
    [{ field: 'representatives', index: 0, key: 'personId' }, 'representative-2-person'],
    [{ field: 'startDate' }, 'startDate-day'],
    [{ field: 'expectedEndDate' }, 'expectedEndDate-day'],
    [{ field: 'councilContributionPence' }, 'councilContribution'],
    [{ field: 'councilContribution' }, 'councilContribution'],
    [{ field: 'sponsoringOfficerId' }, 'sponsoringOfficerId'],
    [{ field: 'priorities' }, 'priorities'],
  ];
  for (const [problem, expected] of cases) it(`${JSON.stringify(problem)} → ${expected}`, () => assert.equal(formFieldOf(problem, rows), expected));
});

describe('partnershipToForm: an existing partnership as the form shows it', () => {
  const view: PartnershipView = {
    id: id(99),
    reference: 'P-2026-014',
    name: 'Healthy Towns',
    purpose: 'Joined-up health services',
    expectedOutcomes: 'Longer healthy lives',
    rationale: ['statutory-requirement'],
    wellbeing: ['environmental'],
    legalForm: 'latco',
    status: 'approved',
    startDate: '2026-04-01',
    expectedEndDate: null,
    durationDescription: 'Ongoing',
    councilContributionPence: 2_500_050,
    withinApprovedBudget: false,
    resourcesStaff: null,
    resourcesAssets: 'The old library',
    resourcesInKind: null,
    sponsoringOfficerId: ANN,
    accountableOfficerId: null,
    partners: [
      { organisationId: COUNCIL, role: 'lead', memberStatus: 'voting' },
      { organisationId: ACME, role: 'funder', memberStatus: 'observer' },
    ],
    representatives: [{ personId: BOB, capacity: 'councillor' }],
    priorities: [{ priorityId: PRIORITY, how: 'Greener streets' }],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    partnerViews: [],
    representativeViews: [],
    priorityViews: [],
    sponsoringOfficer: null,
    accountableOfficer: null,
  };

  it('blank: spare rows and nothing filled', () => {
    assert.deepEqual(partnershipToForm(null), { fields: {}, rationale: [], wellbeing: [], priorities: [], partnerRows: 3, representativeRows: 2 });
  });

  it('money and dates as a person would type them; no partner or representative rows (records of their own, issue 8)', () => {
    const form = partnershipToForm(view);
    assert.equal(form.fields.councilContribution, '25000.50');
    assert.deepEqual([form.fields['startDate-day'], form.fields['startDate-month'], form.fields['startDate-year']], ['1', '4', '2026']);
    assert.equal(form.fields['expectedEndDate-day'], undefined);
    assert.equal(form.fields.withinApprovedBudget, 'no');
    assert.equal(form.fields[`priority-${PRIORITY}-how`], 'Greener streets');
    assert.deepEqual(Object.keys(form.fields).filter((k) => /^(partner|representative)-/.test(k)), []);
    assert.equal(form.partnerRows, 0);
    assert.equal(form.representativeRows, 0);
  });

  // The status is the partnership's, not a detail of the form: it changes only through a lifecycle step;
  // its partners and representatives change one at a time on their own pages.
  const { id: _id, reference: _r, status: _st, createdAt: _c, updatedAt: _u, partnerViews: _pv, representativeViews: _rv, priorityViews: _prv, sponsoringOfficer: _s, accountableOfficer: _a, partners: _p, representatives: _rp, ...own } = view;

  it('parsing the change form of a partnership gives back its own answers, and nothing of its partners', () => {
    const result = parseChangeForm(partnershipToForm(view));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.deepEqual(result.value, own);
  });

  it('survives a round trip through the browser (encoded and read back)', () => {
    const form = partnershipToForm(view);
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(form.fields)) params.append(k, v);
    for (const k of ['rationale', 'wellbeing', 'priorities'] as const) for (const v of form[k]) params.append(k, v);
    const record: Record<string, string | string[]> = {};
    for (const key of new Set(params.keys())) record[key] = params.getAll(key);
    const back = readPartnershipForm(record);
    assert.deepEqual([back.fields, back.rationale, back.wellbeing, back.priorities], [form.fields, form.rationale, form.wellbeing, form.priorities]);
    assert.deepEqual(parseChangeForm(back), parseChangeForm(form));
  });
});

describe('parseChangeForm: partner and representative rows posted to the change form are not read (issue 8)', () => {
  it('a whole registration body: the change has no partners or representatives in it', () => {
    const result = parseChangeForm(readPartnershipForm(body()));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
    assert.equal('partners' in result.value, false);
    assert.equal('representatives' in result.value, false);
    assert.equal(result.value.name, 'Healthy Towns');
  });

  it('rows that would break R-1.1 or name nothing are not errors: they are not part of the change', () => {
    const result = parseChangeForm(readPartnershipForm(body({ 'partner-1-organisation': '', 'partner-1-role': 'member', 'representative-1-capacity': 'officer', 'partner-0-organisation': 'not-an-id' })));
    assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  });

  it('the rules for its own answers still hold: dates in order, an amount before the budget answer (R-2.5c), each priority once (R-2.5b)', () => {
    const result = parseChangeForm(
      readPartnershipForm(body({ 'expectedEndDate-year': '2025', councilContribution: '', priorities: [PRIORITY, PRIORITY] })),
    );
    assert.equal(result.ok, false);
    assert.deepEqual(
      !result.ok && result.errors.map((e) => [e.field, e.message]),
      [
        ['expectedEndDate-day', 'Expected end date must be the same as or after the start date'],
        ['councilContribution', 'Enter the council’s contribution per year, or £0'],
        ['priorities', 'Select each corporate priority once'],
      ],
    );
  });
});

describe('formActionSchema: which button was pressed', () => {
  const cases: Array<[unknown, string]> = [
    ['save', 'save'],
    ['add-partner', 'add-partner'],
    ['add-representative', 'add-representative'],
    [undefined, 'save'],
    ['delete-everything', 'save'],
    [['add-partner', 'save'], 'save'],
  ];
  for (const [value, expected] of cases) it(`${JSON.stringify(value)} → ${expected}`, () => assert.equal(formActionSchema.parse(value), expected));
});
