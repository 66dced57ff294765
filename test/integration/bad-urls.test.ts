// Web addresses Fastify cannot route are answered with the council's error page, never a crash and
// never the address echoed back.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { startApp, type TestApp } from '../helpers/app.ts';
import { freshDatabase, type FreshDatabase } from '../helpers/databases.ts';

let fresh: FreshDatabase;
let t: TestApp;
before(async () => {
  fresh = await freshDatabase('sqlite');
  t = await startApp(fresh.database);
});
after(async () => {
  await t.close();
  await fresh.drop();
});

const cases = [
  { url: '/users/%E0%A4%A', status: 400, title: 'Sorry, there is a problem with what was sent' },
  { url: '/%', status: 400, title: 'Sorry, there is a problem with what was sent' },
  { url: `/partnerships/${'a'.repeat(300)}`, status: 414, title: 'That web address is too long' },
];

for (const c of cases) {
  it(`${c.url.slice(0, 30)} → ${c.status}, a GOV.UK-styled page that does not echo the address`, async () => {
    const res = await t.app.inject({ method: 'GET', url: c.url });
    assert.equal(res.statusCode, c.status);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, new RegExp(`<title>${c.title} – Accord – Test Borough Council</title>`));
    assert.match(res.body, /class="govuk-generic-header__homepage-link"/);
    assert.doesNotMatch(res.body, /%E0|aaaaaaaaaa/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
}

it('the API still answers problem+json for the same', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/v1/partnerships/%E0%A4%A' });
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
  assert.ok(res.statusCode >= 400 && res.statusCode < 500);
});
