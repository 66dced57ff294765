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
    { name: 'R-2.16 a councillor does not attend as an officer', input: { ...base, representatives: [{ personId: 'officer', capacity: 'officer' }, { personId: 'councillor', capacity: 'officer' }] }, expect: [{ field: 'representatives', match: /^Cllr Carys is a councillor: they attend as a councillor$/, index: 1, key: 'capacity' }] },
    { name: 'R-2.16 an officer does not attend as a councillor', input: { ...base, representatives: [{ personId: 'officer', capacity: 'councillor' }] }, expect: [{ field: 'representatives', match: /^Olu Officer is a council officer: they attend as an officer$/, index: 0, key: 'capacity' }] },
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

describe('R-2.16 a person’s council role', async () => {
  const { councilRoleFor } = await import('../../src/domain/register/person.ts');
  const cases = [
    { name: 'the council’s officer keeps the role', org: { isThisCouncil: true }, role: 'officer' as const, expect: 'officer', problem: false },
    { name: 'the council’s councillor keeps the role', org: { isThisCouncil: true }, role: 'councillor' as const, expect: 'councillor', problem: false },
    { name: 'the council’s person without a role is asked for one', org: { isThisCouncil: true }, role: null, expect: null, problem: true },
    { name: 'a partner’s staff member has no council role, whatever was sent', org: { isThisCouncil: false }, role: 'councillor' as const, expect: null, problem: false },
    { name: 'an unknown organisation keeps no role (its own problem is reported elsewhere)', org: undefined, role: 'officer' as const, expect: null, problem: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const result = councilRoleFor(c.org, c.role);
      assert.equal(result.councilRole, c.expect);
      assert.equal(result.problems.length, c.problem ? 1 : 0);
      if (c.problem) assert.equal(result.problems[0]!.field, 'councilRole');
    });
  }
});

describe('R-2.16 who is offered: exactly the people the rule accepts', async () => {
  const { mayBeCouncilOfficer, mayRepresentCouncil } = await import('../../src/domain/register/partnership.ts');
  for (const [id, person] of people) {
    it(`${person.name} is offered as an officer iff the rule accepts them as sponsoring officer`, () => {
      const refused = councilPeopleProblems({ ...base, sponsoringOfficerId: id }, people).length > 0;
      assert.equal(mayBeCouncilOfficer(person), !refused);
      assert.equal(mayBeCouncilOfficer(person), person.councilRole === 'officer', 'R-2.16 councillors are not offered as officers');
    });
    it(`${person.name} is offered as a representative iff the rule accepts them in their own capacity`, () => {
      const refused = councilPeopleProblems({ ...base, representatives: [{ personId: id, capacity: person.councilRole ?? 'officer' }] }, people).length > 0;
      assert.equal(mayRepresentCouncil(person), !refused);
    });
  }
});
