// Walks the whole chain in order and reports the first event that does not match.
import type { Database } from '../db/database.ts';
import { auditEventsAfter, readAuditHead } from '../db/repositories/audit.repo.ts';
import { GENESIS_HASH } from '../db/migrations/0001-platform.ts';
import { auditHash } from './audit-chain.ts';

export type VerifyResult =
  | { intact: true; count: number; headHash: string }
  | { intact: false; count: number; problem: string; seq: number | null; eventId: string | null };

const PAGE = 1000;

export async function verifyAuditChain(database: Database): Promise<VerifyResult> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (;;) {
    const rows = await auditEventsAfter(database.db, expectedSeq - 1, PAGE);
    for (const row of rows) {
      const fail = (problem: string) =>
        ({ intact: false, count, problem, seq: row.seq, eventId: row.id }) as const;
      if (row.seq !== expectedSeq) return fail(`event ${expectedSeq} is missing (found ${row.seq} next)`);
      if (row.prev_hash !== prevHash) return fail(`event ${row.seq} does not follow event ${row.seq - 1}`);
      const { hash, ...fields } = row;
      if (auditHash(fields) !== hash) return fail(`event ${row.seq} was changed after it was written`);
      prevHash = hash;
      expectedSeq += 1;
      count += 1;
    }
    if (rows.length < PAGE) break;
  }
  // The head records the last event written: events removed from the end show here.
  const head = await readAuditHead(database.db);
  if (head.seq !== count || head.hash !== prevHash) {
    return {
      intact: false,
      count,
      problem: `the chain ends at event ${count} but ${head.seq} events were written`,
      seq: count + 1,
      eventId: null,
    };
  }
  return { intact: true, count, headHash: prevHash };
}
