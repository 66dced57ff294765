// node bench/ab.ts <tree A> <tree B> [page|api] [size]: two copies of the project (say HEAD and HEAD with a
// change, each made with `git archive ... | tar -x` and node_modules linked) measured in interleaved
// rounds on copies of one seeded SQLite database, beside the limit route, with the benchmark's query and
// load (bench/load.ts). Each round takes the limit, A and B in turn (the order rotating), so a busy spell
// on a shared machine hits all three alike: compare the ratios to the limit in the same round and the
// servers' CPU per request, not absolute figures. BENCH_ROUNDS and BENCH_DURATION as for npm run bench.
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { systemClock, uuidIds, type AppDeps } from '../src/app/deps.ts';
import { createApiToken } from '../src/app/api-tokens.service.ts';
import { createUser } from '../src/app/users.service.ts';
import { check, measure, pathOf, plans, ROUNDS, SCENARIOS, signIn } from './load.ts';
import { seedBase, seedPartnerships, sqliteBenchDatabase } from './seed.ts';
import { startLimitServer, startServerFrom, type ServerProcess } from './server-process.ts';

const [treeA, treeB] = [process.argv[2], process.argv[3]].map((t) => (t ? resolve(t) : undefined));
if (!treeA || !treeB) throw new Error('usage: node bench/ab.ts <tree A> <tree B> [page|api] [size]');
const what = (process.argv[4] ?? 'api') as 'page' | 'api';
const size = Number(process.argv[5] ?? 1000);
const scenario = SCENARIOS.find((s) => s.key === what)!;
const limitScenario = SCENARIOS.find((s) => s.key === 'limit')!;

const dir = mkdtempSync(join(tmpdir(), 'accord-ab-'));
const bench = await sqliteBenchDatabase(join(dir, 'db.sqlite'));
const database = bench.open();
const deps: AppDeps = { database, clock: systemClock, ids: uuidIds };
const SYSTEM = { actor: { id: null, label: 'benchmark' }, requestId: null };
const state = await seedBase(database);
const admin = await createUser(deps, SYSTEM, { email: 'bench@example.org', password: 'correct horse battery staple 42', name: 'Benchmark Administrator', role: 'administrator' });
const { token } = await createApiToken(deps, SYSTEM, { userId: admin.id, name: 'Benchmark' });
await seedPartnerships(database, state, size);
await database.close();
const report = await plans(bench, size);
const queriesFile = join(dir, 'limit-queries.json');
writeFileSync(queriesFile, JSON.stringify(report.recorded));
// Each side its own copy of the database, so one side's session writes never wait on the other's.
const file = bench.url.slice('sqlite:'.length);
const fileOf = (side: string) => {
  const copy = join(dir, `${side}.sqlite`);
  copyFileSync(file, copy);
  return copy;
};
const files = { A: fileOf('A'), B: fileOf('B') };

type Side = 'limit' | 'A' | 'B';
const start = (side: Side): Promise<ServerProcess> =>
  side === 'limit'
    ? startLimitServer({ LIMIT_SQLITE_FILE: file, LIMIT_QUERIES_FILE: queriesFile, LIMIT_PAGE: '3', LIMIT_PAGE_SIZE: '25' })
    : startServerFrom(side === 'A' ? treeA : treeB, { DATABASE_URL: `sqlite:${files[side]}`, DATA_DIR: dir, LOG_LEVEL: 'warn' });

const results: Array<{ round: number; side: Side; reqPerSec: number; cpuMs: number; otherCpu: number; bytes: number }> = [];
const orders: Side[][] = [['limit', 'A', 'B'], ['limit', 'B', 'A'], ['A', 'B', 'limit'], ['B', 'A', 'limit']];
for (let round = 1; round <= ROUNDS; round++) {
  for (const side of orders[(round - 1) % orders.length]!) {
    const server = await start(side);
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const s = side === 'limit' ? limitScenario : scenario;
      const headers: Record<string, string> = side === 'limit' ? {} : what === 'page' ? { cookie: await signIn(base) } : { authorization: `Bearer ${token}` };
      const bytes = await check(base, s, headers, report.expected);
      const { result, problem } = await measure(server, pathOf(s, undefined), headers, async () => []);
      if (problem) console.error(`  ${side} round ${round}: ${problem}`);
      results.push({ round, side, reqPerSec: result.reqPerSec, cpuMs: result.serverCpuMsPerRequest ?? NaN, otherCpu: result.otherCpu, bytes: bytes === 'missing' ? 0 : bytes });
      console.log(`round ${round} ${side}: ${result.reqPerSec.toFixed(0)} req/s, server CPU ${result.serverCpuMsPerRequest?.toFixed(2)} ms/request, ${bytes} bytes, other processes ${(result.otherCpu * 100).toFixed(0)}%`);
    } finally {
      await server.stop();
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;
console.log(`\n${what} at ${size.toLocaleString('en-GB')} partnerships, ${ROUNDS} rounds; A = ${treeA}, B = ${treeB}`);
for (const side of ['A', 'B'] as const) {
  const ratios = results.filter((r) => r.side === side).map((r) => r.reqPerSec / results.find((l) => l.side === 'limit' && l.round === r.round)!.reqPerSec);
  const cpu = results.filter((r) => r.side === side).map((r) => r.cpuMs);
  console.log(`${side}: ${median(ratios).toFixed(2)}× the limit (${range(ratios)}), server CPU ${median(cpu).toFixed(2)} ms/request (${range(cpu)}), ${results.find((r) => r.side === side)!.bytes} bytes`);
}
// B's CPU per request over A's in the same round: the steadiest figure on a busy machine.
const paired = [...new Set(results.map((r) => r.round))].map((round) => results.find((r) => r.round === round && r.side === 'B')!.cpuMs / results.find((r) => r.round === round && r.side === 'A')!.cpuMs);
console.log(`B's server CPU per request over A's, round by round: ${paired.map((x) => x.toFixed(2)).join(', ')} (median ${median(paired).toFixed(2)})`);
const limitCpu = results.filter((r) => r.side === 'limit').map((r) => r.cpuMs);
console.log(`limit: server CPU ${median(limitCpu).toFixed(2)} ms/request (${range(limitCpu)})`);
