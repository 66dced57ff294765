import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { countUsers } from '../../src/db/repositories/users.repo.ts';
import { verifyAuditChain } from '../../src/app/audit-verify.ts';
import { Client, startApp, type TestApp } from '../helpers/app.ts';
import { forEachDatabase } from '../helpers/databases.ts';

forEachDatabase('first administrator', (ctx) => {
  let t: TestApp;
  before(async () => {
    t = await startApp(ctx.database);
  });
  after(() => t.close());

  it('sends the first visitor of an empty Accord to set it up', async () => {
    const client = new Client(t.app);
    const home = await client.get('/');
    assert.equal(home.statusCode, 303);
    assert.equal(home.headers.location, '/setup');
    const signIn = await client.get('/sign-in');
    assert.equal(signIn.headers.location, '/setup');
  });

  it('re-renders with 400, the error summary and the input kept when the form is wrong', async () => {
    const client = new Client(t.app);
    const res = await client.post('/setup', { name: 'Ada <b>Admin</b>', email: 'not-an-email', password: 'short', confirmPassword: 'other' }, { from: '/setup' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /There is a problem/);
    assert.match(res.body, /Enter an email address in the correct format/);
    assert.match(res.body, /The passwords do not match/);
    assert.match(res.body, /value="Ada &lt;b&gt;Admin&lt;\/b&gt;"/);
    assert.match(res.body, /value="not-an-email"/);
    assert.match(res.body, /<title>Error: /);
    assert.equal(await countUsers(ctx.database.db), 0);
  });

  it('refuses a post without a CSRF token and creates nothing', async () => {
    const client = new Client(t.app);
    await client.get('/setup');
    const res = await client.post('/setup', { name: 'Ada', email: 'ada@example.gov.uk', password: 'long enough password', confirmPassword: 'long enough password' }, { csrf: null });
    assert.equal(res.statusCode, 403);
    assert.equal(await countUsers(ctx.database.db), 0);
  });

  it('creates the administrator, signs them in, and closes the page for good', async () => {
    const client = new Client(t.app);
    const res = await client.post(
      '/setup',
      { name: 'Ada Admin', email: 'Ada@Example.gov.uk', password: 'long enough password', confirmPassword: 'long enough password' },
      { from: '/setup' },
    );
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/');
    const home = await client.follow(res);
    assert.equal(home.statusCode, 200);
    assert.match(home.body, /Signed in as Ada Admin, Administrator/);
    assert.match(home.body, /You are the first administrator/);

    const again = await new Client(t.app).get('/setup');
    assert.equal(again.statusCode, 404);
    const post = await new Client(t.app).post('/setup', { name: 'Eve', email: 'eve@example.gov.uk', password: 'long enough password', confirmPassword: 'long enough password' }, { csrf: 'x' });
    assert.ok([403, 404].includes(post.statusCode));
    assert.equal(await countUsers(ctx.database.db), 1);

    const chain = await verifyAuditChain(ctx.database);
    assert.equal(chain.intact, true);
    assert.ok(chain.count >= 2, 'user created and signed in are audited');
  });
});
