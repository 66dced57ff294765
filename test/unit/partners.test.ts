// The rules of a partnership's partners (R-1.1, R-2.7a) and council representatives, for a whole
// set (registration) and for one record added, changed or removed on its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Change } from '../../src/domain/records/change.ts';
import type { PartnerLink, RepresentativeLink } from '../../src/domain/register/partnership.ts';
import { partnerChangeProblems, partnerSetProblems, type Partner } from '../../src/domain/register/partners.ts';
import { representativeChangeProblems, representativeSetProblems, type NamedPerson, type Representative } from '../../src/domain/register/representatives.ts';

const COUNCIL = 'council';
const partner = (organisationId: string, role: Partner['role'] = 'member'): Partner => ({
  organisationId,
  name: organisationId === COUNCIL ? 'Brackenford Borough Council' : `${organisationId[0]!.toUpperCase()}${organisationId.slice(1)} Trust`,
  sector: organisationId === COUNCIL ? 'public' : 'vcse',
  isThisCouncil: organisationId === COUNCIL,
  role,
  memberStatus: 'voting',
  ownPriorities: null,
  confirmedBy: null,
  confirmedOn: null,
  organisationalPlanReference: null,
});

type Expected = Array<{ field: string; match: RegExp; index?: number; key?: string }>;

function check(problems: ReadonlyArray<{ field: string; message: string; index?: number; key?: string }>, expected: Expected): void {
  assert.equal(problems.length, expected.length, JSON.stringify(problems));
  expected.forEach((e, i) => {
    assert.equal(problems[i]!.field, e.field);
    assert.match(problems[i]!.message, e.match);
    assert.equal(problems[i]!.index, e.index);
    assert.equal(problems[i]!.key, e.key);
  });
}

describe('partnerSetProblems: a whole set of partners (the registration form)', () => {
  const cases: Array<[string, Partner[], string | null, Expected]> = [
    ['R-1.1 the council and one other: no problem', [partner(COUNCIL, 'lead'), partner('oak')], COUNCIL, []],
    ['R-1.1 the council alone is refused', [partner(COUNCIL, 'lead')], COUNCIL, [{ field: 'partners', match: /other than the council/ }]],
    ['R-1.1 no partners at all is refused', [], COUNCIL, [{ field: 'partners', match: /other than the council/ }]],
    ['R-1.1 with no council organisation recorded, any partner counts', [partner(COUNCIL)], null, []],
    [
      'each organisation once: the second at its row',
      [partner(COUNCIL), partner('oak'), partner('oak')],
      COUNCIL,
      [{ field: 'partners', match: /only once/, index: 2, key: 'organisationId' }],
    ],
    [
      'R-2.7a one lead: the second lead at its role',
      [partner(COUNCIL, 'lead'), partner('oak'), partner('ash', 'lead')],
      COUNCIL,
      [{ field: 'partners', match: /Only one partner can be the lead/, index: 2, key: 'role' }],
    ],
    [
      'every problem at once, in order',
      [partner(COUNCIL, 'lead'), partner(COUNCIL, 'lead')],
      COUNCIL,
      [
        { field: 'partners', match: /other than the council/ },
        { field: 'partners', match: /only once/, index: 1, key: 'organisationId' },
        { field: 'partners', match: /lead/, index: 1, key: 'role' },
      ],
    ],
  ];
  for (const [name, partners, council, expected] of cases) it(name, () => check(partnerSetProblems(partners, council), expected));
});

