// Walks the whole chain in order and reports the first event that does not match, what is wrong and
// what it likely means. With the audit key it also checks every keyed hash, and with a
// checkpoint kept outside the database it proves the chain still extends the head recorded then.
import type { Database } from '../db/database.ts';
import { auditEventAt, auditEventsAfter, readAuditHead } from '../db/repositories/audit.repo.ts';
import { GENESIS_HASH } from '../db/migrations/0001-platform.ts';
import { checkpointProblem, endOfChain, nextEvent, startChain, type ChainProblem, type Checkpoint } from '../domain/audit/chain.ts';
import { auditHash, checkpointSignatureMatches, eventMac, sameHex, type AuditKey } from './audit-chain.ts';

export type VerifyResult =
  | { intact: true; count: number; headHash: string }
  | ({ intact: false; count: number } & ChainProblem);

const PAGE = 1000;

/**
 * Without a key only the SHA-256 chain is checked: that finds edits, not an event recomputed by
 * someone who can write to the database. The command line always passes the key.
 */
export async function verifyAuditChain(database: Database, keyed?: { key: AuditKey; checkpoint?: Checkpoint }): Promise<VerifyResult> {
  const key = keyed?.key;
  const checkpoint = keyed?.checkpoint;
  let state = startChain(GENESIS_HASH);
  for (;;) {
    const rows = await auditEventsAfter(database.db, state.count, PAGE);
    for (const row of rows) {
      const { hash, hash_version, mac, ...fields } = row;
      const keyedMatches = key ? mac !== null && sameHex(eventMac(key, hash), mac) : null;
      const step = nextEvent(state, {
        seq: row.seq,
        id: row.id,
        hashVersion: Number(hash_version),
        prevHash: row.prev_hash,
        hash,
        contentMatches: auditHash(fields) === hash,
        keyedMatches,
      });
      if ('problem' in step) return { intact: false, count: state.count, ...step.problem };
      state = step.state;
    }
    if (rows.length < PAGE) break;
  }
  // The head records the last event written: events removed from the end show here.
  const ended = endOfChain(state, await readAuditHead(database.db), key !== undefined);
  if (ended) return { intact: false, count: state.count, ...ended };
  if (key && checkpoint) {
    const atSeq = checkpoint.seq > 0 && checkpoint.seq <= state.count ? await auditEventAt(database.db, checkpoint.seq) : undefined;
    const problem = checkpointProblem(checkpoint, {
      signatureMatches: checkpointSignatureMatches(key, checkpoint),
      keyId: key.id,
      count: state.count,
      hashAtSeq: atSeq?.hash ?? null,
    });
    if (problem) return { intact: false, count: state.count, ...problem };
  }
  return { intact: true, count: state.count, headHash: state.prevHash };
}
