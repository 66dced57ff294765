// User administration through HTTP: adding, editing, deactivating, setting passwords, and what
// the audit trail records of it. Authorization in depth is tested elsewhere.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, it } from 'node:test';
import { historyOf, type AuditEvent } from '../../src/app/audit-trail.ts';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { SYSTEM } from '../../src/app/deps.ts';
import { UserFacingError } from '../../src/app/errors.ts';
import { updateUser } from '../../src/app/users.service.ts';
import { countActiveAdministrators, countUsers, findUserById, type User } from '../../src/db/repositories/users.repo.ts';
import { Client, idFromRedirect, startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, signedIn } from '../helpers/factories.ts';
import { assertFieldError, inputValue, summaryLinks } from '../helpers/html.ts';

const NEW_PASSWORD = 'a different long passphrase';

function checkedRadio(html: string, name: string): string | undefined {
  for (const m of html.matchAll(/<input[^>]*>/g)) {
    const tag = m[0];
    if (tag.includes(`name="${name}"`) && / checked/.test(tag)) return /value="([^"]*)"/.exec(tag)?.[1];
  }
  return undefined;
}

let unique = 0;
const email = (name: string) => `${name}.${++unique}.${Date.now()}@example.gov.uk`;

forEachDatabase('user administration', (ctx) => {
  let t: TestApp;
  let admin: User;
  let adminClient: Client;

  before(async () => {
    t = await startApp(ctx.database);
    admin = await makeUser(t.deps, 'administrator', { name: 'Ada Admin' });
    adminClient = await signedIn(t.app, admin);
  });
  after(() => t.close());

  const history = async (id: string): Promise<AuditEvent[]> => (await historyOf(ctx.database, 'user', id)).reverse();

  it('R-2.6.10 an administrator adds a user: listed, shown, audited as created, and no password material in the audit trail', async () => {
    const address = email('Grace.Hopper').replace('grace', 'Grace');
    const password = 'lantern quarry mosaic dune';
    const res = await adminClient.post('/users', { name: 'Grace Hopper', email: address, role: 'officer', password }, { from: '/users/new' });
    assert.equal(res.statusCode, 303);
    const id = idFromRedirect(res, '/users');

    const shown = await adminClient.follow(res);
    assert.equal(shown.statusCode, 200);
    assert.match(shown.body, /<h1 class="govuk-heading-l">Grace Hopper<\/h1>/);
    assert.ok(shown.body.includes(address));
    assert.ok(shown.body.includes('Grace Hopper can now sign in as Officer'), 'a success message');

    const list = await adminClient.get('/users');
    assert.equal(list.statusCode, 200);
    assert.ok(list.body.includes(`<a class="govuk-link" href="/users/${id}">Grace Hopper</a>`));

    const events = await history(id);
    assert.equal(events.length, 1);
    const created = events[0]!;
    assert.equal(created.action, 'created');
    assert.equal(created.before, null);
    assert.deepEqual(created.after, { email: address, name: 'Grace Hopper', role: 'officer', active: true });
    assert.equal(created.actorId, admin.id, 'attributable to the administrator');
    assert.equal(created.actorLabel, `Ada Admin <${admin.email}>`);
    assert.ok(created.requestId, 'tied to the request');

    const stored = await findUserById(ctx.database.db, id);
    assert.ok(stored);
    assert.match(stored.passwordHash, /^\$argon2id\$/, 'stored as an argon2id hash');
    const all = await ctx.database.db.selectFrom('audit_events').select('changes').execute();
    for (const { changes } of all) {
      assert.ok(!changes.includes('$argon2'), 'no password hash in any audit event');
      assert.ok(!changes.includes(stored.passwordHash));
      assert.ok(!changes.includes(password), 'no password in any audit event');
      assert.ok(!/password_?hash/i.test(changes));
    }

    const newcomer = new Client(t.app);
    const signIn = await newcomer.post('/sign-in', { email: address.toLowerCase(), password }, { from: '/sign-in' });
    assert.equal(signIn.statusCode, 303, 'the new user can sign in');
  });

  it('refuses an email address already in use, whatever its case, with the input kept (400)', async () => {
    const existing = await makeUser(t.deps, 'officer');
    const before = await countUsers(ctx.database.db);
    const typed = existing.email.toUpperCase();
    const res = await adminClient.post('/users', { name: 'Someone Else', email: typed, role: 'auditor', password: NEW_PASSWORD }, { from: '/users/new' });
    assert.equal(res.statusCode, 400);
    assertFieldError(res.body, 'email', 'A user with this email address already exists', 'input');
    assert.equal(inputValue(res.body, 'name'), 'Someone Else');
    assert.equal(inputValue(res.body, 'email'), typed);
    assert.equal(checkedRadio(res.body, 'role'), 'auditor');
    assert.ok(!res.body.includes(NEW_PASSWORD), 'the password is not sent back');
    assert.equal(await countUsers(ctx.database.db), before);
  });

  it('shows each problem at its field with an error summary linking to it', async () => {
    const before = await countUsers(ctx.database.db);
    const res = await adminClient.post('/users', { name: '   ', email: 'not-an-email', password: '' }, { from: '/users/new' });
    assert.equal(res.statusCode, 400);
    assertFieldError(res.body, 'name', 'Enter the user’s full name', 'input');
    assertFieldError(res.body, 'email', 'Enter an email address in the correct format, like name@example.gov.uk', 'input');
    assertFieldError(res.body, 'role', 'Select a role', 'input');
    assertFieldError(res.body, 'password', 'Enter a password for the user', 'input');
    assert.deepEqual(summaryLinks(res.body), ['name', 'email', 'role', 'password'], 'in the order of the page');
    assert.equal(inputValue(res.body, 'email'), 'not-an-email', 'what was typed is kept');

    const missingEmail = await adminClient.post('/users', { name: 'No Email', role: 'officer', password: NEW_PASSWORD }, { from: '/users/new' });
    assert.equal(missingEmail.statusCode, 400);
    assertFieldError(missingEmail.body, 'email', 'Enter the user’s email address', 'input');

    const short = await adminClient.post('/users', { name: 'Short Password', email: email('short'), role: 'officer', password: 'short' }, { from: '/users/new' });
    assert.equal(short.statusCode, 400);
    assertFieldError(short.body, 'password', 'Password must be 12 characters or more', 'input');
    assert.deepEqual(summaryLinks(short.body), ['password']);
    assert.equal(inputValue(short.body, 'name'), 'Short Password');
    assert.equal(checkedRadio(short.body, 'role'), 'officer');

    const sameAsEmail = email('same');
    const same = await adminClient.post('/users', { name: 'Same', email: sameAsEmail, role: 'officer', password: sameAsEmail.toUpperCase() }, { from: '/users/new' });
    assert.equal(same.statusCode, 400);
    assertFieldError(same.body, 'password', 'Password must not contain the email address, or part of it', 'input');

    const badRole = await adminClient.post('/users', { name: 'Bad Role', email: email('badrole'), role: 'superuser', password: NEW_PASSWORD }, { from: '/users/new' });
    assert.equal(badRole.statusCode, 400);
    assertFieldError(badRole.body, 'role', 'Select a role', 'input');

    assert.equal(await countUsers(ctx.database.db), before, 'nothing was created');
  });

  it('R-2.6.10 edits role, name and email, auditing only the fields that changed, before and after', async () => {
    const user = await makeUser(t.deps, 'officer', { name: 'Owen Officer' });
    const base = { name: user.name, email: user.email, role: 'officer', active: 'yes' };
    const form = await adminClient.get(`/users/${user.id}/edit`);
    assert.equal(form.statusCode, 200);
    assert.equal(inputValue(form.body, 'name'), 'Owen Officer');
    assert.equal(checkedRadio(form.body, 'role'), 'officer');
    assert.equal(checkedRadio(form.body, 'active'), 'yes');

    const promote = await adminClient.post(`/users/${user.id}`, { ...base, role: 'administrator' });
    assert.equal(promote.statusCode, 303);
    assert.equal(promote.headers.location, `/users/${user.id}`);
    let events = await history(user.id);
    assert.equal(events.at(-1)!.action, 'updated');
    assert.deepEqual(events.at(-1)!.before, { role: 'officer' });
    assert.deepEqual(events.at(-1)!.after, { role: 'administrator' });

    const newEmail = email('owen.renamed');
    const rename = await adminClient.post(`/users/${user.id}`, { ...base, role: 'administrator', name: 'Owen Renamed', email: newEmail }, { from: `/users/${user.id}/edit` });
    assert.equal(rename.statusCode, 303);
    events = await history(user.id);
    assert.deepEqual(events.at(-1)!.before, { email: user.email, name: 'Owen Officer' });
    assert.deepEqual(events.at(-1)!.after, { email: newEmail, name: 'Owen Renamed' });
    const stored = await findUserById(ctx.database.db, user.id);
    assert.equal(stored?.name, 'Owen Renamed');
    assert.equal(stored?.email, newEmail);
    assert.equal(stored?.role, 'administrator');

    // Saving without a change records nothing.
    const count = events.length;
    const unchanged = await adminClient.post(`/users/${user.id}`, { ...base, role: 'administrator', name: 'Owen Renamed', email: newEmail }, { from: `/users/${user.id}/edit` });
    assert.equal(unchanged.statusCode, 303);
    assert.equal((await history(user.id)).length, count);

    const deactivate = await adminClient.post(`/users/${user.id}`, { ...base, role: 'administrator', name: 'Owen Renamed', email: newEmail, active: 'no' }, { from: `/users/${user.id}/edit` });
    assert.equal(deactivate.statusCode, 303);
    events = await history(user.id);
    assert.equal(events.at(-1)!.action, 'deactivated');
    assert.deepEqual(events.at(-1)!.before, { active: true });
    assert.deepEqual(events.at(-1)!.after, { active: false });
    const reactivate = await adminClient.post(`/users/${user.id}`, { ...base, role: 'administrator', name: 'Owen Renamed', email: newEmail, active: 'yes' }, { from: `/users/${user.id}/edit` });
    assert.equal(reactivate.statusCode, 303);
    assert.equal((await history(user.id)).at(-1)!.action, 'reactivated');
  });

  it('refuses to edit a user onto another user’s email address, and keeps what was typed', async () => {
    const taken = await makeUser(t.deps, 'officer');
    const user = await makeUser(t.deps, 'officer');
    const res = await adminClient.post(
      `/users/${user.id}`,
      { name: 'Changed Name', email: ` ${taken.email.toUpperCase()} `, role: 'auditor', active: 'yes' },
      { from: `/users/${user.id}/edit` },
    );
    assert.equal(res.statusCode, 400);
    assertFieldError(res.body, 'email', 'A user with this email address already exists', 'input');
    assert.equal(inputValue(res.body, 'name'), 'Changed Name');
    assert.equal(checkedRadio(res.body, 'role'), 'auditor');
    const stored = await findUserById(ctx.database.db, user.id);
    assert.equal(stored?.name, user.name);
    assert.equal(stored?.role, 'officer');
    assert.equal((await history(user.id)).length, 1, 'only the creation is recorded');

    const invalid = await adminClient.post(`/users/${user.id}`, { name: '', email: user.email, role: 'officer' }, { from: `/users/${user.id}/edit` });
    assert.equal(invalid.statusCode, 400);
    assertFieldError(invalid.body, 'name', 'Enter the user’s full name', 'input');
    assertFieldError(invalid.body, 'active', 'Select whether the user can sign in', 'input');
  });

  it('R-2.6.10 an administrator sets a user’s password: their sessions end, the old password fails and the new one works', async () => {
    const user = await makeUser(t.deps, 'officer');
    const userClient = await signedIn(t.app, user);

    const mismatch = await adminClient.post(`/users/${user.id}/password`, { password: NEW_PASSWORD, confirmPassword: 'something else entirely' }, { from: `/users/${user.id}/password` });
    assert.equal(mismatch.statusCode, 400);
    assertFieldError(mismatch.body, 'confirmPassword', 'The passwords do not match', 'input');
    const short = await adminClient.post(`/users/${user.id}/password`, { password: 'short', confirmPassword: 'short' }, { from: `/users/${user.id}/password` });
    assert.equal(short.statusCode, 400);
    assertFieldError(short.body, 'password', 'Password must be 12 characters or more', 'input');
    assert.equal((await userClient.get('/account')).statusCode, 200, 'nothing happened yet');

    const res = await adminClient.post(`/users/${user.id}/password`, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { from: `/users/${user.id}/password` });
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, `/users/${user.id}`);
    const shown = await adminClient.follow(res);
    assert.ok(shown.body.includes('password has been set'));

    const afterwards = await userClient.get('/account');
    assert.equal(afterwards.statusCode, 303, 'signed out everywhere');
    const old = await new Client(t.app).post('/sign-in', { email: user.email, password: PASSWORD }, { from: '/sign-in' });
    assert.equal(old.statusCode, 400);
    const fresh = await new Client(t.app).post('/sign-in', { email: user.email, password: NEW_PASSWORD }, { from: '/sign-in' });
    assert.equal(fresh.statusCode, 303);

    const setEvent = (await history(user.id)).find((e) => e.action === 'password-set');
    assert.ok(setEvent);
    assert.equal(setEvent.actorId, admin.id);
    assert.deepEqual(setEvent.after, { password: 'set by an administrator', mustChangePassword: true });
    const stored = await findUserById(ctx.database.db, user.id);
    const all = await ctx.database.db.selectFrom('audit_events').select('changes').execute();
    for (const { changes } of all) {
      assert.ok(!changes.includes(NEW_PASSWORD) && !changes.includes(stored!.passwordHash) && !changes.includes('$argon2'));
    }
  });

  it('answers 404 for an unknown or malformed user id', async () => {
    const existing = await makeUser(t.deps, 'officer');
    const unknown = randomUUID();
    for (const path of [
      `/users/${unknown}`,
      `/users/${unknown}/edit`,
      `/users/${unknown}/password`,
      '/users/not-a-user-id',
      `/users/${existing.id.toUpperCase()}`,
      `/users/${existing.id}x`,
      "/users/1'%20or%20'1'='1",
    ]) {
      const res = await adminClient.get(path);
      assert.equal(res.statusCode, 404, `GET ${path}`);
      assert.match(res.body, /Page not found/);
    }
    await adminClient.get('/users');
    for (const path of [`/users/${unknown}`, `/users/${unknown}/password`, '/users/nope']) {
      const res = await adminClient.post(path, { name: 'X', email: email('x'), role: 'officer', active: 'yes', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD });
      assert.equal(res.statusCode, 404, `POST ${path}`);
    }
  });

  it('keeps officers and internal audit away from the user forms (403)', async () => {
    const target = await makeUser(t.deps, 'officer');
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const auditor = await signedIn(t.app, await makeUser(t.deps, 'auditor'));
    const before = await countUsers(ctx.database.db);

    assert.equal((await officer.get('/users/new')).statusCode, 403);
    assert.equal((await officer.get('/users')).statusCode, 403, 'officers do not see the user list');
    const officerPost = await officer.post('/users', { name: 'Sneaky', email: email('sneaky'), role: 'administrator', password: NEW_PASSWORD }, { from: '/account' });
    assert.equal(officerPost.statusCode, 403);

    assert.equal((await auditor.get('/users/new')).statusCode, 403);
    assert.equal((await auditor.get(`/users/${target.id}/edit`)).statusCode, 403);
    const auditorPost = await auditor.post(`/users/${target.id}`, { name: target.name, email: target.email, role: 'administrator', active: 'yes' }, { from: '/account' });
    assert.equal(auditorPost.statusCode, 403);
    const auditorPassword = await auditor.post(`/users/${target.id}/password`, { password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, { from: '/account' });
    assert.equal(auditorPassword.statusCode, 403);
    // Internal audit reads, without the buttons that change things.
    const list = await auditor.get('/users');
    assert.equal(list.statusCode, 200);
    assert.ok(!list.body.includes('Add a user'));
    const shown = await auditor.get(`/users/${target.id}`);
    assert.equal(shown.statusCode, 200);
    assert.ok(!shown.body.includes('Change details'));

    assert.equal(await countUsers(ctx.database.db), before);
    assert.equal((await findUserById(ctx.database.db, target.id))?.role, 'officer');
    assert.equal((await verifyAuditChain(ctx.database)).intact, true);
  });
});

