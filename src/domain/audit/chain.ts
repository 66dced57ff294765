// The rules of an intact audit chain, and what each kind of break most likely means, in plain words
// . Pure: the app layer computes the hashes and keyed hashes and hands over the facts.

/** 1: SHA-256 chain only (events written before migration 0003). 2: the same, plus an HMAC with the audit key. */
export const LEGACY_HASH_VERSION = 1;
export const KEYED_HASH_VERSION = 2;

export interface EventFacts {
  seq: number;
  id: string;
  hashVersion: number;
  prevHash: string;
  hash: string;
  /** The SHA-256 of its content equals its stored hash. */
  contentMatches: boolean;
  /** Its keyed hash checks out with the audit key; null when no key is being checked. */
  keyedMatches: boolean | null;
}

export interface ChainState {
  /** Events checked and found good so far. */
  count: number;
  prevHash: string;
  /** A keyed event has been seen: every later event must be keyed too. */
  keyedSeen: boolean;
}

export interface ChainProblem {
  /** The event at fault (or where one is missing); null when the fault is not one event's. */
  seq: number | null;
  eventId: string | null;
  /** What is wrong, naming the event. */
  problem: string;
  /** What it likely means. */
  meaning: string;
}

export function startChain(genesisHash: string): ChainState {
  return { count: 0, prevHash: genesisHash, keyedSeen: false };
}

const OUTSIDE = 'outside Accord, by someone with write access to the database';

/** Checks the next event read in order; the new state, or the first problem. */
export function nextEvent(state: ChainState, e: EventFacts): { state: ChainState } | { problem: ChainProblem } {
  const expected = state.count + 1;
  const at = (problem: string, meaning: string, seq = e.seq) => ({ problem: { seq, eventId: seq === e.seq ? e.id : null, problem, meaning } });
  if (e.seq !== expected) {
    return e.seq > expected
      ? at(`event ${expected} is missing (found ${e.seq} next)`, `Event ${expected} was deleted ${OUTSIDE}.`, expected)
      : at(`event ${e.seq} appears twice or out of order`, `Events were renumbered ${OUTSIDE}.`);
  }
  if (e.prevHash !== state.prevHash) {
    return at(
      `event ${e.seq} does not follow event ${e.seq - 1}: it records a different hash for the event before it`,
      `Event ${e.seq - 1} was replaced, or events were reordered, ${OUTSIDE}.`,
    );
  }
  if (!e.contentMatches) {
    return at(`event ${e.seq} was changed after it was written: its content no longer matches its hash`, `It was edited ${OUTSIDE}.`);
  }
  if (e.keyedMatches !== null) {
    if (e.hashVersion !== LEGACY_HASH_VERSION && e.hashVersion !== KEYED_HASH_VERSION) {
      return at(`event ${e.seq} has an unknown hash version (${e.hashVersion})`, `It was altered ${OUTSIDE}, or written by a newer Accord.`);
    }
    if (e.hashVersion === LEGACY_HASH_VERSION && state.keyedSeen) {
      return at(
        `event ${e.seq} has no keyed hash, but the events before it have one`,
        `Accord gives every new event a keyed hash, so this one was most likely added or rewritten ${OUTSIDE} without the audit key.`,
      );
    }
    if (e.hashVersion === KEYED_HASH_VERSION && !e.keyedMatches) {
      return at(
        `event ${e.seq}'s keyed hash does not match the audit key`,
        `It was forged or rewritten ${OUTSIDE} without the audit key; or this Accord has a different AUDIT_KEY from the one that wrote it (every app server and command line must share one).`,
      );
    }
  }
  return { state: { count: e.seq, prevHash: e.hash, keyedSeen: state.keyedSeen || e.hashVersion === KEYED_HASH_VERSION } };
}

