// docs/permissions.md is the matrix and the routes as the code has them: regenerate it with
// `npm run docs:permissions` when either changes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import { Database } from '../../src/db/database.ts';
import { permissionsDocument } from '../../src/web/permissions-doc.ts';
import { startApp, type TestApp } from '../helpers/app.ts';

let t: TestApp;
const database = Database.memory();
before(async () => {
  t = await startApp(database);
});
after(async () => {
  await t.close();
  await database.close();
});

it('docs/permissions.md is what the matrix and the routes say (run npm run docs:permissions)', () => {
  const committed = readFileSync(new URL('../../docs/permissions.md', import.meta.url), 'utf8');
  assert.equal(committed, permissionsDocument(t.app.routeDeclarations));
});

it('lists every route under its permission, and the partner representative’s and sponsoring officer’s limited reach', () => {
  const text = permissionsDocument(t.app.routeDeclarations);
  for (const r of t.app.routeDeclarations) assert.ok(text.includes(`\`${r.method} ${r.url}\``), `${r.method} ${r.url}`);
  assert.match(text, /\| Read and download partnerships[^\n]*\| Their organisation’s partnerships \|/);
  assert.match(text, /\| Register and change partnerships[^\n]*\| Yes \| Yes \| Their own partnerships \| No \|/);
  assert.match(text, /\| Read the directories of organisations, people and corporate priorities \(`directory.view`\) \| Yes \| Yes \| Yes \| Yes \| Yes \| Yes \| Yes \| No \|/);
});
