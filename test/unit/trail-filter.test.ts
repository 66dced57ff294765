// the audit trail's filters read from the address: UK days, errors at the field, lenient otherwise.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonDayStart, parseTrailFilter, trailFilterParams } from '../../src/domain/audit/trail-filter.ts';

describe('R-2.6.10 londonDayStart: the instant a UK day begins', () => {
  const cases: Array<[string, [number, number, number], string]> = [
    ['winter: midnight GMT is midnight UTC', [2026, 1, 15], '2026-01-15T00:00:00.000Z'],
    ['summer: midnight BST is 23:00 UTC the day before', [2026, 7, 1], '2026-06-30T23:00:00.000Z'],
    ['the day the clocks go forward begins in GMT', [2026, 3, 29], '2026-03-29T00:00:00.000Z'],
    ['the day after it begins in BST', [2026, 3, 30], '2026-03-29T23:00:00.000Z'],
    ['the day the clocks go back begins in BST', [2026, 10, 25], '2026-10-24T23:00:00.000Z'],
    ['the day after it begins in GMT', [2026, 10, 26], '2026-10-26T00:00:00.000Z'],
    ['another year: 2027 goes forward on 28 March', [2027, 3, 29], '2027-03-28T23:00:00.000Z'],
    ['a leap day, in winter', [2028, 2, 29], '2028-02-29T00:00:00.000Z'],
    ['1 April, the first of a month in summer, begins on 31 March UTC', [2026, 4, 1], '2026-03-31T23:00:00.000Z'],
  ];
  for (const [name, [y, m, d], expected] of cases) it(name, () => assert.equal(londonDayStart(y, m, d), expected));
});

describe('R-2.6.10 parseTrailFilter', () => {
  const id = '01890000-0000-7000-8000-000000000001';
  it('reads every filter', () => {
    const { filter, errors } = parseTrailFilter({ user: id, type: 'partnership', record: 'abc', 'from-day': '1', 'from-month': '4', 'from-year': '2026', 'to-day': '30', 'to-month': '4', 'to-year': '2026', before: '120' });
    assert.deepEqual(errors, []);
    assert.deepEqual(filter, {
      actorId: id,
      entityType: 'partnership',
      entityId: 'abc',
      fromInstant: '2026-03-31T23:00:00.000Z',
      // The last day is included: the range ends as 1 May begins.
      toInstant: '2026-04-30T23:00:00.000Z',
      beforeSeq: 120,
    });
  });

  it('with nothing given, filters nothing', () => {
    assert.deepEqual(parseTrailFilter({}), {
      input: { user: '', type: '', record: '', 'from-day': '', 'from-month': '', 'from-year': '', 'to-day': '', 'to-month': '', 'to-year': '' },
      errors: [],
      filter: { actorId: null, entityType: null, entityId: null, fromInstant: null, toInstant: null, beforeSeq: null },
    });
  });

  const lenient: Array<[string, Record<string, unknown>, Partial<ReturnType<typeof parseTrailFilter>['filter']>]> = [
    ['a user that is not an id is dropped', { user: 'bob' }, { actorId: null }],
    ['a type that is not a type is dropped', { type: 'DROP TABLE' }, { entityType: null }],
    ['a page number that is not one is dropped', { before: 'abc' }, { beforeSeq: null }],
    ['page 0 is dropped', { before: '0' }, { beforeSeq: null }],
    ['a repeated parameter takes its first value', { type: ['person', 'user'] }, { entityType: 'person' }],
    ['control characters are removed from the record', { record: 'a\u0000b' }, { entityId: 'ab' }],
  ];
  for (const [name, query, expected] of lenient) {
    it(name, () => {
      const { filter, errors } = parseTrailFilter(query);
      assert.deepEqual(errors, []);
      for (const [k, v] of Object.entries(expected)) assert.equal(filter[k as keyof typeof filter], v);
    });
  }

  const bad: Array<[string, Record<string, string>, string, string]> = [
    ['not a real day', { 'from-day': '30', 'from-month': '2', 'from-year': '2026' }, 'from-day', 'The first day must be a real date, for example 27 3 2026'],
    ['not a number', { 'to-day': 'x', 'to-month': '2', 'to-year': '2026' }, 'to-day', 'The last day must be a real date, for example 27 3 2026'],
    ['a month that does not exist', { 'from-day': '1', 'from-month': '13', 'from-year': '2026' }, 'from-day', 'The first day must be a real date, for example 27 3 2026'],
    ['a two-digit year', { 'from-day': '1', 'from-month': '1', 'from-year': '26' }, 'from-day', 'The first day must be a real date, for example 27 3 2026'],
    ['a missing month', { 'from-day': '1', 'from-year': '2026' }, 'from-month', 'The first day must include a month'],
    ['a missing day and year', { 'to-month': '4' }, 'to-day', 'The last day must include a day and year'],
    ['an end before the start', { 'from-day': '2', 'from-month': '4', 'from-year': '2026', 'to-day': '1', 'to-month': '4', 'to-year': '2026' }, 'to-day', 'The last day must be the same as or after the first day'],
  ];
  for (const [name, query, field, message] of bad) {
    it(`${name}: an error at ${field}, the input kept`, () => {
      const { errors, input } = parseTrailFilter(query);
      assert.deepEqual(errors, [{ field, message }]);
      for (const [k, v] of Object.entries(query)) assert.equal(input[k as keyof typeof input], v);
    });
  }

  it('the last day of a year ends as the next year begins', () => {
    assert.equal(parseTrailFilter({ 'to-day': '31', 'to-month': '12', 'to-year': '2026' }).filter.toInstant, '2027-01-01T00:00:00.000Z');
    assert.equal(parseTrailFilter({ 'to-day': '28', 'to-month': '2', 'to-year': '2027' }).filter.toInstant, '2027-03-01T00:00:00.000Z');
    assert.equal(parseTrailFilter({ 'to-day': '29', 'to-month': '2', 'to-year': '2028' }).filter.toInstant, '2028-03-01T00:00:00.000Z');
    assert.deepEqual(parseTrailFilter({ 'to-day': '29', 'to-month': '2', 'to-year': '2027' }).errors.map((e) => e.field), ['to-day'], 'no 29 February in 2027');
  });

  it('one day is a range: from and to the same day', () => {
    const { filter, errors } = parseTrailFilter({ 'from-day': '2', 'from-month': '5', 'from-year': '2026', 'to-day': '2', 'to-month': '5', 'to-year': '2026' });
    assert.deepEqual(errors, []);
    assert.equal(filter.fromInstant, '2026-05-01T23:00:00.000Z');
    assert.equal(filter.toInstant, '2026-05-02T23:00:00.000Z');
  });

  it('links keep the filters given, in order, and nothing empty', () => {
    const { input } = parseTrailFilter({ type: 'person', 'from-day': '1', user: '', before: '5' });
    assert.deepEqual(trailFilterParams(input), [['type', 'person'], ['from-day', '1']]);
  });
});
