// Deeply nested JSON must not stop the server. Over a real socket: a body nested 100,000 levels deep is
// refused (400, problem+json) or, at an address with no endpoint, answered 404 without being read, and
// meanwhile other clients are answered and the event loop never stalls. The nesting limit is the one
// the OpenAPI document states.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, before, it } from 'node:test';
import { MAX_JSON_DEPTH } from '../../src/web/api/json-body.ts';
import { startApp, type TestApp } from '../helpers/app.ts';
import { freshDatabase, type FreshDatabase } from '../helpers/databases.ts';
import { userWithToken } from './api-helpers.ts';

let fresh: FreshDatabase;
let t: TestApp;
let base = '';
const tokens = {} as Record<'officer' | 'auditor', string>;

before(async () => {
  fresh = await freshDatabase('sqlite');
  t = await startApp(fresh.database);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  tokens.officer = (await userWithToken(t.deps, 'officer')).token;
  tokens.auditor = (await userWithToken(t.deps, 'auditor')).token;
});
after(async () => {
  await t.close();
  await fresh.drop();
});

/** `{"name":[[[…]]]}`: the name field nested `levels` arrays deep. */
const nested = (levels: number) => `{"name":${'['.repeat(levels)}${']'.repeat(levels)}}`;

function send(method: string, path: string, body: string, token: string) {
  return fetch(`${base}${path}`, { method, body, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
}

/** Runs `work` while measuring how long the event loop was ever blocked (ms). */
async function longestStall(work: () => Promise<void>): Promise<number> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  try {
    await work();
  } finally {
    delay.disable();
  }
  return delay.max / 1e6;
}

it(`refuses a body nested deeper than ${MAX_JSON_DEPTH} levels with 400 problem+json naming the limit`, async () => {
  const res = await send('POST', '/api/v1/partnerships', nested(MAX_JSON_DEPTH), tokens.officer);
  assert.equal(res.status, 400);
  assert.equal(res.headers.get('content-type'), 'application/problem+json; charset=utf-8');
  const problem = (await res.json()) as { errors: Array<{ field: string; message: string }> };
  assert.deepEqual(problem.errors.map((e) => e.field), ['body']);
  assert.match(problem.errors[0]!.message, new RegExp(`nested more than ${MAX_JSON_DEPTH} levels`));
});

it(`takes a body nested exactly ${MAX_JSON_DEPTH} levels to the schema (which refuses the name, not the nesting)`, async () => {
  const res = await send('POST', '/api/v1/partnerships', nested(MAX_JSON_DEPTH - 1), tokens.officer);
  assert.equal(res.status, 400);
  const problem = (await res.json()) as { errors: Array<{ field: string }> };
  assert.ok(problem.errors.some((e) => e.field === 'name'), JSON.stringify(problem));
});

it('100,000 levels: refused at a real endpoint, 404 at an address with none, and other clients are answered meanwhile', async () => {
  const deep = nested(100_000);
  const answers: number[] = [];
  const stall = await longestStall(async () => {
    const attacks = [
      send('POST', '/api/v1/partnerships', deep, tokens.officer),
      send('PATCH', '/api/v1/partnerships/0196a3c2-7b1e-7c41-9a2e-3f5d8c1b2a90', deep, tokens.officer),
      // Internal audit's read-only token is enough to reach an address with no endpoint.
      send('POST', '/api/v1/no-such-endpoint', deep, tokens.auditor),
      send('PUT', '/api/v1/partnerships', deep, tokens.auditor),
    ];
    const others = Array.from({ length: 5 }, async () => {
      const res = await fetch(`${base}/health/live`);
      answers.push(res.status);
    });
    const statuses = await Promise.all(attacks.map(async (p) => (await p).status));
    await Promise.all(others);
    assert.deepEqual(statuses, [400, 400, 404, 404]);
  });
  assert.deepEqual(answers, [200, 200, 200, 200, 200]);
  assert.ok(stall < 1000, `the event loop stalled for ${Math.round(stall)} ms`);
  // Still answering afterwards.
  assert.equal((await fetch(`${base}/health/live`)).status, 200);
});

it('the issue’s own request: 8,000 levels (16 KB) from an auditor to an unknown address is a quick 404', async () => {
  let status = 0;
  const stall = await longestStall(async () => {
    status = (await send('POST', '/api/v1/anything', nested(8_000), tokens.auditor)).status;
  });
  assert.equal(status, 404);
  assert.ok(stall < 1000, `the event loop stalled for ${Math.round(stall)} ms`);
});

it('a page refuses any JSON body with 415 without parsing it: malformed JSON, and 1 MB of nesting', async () => {
  const levels = 500_000;
  for (const body of ['{"email":', `${'['.repeat(levels)}${']'.repeat(levels)}`]) {
    const res = await fetch(`${base}/sign-in`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    assert.equal(res.status, 415, body.slice(0, 20));
    assert.match(String(res.headers.get('content-type')), /^text\/html/);
  }
});

it('the OpenAPI document states the nesting limit', async () => {
  const doc = (await (await fetch(`${base}/api/openapi.json`)).json()) as { info: { description: string } };
  assert.match(doc.info.description, new RegExp(`nested more than ${MAX_JSON_DEPTH} levels`));
});
