// (e) Every page of Accord, and the error states of its forms, passes axe (WCAG 2.2 AA) and shows the
// council's name with no GOV.UK crown. Visitor.check() runs on each page reached.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';
import type { Visitor } from './support/visitor.ts';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** "400 /users/0190…/edit" → "400 /users/:id/edit" */
const pattern = (checked: string) => checked.replace(UUID, ':id').replace(/\?.*$/, '');

async function submitEmpty(visitor: Visitor, button: string, path: string): Promise<string[]> {
  await visitor.goto(path);
  for (const input of await visitor.page.locator('main form input:not([type=hidden]):not([type=radio]):not([type=checkbox])').all()) await input.fill('');
  await visitor.press(button);
  assert.equal(visitor.status, 400, `${path} refuses an empty form`);
  const errors = await visitor.errorSummary();
  assert.ok(errors.length > 0, `${path} shows the error summary`);
  for (const { href } of errors) {
    const id = href.slice(1);
    assert.equal(await visitor.page.locator(`[id="${id}"]`).count(), 1, `the summary's link ${href} leads to a field`);
  }
  return errors.map((e) => e.message);
}

browserSuite('every page', (suite) => {
  it('(e) every page and every form’s error state passes axe and is the council’s, not GOV.UK’s', suite.options, async (t) => {
    const server = await suite.server(t);
    const visitor = await suite.visitor(t, server);

    // Before anyone can sign in.
    await submitEmpty(visitor, 'Create administrator', '/setup');
    await visitor.fill('Full name', 'Rosalind Franklin');
    await visitor.fill('Email address', 'rosalind.franklin@example.gov.uk');
    await visitor.fill('Password', 'photograph fifty one');
    await visitor.fill('Confirm password', 'photograph fifty one');
    await visitor.press('Create administrator');
    assert.equal(visitor.path, '/');
    await visitor.goto('/setup');
    assert.equal(visitor.status, 404);

    const officer = await server.addUser('officer', { name: 'Dorothy Hodgkin', email: 'dorothy.hodgkin@example.gov.uk' });
    await server.addAuditEvents(60, officer.id);

    // As the administrator.
    for (const path of ['/', '/users', '/users/new', `/users/${officer.id}`, `/users/${officer.id}/edit`, `/users/${officer.id}/password`, '/account', '/account/password', '/accessibility', '/audit']) {
      await visitor.goto(path);
      assert.equal(visitor.status, 200, `${path} is shown`);
    }
    await visitor.follow('Older entries');
    assert.match(visitor.path, /^\/audit\?before=\d+$/);
    await visitor.goto('/no-such-page');
    assert.equal(visitor.status, 404);
    assert.equal(await visitor.heading(), 'Page not found');
    await visitor.goto('/users/00000000-0000-4000-8000-000000000000');
    assert.equal(visitor.status, 404);

    await submitEmpty(visitor, 'Add user', '/users/new');
    await submitEmpty(visitor, 'Save changes', `/users/${officer.id}/edit`);
    await submitEmpty(visitor, 'Set password', `/users/${officer.id}/password`);
    await visitor.fill('New password', 'twelve characters at least');
    await visitor.fill('Confirm new password', 'something else entirely');
    await visitor.press('Set password');
    assert.deepEqual(await visitor.fieldError('confirmPassword'), 'The passwords do not match');
    await submitEmpty(visitor, 'Change password', '/account/password');
    await visitor.fill('Current password', 'not my password at all');
    await visitor.fill('New password', 'twelve characters at least');
    await visitor.fill('Confirm new password', 'twelve characters at least');
    await visitor.press('Change password');
    assert.equal(visitor.status, 400);

    // A form sent with a token that does not match: the "could not be sent" page.
    await visitor.goto('/account/password');
    await visitor.page.locator('main input[name="_csrf"]').evaluate((input) => input.setAttribute('value', 'tampered'));
    await visitor.press('Change password');
    assert.equal(visitor.status, 403);
    assert.equal(await visitor.heading(), 'Your form could not be sent');

    // Signed out.
    await visitor.goto('/');
    await visitor.signOut();
    assert.equal(visitor.path, '/sign-in');
    await submitEmpty(visitor, 'Sign in', '/sign-in');
    await visitor.signIn('rosalind.franklin@example.gov.uk', 'not my password at all');
    assert.equal(visitor.status, 400);
    await visitor.goto('/accessibility');
    await visitor.goto('/no-such-page');
    assert.equal(visitor.status, 404);

    // As an officer, refused a page for administrators.
    await visitor.signIn(officer.email, PASSWORD);
    assert.equal(visitor.path, '/');
    await visitor.goto('/users');
    assert.equal(visitor.status, 403);
    assert.equal(await visitor.heading(), 'You do not have permission to see this page');

    const seen = new Set(visitor.checked.map(pattern));
    for (const expected of [
      '200 /setup', '400 /setup', '404 /setup',
      '200 /sign-in', '400 /sign-in',
      '200 /', '200 /users', '200 /users/new', '400 /users',
      '200 /users/:id', '200 /users/:id/edit', '400 /users/:id', '200 /users/:id/password', '400 /users/:id/password',
      '200 /account', '200 /account/password', '400 /account/password', '403 /account/password',
      '200 /audit', '200 /accessibility', '404 /no-such-page', '404 /users/:id', '403 /users',
    ]) {
      assert.ok(seen.has(expected), `checked ${expected} (checked: ${[...seen].join(', ')})`);
    }
  });
});
