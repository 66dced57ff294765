// GET /api/v1/partnerships/{id}/history: a partnership's History on the API, newest first, each
// event in the History page's words beside its raw values, a page at a time through `next`; an unknown
// partnership is 404 and a bad before or limit is 400 at its parameter, as problem+json (the page ignores
// a bad ?before; the API says so). Every answer is checked against the OpenAPI document (ApiClient).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser, signedIn } from '../helpers/factories.ts';
import { unescapeHtml } from '../helpers/html.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type Register } from './api-helpers.ts';

interface HistoryEvent {
  seq: number;
  actor: string;
  entityType: string;
  entityId: string;
  action: string;
  headline: string;
  lines: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** The History page's events as text, one string each ("headline by who, when, lines"). */
const eventsOn = (html: string) =>
  [...html.matchAll(/<li class="govuk-!-margin-bottom-4">([\s\S]*?)<\/li>\s*(?=<li class="govuk-!-margin-bottom-4">|<\/ol>)/g)].map((m) =>
    unescapeHtml(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()),
  );

forEachDatabase('R-2.6.10 the API’s partnership History', (ctx) => {
  let t: TestApp;
  let r: Register;
  let officer: ApiClient;
  let auditor: ApiClient;
  let n = 0;

  const register = async () => {
    const res = await officer.post('/api/v1/partnerships', partnershipBody(r, { name: `API history ${++n}` }));
    assert.equal(res.status, 201, JSON.stringify(res.body));
    return res.body.id as string;
  };

  before(async () => {
    t = await startApp(ctx.database);
    const contract = await loadContract(t.app);
    r = await seedRegister(t.deps);
    officer = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'officer', 'Olive Officer')).token);
    auditor = new ApiClient(t.app, contract, (await userWithToken(t.deps, 'auditor')).token);
  });
  after(() => t.close());

  it('R-2.6.10 lists a partner added and a lifecycle step in words, newest first, as the History page says them, with the raw values', async () => {
    const id = await register();
    const other = await register();
    const trust = r.partners[1]!;
    assert.equal((await officer.post(`/api/v1/partnerships/${id}/partners`, { organisationId: trust.id, role: 'funder', memberStatus: 'non-voting' })).status, 201);
    assert.equal((await officer.post(`/api/v1/partnerships/${id}/transitions`, { action: 'withdraw', decision: { reason: 'Entered twice' } })).status, 201);

    // Internal audit reads it too (register.view).
    const res = await auditor.get(`/api/v1/partnerships/${id}/history`);
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^application\/json/);
    const items = res.body.items as HistoryEvent[];
    assert.equal(res.body.next, null, 'one page holds them all');
    assert.deepEqual(items.map((e) => [e.entityType, e.action]), [
      ['partnership', 'withdrawn'],
      ['partnership-partner', 'added'],
      ['partnership', 'created'],
    ]);
    assert.ok(items.every((e, i) => i === 0 || e.seq < items[i - 1]!.seq), 'newest first');
    assert.ok(items.every((e) => e.actor.startsWith('Olive Officer')), 'the token’s user did each');

    const [step, added, created] = items as [HistoryEvent, HistoryEvent, HistoryEvent];
    assert.equal(step.headline, 'Withdrawn');
    assert.ok(step.lines.includes('Status: Proposed → Withdrawn'), step.lines.join(' | '));
    assert.ok(step.lines.some((l) => /^Decision: \(none\) → Withdrawn: .*reason: Entered twice$/.test(l)), step.lines.join(' | '));
    assert.deepEqual([step.before?.status, step.after?.status], ['proposed', 'withdrawn'], 'the raw values beside the words');

    assert.equal(added.headline, `Added partner ${trust.name}`);
    assert.deepEqual(added.lines, ['Role: Funder', 'Member status: Non-voting']);
    assert.equal(added.entityId, trust.id, 'a partner is keyed by its organisation');
    assert.equal(added.before, null);
    assert.equal(added.after?.role, 'funder');
    assert.equal(created.headline, 'Created');
    assert.ok(!items.some((e) => e.entityId === other), 'another partnership’s events are not in it');

    // The same words as the History page, event for event.
    const page = await (await signedIn(t.app, await makeUser(t.deps, 'auditor'))).get(`/partnerships/${id}/history`);
    const onPage = eventsOn(page.body);
    assert.equal(onPage.length, items.length);
    items.forEach((e, i) => {
      assert.ok(onPage[i]!.startsWith(`${e.headline} by `), `${onPage[i]} starts with ${e.headline}`);
      assert.ok(onPage[i]!.endsWith(e.lines.join(' ')), `${onPage[i]} ends with ${e.lines.join(' ')}`);
    });
  });

  it('pages with limit and next (before= the last seq, the limit kept), each event once, to the oldest', async () => {
    const id = await register();
    const partner = r.partners[0]!.id;
    for (const role of ['funder', 'member', 'funder', 'member']) {
      assert.equal((await officer.patch(`/api/v1/partnerships/${id}/partners/${partner}`, { role })).status, 200);
    }
    const whole = (await officer.get(`/api/v1/partnerships/${id}/history?limit=100`)).body.items as HistoryEvent[];
    assert.equal(whole.length, 5, 'registered and four changes');

    const seen: number[] = [];
    let url: string | null = `/api/v1/partnerships/${id}/history?limit=2`;
    const sizes: number[] = [];
    while (url) {
      const res = await officer.get(url);
      assert.equal(res.status, 200, url);
      sizes.push(res.body.items.length);
      seen.push(...(res.body.items as HistoryEvent[]).map((e) => e.seq));
      if (res.body.next) {
        assert.equal(res.body.next, `/api/v1/partnerships/${id}/history?before=${res.body.items.at(-1).seq}&limit=2`);
      }
      url = res.body.next;
    }
    assert.deepEqual(sizes, [2, 2, 1]);
    assert.deepEqual(seen, whole.map((e) => e.seq), 'every event once, newest first');
    assert.match(whole[0]!.headline, /^Changed partner /);
    assert.deepEqual(whole[0]!.lines, ['Role: Funder → Member']);

    // Without limit, 25 a page; before alone starts past that event.
    const older = await officer.get(`/api/v1/partnerships/${id}/history?before=${whole[1]!.seq}`);
    assert.deepEqual((older.body.items as HistoryEvent[]).map((e) => e.seq), whole.slice(2).map((e) => e.seq));
    assert.equal(older.body.next, null);
    assert.deepEqual((await officer.get(`/api/v1/partnerships/${id}/history?before=1`)).body, { items: [], next: null });
  });

  it('an unknown or malformed partnership is 404, as problem+json', async () => {
    for (const id of ['01890000-0000-7000-8000-00000000dead', 'not-an-id']) {
      const res = await auditor.get(`/api/v1/partnerships/${id}/history`);
      assert.equal(res.status, 404, id);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    }
  });

  it('a bad limit or before is 400 at its parameter, every problem at once, as problem+json', async () => {
    const id = await register();
    const history = `/api/v1/partnerships/${id}/history`;
    const cases: Array<[string, string[]]> = [
      ['limit=0', ['limit']],
      ['limit=101', ['limit']],
      ['limit=abc', ['limit']],
      ['limit=2.5', ['limit']],
      ['limit=', ['limit']],
      ['limit=1&limit=2', ['limit']],
      ['before=0', ['before']],
      ['before=-1', ['before']],
      ['before=1e3', ['before']],
      ['before=9999999999999999', ['before']],
      ['before=x&limit=0', ['before', 'limit']],
      ['bogus=1', ['bogus']],
    ];
    for (const [query, fields] of cases) {
      const res = await officer.get(`${history}?${query}`);
      assert.equal(res.status, 400, query);
      assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', query);
      assert.deepEqual((res.body.errors as Array<{ field: string }>).map((e) => e.field).sort(), fields, `${query}: ${JSON.stringify(res.body.errors)}`);
    }
    const limit = await officer.get(`${history}?limit=500`);
    assert.equal(limit.body.errors[0].message, 'Limit must be a whole number from 1 to 100');
    assert.equal((await officer.get(`${history}?bogus=1`)).body.errors[0].message, 'Unknown parameter bogus');
    // The page stays forgiving: an edited link still shows History (decision 40).
    assert.equal((await (await signedIn(t.app, await makeUser(t.deps, 'auditor'))).get(`/partnerships/${id}/history?before=x`)).statusCode, 200);
  });
});
