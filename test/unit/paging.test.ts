// Paging shared by every list page: GOV.UK pagination items, the counts, the links, and a page past the last.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LIST_PAGE_SIZE, listHref, listView, pageCount, pageNumbers, pageWithin } from '../../src/web/shared/paging.ts';

describe('pageNumbers: GOV.UK pagination items', () => {
  const E = 'ellipsis' as const;
  const cases: Array<[number, number, Array<number | 'ellipsis'>]> = [
    [1, 1, [1]],
    [1, 2, [1, 2]],
    [2, 2, [1, 2]],
    [1, 3, [1, 2, 3]],
    [1, 5, [1, 2, E, 5]],
    [2, 5, [1, 2, 3, 4, 5]],
    [3, 5, [1, 2, 3, 4, 5]],
    [4, 7, [1, 2, 3, 4, 5, 6, 7]],
    [5, 10, [1, E, 4, 5, 6, E, 10]],
    [10, 10, [1, E, 9, 10]],
    [9, 10, [1, E, 8, 9, 10]],
    [3, 10, [1, 2, 3, 4, E, 10]],
    [4, 10, [1, 2, 3, 4, 5, E, 10]],
    [1, 100, [1, 2, E, 100]],
  ];
  for (const [current, total, expected] of cases) {
    it(`page ${current} of ${total}`, () => assert.deepEqual(pageNumbers(current, total), expected));
  }

  it('an ellipsis always stands for at least two pages, and pages only go up', () => {
    for (let total = 1; total <= 30; total++) {
      for (let current = 1; current <= total; current++) {
        const items = pageNumbers(current, total);
        const numbers = items.filter((x): x is number => x !== E);
        assert.equal(numbers[0], 1);
        assert.equal(numbers.at(-1), total);
        assert.ok(numbers.includes(current));
        items.forEach((x, i) => {
          if (x !== E) return;
          const [before, after] = [items[i - 1] as number, items[i + 1] as number];
          assert.ok(after - before > 2, `page ${current} of ${total}: ellipsis between ${before} and ${after}`);
        });
        for (let i = 1; i < numbers.length; i++) assert.ok(numbers[i]! > numbers[i - 1]!);
      }
    }
  });
});

describe('listView: counts and pagination of a list page', () => {
  const href = (p: number) => `/things?page=${p}`;

  it('an empty list: nothing shown, no pagination', () => {
    assert.deepEqual(listView(1, 0, href), { total: 0, page: 1, first: 0, last: 0, pagination: null });
  });

  it('one page: the range, no pagination', () => {
    assert.deepEqual(listView(1, 7, href), { total: 7, page: 1, first: 1, last: 7, pagination: null });
  });

  it('a middle page: the range, previous and next, the current page marked', () => {
    const view = listView(2, 60, href);
    assert.equal(view.first, LIST_PAGE_SIZE + 1);
    assert.equal(view.last, 2 * LIST_PAGE_SIZE);
    assert.deepEqual(view.pagination, {
      previous: { href: '/things?page=1' },
      next: { href: '/things?page=3' },
      items: [
        { number: 1, href: '/things?page=1', current: false },
        { number: 2, href: '/things?page=2', current: true },
        { number: 3, href: '/things?page=3', current: false },
      ],
    });
  });

  it('the last page: no next, the range ends at the total', () => {
    const view = listView(3, 60, href);
    assert.equal(view.last, 60);
    assert.equal(view.pagination?.next, null);
  });

  it('pageCount: at least one page', () => {
    assert.equal(pageCount(0), 1);
    assert.equal(pageCount(LIST_PAGE_SIZE), 1);
    assert.equal(pageCount(LIST_PAGE_SIZE + 1), 2);
    assert.equal(pageCount(10, 3), 4);
  });
});

describe('pageWithin: past the last page, the last page', () => {
  const rows = Array.from({ length: 60 }, (_, i) => i);
  const read = async (page: number) => ({ items: rows.slice((page - 1) * LIST_PAGE_SIZE, page * LIST_PAGE_SIZE), total: rows.length });

  it('a page that exists is read once, as asked', async () => {
    const asked: number[] = [];
    const result = await pageWithin(2, (p) => (asked.push(p), read(p)));
    assert.deepEqual(asked, [2]);
    assert.equal(result.page, 2);
    assert.equal(result.items[0], LIST_PAGE_SIZE);
  });

  it('a page past the last shows the last', async () => {
    const result = await pageWithin(9, read);
    assert.equal(result.page, 3);
    assert.deepEqual(result.items, rows.slice(2 * LIST_PAGE_SIZE));
    assert.equal(result.total, 60);
  });

  it('an empty list stays on the page asked, with nothing', async () => {
    const result = await pageWithin(4, async () => ({ items: [], total: 0 }));
    assert.deepEqual(result, { page: 4, items: [], total: 0 });
  });
});

describe('listHref: a link to the list with its parameters', () => {
  const cases: Array<[Record<string, string | number | null | undefined>, string]> = [
    [{}, '/things'],
    [{ q: 'care', page: 1 }, '/things?q=care'],
    [{ q: '', sector: null, council: undefined, page: 2 }, '/things?page=2'],
    [{ q: 'a&b c', page: 3 }, '/things?q=a%26b+c&page=3'],
  ];
  for (const [params, expected] of cases) it(`${JSON.stringify(params)} → ${expected}`, () => assert.equal(listHref('/things', params), expected));
});
