// Issue 10: two-factor sign-in in a browser. An administrator, whom it is required of, signs in with
// their password and is sent to set it up; reads the key off the page and types a code made from it (as
// an authenticator app does); saves their recovery codes; signs out and in again with a code; makes new
// recovery codes; resets an officer's. Every page on the way passes axe (Visitor checks each page).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { it } from 'node:test';
import { generate } from 'otplib';
import { startApp } from '../helpers/app.ts';
import { freshDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD } from '../helpers/factories.ts';
import { browserSuite } from './support/suite.ts';

browserSuite('two-factor sign-in, in a browser', (suite) => {
  it('an administrator sets it up when first asked, signs in with a code, renews recovery codes and resets an officer’s', suite.options, async (t) => {
    const fresh = await freshDatabase('sqlite');
    const app = await startApp(fresh.database, { env: { TWO_FACTOR_ROLES: 'administrator' } });
    t.after(async () => {
      await app.close();
      await fresh.drop();
    });
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const site = { baseUrl: `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`, councilName: app.config.COUNCIL_NAME };
    const admin = await makeUser(app.deps, 'administrator', { name: 'Grace Hopper', email: 'grace.hopper@example.gov.uk' });
    const officer = await makeUser(app.deps, 'officer', { name: 'Alan Turing', email: 'alan.turing@example.gov.uk' });

    // The officer turns it on (optional for them), so there is something for the administrator to reset.
    const officerVisitor = await suite.visitor(t, site);
    await officerVisitor.signIn(officer.email, PASSWORD);
    assert.equal(officerVisitor.path, '/', 'nothing is required of an officer');
    await officerVisitor.goto('/account');
    await officerVisitor.follow('Manage two-factor sign-in');
    assert.equal(await officerVisitor.heading(), 'Two-factor sign-in');
    const setUp = async (v: typeof officerVisitor) => {
      await v.press('Set up two-factor sign-in');
      assert.equal(await v.heading(), 'Set up two-factor sign-in');
      const key = ((await v.page.textContent('.accord-secret-key')) ?? '').replace(/\s/g, '');
      assert.ok(key.length >= 16);
      await v.press('Turn on two-factor sign-in');
      assert.equal(v.status, 400, 'no code: refused at the field');
      await v.fill('Code from your authenticator app', await generate({ secret: key }));
      await v.press('Turn on two-factor sign-in');
      assert.match((await v.page.textContent('main')) ?? '', /Two-factor sign-in is on/);
      const codes = await v.page.locator('.accord-recovery-codes code').allTextContents();
      assert.equal(codes.length, 10);
      await v.follow('I have saved my recovery codes');
      return { key, codes };
    };
    await setUp(officerVisitor);
    await officerVisitor.follow('Turn off two-factor sign-in');
    assert.equal(await officerVisitor.heading(), 'Turn off two-factor sign-in');

    const visitor = await suite.visitor(t, site);
    await visitor.signIn(admin.email, PASSWORD);
    assert.equal(visitor.path, '/account/two-factor', 'required of an administrator: set it up first');
    const { key, codes } = await setUp(visitor);
    await visitor.signOut();

    await visitor.signIn(admin.email, PASSWORD);
    assert.equal(visitor.path, '/sign-in/two-factor');
    assert.equal(await visitor.heading(), 'Enter the code from your authenticator app');
    await visitor.press('Continue');
    assert.equal(visitor.status, 400);
    // The first code was used at set-up: the recovery code signs in now, then the app's next code renews them.
    await visitor.fill('Enter the code from your authenticator app', codes[0]!);
    await visitor.press('Continue');
    assert.equal(visitor.path, '/');

    await visitor.goto('/account/two-factor');
    await visitor.follow('Make new recovery codes');
    assert.equal(await visitor.heading(), 'Make new recovery codes');
    await visitor.fill('Code from your authenticator app', await generate({ secret: key, epoch: Math.floor(Date.now() / 1000) + 30 }));
    await visitor.press('Make new recovery codes');
    assert.equal(await visitor.heading(), 'Your new recovery codes');

    await visitor.goto(`/users/${officer.id}`);
    await visitor.follow('Reset two-factor sign-in');
    assert.equal(await visitor.heading(), 'Reset two-factor sign-in');
    await visitor.press('Reset two-factor sign-in');
    assert.equal(visitor.path, `/users/${officer.id}`);
    assert.match((await visitor.page.textContent('main')) ?? '', /Two-factor sign-in\s*Off/);
  });
});