/** After the last event: the head must record it, and (with a key) events from before keyed hashing must be sealed by a keyed one. */
export function endOfChain(state: ChainState, head: { seq: number; hash: string }, checkingKey: boolean): ChainProblem | null {
  const { count } = state;
  if (head.seq > count) {
    const missing = head.seq === count + 1 ? `event ${head.seq} is missing` : `events ${count + 1} to ${head.seq} are missing`;
    return {
      seq: count + 1,
      eventId: null,
      problem: `${missing} from the end: the trail ends at event ${count} but ${head.seq} events were written`,
      meaning: `${head.seq === count + 1 ? 'It was' : 'They were'} deleted ${OUTSIDE} (the chain's head still records ${head.seq === count + 1 ? 'it' : 'them'}).`,
    };
  }
  if (head.seq < count) {
    return {
      seq: head.seq + 1,
      eventId: null,
      problem: `the chain's head records ${head.seq} events, but the trail goes on to event ${count}`,
      meaning: `Events after ${head.seq} were added, or the head was moved back, ${OUTSIDE}.`,
    };
  }
  if (head.hash !== state.prevHash) {
    return {
      seq: count,
      eventId: null,
      problem: `the chain's head does not match event ${count}`,
      meaning: `The last event was replaced, or the head was changed, ${OUTSIDE}.`,
    };
  }
  if (checkingKey && count > 0 && !state.keyedSeen) {
    return {
      seq: count,
      eventId: null,
      problem: `none of the ${count} events has a keyed hash`,
      meaning:
        'Either the trail was rewritten without the audit key, or Accord has not started since keyed hashing was added (it then seals the older events with one keyed event). Start Accord once and verify again.',
    };
  }
  return null;
}

/** A signed record of the chain's head, to be kept outside the database. */
export interface Checkpoint {
  format: typeof CHECKPOINT_FORMAT;
  seq: number;
  headHash: string;
  at: string;
  keyId: string;
  signature: string;
}

export const CHECKPOINT_FORMAT = 'accord-audit-checkpoint-1';

/** The exact text a checkpoint's signature covers: a JSON array, so fields cannot run into each other. */
export function checkpointSigningText(c: Omit<Checkpoint, 'signature'>): string {
  return JSON.stringify([c.format, c.seq, c.headHash, c.at, c.keyId]);
}

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** Reads a checkpoint file's text; the checkpoint, or what is wrong with the file. */
export function parseCheckpoint(text: string): { checkpoint: Checkpoint } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'the checkpoint file is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'the checkpoint file does not hold a checkpoint' };
  const v = value as Record<string, unknown>;
  if (v.format !== CHECKPOINT_FORMAT) return { error: `the checkpoint file is not an ${CHECKPOINT_FORMAT}` };
  if (typeof v.seq !== 'number' || !Number.isSafeInteger(v.seq) || v.seq < 0) return { error: 'the checkpoint’s seq is not a whole number' };
  if (typeof v.headHash !== 'string' || !HEX64.test(v.headHash)) return { error: 'the checkpoint’s headHash is not a SHA-256 in hex' };
  if (typeof v.at !== 'string' || !ISO_UTC.test(v.at)) return { error: 'the checkpoint’s time (at) is not a date and time' };
  if (typeof v.keyId !== 'string' || typeof v.signature !== 'string') return { error: 'the checkpoint has no key id or signature' };
  return { checkpoint: { format: CHECKPOINT_FORMAT, seq: v.seq, headHash: v.headHash, at: v.at, keyId: v.keyId, signature: v.signature } };
}

/** Whether an intact chain still extends the checkpoint: facts about its signature and the event at its seq. */
export function checkpointProblem(
  c: Checkpoint,
  facts: { signatureMatches: boolean; keyId: string; count: number; hashAtSeq: string | null },
): ChainProblem | null {
  const taken = `the checkpoint taken at ${c.at}`;
  if (c.keyId !== facts.keyId) {
    return {
      seq: null,
      eventId: null,
      problem: `${taken} was signed with a different audit key (key id ${c.keyId}; this Accord's is ${facts.keyId})`,
      meaning: 'Verify with the AUDIT_KEY the app servers used when the checkpoint was taken.',
    };
  }
  if (!facts.signatureMatches) {
    return { seq: null, eventId: null, problem: `${taken} does not match its signature`, meaning: 'The checkpoint file was edited after it was made.' };
  }
  if (c.seq > facts.count) {
    return {
      seq: facts.count + 1,
      eventId: null,
      problem: `${taken} records ${c.seq} events, but the trail now ends at event ${facts.count}`,
      meaning: `Events ${facts.count + 1} to ${c.seq} were deleted since the checkpoint, or the trail was replaced, ${OUTSIDE}.`,
    };
  }
  if (c.seq > 0 && facts.hashAtSeq !== c.headHash) {
    return {
      seq: c.seq,
      eventId: null,
      problem: `event ${c.seq} is not the event ${taken} recorded`,
      meaning: `The trail up to event ${c.seq} was rewritten since the checkpoint, ${OUTSIDE}.`,
    };
  }
  return null;
}
