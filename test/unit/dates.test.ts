import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { formatDate, formatDateTime } from '../../src/web/plugins/views.ts';

describe('formatDate and formatDateTime: GOV.UK style, in UK time (Europe/London)', () => {
  // [name, ISO instant, date, date and time]
  const cases: Array<[string, string, string, string]> = [
    ['winter (GMT): the UTC time', '2024-01-15T12:30:00.000Z', '15 January 2024', '15 January 2024 at 12:30pm'],
    ['summer (BST): an hour ahead of UTC', '2024-07-01T12:30:00.000Z', '1 July 2024', '1 July 2024 at 1:30pm'],
    ['a summer night: 23:30 UTC is already tomorrow in London', '2024-06-30T23:30:00.000Z', '1 July 2024', '1 July 2024 at 12:30am'],
    ['a winter night: 23:30 UTC is still today', '2024-12-31T23:30:00.000Z', '31 December 2024', '31 December 2024 at 11:30pm'],
    ['midnight in winter is 12am', '2024-02-01T00:00:00.000Z', '1 February 2024', '1 February 2024 at 12:00am'],
    ['midday is 12pm', '2024-02-01T12:00:00.000Z', '1 February 2024', '1 February 2024 at 12:00pm'],
    ['minutes keep two digits', '2024-02-01T09:05:00.000Z', '1 February 2024', '1 February 2024 at 9:05am'],
    ['the last minute of GMT in spring', '2024-03-31T00:59:59.000Z', '31 March 2024', '31 March 2024 at 12:59am'],
    ['clocks go forward: 01:00 UTC is 2am BST', '2024-03-31T01:00:00.000Z', '31 March 2024', '31 March 2024 at 2:00am'],
    ['clocks go back: 00:30 UTC is 1:30am BST', '2024-10-27T00:30:00.000Z', '27 October 2024', '27 October 2024 at 1:30am'],
    ['clocks go back: 01:30 UTC is 1:30am GMT', '2024-10-27T01:30:00.000Z', '27 October 2024', '27 October 2024 at 1:30am'],
    ['an offset in the input is honoured', '2024-07-01T08:00:00+02:00', '1 July 2024', '1 July 2024 at 7:00am'],
    ['a date alone is midnight UTC', '2024-05-09', '9 May 2024', '9 May 2024 at 1:00am'],
  ];
  for (const [name, iso, date, dateTime] of cases) {
    it(name, () => {
      assert.equal(formatDate(iso), date);
      assert.equal(formatDateTime(iso), dateTime);
    });
  }

  const blank: Array<[string, string | null | undefined]> = [
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['not a date', 'yesterday'],
    ['an impossible date', '2024-13-45T00:00:00Z'],
  ];
  for (const [name, value] of blank) {
    it(`${name} shows nothing`, () => {
      assert.equal(formatDate(value), '');
      assert.equal(formatDateTime(value), '');
    });
  }

  it('never shows a space or a narrow space between the time and am/pm', () => {
    for (const iso of ['2024-01-15T12:30:00Z', '2024-07-15T03:07:00Z', '2024-07-15T21:59:00Z']) {
      assert.match(formatDateTime(iso), / at \d{1,2}:\d{2}(am|pm)$/, iso);
    }
  });

  it('writes every calendar date of a leap year and a common year as Intl does in en-GB, and rolls on one that does not exist', () => {
    const intl = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });
    for (const year of [2024, 2026]) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const iso = new Date(t).toISOString().slice(0, 10);
        assert.equal(formatDate(iso), intl.format(new Date(iso)), iso);
      }
    }
    assert.equal(formatDate('2026-02-30'), '2 March 2026');
  });
});
