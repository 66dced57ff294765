// Row types as stored. Dialect-neutral: ids and timestamps are text (ISO-8601 UTC),
// booleans 0/1, money integer pence, JSON as text. Repositories map rows to domain types.

export interface UsersTable {
  id: string;
  email: string;
  /** lower-cased, trimmed: the unique key, so email is case-insensitive. */
  email_normalised: string;
  name: string;
  password_hash: string;
  role: string;
  active: number;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a stolen database backup holds no usable session. */
  id_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
}

export interface SignInThrottleTable {
  /** "account:<normalised email>" or "address:<ip>". */
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AuditEventsTable {
  seq: number;
  id: string;
  occurred_at: string;
  actor_id: string | null;
  actor_label: string;
  request_id: string | null;
  entity_type: string;
  entity_id: string;
  action: string;
  /** JSON text: { before: {...} | null, after: {...} | null }, exactly as hashed. */
  changes: string;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_events: AuditEventsTable;
  audit_head: AuditHeadTable;
}
