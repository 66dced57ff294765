// node bench/compliance-run.ts: the compliance dashboard's case of npm run bench alone, on SQLite at 1,000
// partnerships (BENCH_ROUNDS, BENCH_DURATION as for npm run bench), for a quick look on a shared machine
// without the whole benchmark: its statements, its time in-process and one request at a time, and its
// throughput beside the limit route's in the same rounds. Prints; writes nothing.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock, uuidIds, type AppDeps } from '../src/app/deps.ts';
import { createUser } from '../src/app/users.service.ts';
import { complianceInProcess, complianceSequential } from './compliance.ts';
import { check, measure, ms, plans, ROUNDS, SCENARIOS, signIn } from './load.ts';
import { machine } from './machine.ts';
import { seedBase, seedPartnerships, sqliteBenchDatabase } from './seed.ts';
import { seedPartnershipPages } from './pages.ts';
import { startLimitServer, startServer } from './server-process.ts';

const SIZE = 1000;
const dir = mkdtempSync(join(tmpdir(), 'accord-compliance-'));
try {
  const bench = await sqliteBenchDatabase(join(dir, 'db.sqlite'));
  const database = bench.open();
  const deps: AppDeps = { database, clock: systemClock, ids: uuidIds };
  await createUser(deps, { actor: { id: null, label: 'benchmark' }, requestId: null }, { email: 'bench@example.org', password: 'correct horse battery staple 42', name: 'Benchmark Administrator', role: 'administrator' });
  await seedPartnerships(database, await seedBase(database), SIZE);
  // The boards and meetings npm run bench seeds at this size: the engine reads them too.
  await seedPartnershipPages(database);
  await database.close();

  const report = await complianceInProcess(bench, SIZE);
  console.log(`${machine()}, ${new Date().toISOString()}`);
  console.log(`statements: ${report.statements} for ${SIZE} partnerships, ${report.statementsAtTenth} for a tenth (${report.batched ? 'batched' : 'NOT batched'}); evaluation in-process ${ms(report.inProcessMs)} (median of 10)`);
  const limitReport = await plans(bench, SIZE);
  const queriesFile = join(dir, 'limit-queries.json');
  writeFileSync(queriesFile, JSON.stringify(limitReport.recorded));

  const dashboard = SCENARIOS.find((s) => s.key === 'compliance')!;
  const limit = SCENARIOS.find((s) => s.key === 'limit')!;
  for (let round = 1; round <= ROUNDS; round++) {
    const l = await startLimitServer({ LIMIT_SQLITE_FILE: bench.url.slice('sqlite:'.length), LIMIT_QUERIES_FILE: queriesFile, LIMIT_PAGE: '3', LIMIT_PAGE_SIZE: '25' });
    let limitRps = 0;
    try {
      await check(`http://127.0.0.1:${l.port}`, limit, {}, limitReport.expected);
      limitRps = (await measure(l, limit.path, {}, async () => [])).result.reqPerSec;
    } finally {
      await l.stop();
    }
    const server = await startServer({ DATABASE_URL: bench.url, DATA_DIR: dir, LOG_LEVEL: 'warn' });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const cookie = await signIn(base);
      await check(base, dashboard, { cookie }, null);
      if (round === 1) {
        const one = await complianceSequential(base, signIn, SIZE);
        console.log(`one request at a time: the first (evaluates) ${ms(one.firstMs)}, then ${ms(one.ms)} (median of 20, the evaluation kept), ${(one.bytes / 1024).toFixed(1)} kB`);
      }
      const { result, problem } = await measure(server, dashboard.path, { cookie }, async () => []);
      console.log(`round ${round}: limit ${limitRps.toFixed(0)} req/s; dashboard ${result.reqPerSec.toFixed(0)} req/s (${(result.reqPerSec / limitRps).toFixed(3)}× the limit), p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, ${result.serverCpuMsPerRequest?.toFixed(1)} ms CPU a request, peak RSS ${result.peakRssMb.toFixed(0)} MB${problem ? `; FAILED: ${problem}` : ''}`);
    } finally {
      await server.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
