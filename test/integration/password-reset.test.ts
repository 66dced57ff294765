// Issue 10: "forgotten your password" by email, sent through a real SMTP server (test/helpers/smtp.ts):
// the link in the message received is followed; it works once, for an hour; asking never reveals
// whether an address has an account; a changed password is notified; with no SMTP_URL, the page says to
// ask an administrator.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';
import { startSmtp, type TestSmtp } from '../helpers/smtp.ts';

const PUBLIC_URL = 'https://accord.test.example';
const NEW_PASSWORD = 'lantern orchard velvet 2026';

/** The path of the link in a message, checked to start with PUBLIC_URL (never the request's host). */
function linkIn(text: string): string {
  const url = new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}(/reset-password/[A-Za-z0-9_-]+)`).exec(text);
  assert.ok(url, `no link to ${PUBLIC_URL}/reset-password/… in: ${text}`);
  return url[1]!;
}

forEachDatabase('forgotten your password, by email', (ctx) => {
  let smtp: TestSmtp;
  let t: TestApp;
  const clock = new TestClock('2026-12-02T09:00:00.000Z');

  before(async () => {
    smtp = await startSmtp();
    t = await startApp(ctx.database, { clock, env: { SMTP_URL: smtp.url, MAIL_FROM: 'Accord <accord@test.example>', PUBLIC_URL } });
  });
  after(async () => {
    await t?.close();
    await smtp?.close();
  });

  const ask = async (email: string) => {
    const client = new Client(t.app);
    await client.get('/forgot-password');
    return client.post('/forgot-password', { email }, {});
  };

  it('sends a link that sets a new password once; the old password and every session end; a notice follows', async () => {
    const user = await makeUser(t.deps, 'officer');
    const elsewhere = await signedIn(t.app, user);
    const signIn = await new Client(t.app).get('/sign-in');
    assert.match(signIn.body, /href="\/forgot-password">Forgotten your password\?</);

    const asked = await ask(user.email.toUpperCase());
    assert.equal(asked.statusCode, 200);
    assert.match(asked.body, /Check your email/);
    const message = await smtp.next(user.email);
    assert.equal(message.subject, 'Set a new password for Accord');
    const path = linkIn(message.text);

    const client = new Client(t.app);
    const page = await client.get(path);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Choose a new password/);
    const mismatch = await client.post(path, { newPassword: NEW_PASSWORD, confirmPassword: 'something else entirely' });
    assert.equal(mismatch.statusCode, 400);
    assert.match(mismatch.body, /The passwords do not match/);
    const weak = await client.post(path, { newPassword: 'password1234', confirmPassword: 'password1234' });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /govuk-error-summary/);

    const done = await client.post(path, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/sign-in');
    assert.equal((await elsewhere.get('/account')).statusCode, 303, 'the session elsewhere has ended');
    const notice = await smtp.next(user.email);
    assert.equal(notice.subject, 'Your Accord password has changed');

    const again = await new Client(t.app).get(path);
    assert.equal(again.statusCode, 410, 'a link works once');
    assert.match(again.body, /This link has been used already/);
    await signedIn(t.app, { ...user }, NEW_PASSWORD);
    const old = await new Client(t.app).post('/sign-in', { email: user.email, password: PASSWORD }, { from: '/sign-in' });
    assert.equal(old.statusCode, 400, 'the old password no longer signs in');

    const events = await ctx.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', user.id).execute();
    const actions = events.map((e) => e.action);
    assert.ok(actions.includes('password-reset-requested') && actions.includes('password-reset'), actions.join(', '));
  });

  it('tells the account’s address when its password is changed on the account page', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const res = await client.post('/account/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { from: '/account/password' });
    assert.equal(res.statusCode, 303);
    const notice = await smtp.next(user.email);
    assert.equal(notice.subject, 'Your Accord password has changed');
    assert.ok(notice.text.includes(`${PUBLIC_URL}/forgot-password`));
  });

  it('tells the old address and the new when an administrator changes an account’s email address', async () => {
    const user = await makeUser(t.deps, 'officer', { name: 'Mary Seacole' });
    const admin = await signedIn(t.app, await makeUser(t.deps, 'administrator'));
    const moved = `mary.seacole.${Date.now()}@new.example.gov.uk`;
    const res = await admin.post(`/users/${user.id}`, { name: user.name, email: moved, role: 'officer', active: 'yes' }, { from: `/users/${user.id}/edit` });
    assert.equal(res.statusCode, 303);
    for (const to of [user.email, moved]) {
      const notice = await smtp.next(to);
      assert.equal(notice.subject, 'Your Accord email address has changed');
      assert.ok(notice.text.includes(`from ${user.email} to ${moved}`), notice.text);
    }
    // The same address again (in other case): nothing is sent.
    const same = await admin.post(`/users/${user.id}`, { name: 'Mary Seacole', email: moved.toUpperCase(), role: 'officer', active: 'yes' }, { from: `/users/${user.id}/edit` });
    assert.equal(same.statusCode, 303);
    await assert.rejects(smtp.next(moved, 500), 'no notice when the address did not change');
  });

  it('answers an address with no account exactly as one with, and sends nothing', async () => {
    const user = await makeUser(t.deps, 'officer');
    const known = await ask(user.email);
    await smtp.next(user.email);
    const before = smtp.messages.length;
    const unknown = await ask(`nobody.${Date.now()}@example.gov.uk`);
    assert.equal(unknown.statusCode, known.statusCode);
    const words = (html: string) => /<main[\s\S]*<\/main>/.exec(html)![0].replace(/<strong>[^<]*<\/strong>/, '');
    assert.equal(words(unknown.body), words(known.body), 'the same words');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(smtp.messages.length, before, 'nothing sent to an address with no account');
  });

  it('sends at most three links an hour to one account, saying the same each time', async () => {
    const user = await makeUser(t.deps, 'auditor');
    for (let i = 0; i < 3; i++) {
      assert.equal((await ask(user.email)).statusCode, 200);
      await smtp.next(user.email);
    }
    const fourth = await ask(user.email);
    assert.equal(fourth.statusCode, 200);
    assert.match(fourth.body, /Check your email/);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(smtp.messages.filter((m) => m.to.includes(user.email)).length, 3);
    clock.advance({ minutes: 61 });
    await ask(user.email);
    await smtp.next(user.email);
  });

  it('a link past its hour, or one never sent, does not work', async () => {
    const user = await makeUser(t.deps, 'officer');
    await ask(user.email);
    const path = linkIn((await smtp.next(user.email)).text);
    clock.advance({ minutes: 61 });
    const expired = await new Client(t.app).get(path);
    assert.equal(expired.statusCode, 410);
    assert.match(expired.body, /This link has expired/);
    const posted = await new Client(t.app).post(path, { newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { from: '/forgot-password' });
    assert.equal(posted.statusCode, 410, 'nor can it be posted to');
    const unknown = await new Client(t.app).get(`/reset-password/${'A'.repeat(43)}`);
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.body, /This link is not one Accord sent/);
  });

  it('refuses a blank or malformed address at the field, keeping what was typed', async () => {
    const blank = await ask('');
    assert.equal(blank.statusCode, 400);
    assert.match(blank.body, /Enter your email address/);
    const malformed = await ask('not an address');
    assert.equal(malformed.statusCode, 400);
    assert.match(malformed.body, /value="not an address"/);
  });

  describe('with no SMTP_URL', () => {
    let off: TestApp;
    before(async () => {
      off = await startApp(ctx.database);
    });
    after(() => off?.close());

    it('says to ask an administrator, and sends nothing', async () => {
      await makeUser(off.deps, 'administrator');
      const before = smtp.messages.length;
      const client = new Client(off.app);
      const page = await client.get('/forgot-password');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Ask an Accord administrator to set a new password/);
      assert.doesNotMatch(page.body, /<form method="post" action="\/forgot-password"/);
      await client.get('/sign-in');
      const posted = await client.post('/forgot-password', { email: 'someone@example.gov.uk' });
      assert.equal(posted.statusCode, 400);
      assert.equal(smtp.messages.length, before);
    });
  });
});
