// Screenshots for the README: starts Accord on a temporary SQLite database with a few users, signs in
// as an administrator in Debian's Chromium (1280×900) and writes docs/images/*.png: the home page, users,
// the register, a partnership and its Decision making page.
// npm run screenshot
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { SYSTEM, systemClock, uuidIds, type AppDeps } from '../src/app/deps.ts';
import { createUser } from '../src/app/users.service.ts';
import { loadDemoData } from '../src/app/demo-data.ts';
import { loadConfig } from '../src/config.ts';
import { Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { buildApp } from '../src/web/app.ts';
import { launchBrowser } from '../test/e2e/support/browser.ts';

const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'docs', 'images');
const dir = mkdtempSync(join(tmpdir(), 'accord-screenshot-'));
const file = join(dir, 'accord.sqlite');

const config = loadConfig({ COUNCIL_NAME: 'Example Borough Council', DATABASE_URL: `sqlite:${file}`, TWO_FACTOR_ROLES: 'none' });
const database = Database.fromUrl(config.DATABASE_URL);
const deps: AppDeps = { database, clock: systemClock, ids: uuidIds };
const password = randomBytes(18).toString('base64url');

try {
  await migrateToLatest(database);
  const admin = await createUser(deps, SYSTEM, { name: 'Sam Patel', email: 'sam.patel@example.gov.uk', role: 'administrator', password });
  const people = [
    { name: 'Aisha Okafor', email: 'aisha.okafor@example.gov.uk', role: 'officer' },
    { name: 'Tom Williams', email: 'tom.williams@example.gov.uk', role: 'officer' },
    { name: 'Megan Hughes', email: 'megan.hughes@example.gov.uk', role: 'auditor' },
  ] as const;
  for (const person of people) await createUser(deps, SYSTEM, { ...person, password: randomBytes(18).toString('base64url') });
  await loadDemoData(deps, { councilName: config.COUNCIL_NAME, force: false });

  const app = await buildApp({ config, database, sessionSecret: randomBytes(32).toString('hex'), logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('Email address', { exact: true }).fill(admin.email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await Promise.all([page.waitForURL(`${base}/`), page.getByRole('button', { name: 'Sign in', exact: true }).click()]);

    mkdirSync(outDir, { recursive: true });
    const first = await database.db.selectFrom('partnerships').select('id').orderBy('reference_number').executeTakeFirstOrThrow();
    // An operating example whose decision rules include its quorum (the demo's, src/app/demo-data/decision-rules.ts).
    const decides = await database.db.selectFrom('quorum_conditions').select('partnership_id').orderBy('partnership_id').executeTakeFirstOrThrow();
    // R-2.8g: the example's board meeting that was held, with its agenda decided (src/app/demo-data/meetings.ts).
    const held = await database.db.selectFrom('meetings').select(['id', 'partnership_id']).where('status', '=', 'held').orderBy('partnership_id').executeTakeFirstOrThrow();
    for (const [path, name] of [
      ['/', 'dashboard.png'],
      ['/users', 'users.png'],
      ['/partnerships', 'register.png'],
      [`/partnerships/${first.id}`, 'partnership.png'],
      [`/partnerships/${decides.partnership_id}/decision-making`, 'decision-making.png'],
      [`/partnerships/${held.partnership_id}/meetings/${held.id}`, 'meeting.png'],
    ] as const) {
      await page.goto(base + path);
      await page.waitForLoadState('load');
      const out = join(outDir, name);
      // The Decision making page and a meeting whole: what they say is below the sub-navigation.
      await page.screenshot({ path: out, fullPage: name === 'decision-making.png' || name === 'meeting.png' });
      console.log(`wrote ${relative(root, out)}`);
    }
  } finally {
    await browser.close();
    await app.close();
  }
} finally {
  await database.close();
  rmSync(dir, { recursive: true, force: true });
}
