// Meetings as calendar events by worked cases (R-2.8g): a London time as the instant it names, in winter,
// in summer and on the days the clocks change; a meeting without a time as an all-day event; a cancelled
// one kept, marked cancelled; and nothing of its agenda.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { londonInstant, meetingEvent } from '../../src/app/meetings/calendar-events.ts';
import type { Meeting } from '../../src/domain/meetings/meeting.ts';

describe('R-2.8g: a London wall-clock time as an instant', () => {
  // [day, time, UTC]
  const cases: Array<[string, string, string]> = [
    ['2027-01-14', '14:30', '2027-01-14T14:30:00.000Z'],
    ['2027-07-14', '14:30', '2027-07-14T13:30:00.000Z'],
    // The clocks go forward at 01:00 GMT on 28 March 2027: 09:00 that morning is BST.
    ['2027-03-28', '09:00', '2027-03-28T08:00:00.000Z'],
    ['2027-03-27', '23:30', '2027-03-27T23:30:00.000Z'],
    // They go back at 01:00 GMT on 31 October 2027: 18:00 that evening is GMT.
    ['2027-10-31', '18:00', '2027-10-31T18:00:00.000Z'],
    ['2027-10-30', '00:15', '2027-10-29T23:15:00.000Z'],
  ];
  for (const [day, time, utc] of cases) {
    it(`R-2.8g: ${day} ${time} in London is ${utc}`, () => assert.equal(londonInstant(day, time).toISOString(), utc));
  }
});

describe('R-2.8g: a meeting as an event', () => {
  const meeting: Meeting = { id: 'm1', title: 'Partnership Board', meetsOn: '2027-03-18', startsAt: '14:00', location: 'Committee Room 2', noticeDays: 5, noticeSentOn: null, status: 'scheduled', minutes: 'Private minutes', previousMinutes: 'not-approved' };
  const p = { name: 'Joint Waste', reference: 'P-2027-001' };

  it('R-2.8g: a timed meeting starts at its instant, with a stable uid and its page', () => {
    const e = meetingEvent(meeting, p, 'https://accord.example.gov.uk/partnerships/p/meetings/m1');
    assert.equal((e.start as Date).toISOString(), '2027-03-18T14:00:00.000Z');
    assert.deepEqual([e.uid, e.endDay, e.status, e.summary, e.url], ['meeting-m1@accord', null, 'TENTATIVE', 'Partnership Board: Joint Waste', 'https://accord.example.gov.uk/partnerships/p/meetings/m1']);
    assert.ok(!e.description.includes('Private minutes'), 'nothing of its minutes or agenda');
  });

  it('R-2.8g: without a time, all day on its day; cancelled, kept and marked; a relative address is no URL', () => {
    const e = meetingEvent({ ...meeting, startsAt: null, status: 'cancelled' }, p, '/partnerships/p/meetings/m1');
    assert.deepEqual([e.start, e.endDay, e.status, e.url], ['2027-03-18', '2027-03-19', 'CANCELLED', null]);
  });
});
