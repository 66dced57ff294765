import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { councilPeopleProblems, type NamedPerson } from '../../src/domain/register/partnership.ts';

const people = new Map<string, NamedPerson>([
  ['officer', { name: 'Olu Officer', councilRole: 'officer' }],
  ['councillor', { name: 'Cllr Carys', councilRole: 'councillor' }],
  ['partner', { name: 'Pat Partner', councilRole: null }],
]);

const base = { sponsoringOfficerId: null, accountableOfficerId: null, representatives: [] };

describe('R-2.16 council people on a partnership', () => {
  const cases: Array<{ name: string; input: Parameters<typeof councilPeopleProblems>[0]; expect: Array<{ field: string; match: RegExp; index?: number; key?: string }> }> = [
    { name: 'nobody named: no problem (a gap for the compliance check, not an error)', input: base, expect: [] },
    { name: 'R-2.16 an officer sponsors', input: { ...base, sponsoringOfficerId: 'officer' }, expect: [] },
    { name: 'R-2.16 a councillor cannot be the sponsoring officer', input: { ...base, sponsoringOfficerId: 'councillor' }, expect: [{ field: 'sponsoringOfficerId', match: /must be a council officer: Cllr Carys is a councillor/ }] },
    { name: 'R-2.6.1 a partner’s staff cannot be the accountable officer', input: { ...base, accountableOfficerId: 'partner' }, expect: [{ field: 'accountableOfficerId', match: /not on the council’s staff/ }] },
    { name: 'R-2.16 representatives attend in their own capacity', input: { ...base, representatives: [{ personId: 'councillor', capacity: 'councillor' }, { personId: 'officer', capacity: 'officer' }] }, expect: [] },
    { name: 'R-2.16 a councillor does not attend as an officer', input: { ...base, representatives: [{ personId: 'officer', capacity: 'officer' }, { personId: 'councillor', capacity: 'officer' }] }, expect: [{ field: 'representatives', match: /attend as a councillor/, index: 1, key: 'capacity' }] },
    { name: 'R-2.16 representatives represent only the council', input: { ...base, representatives: [{ personId: 'partner', capacity: 'officer' }] }, expect: [{ field: 'representatives', match: /represent only the council/, index: 0, key: 'personId' }] },
    { name: 'unknown ids are left to the caller', input: { ...base, sponsoringOfficerId: 'ghost', representatives: [{ personId: 'ghost', capacity: 'officer' }] }, expect: [] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const problems = councilPeopleProblems(c.input, people);
      assert.equal(problems.length, c.expect.length, JSON.stringify(problems));
      c.expect.forEach((e, i) => {
        assert.equal(problems[i]!.field, e.field);
        assert.match(problems[i]!.message, e.match);
        if (e.index !== undefined) assert.equal(problems[i]!.index, e.index);
        if (e.key !== undefined) assert.equal(problems[i]!.key, e.key);
      });
    });
  }
});
