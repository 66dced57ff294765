// Issue 10: an officer invites someone from a partner organisation from their page under People; the
// email is sent through a real SMTP server (test/helpers/smtp.ts) and the link in the message received
// is followed: it sets up their account once, for 7 days, after which they sign in as a partner
// representative and see their organisation's partnerships only. Who cannot be invited is told why.
import { escapeHtml } from '../helpers/html.ts';
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';
import { seedRegister, type Register } from './api-helpers.ts';

const PUBLIC_URL = 'https://accord.test.example';
const CHOSEN = 'harbour lantern meadow 2026';

function linkIn(text: string): string {
  const url = /https:\/\/accord\.test\.example(\/invitation\/[A-Za-z0-9_-]+)/.exec(text);
  assert.ok(url, `no link to ${PUBLIC_URL}/invitation/… in: ${text}`);
  return url[1]!;
}

forEachDatabase('invitations to partner representatives', (ctx) => {
  let smtp: TestSmtp;
  let t: TestApp;
  let register: Register;
  let ours = '';
  let theirs = '';
  let n = 0;
  const clock = new TestClock('2026-12-02T09:00:00.000Z');

  before(async () => {
    smtp = await startSmtp();
    t = await startApp(ctx.database, { clock, env: { SMTP_URL: smtp.url, MAIL_FROM: 'Accord <accord@test.example>', PUBLIC_URL } });
    register = await seedRegister(t.deps);
    const withPartner = (organisationId: string) => [
      { organisationId: register.council.id, role: 'lead' as const, memberStatus: 'voting' as const },
      { organisationId, role: 'member' as const, memberStatus: 'voting' as const },
    ];
    ours = (await createPartnership(t.deps, SYSTEM, partnershipDetails({ name: 'Invitation Health Compact', partners: withPartner(register.partners[0]!.id) }))).id;
    theirs = (await createPartnership(t.deps, SYSTEM, partnershipDetails({ name: 'Invitation Canary Compact', partners: withPartner(register.partners[1]!.id) }))).id;
  });
  after(async () => {
    await t?.close();
    await smtp?.close();
  });

  const partnerPerson = async (overrides: Parameters<typeof personDetails>[2] = {}) => {
    n += 1;
    return createPerson(t.deps, SYSTEM, personDetails(`Priya Partner ${n}`, register.partners[0]!.id, { email: `priya.${n}.${Date.now()}@nhs.test.example`, ...overrides }));
  };

  it('R-2.6 an officer invites a partner’s person; the emailed link sets up their account once; they see their partnerships only', async () => {
    const person = await partnerPerson();
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const page = await officer.get(`/people/${person.id}`);
    assert.match(page.body, new RegExp(`href="/people/${person.id}/invite"[^>]*>\\s*Invite to Accord`));
    const invitePage = await officer.get(`/people/${person.id}/invite`);
    assert.equal(invitePage.statusCode, 200);
    assert.match(invitePage.body, /Invitation Health Compact/, 'the page lists the partnerships they will see');
    assert.doesNotMatch(invitePage.body, /Invitation Canary Compact/);

    const sent = await officer.post(`/people/${person.id}/invite`, {}, { from: `/people/${person.id}/invite` });
    assert.equal(sent.statusCode, 303);
    assert.equal(sent.headers.location, `/people/${person.id}`);
    const message = await smtp.next(person.email!);
    assert.equal(message.subject, 'Test Borough Council invites you to Accord');
    assert.match(message.text, /Invitation Health Compact/);
    assert.doesNotMatch(message.text, /Invitation Canary Compact/);
    assert.match(message.text, /for 7 days/);
    const after = await officer.get(`/people/${person.id}`);
    assert.match(after.body, /invited on .*, not yet accepted/);
    assert.match(after.body, /Send a new invitation/);

    const path = linkIn(message.text);
    const invitee = new Client(t.app);
    const accept = await invitee.get(path);
    assert.equal(accept.statusCode, 200);
    assert.match(accept.body, /Set up your Accord account/);
    assert.ok(accept.body.includes(person.email!));
    const mismatch = await invitee.post(path, { newPassword: CHOSEN, confirmPassword: 'not the same at all' });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /govuk-error-summary[\s\S]*The passwords do not match/);
    const done = await invitee.post(path, { newPassword: CHOSEN, confirmPassword: CHOSEN });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/sign-in');
    const again = await new Client(t.app).get(path);
    assert.equal(again.statusCode, 410, 'an invitation works once');
    assert.match(again.body, /your account is set up/);

    const rep = await signedIn(t.app, { email: person.email! }, CHOSEN);
    const registerPage = await rep.get('/partnerships');
    assert.match(registerPage.body, /Invitation Health Compact/);
    assert.doesNotMatch(registerPage.body, /Invitation Canary Compact/);
    assert.equal((await rep.get(`/partnerships/${theirs}`)).statusCode, 404);
    assert.equal((await rep.get(`/partnerships/${ours}`)).statusCode, 200);
    assert.equal((await rep.get('/people')).statusCode, 403, 'the council’s directories are not theirs');

    const user = await ctx.database.db.selectFrom('users').select(['id', 'role']).where('email_normalised', '=', person.email!.toLowerCase()).executeTakeFirstOrThrow();
    assert.equal(user.role, 'partner-representative');
    const actions = (await ctx.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', user.id).orderBy('seq').execute()).map((e) => e.action);
    for (const expected of ['created', 'invited', 'invitation-accepted', 'signed-in']) assert.ok(actions.includes(expected), `${expected} in ${actions.join(', ')}`);
    const linked = await ctx.database.db.selectFrom('people').select('user_id').where('id', '=', person.id).executeTakeFirstOrThrow();
    assert.equal(linked.user_id, user.id, 'the account is linked to the person');
    const now = await officer.get(`/people/${person.id}`);
    assert.doesNotMatch(now.body, /Invite to Accord|Send a new invitation/, 'an accepted invitation is not offered again');
  });

  it('R-2.6 issue 10: the partnership’s partner page lists the partner’s people, each to invite (officers), read without it by internal audit, and not shown to a partner representative', async () => {
    const person = await partnerPerson();
    const page = `/partnerships/${ours}/partners/${register.partners[0]!.id}`;
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const seen = await officer.get(page);
    assert.equal(seen.statusCode, 200);
    assert.match(seen.body, new RegExp(`<h2 class="govuk-heading-m">People at ${escapeHtml(register.partners[0]!.name)}</h2>`));
    assert.ok(seen.body.includes(`<a class="govuk-link" href="/people/${person.id}/invite">Invite ${escapeHtml(person.name)} to Accord</a>`), 'an officer may invite them from here');
    const audit = await (await signedIn(t.app, await makeUser(t.deps, 'auditor'))).get(page);
    assert.ok(audit.body.includes(`href="/people/${person.id}"`) && !audit.body.includes(`/people/${person.id}/invite`), 'internal audit sees them, and invites no one');
    const council = await officer.get(`/partnerships/${ours}/partners/${register.council.id}`);
    assert.match(council.body, /The council’s own people sign in with accounts an administrator gives them/);
    assert.ok(!council.body.includes('/invite"'), 'the council’s own people are not invited as partner representatives');
    const rep = await makeUser(t.deps, 'partner-representative');
    await createPerson(t.deps, SYSTEM, personDetails(`Rita Rep ${Date.now()}`, register.partners[0]!.id, { userId: rep.id }));
    const theirView = await (await signedIn(t.app, rep)).get(page);
    assert.equal(theirView.statusCode, 200);
    assert.ok(!theirView.body.includes('People at'), 'the council’s directory is not a partner representative’s');
  });

  it('an invited account cannot be signed in to before the password is chosen, and a link past 7 days does not work', async () => {
    const person = await partnerPerson();
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    await officer.post(`/people/${person.id}/invite`, {}, { from: `/people/${person.id}/invite` });
    const first = linkIn((await smtp.next(person.email!)).text);
    const refused = await new Client(t.app).post('/sign-in', { email: person.email!, password: '!' }, { from: '/sign-in' });
    assert.equal(refused.statusCode, 400, 'no password signs in to an invited account');

    clock.advance({ hours: 8 * 24 });
    const expired = await new Client(t.app).get(first);
    assert.equal(expired.statusCode, 410);
    assert.match(expired.body, /This invitation has expired/);
    const posted = await new Client(t.app).post(first, { newPassword: CHOSEN, confirmPassword: CHOSEN }, { from: '/sign-in' });
    assert.equal(posted.statusCode, 410, 'nor can it be posted to');

    // A new invitation to the same person reuses their account and sends a new link (the officer signs in
    // again: 8 days is past a session's life).
    const officerAgain = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const resent = await officerAgain.post(`/people/${person.id}/invite`, {}, { from: `/people/${person.id}/invite` });
    assert.equal(resent.statusCode, 303);
    const second = linkIn((await smtp.next(person.email!)).text);
    assert.notEqual(second, first);
    assert.equal((await new Client(t.app).get(second)).statusCode, 200);
    const accounts = await ctx.database.db.selectFrom('users').select('id').where('email_normalised', '=', person.email!.toLowerCase()).execute();
    assert.equal(accounts.length, 1, 'one account, invited twice');
  });

  it('an invitation link is no reset link, and a reset link no invitation', async () => {
    const person = await partnerPerson();
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    await officer.post(`/people/${person.id}/invite`, {}, { from: `/people/${person.id}/invite` });
    const path = linkIn((await smtp.next(person.email!)).text);
    const asReset = await new Client(t.app).get(path.replace('/invitation/', '/reset-password/'));
    assert.equal(asReset.statusCode, 404);
  });

  it('tells why someone cannot be invited: the council’s own people, no email address, an account already', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const councilPerson = await createPerson(t.deps, SYSTEM, personDetails('Cara Council', register.council.id, { email: 'cara@council.test.example', councilRole: 'officer' }));
    const noEmail = await partnerPerson({ email: null });
    const existing = await makeUser(t.deps, 'partner-representative');
    const hasAccount = await partnerPerson({ userId: existing.id });
    const cases: Array<[string, RegExp]> = [
      [councilPerson.id, /one of the council’s people/],
      [noEmail.id, /Accord has no email address for/],
      [hasAccount.id, /has an Accord account already/],
    ];
    for (const [id, reason] of cases) {
      const page = await officer.get(`/people/${id}/invite`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, reason);
      assert.doesNotMatch(page.body, /Send the invitation/);
      const res = await officer.post(`/people/${id}/invite`, {}, { from: `/people/${id}/invite` });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /govuk-error-summary/);
      assert.match(res.body, reason);
      assert.doesNotMatch((await officer.get(`/people/${id}`)).body, /Invite to Accord/);
    }
    const before = smtp.messages.length;
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(smtp.messages.length, before, 'nothing was sent');
  });

  it('internal audit and partner representatives cannot invite; an unknown person is 404', async () => {
    const person = await partnerPerson();
    for (const role of ['auditor', 'partner-representative'] as const) {
      const client = await signedIn(t.app, await makeUser(t.deps, role));
      assert.equal((await client.get(`/people/${person.id}/invite`)).statusCode, 403, role);
    }
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    assert.equal((await officer.get('/people/00000000-0000-7000-8000-000000000000/invite')).statusCode, 404);
    assert.equal((await officer.get('/people/not-an-id/invite')).statusCode, 404);
  });
});

forEachDatabase('invitations with no email', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t?.close());

  it('says an administrator gives the account instead, and sends nothing', async () => {
    const register = await seedRegister(t.deps);
    const person = await createPerson(t.deps, SYSTEM, personDetails('Nomail Partner', register.partners[0]!.id, { email: 'nomail@partner.test.example' }));
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const page = await officer.get(`/people/${person.id}/invite`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Accord sends no email here/);
    const res = await officer.post(`/people/${person.id}/invite`, {}, { from: `/people/${person.id}/invite` });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /govuk-error-summary[\s\S]*cannot send an invitation/);
  });
});
