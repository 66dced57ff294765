// The register's typed filters: what is typed is matched against the organisations that are partners
// (the council aside), or the people who are sponsoring officers, of a partnership the principal may see,
// in name order, on both databases; a name that matches one filters the list by it, one that matches
// several offers them, none says so.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { SYSTEM, systemClock, uuidIds, type AppDeps } from '../../src/app/deps.ts';
import { createOrganisation } from '../../src/app/organisations.service.ts';
import { createPartnership } from '../../src/app/partnerships.service.ts';
import { matchingPartnerOrganisations, matchingSponsors } from '../../src/db/repositories/register.repo.ts';
import { createPerson } from '../../src/app/people.service.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, organisationDetails, partnershipDetails, personDetails, signedIn } from '../helpers/factories.ts';

forEachDatabase('the register’s partner filter', (ctx) => {
  let deps: AppDeps;
  let t: TestApp;
  const org: Record<string, string> = {};
  const partnership: Record<string, string> = {};
  const person: Record<string, string> = {};

  before(async () => {
    deps = { database: ctx.database, clock: systemClock, ids: uuidIds };
    for (const [key, name] of [
      ['council', 'Test Borough Council'],
      ['zeta', 'Zeta Housing'],
      ['acme', 'Acme Services'],
      ['acmeNorth', 'Acme Services North'],
      ['idle', 'Idle Charity'],
      ['beta', 'Beta Trust'],
      ['percent', '100% Youth_Trust'],
      ['societe', 'Société Générale Trust'],
    ] as const) {
      org[key] = (await createOrganisation(deps, SYSTEM, organisationDetails(name, { isThisCouncil: key === 'council' }))).id;
    }
    const partners = (...keys: string[]) => keys.map((k, i) => ({ organisationId: org[k]!, role: i === 0 ? ('lead' as const) : ('member' as const), memberStatus: 'voting' as const }));
    const officer = async (name: string) => (await createPerson(deps, SYSTEM, personDetails(name, org.council!, { councilRole: 'officer', jobTitle: 'Head of Service' }))).id;
    for (const [key, name] of [['leeAnn', 'Ann Lee'], ['leeShaw', 'Lee Shaw'], ['idleOfficer', 'Lee Idle'], ['chen', 'Wei Chen']] as const) person[key] = await officer(name);
    partnership.one = (await createPartnership(deps, SYSTEM, partnershipDetails({ name: 'One', partners: partners('council', 'zeta', 'acme', 'percent'), sponsoringOfficerId: person.leeAnn! }))).id;
    partnership.two = (await createPartnership(deps, SYSTEM, partnershipDetails({ name: 'Two', partners: partners('beta', 'acme', 'acmeNorth', 'societe'), sponsoringOfficerId: person.leeShaw! }))).id;
    partnership.three = (await createPartnership(deps, SYSTEM, partnershipDetails({ name: 'Three', partners: partners('zeta'), sponsoringOfficerId: person.chen! }))).id;
    t = await startApp(ctx.database);
  });
  after(() => t?.close());

  it('matches the partners of the partnerships in scope, not the council nor an organisation in none', async () => {
    const db = ctx.database.db;
    const names = async (scope: Parameters<typeof matchingPartnerOrganisations>[1], text: string, limit = 20) =>
      (await matchingPartnerOrganisations(db, scope, { text }, limit)).map((o) => o.name);
    assert.deepEqual(await names({ kind: 'all' }, ''), ['100% Youth_Trust', 'Acme Services', 'Acme Services North', 'Beta Trust', 'Société Générale Trust', 'Zeta Housing']);
    assert.deepEqual(await names({ kind: 'all' }, 'TRUST'), ['100% Youth_Trust', 'Beta Trust', 'Société Générale Trust'], 'any case');
    assert.deepEqual(await names({ kind: 'all' }, 'societe gen'), ['Société Générale Trust'], 'accents folded');
    assert.deepEqual(await names({ kind: 'all' }, '0% y'), ['100% Youth_Trust'], '% is a character, not a wildcard');
    assert.deepEqual(await names({ kind: 'all' }, 'h_t'), ['100% Youth_Trust'], '_ is a character, not a wildcard');
    assert.deepEqual(await names({ kind: 'all' }, 'council'), [], 'not the council');
    assert.deepEqual(await names({ kind: 'all' }, 'idle'), [], 'not an organisation in no partnership');
    assert.deepEqual(await names({ kind: 'all' }, 'acme', 1), ['Acme Services'], 'at most the limit, in name order');
    assert.deepEqual(await names({ kind: 'only', partnershipIds: [partnership.one!] }, 'a'), ['Acme Services', 'Zeta Housing']);
    assert.deepEqual(await names({ kind: 'only', partnershipIds: [partnership.two!] }, 'trust'), ['Beta Trust', 'Société Générale Trust']);
    assert.deepEqual(await names({ kind: 'only', partnershipIds: [] }, ''), []);
    assert.deepEqual(await matchingPartnerOrganisations(db, { kind: 'all' }, { id: org.beta! }, 1), [{ id: org.beta, name: 'Beta Trust' }]);
    assert.deepEqual(await matchingPartnerOrganisations(db, { kind: 'only', partnershipIds: [partnership.one!] }, { id: org.beta! }, 1), [], 'by id, only in scope');
  });

  it('a name that matches one organisation filters the list by it, and the box shows its whole name', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const res = await officer.get('/partnerships?partner=beta');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Partner: Beta Trust/);
    assert.match(res.body, /<input class="govuk-input" id="partner" name="partner" type="text" spellcheck="false" value="Beta Trust"/);
    assert.match(res.body, /href="\/partnerships\/[^"]+">Two</);
    assert.doesNotMatch(res.body, /href="\/partnerships\/[^"]+">One</);
    assert.ok(res.body.includes(`/partnerships/export.csv?organisation=${org.beta}`), 'the downloads keep the organisation, by id');
    assert.doesNotMatch(res.body, /<option[^>]*>Zeta Housing/, 'no list of every partner');
  });

  it('a name typed in full chooses it, though longer names contain it', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const res = await officer.get('/partnerships?partner=ACME+services');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Partner: Acme Services</);
    assert.match(res.body, /href="\/partnerships\/[^"]+">One</);
  });

  it('a name that matches several offers each as a link, at the field, with an error summary (400)', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const res = await officer.get('/partnerships?partner=trust&status=operating');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /govuk-error-summary/);
    assert.match(res.body, /href="#partner">3 partner organisations match “trust”: choose one below, or type more of the name/);
    assert.match(res.body, /value="trust"/, 'what was typed is kept');
    for (const key of ['percent', 'beta', 'societe'] as const) {
      assert.ok(res.body.includes(`href="/partnerships?status=operating&amp;organisation=${org[key]}"`), `a link choosing ${key}, the other filters kept`);
    }
    const chosen = await officer.get(`/partnerships?status=operating&organisation=${org.societe}`);
    assert.equal(chosen.statusCode, 200);
    assert.match(chosen.body, /value="Société Générale Trust"/);
  });

  it('a name that matches none says so, and the list is not filtered by partner', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const res = await officer.get(`/partnerships?partner=nobody+at+all&organisation=${org.beta}`);
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /No partner organisation matches “nobody at all”: check the spelling, or type less of the name/);
    assert.doesNotMatch(res.body, /Partner: /, 'what was typed wins over the old choice in the link');
    assert.match(res.body, /href="\/partnerships\/[^"]+">One</);
    assert.match(res.body, /href="\/partnerships\/[^"]+">Two</);
  });

  it('an organisation outside the scope or the council is not matched; a name too long is refused at the field', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const council = await officer.get('/partnerships?partner=Test+Borough+Council');
    assert.equal(council.statusCode, 400);
    const long = await officer.get(`/partnerships?partner=${'x'.repeat(201)}`);
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /Partner organisation must be 200 characters or fewer/);
    const empty = await officer.get('/partnerships?partner=+++');
    assert.equal(empty.statusCode, 200, 'spaces are no filter');
  });

  it('sponsoring officers: only those who sponsor a partnership in scope, by any part of the name', async () => {
    const db = ctx.database.db;
    const names = async (scope: Parameters<typeof matchingSponsors>[1], text: string) => (await matchingSponsors(db, scope, { text }, 20)).map((o) => o.name);
    assert.deepEqual(await names({ kind: 'all' }, 'lee'), ['Ann Lee', 'Lee Shaw'], 'not Lee Idle, who sponsors nothing');
    assert.deepEqual(await names({ kind: 'all' }, ''), ['Ann Lee', 'Lee Shaw', 'Wei Chen']);
    assert.deepEqual(await names({ kind: 'only', partnershipIds: [partnership.two!] }, 'lee'), ['Lee Shaw']);
    assert.deepEqual(await matchingSponsors(db, { kind: 'only', partnershipIds: [partnership.one!] }, { id: person.leeShaw! }, 1), [], 'by id, only in scope');
  });

  it('a sponsoring officer typed on the page: one filters, several are offered, the id in links carries it', async () => {
    const officer = await signedIn(t.app, await makeUser(t.deps, 'officer'));
    const one = await officer.get('/partnerships?sponsoringOfficer=chen');
    assert.equal(one.statusCode, 200);
    assert.match(one.body, /Sponsoring officer: Wei Chen/);
    assert.match(one.body, /id="sponsoringOfficer" name="sponsoringOfficer" type="text" spellcheck="false" value="Wei Chen"/);
    assert.match(one.body, /href="\/partnerships\/[^"]+">Three</);
    assert.doesNotMatch(one.body, /href="\/partnerships\/[^"]+">One</);
    assert.ok(one.body.includes(`/partnerships/export.csv?sponsor=${person.chen}`));
    const several = await officer.get('/partnerships?sponsoringOfficer=lee&partner=acme+services');
    assert.equal(several.statusCode, 400);
    assert.match(several.body, /href="#sponsoringOfficer">2 sponsoring officers match “lee”: choose one below, or type more of the name/);
    assert.ok(several.body.includes(`href="/partnerships?organisation=${org.acme}&amp;sponsor=${person.leeShaw}"`), 'a link choosing Lee Shaw, the partner kept');
    assert.doesNotMatch(several.body, /<option[^>]*>Lee Idle/, 'no list of every council officer');
  });
});
