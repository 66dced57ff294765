// The public register end to end on both databases: an officer publishes a partnership (its own
// kind of record, audited, in its History); anyone, signed in or not, then reads it at /public and on its
// page, and in the open data as CSV, XLSX and JSON. What must never be reachable in public is tried every
// way: a partnership not published (list, page, each download), one published and then withdrawn, a
// decision taken in private, and the sponsoring officer's name and email unless the publication makes them
// public. Taking the publication away takes the partnership off the register at once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { threeBoxes } from '../helpers/html.ts';
import { openWorkspace, type Workspace } from '../helpers/workspace.ts';
import { OPEN_DATA_FIELDS } from '../../src/domain/export/open-data-columns.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&rsquo;/g, '’').replace(/\s+/g, ' ');

forEachDatabase('The public register (R-2.6.10)', (ctx) => {
  let w: Workspace;
  let t: TestApp;
  let resident: Client;
  let shown: { id: string; reference: string; name: string };
  let hidden: { id: string; reference: string; name: string };
  const clock = new TestClock('2027-01-15T09:00:00.000Z');
  const SECRET = 'Sale of the depot site to a named buyer';
  const PUBLIC_DECISION = 'Adopt the ageing well strategy';

  const meeting = async (partnershipId: string, meetsOn: string, title: string, status = 'scheduled') => {
    const id = crypto.randomUUID();
    const at = clock.now().toISOString();
    await t.deps.database.db
      .insertInto('meetings')
      .values({ id, partnership_id: partnershipId, title, meets_on: meetsOn, starts_at: '18:00', location: null, notice_days: 5, notice_sent_on: null, status, minutes: null, previous_minutes: 'none', created_at: at, updated_at: at })
      .execute();
    return id;
  };
  const decided = (meetingId: string, position: number, title: string, confidential: boolean) =>
    t.deps.database.db
      .insertInto('agenda_items')
      .values({ id: crypto.randomUUID(), meeting_id: meetingId, position, title, decision_type: 'policy', key_decision: 1, confidential: confidential ? 1 : 0, motion: 'That it be agreed', outcome: 'carried', decided_at: clock.now().toISOString() })
      .execute();

  before(async () => {
    w = await openWorkspace(ctx.database, 'Public', { clock });
    t = w.t;
    resident = new Client(t.app);
    const sponsor = w.r.officers[0]!;
    shown = await w.partnership({ name: 'Ageing Well Partnership', purpose: 'Help older residents stay well at home.', councilContributionPence: 12_500_050, withinApprovedBudget: true, sponsoringOfficerId: sponsor.id });
    hidden = await w.partnership({ name: 'Depot Redevelopment Board', purpose: 'Not yet announced.', sponsoringOfficerId: sponsor.id });
    const held = await meeting(shown.id, '2026-12-10', 'Board meeting', 'held');
    await decided(held, 1, PUBLIC_DECISION, false);
    await decided(held, 2, SECRET, true);
    await meeting(shown.id, '2027-02-03', 'Board meeting');
    await meeting(shown.id, '2027-01-20', 'Cancelled workshop', 'cancelled');
    const hiddenMeeting = await meeting(hidden.id, '2026-12-11', 'Depot board', 'held');
    await decided(hiddenMeeting, 1, 'Appoint the depot board’s chair', false);
  });
  after(async () => t.close());

  it('R-2.6.10: with nothing published, the register is empty and no partnership’s page is reachable', async () => {
    const page = await resident.get('/public');
    assert.equal(page.statusCode, 200);
    assert.ok(text(page.body).includes('No partnership has been published yet'));
    assert.equal((await resident.get(`/public/partnerships/${shown.reference}`)).statusCode, 404);
    const json = JSON.parse((await resident.get('/public/open-data/partnerships.json')).body);
    assert.deepEqual(json.partnerships, []);
  });

  describe('publishing', () => {
    it('R-2.6.10: an officer publishes on the form; a date that cannot be read is refused at its boxes, the summary kept', async () => {
      const home = `/partnerships/${shown.id}`;
      const form = await w.officer.get(`${home}/publication/new`);
      assert.equal(form.statusCode, 200);
      assert.ok(form.body.includes('value="public-register" checked'), 'the one register is chosen already');
      const sent = { register: 'public-register', summary: 'The council and the NHS help older people stay well at home.', ...threeBoxes('publishedOn', '2027-01-14') };
      const refused = await w.officer.post(`${home}/publication`, { ...sent, 'publishedOn-month': '13' });
      assert.equal(refused.statusCode, 400);
      assert.ok(refused.body.includes('The council and the NHS help older people stay well at home.'), 'the summary is kept');
      const made = await w.officer.post(`${home}/publication`, sent);
      assert.equal(made.statusCode, 303, text(made.body));
      const again = await w.officer.post(`${home}/publication`, sent);
      assert.equal(again.statusCode, 400, 'published once');
      assert.ok(text(again.body).includes('already on the public register'));
      const history = text((await w.auditor.get(`${home}/history`)).body);
      assert.ok(history.includes('Public register'), history);
    });

    it('R-2.6.10: internal audit reads the publication and cannot make one', async () => {
      assert.equal((await w.auditor.get(`/partnerships/${shown.id}/publication/public-register`)).statusCode, 200);
      assert.equal((await w.auditorApi.post(`/api/v1/partnerships/${hidden.id}/publication`, { register: 'public-register', publishedOn: '2027-01-14' })).status, 403);
    });
  });

  describe('what the public reads', () => {
    it('R-2.6.10: the register lists the published partnership alone, signed in or not', async () => {
      for (const who of [resident, w.officer]) {
        const page = text((await who.get('/public')).body);
        assert.ok(page.includes('Ageing Well Partnership'));
        assert.ok(page.includes('The council and the NHS help older people stay well at home.'), 'the summary first');
        assert.ok(page.includes('£125,000.50'));
        assert.ok(!page.includes('Depot Redevelopment Board'), 'not published, not listed');
      }
    });

    it('R-2.6.10: its page shows partners, the next meetings and the decisions taken in public; nothing private', async () => {
      const page = await resident.get(`/public/partnerships/${shown.reference}`);
      assert.equal(page.statusCode, 200);
      const body = text(page.body);
      for (const expected of [w.r.council.name, w.r.partners[0]!.name, PUBLIC_DECISION, '3 February 2027', 'Head of Service', 'Carried']) assert.ok(body.includes(expected), expected);
      assert.ok(!body.includes(SECRET), 'a decision taken in private (R-2.8a) is never published');
      assert.ok(!body.includes('Cancelled workshop'), 'a cancelled meeting is not one to come');
      assert.ok(!body.includes(w.r.officers[0]!.name), 'the sponsor’s name is private unless made public');
      assert.ok(!page.body.includes('mailto:'), 'so is their email');
      assert.ok(!page.body.includes('Sign out'), 'the public page is the council’s, not Accord’s');
    });

    it('R-2.6.10: a partnership not published, or a reference of no shape, is the same 404 as none', async () => {
      for (const path of [`/public/partnerships/${hidden.reference}`, '/public/partnerships/P-1999-999', `/public/partnerships/${hidden.id}`, '/public/partnerships/%27%20or%201=1']) {
        assert.equal((await resident.get(path)).statusCode, 404, path);
      }
    });

    it('R-2.6.10, R-2.6.11: the open data as JSON, CSV and XLSX holds the same, with its licence and nothing unpublished', async () => {
      const json = await resident.get('/public/open-data/partnerships.json');
      assert.equal(json.statusCode, 200);
      assert.match(String(json.headers['content-type']), /^application\/json/);
      const data = JSON.parse(json.body);
      assert.equal(data.licence.name, 'Open Government Licence v3.0');
      assert.equal(data.partnerships.length, 1);
      const [p] = data.partnerships;
      assert.equal(p.reference, shown.reference);
      assert.equal(p.councilContributionPence, 12_500_050);
      assert.deepEqual(p.sponsoringOfficer, { jobTitle: 'Head of Service', name: null, email: null });
      assert.deepEqual(p.decisions.map((d: { title: string }) => d.title), [PUBLIC_DECISION]);
      assert.deepEqual(p.nextMeetings, [{ date: '2027-02-03', startsAt: '18:00', title: 'Board meeting' }]);
      // Every documented field is in what is sent (a dotted or listed path, its first part).
      for (const f of OPEN_DATA_FIELDS) assert.ok(f.json.split(/[.[]/)[0]! in p, f.json);
      const csv = await resident.get('/public/open-data/partnerships.csv');
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers['content-disposition']), /public-partnerships-2027-01-15\.csv/);
      const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
      assert.equal(lines.length, 2, 'a header and one partnership');
      assert.ok(lines[0]!.startsWith('Reference,Name,Summary'));
      assert.ok(lines[1]!.includes('125000.50'));
      assert.ok(!csv.body.includes('Depot') && !csv.body.includes(SECRET));
      const xlsx = await resident.get('/public/open-data/partnerships.xlsx');
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString(), 'PK');
    });

    it('R-2.6.10: the sponsor’s name and email are shown once the publication makes them public', async () => {
      const changed = await w.api.patch(`/api/v1/partnerships/${shown.id}/publication/public-register`, { contactPublic: true });
      assert.equal(changed.status, 200);
      assert.equal(changed.body.contactPublic, true);
      assert.equal(changed.body.summary, 'The council and the NHS help older people stay well at home.', 'a PATCH changes only what it sends');
      const body = text((await resident.get(`/public/partnerships/${shown.reference}`)).body);
      assert.ok(body.includes(w.r.officers[0]!.name));
    });
  });

  describe('taken off', () => {
    it('R-2.6.10: a withdrawn partnership is never public, whatever was published', async () => {
      const home = `/partnerships/${hidden.id}`;
      assert.equal((await w.api.post(`/api/v1/partnerships/${hidden.id}/publication`, { register: 'public-register', publishedOn: '2027-01-15' })).status, 201);
      assert.equal((await resident.get(`/public/partnerships/${hidden.reference}`)).statusCode, 200);
      await w.officer.get(`${home}/withdraw`);
      assert.equal((await w.officer.post(`${home}/withdraw`, { reason: 'Entered by mistake' })).statusCode, 303);
      assert.equal((await resident.get(`/public/partnerships/${hidden.reference}`)).statusCode, 404);
      assert.ok(!(await resident.get('/public/open-data/partnerships.csv')).body.includes('Depot'));
    });

    it('R-2.6.10: removing the publication takes it off the register at once', async () => {
      const home = `/partnerships/${shown.id}`;
      await w.officer.get(`${home}/publication/public-register/remove`);
      assert.equal((await w.officer.post(`${home}/publication/public-register/remove`, {})).statusCode, 303);
      assert.equal((await resident.get(`/public/partnerships/${shown.reference}`)).statusCode, 404);
      assert.deepEqual(JSON.parse((await resident.get('/public/open-data/partnerships.json')).body).partnerships, []);
    });
  });
});
