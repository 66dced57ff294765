// The limit the register API is measured against: a minimal Fastify route over better-sqlite3 that runs
// exactly the SQL `searchRegister` runs for the benchmark's query (recorded from Kysely by load.ts and
// handed over in a file, so the two cannot drift), with statements prepared once, and answers the same
// JSON as the API: the rows go through the same pure functions (assembleRegisterRows, then
// toPartnershipSummary), and load.ts checks that the two answers are deep-equal. Nothing else: no
// session, no headers, no validation, no logging. Started as a child process like the real server.
import Fastify from 'fastify';
import SqliteDriver from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { assembleRegisterRows, type OfficerNameRow, type PartnerListRow, type PartnershipListRow } from '../src/domain/register/register-row.ts';
import { toPartnershipSummary } from '../src/web/api/schemas/partnership.api.ts';

interface Recorded {
  sql: string;
  parameters: unknown[];
}

const file = process.env.LIMIT_SQLITE_FILE!;
const recorded: Recorded[] = JSON.parse(readFileSync(process.env.LIMIT_QUERIES_FILE!, 'utf8'));
const pageNumber = Number(process.env.LIMIT_PAGE);
const pageSize = Number(process.env.LIMIT_PAGE_SIZE);
const handle = new SqliteDriver(file, { readonly: true });
handle.pragma('busy_timeout = 5000');
const prepared = (q: Recorded) => ({ statement: handle.prepare(q.sql), parameters: q.parameters });
// In the order load.ts records them: the page, the count, then the page's partners and its officers.
const [page, count, ...related] = recorded.map(prepared);
if (!page || !count) throw new Error('expected the page query and the count query first');
const partners = related.find((_, i) => recorded[i + 2]!.sql.includes('partnership_partners'));
const officers = related.find((_, i) => !recorded[i + 2]!.sql.includes('partnership_partners'));

const app = Fastify({ logger: false });
app.get('/limit', async () => {
  const rows = page.statement.all(...page.parameters) as PartnershipListRow[];
  const total = Number(Object.values(count.statement.get(...count.parameters) as object)[0]);
  const partnerRows = (partners?.statement.all(...partners.parameters) ?? []) as PartnerListRow[];
  const officerRows = (officers?.statement.all(...officers.parameters) ?? []) as OfficerNameRow[];
  const items = assembleRegisterRows(rows, partnerRows, officerRows).map(toPartnershipSummary);
  return { items, total, page: pageNumber, pageSize };
});
app.get('/health/ready', async () => ({ status: 'ready' }));

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
process.on('SIGTERM', () => {
  void app.close().then(() => {
    handle.close();
    process.exit(0);
  });
});
