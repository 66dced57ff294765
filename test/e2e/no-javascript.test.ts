// (d) Every journey works without JavaScript: the same core journey with scripts disabled.
// axe checks each page as a browser without JavaScript shows it (see support/axe.ts).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';

browserSuite('without JavaScript', (suite) => {
  it('(d) sets up Accord, signs out and in, adds a user correcting a mistake, and changes a password', suite.options, async (t) => {
    const server = await suite.server(t);
    const visitor = await suite.visitor(t, server, { javaScript: false });

    await visitor.goto('/');
    assert.equal(visitor.path, '/setup');
    assert.doesNotMatch((await visitor.page.locator('body').getAttribute('class')) ?? '', /js-enabled/, 'no script ran');
    await visitor.fill('Full name', 'Mary Somerville');
    await visitor.fill('Email address', 'mary.somerville@example.gov.uk');
    await visitor.fill('Password', 'connexion of the physical sciences');
    await visitor.fill('Confirm password', 'a different password entirely');
    await visitor.press('Create administrator');
    assert.equal(visitor.status, 400);
    assert.deepEqual(await visitor.errorSummary(), [{ message: 'The passwords do not match', href: '#confirmPassword' }]);
    assert.equal(await visitor.value('Full name'), 'Mary Somerville');
    assert.equal(await visitor.value('Email address'), 'mary.somerville@example.gov.uk');
    await visitor.fill('Password', 'connexion of the physical sciences');
    await visitor.fill('Confirm password', 'connexion of the physical sciences');
    await visitor.press('Create administrator');
    assert.equal(visitor.path, '/');
    assert.match(await visitor.successBanner(), /You are the first administrator/);

    // Signing out is a form button in the menu: it needs no script either.
    await visitor.signOut();
    assert.equal(visitor.path, '/sign-in');
    await visitor.fill('Email address', 'mary.somerville@example.gov.uk');
    await visitor.press('Sign in');
    assert.equal(visitor.status, 400);
    assert.deepEqual(await visitor.errorSummary(), [{ message: 'Enter your password', href: '#password' }]);
    assert.equal(await visitor.value('Email address'), 'mary.somerville@example.gov.uk');
    await visitor.fill('Password', 'connexion of the physical sciences');
    await visitor.press('Sign in');
    assert.equal(visitor.path, '/');

    await visitor.follow('Users');
    await visitor.follow('Add a user');
    await visitor.fill('Full name', 'Caroline Herschel');
    await visitor.fill('Email address', 'caroline.herschel@example');
    await visitor.choose('Officer');
    await visitor.fill('Password', 'eight comets and counting');
    await visitor.press('Add user');
    assert.equal(visitor.status, 400);
    assert.deepEqual(await visitor.errorSummary(), [
      { message: 'Enter an email address in the correct format, like name@example.gov.uk', href: '#email' },
    ]);
    assert.equal(await visitor.value('Full name'), 'Caroline Herschel');
    assert.equal(await visitor.page.getByLabel('Officer', { exact: true }).isChecked(), true, 'the chosen role is kept');
    await visitor.fill('Email address', 'caroline.herschel@example.gov.uk');
    await visitor.fill('Password', 'eight comets and counting');
    await visitor.press('Add user');
    assert.match(visitor.path, /^\/users\/[0-9a-f-]{36}$/);
    assert.match(await visitor.successBanner(), /Caroline Herschel can now sign in as Officer/);

    await visitor.follow('Change details');
    await visitor.choose('Administrator');
    await visitor.press('Save changes');
    assert.equal(await visitor.summaryValue('Role'), 'Administrator');

    await visitor.follow('Your account');
    await visitor.follow('Change your password');
    await visitor.fill('Current password', 'connexion of the physical sciences');
    await visitor.fill('New password', 'mechanism of the heavens');
    await visitor.press('Change password');
    assert.equal(visitor.status, 400);
    assert.deepEqual(await visitor.errorSummary(), [{ message: 'Enter the new password again', href: '#confirmPassword' }]);
    await visitor.fill('Current password', 'connexion of the physical sciences');
    await visitor.fill('New password', 'mechanism of the heavens');
    await visitor.fill('Confirm new password', 'mechanism of the heavens');
    await visitor.press('Change password');
    assert.equal(visitor.path, '/account');
    assert.match(await visitor.successBanner(), /Your password has been changed/);
  });
});