describe('partnerChangeProblems: one partner added, changed or removed', () => {
  const two = [partner(COUNCIL, 'lead'), partner('oak')];
  const three = [...two, partner('ash', 'funder')];
  const cases: Array<[string, Partner[], Change<PartnerLink>, Expected]> = [
    ['add a new organisation as a member', two, { kind: 'add', value: { organisationId: 'ash', role: 'member', memberStatus: 'voting' } }, []],
    [
      'add an organisation already a partner: named, at organisationId',
      two,
      { kind: 'add', value: { organisationId: 'oak', role: 'member' } },
      [{ field: 'organisationId', match: /^Oak Trust is already a partner in this partnership$/ }],
    ],
    [
      'R-2.7a add a second lead: the lead named, at role',
      two,
      { kind: 'add', value: { organisationId: 'ash', role: 'lead' } },
      [{ field: 'role', match: /^Brackenford Borough Council is already the lead or accountable body.*Change Brackenford Borough Council’s role first$/ }],
    ],
    ['add a lead when there is none', [partner(COUNCIL), partner('oak')], { kind: 'add', value: { organisationId: 'ash', role: 'lead' } }, []],
    ['add with only the organisation known (the rest refused by the schema)', two, { kind: 'add', value: { organisationId: 'ash' } }, []],
    ['change the lead’s own role to lead again: no problem', two, { kind: 'change', key: COUNCIL, value: { organisationId: COUNCIL, role: 'lead' } }, []],
    [
      'R-2.7a change another partner to lead',
      two,
      { kind: 'change', key: 'oak', value: { organisationId: 'oak', role: 'lead' } },
      [{ field: 'role', match: /already the lead/ }],
    ],
    ['change a member to a funder', two, { kind: 'change', key: 'oak', value: { organisationId: 'oak', role: 'funder' } }, []],
    [
      'R-1.1 remove the last partner other than the council: refused, named, at organisationId',
      two,
      { kind: 'remove', key: 'oak' },
      [{ field: 'organisationId', match: /^Oak Trust cannot be removed: it is the only partner other than the council.*\(R-1\.1\)/ }],
    ],
    ['R-1.1 remove one of two others', three, { kind: 'remove', key: 'oak' }, []],
    ['remove the council itself: others remain', two, { kind: 'remove', key: COUNCIL }, []],
    ['remove one that is not a partner: nothing to check (the use case says not found)', two, { kind: 'remove', key: 'elm' }, []],
    [
      'a set already without the council’s partner does not stop an unrelated change',
      [partner(COUNCIL, 'lead')],
      { kind: 'change', key: COUNCIL, value: { organisationId: COUNCIL, role: 'member' } },
      [],
    ],
  ];
  for (const [name, partners, change, expected] of cases) it(name, () => check(partnerChangeProblems(partners, change, COUNCIL), expected));
});

const people = new Map<string, NamedPerson>([
  ['olu', { name: 'Olu Officer', councilRole: 'officer' }],
  ['carys', { name: 'Cllr Carys', councilRole: 'councillor' }],
  ['pat', { name: 'Pat Partner', councilRole: null }],
]);
const rep = (personId: string, capacity: Representative['capacity']): Representative => ({ personId, capacity, name: people.get(personId)!.name, jobTitle: null, codesAcknowledgedOn: null });

describe('representativeSetProblems: each person once', () => {
  const cases: Array<[string, Array<{ personId: string }>, Expected]> = [
    ['none', [], []],
    ['two people', [{ personId: 'olu' }, { personId: 'carys' }], []],
    ['the same person twice: the second at its row', [{ personId: 'olu' }, { personId: 'carys' }, { personId: 'olu' }], [{ field: 'representatives', match: /only once/, index: 2, key: 'personId' }]],
  ];
  for (const [name, reps, expected] of cases) it(name, () => check(representativeSetProblems(reps), expected));
});

describe('representativeChangeProblems: one council representative added or changed (R-2.16)', () => {
  const current = [rep('olu', 'officer')];
  const cases: Array<[string, Change<RepresentativeLink>, Expected]> = [
    ['R-2.16 a councillor attending as a councillor', { kind: 'add', value: { personId: 'carys', capacity: 'councillor' } }, []],
    [
      'someone already a representative: named, at personId',
      { kind: 'add', value: { personId: 'olu', capacity: 'officer' } },
      [{ field: 'personId', match: /^Olu Officer is already a council representative on this partnership$/ }],
    ],
    [
      'R-2.16 a partner’s staff cannot represent the council, at personId',
      { kind: 'add', value: { personId: 'pat', capacity: 'officer' } },
      [{ field: 'personId', match: /^Pat Partner is not a council officer or councillor: representatives represent only the council$/ }],
    ],
    [
      'R-2.16 a councillor does not attend as an officer, at capacity',
      { kind: 'add', value: { personId: 'carys', capacity: 'officer' } },
      [{ field: 'capacity', match: /^Cllr Carys is a councillor: they attend as a councillor$/ }],
    ],
    ['R-2.16 with no capacity known yet, only whether they may represent', { kind: 'add', value: { personId: 'carys' } }, []],
    ['R-2.16 with no capacity known, a partner’s staff is still refused', { kind: 'add', value: { personId: 'pat' } }, [{ field: 'personId', match: /represent only the council/ }]],
    ['an unknown person is the caller’s to report', { kind: 'add', value: { personId: 'ghost', capacity: 'officer' } }, []],
    [
      'R-2.16 change an officer to attend as a councillor, at capacity',
      { kind: 'change', key: 'olu', value: { personId: 'olu', capacity: 'councillor' } },
      [{ field: 'capacity', match: /^Olu Officer is a council officer: they attend as an officer$/ }],
    ],
    ['change, keeping the capacity right', { kind: 'change', key: 'olu', value: { personId: 'olu', capacity: 'officer' } }, []],
    ['removing breaks no rule', { kind: 'remove', key: 'olu' }, []],
  ];
  for (const [name, change, expected] of cases) it(name, () => check(representativeChangeProblems(current, change, people), expected));
});
