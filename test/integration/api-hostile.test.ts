// Hostile input through the API, as property tests with a fixed seed: JSON bodies with HTML, SQL,
// control characters, lone surrogates, prototype keys, wrong types and huge values; raw bodies of
// any content type; hostile query strings and path segments. For every answer: never a 5xx; the
// answer matches the OpenAPI document (ApiClient checks it); an error answer saved nothing; a
// success saved exactly what it answered. The audit chain stays intact.
//
// API_HOSTILE_SEED and API_HOSTILE_RUNS change the seed and the number of runs per property.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import fc from 'fast-check';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import type { Database } from '../../src/db/database.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { anyCodePoint } from '../helpers/arbitraries.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { lastAuditSeq } from '../helpers/rows.ts';
import { ApiClient, loadContract, partnershipBody, seedRegister, userWithToken, type ApiResponse, type Register } from './api-helpers.ts';

const SEED = Number(process.env.API_HOSTILE_SEED ?? 20_261_125);
const RUNS = Number(process.env.API_HOSTILE_RUNS ?? 60);
console.log(`api-hostile: fast-check seed ${SEED}, ${RUNS} runs per property (API_HOSTILE_SEED, API_HOSTILE_RUNS)`);

const HOSTILE = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE partnerships; --",
  "' OR 1=1 --",
  '1; SELECT pg_sleep(5)',
  '\u0000',
  'a\u0000b',
  '\u0001\u0008\u000b\u001f\u007f',
  '\r\nSet-Cookie: x=y',
  '\t',
  '\n\n',
  '\ud800',
  'lone \udfff surrogate',
  '\u202egnp.exe',
  '\u200b\u200c\u200d\ufeff',
  '\u2028\u2029',
  '💥',
  'Z̷̢͙̀a̴̠͐l̶̲̈́g̶͎̈o̸̥͝',
  '../../etc/passwd',
  '%00',
  '${7*7}',
  '{{ 7*7 }}',
  '__proto__',
  'constructor',
  '',
  ' ',
  'null',
  '-1',
  '1e309',
  '99999999999999999999',
  '2026-02-30',
  '0000-00-00',
  '00000000-0000-0000-0000-000000000000',
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodePoint, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('A', '<', 'é', '💥', "'", '\u0000', '\ud800'), fc.integer({ min: 1_000, max: 400_000 })).map(([u, n]) => u.repeat(n)) },
);

const hostileValue: fc.Arbitrary<Json> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Json>(0, -1, 1.5, -0, 2 ** 53, 1e20, 1_000_000_000_001, Number.MAX_SAFE_INTEGER, true, false, null, [], {}, [null], [''], { a: 1 }, ['<script>'], [{ organisationId: '<x>' }]),
  },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('$ne', '$gt', 'organisationId', 'role', '__proto__', 'x'), hostileString, { maxKeys: 3 }) },
);

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'reference', 'createdAt', 'role', 'admin', '', ' ', '\u0000', '<script>alert(1)</script>', 'x'.repeat(5000), '\ud800'),
  fc.string({ unit: anyCodePoint, maxLength: 12 }),
);

