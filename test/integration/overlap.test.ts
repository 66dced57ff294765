// R-2.4b the overlap warning: a partnership's Summary and GET /api/v1/partnerships/{id}/overlaps show the
// existing partnerships that share its partners (not the council), corporate priorities or purpose, each
// with why; an unrelated one and a withdrawn one are not shown; until it is approved the Summary shows them
// as a warning; an unknown partnership is 404. Every API answer is checked against the OpenAPI document.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startApp, type Client, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { signedIn } from '../helpers/factories.ts';
import { unescapeHtml } from '../helpers/html.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Register } from './api-helpers.ts';

interface OverlapOut {
  id: string;
  reference: string;
  name: string;
  status: string;
  score: number;
  reasons: string[];
}

/** The Summary's overlaps section as text, one line an item. */
const overlapSection = (html: string) => {
  const section = /id="overlaps">([\s\S]*?)<h2 class="govuk-heading-m">Details<\/h2>/.exec(html)?.[1];
  assert.ok(section !== undefined, 'the Summary has the overlaps section');
  return unescapeHtml(section.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
};

forEachDatabase('R-2.4b overlap warning', (ctx) => {
  let t: TestApp;
  let r: Register;
  let officer: ApiClient;
  let browser: Client;
  const ids = {} as Record<'kites' | 'lessons' | 'roads' | 'withdrawn', string>;

  const register = async (name: string, purpose: string, expectedOutcomes: string, partner: number, priorities: number[] = []) => {
    const res = await officer.post(
      '/api/v1/partnerships',
      partnershipBody(r, {
        name,
        purpose,
        expectedOutcomes,
        partners: [
          { organisationId: r.council.id, role: 'lead', memberStatus: 'voting' },
          { organisationId: r.partners[partner]!.id, role: 'member', memberStatus: 'voting' },
        ],
        priorities: priorities.map((i) => ({ priorityId: r.priorities[i]!.id, how: 'Somehow' })),
      }),
    );
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };

  before(async () => {
    t = await startApp(ctx.database);
    r = await seedRegister(t.deps);
    const o = await userWithToken(t.deps, 'officer', 'Olive Officer');
    officer = new ApiClient(t.app, await loadContract(t.app), o.token);
    browser = await signedIn(t.app, o.user);
    ids.kites = await register('Kite flying for lighthouse keepers', 'Kite flying lessons for lighthouse keepers on the coast.', 'Calmer keepers.', 1, [0]);
    ids.lessons = await register('Coastal kite club', 'Weekly kite flying for lighthouse keepers and their families.', 'Families meet.', 1);
    ids.roads = await register('Quarry road resurfacing', 'Resurface the quarry roads.', 'Smoother journeys.', 2, [1]);
    ids.withdrawn = await register('Kite flying for lighthouse keepers (again)', 'Kite flying lessons for lighthouse keepers on the coast.', 'Calmer keepers.', 1, [0]);
    assert.equal((await officer.post(`/api/v1/partnerships/${ids.withdrawn}/withdrawal`, { reason: 'Entered twice' })).status, 200);
  });
  after(() => t.close());

  it('R-2.4b: two partnerships sharing a partner and a similar purpose show each other on the API, with why; an unrelated or withdrawn one does not', async () => {
    const res = await officer.get(`/api/v1/partnerships/${ids.kites}/overlaps`);
    assert.equal(res.status, 200);
    const items = res.body.items as OverlapOut[];
    assert.deepEqual(items.map((o) => o.id), [ids.lessons], 'only the similar one: not the roads, not the withdrawn copy, not itself');
    assert.deepEqual(items[0]!.reasons, [`Shares a partner: ${r.partners[1]!.name}`, 'Similar purpose: ‘kite flying’, ‘lighthouse keepers’']);
    assert.equal(items[0]!.status, 'proposed');
    assert.ok(items[0]!.score > 3, 'a partner and the words');
    assert.equal(res.body.warning, true, 'not yet approved');

    const back = await officer.get(`/api/v1/partnerships/${ids.lessons}/overlaps`);
    assert.deepEqual((back.body.items as OverlapOut[]).map((o) => o.id), [ids.kites], 'and the other way round');
    assert.deepEqual((await officer.get(`/api/v1/partnerships/${ids.roads}/overlaps`)).body.items, []);
  });

  it('R-2.4b: the Summary shows them, linked, with why, as a warning while proposed', async () => {
    const res = await browser.get(`/partnerships/${ids.kites}`);
    assert.equal(res.statusCode, 200);
    assert.match(res.body, new RegExp(`<a class="govuk-link govuk-!-font-weight-bold" href="/partnerships/${ids.lessons}">Coastal kite club</a>`));
    assert.ok(!res.body.includes(`href="/partnerships/${ids.roads}"`), 'the unrelated one is not linked');
    assert.ok(!res.body.includes(`href="/partnerships/${ids.withdrawn}"`), 'nor the withdrawn one');
    const text = overlapSection(res.body);
    assert.match(text, /^Possible overlaps \(protocol 2\.4\(b\)\) ! Warning Check these existing partnerships before this one goes further/);
    assert.ok(text.includes(`Shares a partner: ${r.partners[1]!.name}`), text);
    assert.ok(text.includes('Similar purpose: ‘kite flying’, ‘lighthouse keepers’'), text);
  });

  it('R-2.4b: a partnership nothing overlaps says so', async () => {
    const text = overlapSection((await browser.get(`/partnerships/${ids.roads}`)).body);
    assert.equal(text, 'Possible overlaps (protocol 2.4(b)) No overlapping partnerships found.');
  });

  it('R-2.4b: an unknown partnership is 404 as problem+json', async () => {
    const res = await officer.get('/api/v1/partnerships/01900000-0000-7000-8000-000000000000/overlaps');
    assert.equal(res.status, 404);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  });
});
