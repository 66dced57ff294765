// Pages take HTML form posts only; JSON goes to the API.
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { rowCounts } from '../helpers/rows.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';
import { makeUser } from '../helpers/factories.ts';

forEachDatabase('form bodies', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('a JSON body to a page is refused with 415, with a page not a crash, and nothing is written', async () => {
    const user = await makeUser(t.deps, 'officer');
    const client = new Client(t.app);
    await client.get('/sign-in');
    const token = /name="_csrf" value="([^"]+)"/.exec(client.lastPage)![1]!;
    const before = await rowCounts(ctx.database);
    const res = await t.app.inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/json', cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      payload: JSON.stringify({ _csrf: token, email: user.email, password: 'wrong password here' }),
    });
    assert.equal(res.statusCode, 415);
    assert.match(String(res.headers['content-type']), /text\/html/);
    assert.deepEqual(await rowCounts(ctx.database), before);
  });
});
