// The first journeys of Accord in a real browser, with JavaScript: set up, sign in and out, manage users.
// Every page reached is checked by axe and for the council's branding (see support/visitor.ts).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { browserSuite } from './support/suite.ts';
import { PASSWORD } from './support/server.ts';

browserSuite('journeys in a browser', (suite) => {
  it('(a) the first visitor creates the first administrator, correcting a mistake, and lands on the dashboard', suite.options, async (t) => {
    const server = await suite.server(t);
    const ada = await suite.visitor(t, server);

    await ada.goto('/');
    assert.equal(ada.path, '/setup');
    assert.equal(await ada.heading(), 'Create the first administrator');

    await ada.fill('Full name', 'Ada Lovelace');
    await ada.fill('Email address', 'ada.lovelace-at-example.gov.uk');
    await ada.fill('Password', 'analytical engine notes');
    await ada.fill('Confirm password', 'analytical engine notes');
    await ada.press('Create administrator');

    assert.equal(ada.status, 400);
    assert.match(await ada.page.title(), /^Error: Create the first administrator/);
    assert.deepEqual(await ada.errorSummary(), [
      { message: 'Enter an email address in the correct format, like name@example.gov.uk', href: '#email' },
    ]);
    assert.equal(await ada.fieldError('email'), 'Enter an email address in the correct format, like name@example.gov.uk');
    assert.equal(await ada.value('Full name'), 'Ada Lovelace');
    assert.equal(await ada.value('Email address'), 'ada.lovelace-at-example.gov.uk');
    assert.equal(await ada.value('Password'), '', 'a password is never sent back to the browser');
    // GOV.UK Frontend's script runs: the summary takes the focus, and its link moves it to the field.
    assert.equal(await ada.isFocused('.govuk-error-summary'), true, 'the error summary has the focus');
    await ada.page.locator('.govuk-error-summary a').click();
    assert.equal(await ada.isFocused('#email'), true, 'the summary’s link moves the focus to the field');

    await ada.fill('Email address', 'ada.lovelace@example.gov.uk');
    await ada.fill('Password', 'analytical engine notes');
    await ada.fill('Confirm password', 'analytical engine notes');
    await ada.press('Create administrator');

    assert.equal(ada.path, '/');
    assert.equal(ada.status, 200);
    assert.match(await ada.successBanner(), /You are the first administrator/);
    assert.match(await ada.page.locator('main').innerText(), /Signed in as Ada Lovelace, Administrator/);

    await ada.goto('/setup');
    assert.equal(ada.status, 404, 'the set-up page closes once there is an administrator');
  });

  it('(b) signs out, is refused with a wrong password keeping the email, then signs in', suite.options, async (t) => {
    const server = await suite.server(t);
    const admin = await server.addUser('administrator', { name: 'Grace Hopper', email: 'grace.hopper@example.gov.uk' });
    const grace = await suite.visitor(t, server);

    await grace.goto('/');
    assert.equal(grace.path, '/sign-in');
    await grace.signIn(admin.email, PASSWORD);
    assert.equal(grace.path, '/');

    await grace.signOut();
    assert.equal(grace.path, '/sign-in');
    assert.match(await grace.successBanner(), /You have signed out/);
    await grace.goto('/users');
    assert.match(grace.path, /^\/sign-in\?returnTo=%2Fusers$/, 'signed out: pages ask to sign in again');

    await grace.signIn(admin.email, 'not the password at all');
    assert.equal(grace.status, 400);
    assert.deepEqual(await grace.errorSummary(), [{ message: 'Enter a correct email address and password', href: '#email' }]);
    assert.equal(await grace.fieldError('email'), 'Enter a correct email address and password');
    assert.equal(await grace.value('Email address'), admin.email);
    assert.equal(await grace.value('Password'), '');

    await grace.fill('Password', PASSWORD);
    await grace.press('Sign in');
    assert.equal(grace.path, '/users', 'back where they were going');
    assert.equal(await grace.heading(), 'Users');
    await grace.follow('Home');
    assert.match(await grace.page.locator('main').innerText(), /Signed in as Grace Hopper, Administrator/);
  });

  it('(c) an administrator adds a user, correcting a mistake, then changes their role', suite.options, async (t) => {
    const server = await suite.server(t);
    const admin = await server.addUser('administrator');
    const visitor = await suite.visitor(t, server);
    await visitor.signIn(admin.email, PASSWORD);

    await visitor.follow('Users');
    assert.equal(visitor.path, '/users');
    await visitor.follow('Add a user');
    assert.equal(visitor.path, '/users/new');

    await visitor.fill('Full name', 'Katherine Johnson');
    await visitor.fill('Email address', 'katherine.johnson@example.gov.uk');
    await visitor.fill('Password', 'orbital mechanics by hand');
    await visitor.press('Add user');

    assert.equal(visitor.status, 400);
    assert.deepEqual(await visitor.errorSummary(), [{ message: 'Select a role', href: '#role' }]);
    assert.equal(await visitor.fieldError('role'), 'Select a role');
    assert.equal(await visitor.value('Full name'), 'Katherine Johnson');
    assert.equal(await visitor.value('Email address'), 'katherine.johnson@example.gov.uk');

    await visitor.choose('Officer');
    await visitor.fill('Password', 'orbital mechanics by hand');
    await visitor.press('Add user');

    assert.match(visitor.path, /^\/users\/[0-9a-f-]{36}$/);
    assert.equal(await visitor.heading(), 'Katherine Johnson');
    assert.match(await visitor.successBanner(), /Katherine Johnson can now sign in as Officer/);
    assert.equal(await visitor.summaryValue('Role'), 'Officer');
    const userPage = visitor.path;

    await visitor.follow('Change details');
    assert.equal(visitor.path, `${userPage}/edit`);
    assert.equal(await visitor.page.getByLabel('Officer', { exact: true }).isChecked(), true);
    await visitor.choose('Internal audit');
    await visitor.press('Save changes');

    assert.equal(visitor.path, userPage);
    assert.match(await visitor.successBanner(), /Katherine Johnson’s details have been saved/);
    assert.equal(await visitor.summaryValue('Role'), 'Internal audit');
    assert.match(await visitor.page.locator('main').innerText(), /Role.*Officer.*Internal audit/s, 'the history tells of the change');

    await visitor.follow('Users');
    assert.match(await visitor.page.locator('table').innerText(), /Katherine Johnson\s+katherine\.johnson@example\.gov\.uk\s+Internal audit\s+Active/);
  });
});
