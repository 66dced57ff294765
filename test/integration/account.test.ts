// Your account: changing your own password through HTTP.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, it } from 'node:test';
import { historyOf } from '../../src/app/audit-trail.ts';
import { findUserById } from '../../src/db/repositories/users.repo.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { TestClock } from '../helpers/clock.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';
import { assertFieldError, summaryLinks } from '../helpers/html.ts';

const NEW_PASSWORD = 'seven purple elephants dancing';
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

async function canSignIn(app: TestApp['app'], email: string, password: string): Promise<boolean> {
  const res = await new Client(app).post('/sign-in', { email, password }, { from: '/sign-in' });
  return res.statusCode === 303;
}

forEachDatabase('changing your own password', (ctx) => {
  let t: TestApp;
  let clock: TestClock;

  before(async () => {
    clock = new TestClock();
    t = await startApp(ctx.database, { clock });
    await makeUser(t.deps, 'administrator');
  });
  after(() => t.close());

  it('the account page tells an administrator where to change their details, not to ask an administrator', async () => {
    for (const [role, expected, refused] of [
      ['administrator', /use <a class="govuk-link" href="\/users">Users<\/a>/, /ask an Accord administrator/],
      ['officer', /ask an Accord administrator/, /href="\/users"/],
    ] as const) {
      const client = await signedIn(t.app, await makeUser(t.deps, role));
      const page = await client.get('/account');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, expected);
      assert.doesNotMatch(page.body, refused);
    }
  });

  it('needs the right current password (400 at that field), and changes nothing otherwise', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const hashBefore = (await findUserById(ctx.database.db, user.id))!.passwordHash;
    const res = await client.post(
      '/account/password',
      { currentPassword: 'not my password at all', newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { from: '/account/password' },
    );
    assert.equal(res.statusCode, 400);
    assertFieldError(res.body, 'currentPassword', 'Your current password is not correct', 'input');
    assert.deepEqual(summaryLinks(res.body), ['currentPassword']);
    assert.ok(!res.body.includes(NEW_PASSWORD) && !res.body.includes('not my password at all'), 'no password is sent back');
    assert.equal((await findUserById(ctx.database.db, user.id))!.passwordHash, hashBefore);
    assert.equal(await canSignIn(t.app, user.email, PASSWORD), true);
    assert.equal(await canSignIn(t.app, user.email, NEW_PASSWORD), false);
  });

  it('applies the password policy and needs a matching confirmation', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const post = (form: Record<string, string>) => client.post('/account/password', form, { from: '/account/password' });

    const empty = await post({});
    assert.equal(empty.statusCode, 400);
    assertFieldError(empty.body, 'currentPassword', 'Enter your current password', 'input');
    assertFieldError(empty.body, 'newPassword', 'Enter a new password', 'input');
    assertFieldError(empty.body, 'confirmPassword', 'Enter the new password again', 'input');

    const short = await post({ currentPassword: PASSWORD, newPassword: 'too short', confirmPassword: 'too short' });
    assert.equal(short.statusCode, 400);
    assertFieldError(short.body, 'newPassword', 'Password must be 12 characters or more', 'input');

    const asEmail = await post({ currentPassword: PASSWORD, newPassword: user.email.toUpperCase(), confirmPassword: user.email.toUpperCase() });
    assert.equal(asEmail.statusCode, 400);
    assertFieldError(asEmail.body, 'newPassword', 'Password must not contain the email address, or part of it', 'input');

    const mismatch = await post({ currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: `${NEW_PASSWORD}!` });
    assert.equal(mismatch.statusCode, 400);
    assertFieldError(mismatch.body, 'confirmPassword', 'The passwords do not match', 'input');
    assert.ok(!mismatch.body.includes(NEW_PASSWORD) && !mismatch.body.includes(PASSWORD));

    assert.equal(await canSignIn(t.app, user.email, PASSWORD), true, 'the password is unchanged');
    assert.ok(!(await historyOf(ctx.database, 'user', user.id)).some((e) => e.action === 'password-changed'));
  });

  it('on success ends the user’s other sessions and keeps the current one', async () => {
    const user = await makeUser(t.deps, 'officer');
    const here = await signedIn(t.app, user);
    const elsewhere = await signedIn(t.app, user);
    const andAnother = await signedIn(t.app, user);
    const bystander = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    clock.advance({ minutes: 5 });

    const res = await here.post(
      '/account/password',
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { from: '/account/password' },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/account');
    const page = await here.follow(res);
    assert.equal(page.statusCode, 200, 'the current session continues');
    assert.ok(page.body.includes('Your password has been changed'));

    assert.equal((await elsewhere.get('/account')).statusCode, 303, 'other sessions end');
    assert.equal((await andAnother.get('/account')).statusCode, 303);
    assert.equal((await bystander.get('/account')).statusCode, 200, 'other users are not affected');
    const rows = await ctx.database.db.selectFrom('sessions').select('id_hash').where('user_id', '=', user.id).execute();
    assert.deepEqual(rows.map((r) => r.id_hash), [sha256(here.cookies.get('accord_session')!)]);

    const stored = await findUserById(ctx.database.db, user.id);
    assert.equal(stored?.passwordChangedAt, clock.iso());
    assert.equal(await canSignIn(t.app, user.email, PASSWORD), false, 'the old password no longer works');
    assert.equal(await canSignIn(t.app, user.email, NEW_PASSWORD), true, 'the new one does');
  });

  it('R-2.6.10 is audited as password-changed by the user, without any password material', async () => {
    const user = await makeUser(t.deps, 'auditor');
    const client = await signedIn(t.app, user);
    const res = await client.post(
      '/account/password',
      { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD },
      { from: '/account/password' },
    );
    assert.equal(res.statusCode, 303, 'internal audit may change its own password');
    const events = await historyOf(ctx.database, 'user', user.id);
    const changed = events.find((e) => e.action === 'password-changed');
    assert.ok(changed);
    assert.equal(changed.actorId, user.id);
    assert.deepEqual(changed.after, { password: 'changed by the user' });
    const hash = (await findUserById(ctx.database.db, user.id))!.passwordHash;
    for (const { changes } of await ctx.database.db.selectFrom('audit_events').select('changes').execute()) {
      assert.ok(!changes.includes(NEW_PASSWORD), 'not the new password');
      assert.ok(!changes.includes(PASSWORD), 'not the old password');
      assert.ok(!changes.includes(hash) && !changes.includes('$argon2'), 'not a hash');
    }
  });

  it('needs the CSRF token and a signed-in user', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    await client.get('/account/password');
    const forged = await client.post('/account/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { csrf: null });
    assert.equal(forged.statusCode, 403);
    assert.equal(await canSignIn(t.app, user.email, PASSWORD), true);

    const stranger = new Client(t.app);
    const page = await stranger.get('/account/password');
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, '/sign-in?returnTo=%2Faccount%2Fpassword');
  });
});

forEachDatabase('changing your password: guessing the current one', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('wrong current passwords count against the account and then lock it, like sign-in', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = await signedIn(t.app, user);
    const attempt = () =>
      client.post('/account/password', { currentPassword: 'not my password at all', newPassword: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' }, { from: '/account/password' });
    const first = await attempt();
    assert.equal(first.statusCode, 400);
    assert.match(first.body, /Your current password is not correct/);
    const audit = await ctx.database.db.selectFrom('audit_events').select('action').where('entity_id', '=', user.id).where('action', '=', 'password-change-failed').execute();
    assert.equal(audit.length, 1);
    // Throttled after 3 failures: the 4th immediately is refused even with the right password.
    await attempt();
    await attempt();
    const refused = await client.post('/account/password', { currentPassword: PASSWORD, newPassword: 'a brand new passphrase', confirmPassword: 'a brand new passphrase' }, { from: '/account/password' });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Too many wrong attempts/);
  });
});
