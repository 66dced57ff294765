// (e) Issue 10: "forgotten your password" in a browser, through a real SMTP server: from the sign-in
// page, ask for a link, read the email, follow its link, refuse an empty form, set a new password, sign
// in with it. Every page on the way passes axe (Visitor checks each page it reaches).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { it } from 'node:test';
import { startApp } from '../helpers/app.ts';
import { freshDatabase } from '../helpers/databases.ts';
import { makeUser } from '../helpers/factories.ts';
import { startSmtp } from '../helpers/smtp.ts';
import { browserSuite } from './support/suite.ts';

const PUBLIC_URL = 'https://accord.journey.example';

browserSuite('forgotten your password, in a browser', (suite) => {
  it('(e) asks for a link, follows the one in the email, and signs in with the new password', suite.options, async (t) => {
    const smtp = await startSmtp();
    t.after(() => smtp.close());
    const fresh = await freshDatabase('sqlite');
    const app = await startApp(fresh.database, { env: { SMTP_URL: smtp.url, MAIL_FROM: 'Accord <accord@journey.example>', PUBLIC_URL } });
    t.after(async () => {
      await app.close();
      await fresh.drop();
    });
    await app.app.listen({ port: 0, host: '127.0.0.1' });
    const site = { baseUrl: `http://127.0.0.1:${(app.app.server.address() as AddressInfo).port}`, councilName: app.config.COUNCIL_NAME };
    const user = await makeUser(app.deps, 'officer', { name: 'Mary Somerville', email: 'mary.somerville@example.gov.uk' });
    const visitor = await suite.visitor(t, site);

    await visitor.goto('/sign-in');
    await visitor.follow('Forgotten your password?');
    assert.equal(visitor.path, '/forgot-password');
    await visitor.press('Send the link');
    assert.equal(visitor.status, 400, 'an empty address is refused');
    assert.deepEqual((await visitor.errorSummary()).map((e) => e.message), ['Enter your email address']);
    await visitor.fill('Email address', user.email);
    await visitor.press('Send the link');
    assert.equal(await visitor.heading(), 'Check your email');

    const message = await smtp.next(user.email);
    const link = new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}(/reset-password/[A-Za-z0-9_-]+)`).exec(message.text)?.[1];
    assert.ok(link, message.text);
    await visitor.goto(link);
    assert.equal(await visitor.heading(), 'Choose a new password');
    await visitor.press('Set the new password');
    assert.equal(visitor.status, 400);
    await visitor.fill('New password', 'comet telescope harvest 1835');
    await visitor.fill('Confirm new password', 'comet telescope harvest 1835');
    await visitor.press('Set the new password');
    assert.equal(visitor.path, '/sign-in');
    await visitor.signIn(user.email, 'comet telescope harvest 1835');
    assert.equal(visitor.path, '/');

    await visitor.goto(link);
    assert.equal(visitor.status, 410, 'the link worked once');
    assert.equal(await visitor.heading(), 'This link does not work');
  });
});
