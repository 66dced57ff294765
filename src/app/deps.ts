// What every use case is given: the database, a clock and an id generator (passed in so tests control them).
import type { Mailer } from './mail.ts';
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../db/database.ts';
import type { AuditKey } from './audit-chain.ts';
import type { ProtocolConfig } from '../domain/protocol-config/schema.ts';

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
  /**
   * Gives every audit event a keyed hash (AUDIT_KEY). The server, the command line and the test app
   * always pass it; deps made by hand without it write unkeyed (version 1) events, which a keyed
   * verify refuses after the first keyed one, so a forgotten key is found, never silently weaker.
   */
  auditKey?: AuditKey;
  /** The council's protocol configuration (PROTOCOL_CONFIG); the protocol's defaults when left out (protocolOf). */
  protocol?: ProtocolConfig;
  /** Accord's email (SMTP_URL); none when left out or null, and then nothing is sent. */
  mailer?: Mailer | null;
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
