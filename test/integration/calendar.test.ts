// Calendars of meetings end to end on both databases (R-2.8g): a partnership's meetings downloaded as an
// iCalendar file that a real parser (ical.js) reads back, times in London as UTC instants, a cancelled
// meeting marked; and a user's secret calendar link: shown once, opening only the meetings of the
// partnerships they sit on with no sign-in, replaced by a new link, stopped, and audited; never an agenda.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import ICAL from 'ical.js';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, personDetails, signedIn } from '../helpers/factories.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';

const eventsOf = (ics: string) =>
  new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => ({
    uid: String(v.getFirstPropertyValue('uid')),
    summary: String(v.getFirstPropertyValue('summary')),
    start: v.getFirstPropertyValue('dtstart') as ICAL.Time,
    status: String(v.getFirstPropertyValue('status')),
    description: String(v.getFirstPropertyValue('description')),
  }));

forEachDatabase('calendars of meetings (R-2.8g)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  before(async () => {
    w = await openWorkspace(ctx.database, 'Calendar');
    t = w.t;
  });
  after(() => t.close());

  it('R-2.8g: a partnership’s meetings as an iCalendar file, in UTC, a cancelled one marked, no agenda', async () => {
    const p = await w.partnership();
    const made = await w.api.post(`/api/v1/partnerships/${p.id}/meetings`, { title: 'Summer Board', meetsOn: '2027-07-14', startsAt: '14:30', location: 'Room 2', noticeDays: 5 });
    assert.equal(made.status, 201);
    await w.api.post(`/api/v1/partnerships/${p.id}/meetings/${made.body.id}/items`, { title: 'Confidential land deal', decisionType: 'ordinary', confidential: true });
    const away = await w.api.post(`/api/v1/partnerships/${p.id}/meetings`, { title: 'Winter Board', meetsOn: '2027-01-14', noticeDays: 5 });
    assert.equal((await w.api.patch(`/api/v1/partnerships/${p.id}/meetings/${away.body.id}`, { status: 'cancelled' })).status, 200);

    const list = await w.officer.get(`/partnerships/${p.id}/meetings`);
    assert.ok(list.body.includes(`href="/partnerships/${p.id}/meetings.ics"`), 'offered on the Meetings page');
    const file = await w.officer.get(`/partnerships/${p.id}/meetings.ics`);
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /^text\/calendar/);
    assert.match(String(file.headers['content-disposition']), /attachment; filename="P-[0-9-]+-meetings\.ics"/);
    const events = eventsOf(file.body);
    assert.equal(events.length, 2);
    const summer = events.find((e) => e.summary.startsWith('Summer Board'))!;
    assert.equal(summer.uid, `meeting-${made.body.id}@accord`);
    assert.equal(summer.start.toJSDate().toISOString(), '2027-07-14T13:30:00.000Z', '14:30 BST');
    assert.equal(summer.status, 'TENTATIVE');
    const winter = events.find((e) => e.summary.startsWith('Winter Board'))!;
    assert.deepEqual([winter.start.isDate, winter.start.toString(), winter.status], [true, '2027-01-14', 'CANCELLED']);
    assert.ok(!file.body.includes('Confidential land deal'), 'no agenda item leaves by the calendar');
    // Scoped as the partnership's pages are: signed out, no file.
    assert.notEqual((await new Client(t.app).get(`/partnerships/${p.id}/meetings.ics`)).statusCode, 200);
  });

  it('R-2.8g: a user’s calendar link opens only the meetings they sit on, without signing in, until replaced or stopped', async () => {
    const user = await makeUser(t.deps, 'councillor', { name: `Cllr Calendar ${Date.now()}` });
    const person = await createPerson(t.deps, SYSTEM, personDetails(user.name, w.r.council.id, { councilRole: 'councillor', userId: user.id }));
    const sits = await w.partnership();
    const other = await w.partnership();
    assert.equal((await w.api.post(`/api/v1/partnerships/${sits.id}/seats`, { personId: person.id, organisationId: w.r.council.id, status: 'voting', weight: 1, substituteId: null })).status, 201);
    await w.api.post(`/api/v1/partnerships/${sits.id}/meetings`, { title: 'Board I sit on', meetsOn: '2027-02-03', startsAt: '10:00', noticeDays: 5 });
    await w.api.post(`/api/v1/partnerships/${other.id}/meetings`, { title: 'Board I do not sit on', meetsOn: '2027-02-04', noticeDays: 5 });

    const me = await signedIn(t.app, user);
    const page = await me.get('/account/calendar');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /It now has 1 meeting\./);
    const made = await me.post('/account/calendar', {});
    assert.equal(made.statusCode, 200);
    const link = /value="(\/calendar\/cal_[A-Za-z0-9_-]+\.ics)"/.exec(made.body)?.[1];
    assert.ok(link, 'the link is shown once');
    assert.match(String(made.headers['cache-control']), /no-store/);

    const feed = await new Client(t.app).get(link);
    assert.equal(feed.statusCode, 200);
    assert.deepEqual(eventsOf(feed.body).map((e) => e.summary.split(':')[0]), ['Board I sit on']);
    assert.match((await me.get('/account/calendar')).body, /You made your link on/);

    // A new link stops the old; stopping stops the new; each audited.
    const again = await me.post('/account/calendar', {});
    const second = /value="(\/calendar\/cal_[A-Za-z0-9_-]+\.ics)"/.exec(again.body)?.[1] ?? '';
    assert.equal((await new Client(t.app).get(link)).statusCode, 404);
    assert.equal((await new Client(t.app).get(second)).statusCode, 200);
    assert.equal((await me.post('/account/calendar/stop', {})).statusCode, 303);
    assert.equal((await new Client(t.app).get(second)).statusCode, 404);
    assert.equal((await new Client(t.app).get('/calendar/cal_nonsense.ics')).statusCode, 404);
    const events = await ctx.database.db.selectFrom('audit_events').selectAll().where('entity_type', '=', 'calendar-link').where('entity_id', '=', user.id).orderBy('seq').execute();
    assert.deepEqual(events.map((e) => e.action), ['created', 'replaced', 'removed']);
    assert.ok(events.every((e) => !JSON.stringify(e).includes('cal_')), 'the link itself is never in the trail');
  });
});
