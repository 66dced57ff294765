// Reading the URL leniently: ids in the path (anything else is not found), and list parameters (a value
// the page cannot use is ignored).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PageNotFoundError } from '../../src/web/errors.ts';
import { choiceParam, idParam, idParamOrNull, pageParam, param, searchParam } from '../../src/web/shared/params.ts';

const ID = '0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a91';

describe('idParam', () => {
  it('an id is kept', () => assert.equal(idParam(ID), ID));
  for (const bad of ['', 'abc', ID.toUpperCase(), `${ID}x`, ` ${ID}`, 42, undefined, [ID]]) {
    it(`${JSON.stringify(bad)} is not found`, () => assert.throws(() => idParam(bad), PageNotFoundError));
  }
});

describe('list parameters', () => {
  const cases: Array<[string, () => unknown, unknown]> = [
    ['param: the first string given', () => param({ q: ['a', 'b'] }, 'q'), 'a'],
    ['param: a repeated value with no string is blank', () => param({ q: [1, {}] }, 'q'), ''],
    ['param: absent', () => param({}, 'q'), ''],
    ['param: no query at all', () => param(undefined, 'q'), ''],
    ['searchParam: trimmed, control characters as spaces', () => searchParam({ q: '  care\u0000home\t ' }), 'care home'],
    ['searchParam: at most 200 characters', () => searchParam({ q: 'x'.repeat(300) }).length, 200],
    ['searchParam: a lone surrogate made well-formed', () => searchParam({ q: 'a\uD800' }), 'a\uFFFD'],
    ['pageParam: a page number', () => pageParam({ page: '3' }), 3],
    ['pageParam: spaces around it', () => pageParam({ page: ' 3 ' }), 3],
    ['pageParam: 0 is page 1', () => pageParam({ page: '0' }), 1],
    ['pageParam: not a number is page 1', () => pageParam({ page: 'two' }), 1],
    ['pageParam: negative is page 1', () => pageParam({ page: '-2' }), 1],
    ['pageParam: too long is page 1', () => pageParam({ page: '1234567' }), 1],
    ['idParamOrNull: an id', () => idParamOrNull({ organisation: ID }, 'organisation'), ID],
    ['idParamOrNull: anything else is null', () => idParamOrNull({ organisation: 'x' }, 'organisation'), null],
    ['choiceParam: one of the values', () => choiceParam({ sector: 'vcse' }, 'sector', ['vcse', 'private']), 'vcse'],
    ['choiceParam: another value is null', () => choiceParam({ sector: 'VCSE' }, 'sector', ['vcse', 'private']), null],
  ];
  for (const [name, run, expected] of cases) it(name, () => assert.deepEqual(run(), expected));
});
