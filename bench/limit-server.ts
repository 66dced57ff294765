// The limit the register API is measured against: a minimal Fastify route over better-sqlite3 that runs
// exactly the SQL `searchRegister` runs for the benchmark's query (recorded from Kysely by load.ts and
// handed over in a file, so the two cannot drift), with statements prepared once, and answers JSON of the
// same shape: the page of partnerships, each with its related rows, and the total. Nothing else: no
// session, no headers, no validation, no logging. Started as a child process like the real server.
import Fastify from 'fastify';
import SqliteDriver from 'better-sqlite3';
import { readFileSync } from 'node:fs';

interface Recorded {
  sql: string;
  parameters: unknown[];
}

const file = process.env.LIMIT_SQLITE_FILE!;
const recorded: Recorded[] = JSON.parse(readFileSync(process.env.LIMIT_QUERIES_FILE!, 'utf8'));
const handle = new SqliteDriver(file, { readonly: true });
handle.pragma('busy_timeout = 5000');
const statements = recorded.map((q) => ({ statement: handle.prepare(q.sql), parameters: q.parameters }));
const [page, count, ...related] = statements;
if (!page || !count) throw new Error('expected the page query and the count query first');

type Row = Record<string, unknown>;

const app = Fastify({ logger: false });
app.get('/limit', async () => {
  const rows = page.statement.all(...page.parameters) as Row[];
  const total = Number(Object.values(count.statement.get(...count.parameters) as Row)[0]);
  // The related rows (partners, officers, …) belong to a partnership by its id, as toRows joins them.
  const extra = related.map((q) => q.statement.all(...q.parameters) as Row[]);
  // Lists of other records (the officers' names) are looked up by id, so sent once beside the page.
  const nested = extra.filter((list) => list.length > 0 && 'partnership_id' in list[0]!);
  const lookups = extra.filter((list) => !nested.includes(list));
  const items = rows.map((row) => {
    const item: Row = { ...row };
    nested.forEach((list, i) => {
      item[`related${i}`] = list.filter((r) => r.partnership_id === row.id);
    });
    return item;
  });
  return { items, total, lookups, page: 0, pageSize: rows.length };
});
app.get('/health/ready', async () => ({ status: 'ready' }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => {
  void app.close().then(() => {
    handle.close();
    process.exit(0);
  });
});