forEachDatabase('the last active administrator', (ctx) => {
  let t: TestApp;
  let first: User;

  before(async () => {
    t = await startApp(ctx.database);
    first = await makeUser(t.deps, 'administrator');
  });
  after(() => t.close());

  const eventCount = async () => Number((await ctx.database.db.selectFrom('audit_events').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it('cannot be demoted or deactivated (400 with the reason, nothing changed)', async () => {
    assert.equal(await countActiveAdministrators(ctx.database.db), 1);
    const client = await signedIn(t.app, first);
    const events = await eventCount();
    const base = { name: first.name, email: first.email, role: 'administrator', active: 'yes' };

    const demote = await client.post(`/users/${first.id}`, { ...base, role: 'officer' }, { from: `/users/${first.id}/edit` });
    assert.equal(demote.statusCode, 400);
    assertFieldError(demote.body, 'role', 'Accord needs at least one active administrator: keep this user an administrator', 'input');
    assert.equal(checkedRadio(demote.body, 'role'), 'officer', 'the choice made is shown back');

    const deactivate = await client.post(`/users/${first.id}`, { ...base, active: 'no' }, { from: `/users/${first.id}/edit` });
    assert.equal(deactivate.statusCode, 400);
    assertFieldError(deactivate.body, 'active', 'Accord needs at least one active administrator: this user cannot be deactivated', 'input');

    const both = await client.post(`/users/${first.id}`, { ...base, role: 'auditor', active: 'no' }, { from: `/users/${first.id}/edit` });
    assert.equal(both.statusCode, 400);

    const stored = await findUserById(ctx.database.db, first.id);
    assert.equal(stored?.role, 'administrator');
    assert.equal(stored?.active, true);
    assert.equal(await eventCount(), events, 'nothing audited: nothing changed');
    assert.equal((await client.get('/users')).statusCode, 200, 'still signed in as an administrator');
  });

  it('can be demoted once another administrator exists, and then the other is the last', async () => {
    const second = await makeUser(t.deps, 'administrator');
    const firstClient = await signedIn(t.app, first);
    const demote = await firstClient.post(
      `/users/${first.id}`,
      { name: first.name, email: first.email, role: 'officer', active: 'yes' },
      { from: `/users/${first.id}/edit` },
    );
    assert.equal(demote.statusCode, 303);
    assert.equal((await findUserById(ctx.database.db, first.id))?.role, 'officer');
    assert.equal((await firstClient.get('/users')).statusCode, 303, 'their own session ended with the role change');

    const secondClient = await signedIn(t.app, second);
    const deactivate = await secondClient.post(
      `/users/${second.id}`,
      { name: second.name, email: second.email, role: 'administrator', active: 'no' },
      { from: `/users/${second.id}/edit` },
    );
    assert.equal(deactivate.statusCode, 400);
    assert.equal(await countActiveAdministrators(ctx.database.db), 1);

    // A deactivated administrator does not count as one.
    const third = await makeUser(t.deps, 'administrator');
    await updateUser(t.deps, SYSTEM, third.id, { name: third.name, email: third.email, role: 'administrator', active: false });
    const stillRefused = await secondClient.post(
      `/users/${second.id}`,
      { name: second.name, email: second.email, role: 'officer', active: 'yes' },
      { from: `/users/${second.id}/edit` },
    );
    assert.equal(stillRefused.statusCode, 400);
  });

  it('stays protected when two administrators demote each other at the same moment', async () => {
    const a = await makeUser(t.deps, 'administrator');
    const b = await makeUser(t.deps, 'administrator');
    // Leave exactly these two as the active administrators.
    for (const row of await ctx.database.db.selectFrom('users').select(['id', 'name', 'email']).where('role', '=', 'administrator').where('active', '=', 1).execute()) {
      if (row.id !== a.id && row.id !== b.id) await updateUser(t.deps, SYSTEM, row.id, { name: row.name, email: row.email, role: 'officer', active: true });
    }
    assert.equal(await countActiveAdministrators(ctx.database.db), 2);
    const results = await Promise.allSettled([
      updateUser(t.deps, { actor: { id: a.id, label: 'a' }, requestId: null }, b.id, { name: b.name, email: b.email, role: 'officer', active: true }),
      updateUser(t.deps, { actor: { id: b.id, label: 'b' }, requestId: null }, a.id, { name: a.name, email: a.email, role: 'officer', active: true }),
    ]);
    const refused = results.filter((r) => r.status === 'rejected');
    assert.equal(refused.length, 1, 'exactly one of the two is refused');
    assert.ok((refused[0] as PromiseRejectedResult).reason instanceof UserFacingError);
    assert.equal(await countActiveAdministrators(ctx.database.db), 1);
    assert.equal((await verifyAuditChain(ctx.database)).intact, true);
  });
});
