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
import { findOverlaps } from '../../src/domain/overlap/overlaps.ts';
import type { Status } from '../../src/domain/register/vocabulary.ts';
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

  it('R-2.4b: the words compared follow the record: a purpose changed to share words shows the overlap, changed back it is gone', async () => {
    const overlapsOfKites = async () => ((await officer.get(`/api/v1/partnerships/${ids.kites}/overlaps`)).body.items as OverlapOut[]).map((o) => o.id);
    assert.ok(!(await overlapsOfKites()).includes(ids.roads));
    assert.equal((await officer.patch(`/api/v1/partnerships/${ids.roads}`, { purpose: 'Resurface the quarry roads for kite flying by lighthouse keepers.' })).status, 200);
    assert.ok((await overlapsOfKites()).includes(ids.roads), 'found through the words now shared');
    assert.equal((await officer.patch(`/api/v1/partnerships/${ids.roads}`, { purpose: 'Resurface the quarry roads.' })).status, 200);
    assert.ok(!(await overlapsOfKites()).includes(ids.roads), 'and not once they are not');
  });

  it('R-2.4b: what the word index finds is what comparing every partnership finds', async () => {
    const db = t.deps.database.db;
    const [rows, partners, priorities] = await Promise.all([
      db.selectFrom('partnerships').select(['id', 'reference', 'name', 'purpose', 'expected_outcomes', 'status']).execute(),
      db.selectFrom('partnership_partners').select(['partnership_id', 'organisation_id']).execute(),
      db.selectFrom('partnership_priorities').select(['partnership_id', 'priority_id']).execute(),
    ]);
    const of = <K extends 'organisation_id' | 'priority_id'>(list: Array<{ partnership_id: string } & Record<K, string>>, key: K, id: string) => list.filter((x) => x.partnership_id === id).map((x) => x[key]);
    const everyOther = rows.map((x) => ({
      id: x.id, reference: x.reference, name: x.name, purpose: x.purpose, expectedOutcomes: x.expected_outcomes, status: x.status as Status,
      partnerIds: of(partners, 'organisation_id', x.id), priorityIds: of(priorities, 'priority_id', x.id),
    }));
    let compared = 0;
    for (const x of rows.filter((p) => p.status !== 'withdrawn')) {
      const view = (await officer.get(`/api/v1/partnerships/${x.id}`)).body as { name: string; purpose: string; expectedOutcomes: string; partners: Array<{ organisationId: string }>; priorities: Array<{ priorityId: string }> };
      const names = new Map([r.council, ...r.partners].map((o) => [o.id, o.name]));
      const candidate = {
        id: x.id, name: view.name, purpose: view.purpose, expectedOutcomes: view.expectedOutcomes,
        partners: view.partners.map((p) => ({ id: p.organisationId, name: names.get(p.organisationId) ?? '', isThisCouncil: p.organisationId === r.council.id })),
        priorities: view.priorities.map((p) => ({ id: p.priorityId, title: r.priorities.find((q) => q.id === p.priorityId)!.title })),
      };
      const api = (await officer.get(`/api/v1/partnerships/${x.id}/overlaps`)).body.items as OverlapOut[];
      assert.deepEqual(api, findOverlaps(candidate, everyOther), `${x.name}: the same overlaps, scores and reasons`);
      compared++;
    }
    assert.ok(compared >= 3);
  });

  it('R-2.4b: an unknown partnership is 404 as problem+json', async () => {
    const res = await officer.get('/api/v1/partnerships/01900000-0000-7000-8000-000000000000/overlaps');
    assert.equal(res.status, 404);
    assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  });
});
