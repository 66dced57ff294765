// npm run bench:profile -- <page|api> [size] [path]: a CPU profile of the real server under the benchmark's load,
// summarised by self time per function and per package, to decide what to speed up (measure first). The path
// may name one of a partnership's pages of bench/pages.ts, as @partnership, @meeting, @decisions…: the
// measured board's, seeded as npm run bench seeds it. PROFILE_SAVE=<file> keeps the first answer's body.
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, uuidIds, type AppDeps } from '../src/app/deps.ts';
import { createApiToken } from '../src/app/api-tokens.service.ts';
import { createUser } from '../src/app/users.service.ts';
import { seedBase, seedPartnerships, sqliteBenchDatabase } from './seed.ts';
import { PAGE_SCENARIOS, seedPartnershipPages } from './pages.ts';
import { freePort, START_FLAGS } from './server-process.ts';

const what = process.argv[2] ?? 'page';
const size = Number(process.argv[3] ?? 1000);
const dir = mkdtempSync(join(tmpdir(), 'accord-profile-'));
const bench = await sqliteBenchDatabase(join(dir, 'db.sqlite'));
const database = bench.open();
const deps: AppDeps = { database, clock: systemClock, ids: uuidIds };
const SYSTEM = { actor: { id: null, label: 'benchmark' }, requestId: null };
const state = await seedBase(database);
const admin = await createUser(deps, SYSTEM, { email: 'p@example.org', password: 'correct horse battery staple 42', name: 'Profile', role: 'administrator' });
const { token } = await createApiToken(deps, SYSTEM, { userId: admin.id, name: 'Profile' });
await seedPartnerships(database, state, Math.min(size, 1000));
const boards = await seedPartnershipPages(database);
await seedPartnerships(database, state, size);
await database.close();
const port = await freePort();
const profDir = join(dir, 'prof');
const child = spawn(process.execPath, [...START_FLAGS, '--cpu-prof', `--cpu-prof-dir=${profDir}`, join(import.meta.dirname, '..', 'bin', 'start.js')], {
  env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', PORT: String(port), DATABASE_URL: bench.url, DATA_DIR: dir, TWO_FACTOR_ROLES: 'none' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const base = `http://127.0.0.1:${port}`;
for (;;) {
  try { if ((await fetch(`${base}/health/ready`)).ok) break; } catch { /* starting */ }
  await new Promise((r) => setTimeout(r, 20));
}
let headers: Record<string, string> = { authorization: `Bearer ${token}` };
if (what === 'page') {
  const jar: string[] = [];
  const page = await fetch(`${base}/sign-in`);
  jar.push(...page.headers.getSetCookie().map((c) => c.split(';')[0]!));
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1]!;
  const res = await fetch(`${base}/sign-in`, { method: 'POST', redirect: 'manual', headers: { cookie: jar.join('; '), 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ _csrf: csrf, email: 'p@example.org', password: 'correct horse battery staple 42' }).toString() });
  jar.push(...res.headers.getSetCookie().map((c) => c.split(';')[0]!));
  headers = { cookie: jar.join('; ') };
}
const named = process.argv[4]?.startsWith('@') ? PAGE_SCENARIOS.find((s) => s.key === process.argv[4]!.slice(1)) : undefined;
if (process.argv[4]?.startsWith('@') && !named) throw new Error(`no page ${process.argv[4]}: one of ${PAGE_SCENARIOS.map((s) => `@${s.key}`).join(', ')}`);
const path = named ? named.path(boards.measured) : (process.argv[4] ?? (what === 'page' ? '/partnerships' : '/api/v1/partnerships') + '?q=riverside&status=operating&page=3');
const first = await fetch(`${base}${path}`, { headers });
const firstBody = await first.text();
if (process.env.PROFILE_SAVE) writeFileSync(process.env.PROFILE_SAVE, firstBody);
console.log(`${path}: ${first.status}, ${firstBody.length} bytes`);
const r = await autocannon({ url: `${base}${path}`, connections: 20, duration: Number(process.env.PROFILE_SECONDS ?? 10), headers });
console.log(`${r.requests.average} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, non2xx ${r.non2xx}`);
await new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGINT'); });
const file = join(profDir, readdirSync(profDir)[0]!);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>; samples: number[] };
const counts = new Map<number, number>();
for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
const byFn = new Map<string, number>();
const byPkg = new Map<string, number>();
const total = profile.samples.length;
for (const n of profile.nodes) {
  const c = counts.get(n.id) ?? 0;
  if (!c) continue;
  const url = n.callFrame.url.replace(/^file:\/\//, '').replace(/.*\/work\/main\//, '');
  const key = `${n.callFrame.functionName || '(anon)'} ${url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`;
  byFn.set(key, (byFn.get(key) ?? 0) + c);
  const pkg = url.includes('node_modules/') ? url.split('node_modules/').pop()!.split('/').slice(0, url.includes('node_modules/@') ? 2 : 1).join('/') : url.startsWith('src/') ? url.split('/').slice(0, 3).join('/') : url || n.callFrame.functionName;
  byPkg.set(pkg, (byPkg.get(pkg) ?? 0) + c);
}
const top = (m: Map<string, number>, k: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([name, c]) => `${((c / total) * 100).toFixed(1).padStart(5)}%  ${name}`).join('\n');
console.log(`\nBy package or folder (self time):\n${top(byPkg, 25)}\n\nBy function (self time):\n${top(byFn, 40)}\n\nprofile: ${file}`);