async function snapshot(database: Database) {
  const rows = async (table: 'partnerships' | 'organisations' | 'people') =>
    (await database.db.selectFrom(table).select(['id', 'updated_at']).orderBy('id').execute()).map((r) => `${r.id}@${r.updated_at}`).join(',');
  const links = Number((await database.db.selectFrom('partnership_partners').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return { partnerships: await rows('partnerships'), organisations: await rows('organisations'), people: await rows('people'), links, audit: await lastAuditSeq(database) };
}

const brief = (s: string) => (s.length > 300 ? `${JSON.stringify(s.slice(0, 300))}… (${s.length} chars)` : JSON.stringify(s));

forEachDatabase('API: hostile input', (ctx) => {
  let t: TestApp;
  let officer: ApiClient;
  let register: Register;
  const targets = {} as Record<'partnerships' | 'organisations' | 'people', string>;
  const valid = {} as Record<'partnerships' | 'organisations' | 'people', () => Record<string, Json>>;
  let n = 0;

  before(async () => {
    t = await startApp(ctx.database);
    officer = new ApiClient(t.app, await loadContract(t.app), (await userWithToken(t.deps, 'officer')).token);
    register = await seedRegister(t.deps);
    valid.partnerships = () => partnershipBody(register, { name: `Hostile target ${(n += 1)}` }) as Record<string, Json>;
    valid.organisations = () => ({ name: `Hostile Org ${ctx.dialect} ${(n += 1)}`, sector: 'other', isThisCouncil: false });
    valid.people = () => ({ name: `Hostile Person ${(n += 1)}`, organisationId: register.partners[0]!.id });
    for (const resource of ['partnerships', 'organisations', 'people'] as const) {
      const res = await officer.post(`/api/v1/${resource}`, valid[resource]());
      assert.equal(res.status, 201);
      targets[resource] = res.body.id;
    }
  });
  after(() => t.close());

  /** Sends one request; checks the rules every answer must keep. */
  async function exercise(label: string, send: () => Promise<ApiResponse>): Promise<ApiResponse> {
    const before = await snapshot(ctx.database);
    let res: ApiResponse;
    try {
      res = await send();
    } catch (error) {
      // ApiClient throws when an answer breaks the contract.
      throw new Error(`${label}: ${(error as Error).message}`, { cause: error });
    }
    const after = await snapshot(ctx.database);
    const where = `${label} answered ${res.status}: ${brief(JSON.stringify(res.body) ?? '')}`;
    assert.ok(res.status < 500, where);
    if (res.status >= 400) assert.deepEqual(after, before, `${where}: an error answer saved something`);
    return res;
  }

  /** A success must have saved exactly what it answered. */
  async function savedAsAnswered(resource: string, res: ApiResponse): Promise<void> {
    if (res.status !== 200 && res.status !== 201) return;
    const read = await officer.get(`/api/v1/${resource}/${res.body.id}`);
    assert.deepEqual(read.body, res.body, `${resource} ${res.body.id}: what was saved is what was answered`);
  }

  const body = (resource: keyof typeof valid) =>
    fc
      .record({
        changes: fc.array(fc.tuple(fc.nat(40), hostileValue), { minLength: 1, maxLength: 3 }),
        extras: fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 2 }),
      })
      .map(({ changes, extras }) => {
        const out = valid[resource]();
        const keys = Object.keys(out);
        for (const [i, value] of changes) {
          const key = keys[i % keys.length]!;
          out[key] = value;
        }
        for (const [key, value] of extras) out[key] = value;
        return out;
      });

  for (const [salt, resource] of [
    [1, 'partnerships'],
    [2, 'organisations'],
    [3, 'people'],
  ] as const) {
    it(`POST and PATCH /api/v1/${resource}: hostile fields never cause a 5xx, and a refusal saves nothing`, { timeout: 30_000 }, async () => {
      let statuses: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(body(resource), fc.boolean(), async (payload, patch) => {
          const json = JSON.stringify(payload);
          const url = patch ? `/api/v1/${resource}/${targets[resource]}` : `/api/v1/${resource}`;
          const res = await exercise(`${patch ? 'PATCH' : 'POST'} ${url} ${brief(json)}`, () =>
            officer.request(patch ? 'PATCH' : 'POST', url, { payload: json, headers: { 'content-type': 'application/json' } }),
          );
          assert.ok([200, 201, 400, 413, 422].includes(res.status), `${res.status} for ${brief(json)}`);
          statuses = { ...statuses, [res.status]: (statuses[res.status] ?? 0) + 1 };
          await savedAsAnswered(resource, res);
        }),
        { seed: SEED + salt, numRuns: RUNS },
      );
      console.log(`api-hostile [${ctx.dialect}] ${resource}: answers ${JSON.stringify(statuses)}`);
      assert.ok((statuses[400] ?? 0) > 0, 'the property met refusals');
    });
  }

  it('HTML, SQL and unusual Unicode in text fields are stored and answered exactly as sent (trimmed), never interpreted', { timeout: 30_000 }, async () => {
    const nasty = fc.constantFrom(
      '<script>alert(1)</script>',
      '"><img src=x onerror=alert(1)>',
      "Robert'); DROP TABLE partnerships; --",
      "' OR 1=1 --",
      '${7*7} {{ 7*7 }} {% raw %}',
      '💥 Zoë 山田 Ω ﷽',
      '\u202eevil\u202c',
      '\u200b zero width',
      '../../etc/passwd',
      '%00 %s %n',
    );
    let made = 0;
    await fc.assert(
      fc.asyncProperty(nasty, nasty, async (name, purpose) => {
        made += 1;
        const sent = { ...valid.partnerships(), name: `${name} findme${made}`, purpose };
        const res = await exercise(`POST partnership named ${brief(sent.name as string)}`, () => officer.post('/api/v1/partnerships', sent));
        assert.equal(res.status, 201, JSON.stringify(res.body));
        assert.equal(res.body.name, (sent.name as string).trim());
        assert.equal(res.body.purpose, purpose.trim());
        await savedAsAnswered('partnerships', res);
        // The register's search finds what was stored, by the word that is its own.
        const found = await officer.get(`/api/v1/partnerships?q=${encodeURIComponent(`findme${made}`)}&pageSize=100`);
        assert.equal(found.status, 200);
        assert.ok(
          found.body.items.some((item: { id: string; name: string }) => item.id === res.body.id && item.name === res.body.name),
          `the search for findme${made} found ${JSON.stringify(found.body.items.map((i: { name: string }) => i.name))}, not ${brief(res.body.name)}`,
        );
      }),
      { seed: SEED + 5, numRuns: Math.max(10, Math.round(RUNS / 3)) },
    );
  });

  it('raw bodies of any bytes and content type: never a 5xx, nothing saved unless valid JSON', { timeout: 30_000 }, async () => {
    const contentType = fc.constantFrom(
      'application/json',
      'application/json; charset=utf-8',
      'application/json; charset=latin1',
      'APPLICATION/JSON',
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/xml',
      'application/merge-patch+json',
      '*/*',
      ';;;',
    );
    const payload = fc.oneof(
      fc.constantFrom('', '{', '{"a":', '[]', 'null', '"x"', '1e999999', '{"name":"\\ud800"}', '{"__proto__":{"x":1}}', `${'['.repeat(5000)}${']'.repeat(5000)}`, `{"a":${'{"a":'.repeat(3000)}1${'}'.repeat(3001)}`),
      fc.string({ unit: anyCodePoint, maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    );
    await fc.assert(
      fc.asyncProperty(contentType, payload, fc.constantFrom('partnerships', 'organisations', 'people'), fc.boolean(), async (type, raw, resource, patch) => {
        const url = patch ? `/api/v1/${resource}/${targets[resource]}` : `/api/v1/${resource}`;
        const res = await exercise(`${patch ? 'PATCH' : 'POST'} ${url} as ${type}: ${brief(String(raw))}`, () =>
          officer.request(patch ? 'PATCH' : 'POST', url, { payload: raw, headers: { 'content-type': type } }),
        );
        assert.ok([200, 400, 415].includes(res.status) || (res.status === 422 && patch), `${res.status}`);
      }),
      { seed: SEED + 10, numRuns: RUNS },
    );
  });

  it('hostile query strings on the lists: only 200 or 400, and a 400 names each bad parameter', { timeout: 30_000 }, async () => {
    const key = fc.oneof(fc.constantFrom('q', 'status', 'legalForm', 'sector', 'organisation', 'sponsor', 'priority', 'minContribution', 'sort', 'order', 'page', 'pageSize', 'council'), hostileKey);
    const pairs = fc.array(fc.tuple(key, hostileString), { maxLength: 4 });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('partnerships', 'organisations', 'people'), pairs, async (resource, query) => {
        const params = new URLSearchParams();
        for (const [k, v] of query) params.append(k.toWellFormed(), v.toWellFormed().slice(0, 3000));
        const url = `/api/v1/${resource}?${params.toString()}`;
        const res = await exercise(`GET ${brief(url)}`, () => officer.get(url));
        assert.ok([200, 400].includes(res.status), `${res.status}`);
        if (res.status === 400) assert.ok(res.body.errors.length > 0);
      }),
      { seed: SEED + 20, numRuns: RUNS * 2 },
    );
    for (const raw of ['%zz', '%E0%A4%A', '%ED%A0%80', 'q=%00', 'q=%ED%A0%80', 'status[]=x', 'a[b][c]=d', '&&&', '=', 'q=%F0%9F%92%A5']) {
      const res = await exercise(`GET /api/v1/partnerships?${raw}`, () => officer.get(`/api/v1/partnerships?${raw}`));
      assert.ok([200, 400].includes(res.status), `${raw}: ${res.status}`);
    }
  });

  it('hostile path segments: 404, never a 5xx', { timeout: 30_000 }, async () => {
    for (const segment of ['%3Cscript%3E', '..', '%2e%2e%2f', '%00', "'%20OR%201%3D1", 'x'.repeat(3000), '00000000-0000-0000-0000-000000000000', '%ED%A0%80', 'new']) {
      for (const resource of ['partnerships', 'organisations', 'people']) {
        const get = await exercise(`GET ${resource}/${segment.slice(0, 40)}`, () => officer.get(`/api/v1/${resource}/${segment}`));
        assert.equal(get.status, 404);
        const patch = await exercise(`PATCH ${resource}/${segment.slice(0, 40)}`, () => officer.patch(`/api/v1/${resource}/${segment}`, { name: 'x' }));
        assert.equal(patch.status, 404);
      }
    }
  });

  it('never echoes input as HTML: answers are JSON with nosniff', { timeout: 30_000 }, async () => {
    const res = await officer.post('/api/v1/organisations', { name: '<script>alert(1)</script>', sector: 'other', isThisCouncil: false, '<img src=x onerror=alert(1)>': 1 });
    assert.equal(res.status, 400);
    assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  it('leaves the audit chain intact', { timeout: 30_000 }, async () => {
    const chain = await verifyAuditChain(ctx.database);
    assert.equal(chain.intact, true, JSON.stringify(chain));
  });
});
