// What every use case is given: the database, a clock and an id generator (passed in so tests control them).
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../db/database.ts';

export interface Clock {
  now(): Date;
}

export interface Ids {
  next(): string;
}

export interface AppDeps {
  database: Database;
  clock: Clock;
  ids: Ids;
}

export const systemClock: Clock = { now: () => new Date() };

/** UUID v7: time-ordered, so new rows land at the end of indexes. */
export const uuidIds: Ids = { next: () => uuidv7() };

/** Who is acting and on which request: recorded with every audit event. */
export interface Actor {
  id: string | null;
  /** Shown in the audit trail: a user's name and email, or "system", "command line". */
  label: string;
}

export interface RequestContext {
  actor: Actor;
  requestId: string | null;
}

export const SYSTEM: RequestContext = { actor: { id: null, label: 'system' }, requestId: null };
