// Issue 10: an invitation in a browser, through a real SMTP server: an officer opens a partner's person
// under People, invites them, and the invitee follows the link in the email they receive, chooses a
// password and signs in as a partner representative, seeing their organisation's partnership. Every page
// on the way passes axe (Visitor checks each page it reaches).
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { it } from 'node:test';
import { SYSTEM } from '../../src/app/deps.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { seedRegister } from '../integration/api-helpers.ts';
import { startApp } from '../helpers/app.ts';
import { freshDatabase } from '../helpers/databases.ts';
import { makeUser, PASSWORD, partnershipDetails, personDetails } from '../helpers/factories.ts';
import { startSmtp } from '../helpers/smtp.ts';
import { browserSuite } from './support/suite.ts';

const PUBLIC_URL = 'https://accord.journey.example';

browserSuite('an invitation, in a browser', (suite) => {
  it('an officer invites a partner’s person, who follows the emailed link, chooses a password and signs in', suite.options, async (t) => {
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
    const register = await seedRegister(app.deps);
    const nhs = register.partners[0]!;
    await createPartnership(app.deps, SYSTEM, partnershipDetails({
      name: 'Healthy Ageing Partnership',
      partners: [
        { organisationId: register.council.id, role: 'lead', memberStatus: 'voting' },
        { organisationId: nhs.id, role: 'member', memberStatus: 'voting' },
      ],
    }));
    const person = await createPerson(app.deps, SYSTEM, personDetails('Rosalind Franklin', nhs.id, { email: 'rosalind.franklin@nhs.journey.example' }));
    const officer = await makeUser(app.deps, 'officer', { name: 'Ada Lovelace', email: 'ada.lovelace@example.gov.uk' });

    const officerVisitor = await suite.visitor(t, site);
    await officerVisitor.signIn(officer.email, PASSWORD);
    await officerVisitor.goto(`/people/${person.id}`);
    await officerVisitor.follow('Invite to Accord');
    assert.equal(await officerVisitor.heading(), 'Invite Rosalind Franklin to Accord');
    await officerVisitor.press('Send the invitation');
    assert.equal(officerVisitor.path, `/people/${person.id}`);

    const message = await smtp.next(person.email!);
    const link = new RegExp(`${PUBLIC_URL.replace(/[.]/g, '\\.')}(/invitation/[A-Za-z0-9_-]+)`).exec(message.text)?.[1];
    assert.ok(link, message.text);
    const invitee = await suite.visitor(t, site);
    await invitee.goto(link);
    assert.equal(await invitee.heading(), 'Set up your Accord account');
    await invitee.press('Set up my account');
    assert.equal(invitee.status, 400, 'an empty form is refused');
    await invitee.fill('Password', 'helix crystal photograph 51');
    await invitee.fill('Confirm password', 'helix crystal photograph 51');
    await invitee.press('Set up my account');
    assert.equal(invitee.path, '/sign-in');
    await invitee.signIn(person.email!, 'helix crystal photograph 51');
    await invitee.goto('/partnerships');
    assert.match((await invitee.page.textContent('main')) ?? '', /Healthy Ageing Partnership/);

    await invitee.goto(link);
    assert.equal(invitee.status, 410, 'the invitation worked once');
  });
});
