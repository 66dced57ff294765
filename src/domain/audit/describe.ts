// The audit trail in plain words: "changed Role from Officer to Administrator".

export interface AuditEventView {
  action: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface Describer {
  /** Readable names of fields: { role: 'Role' }. */
  labels?: Readonly<Record<string, string>>;
  /** Readable values: (field, value) => text. */
  value?: (field: string, value: unknown) => string;
  /**
   * The event in one line, where its kind of record words it better than the action alone: "Added partner
   * Brackenford CVS". `name` is the record's name today, when it still exists.
   */
  headline?: (event: AuditEventView, name: string | null) => string;
}

const ACTIONS: Readonly<Record<string, string>> = {
  created: 'Created',
  updated: 'Updated',
  deleted: 'Deleted',
  // A record of a partnership (a partner, a council representative) is added to it and removed from it.
  added: 'Added',
  removed: 'Removed',
  deactivated: 'Deactivated',
  reactivated: 'Reactivated',
  'signed-in': 'Signed in',
  'signed-out': 'Signed out',
  'sign-in-failed': 'Failed to sign in',
  'sign-in-refused': 'Sign-in refused (too many attempts)',
  'password-changed': 'Changed their password',
  'password-set': 'Password set by an administrator',
  'password-change-failed': 'Failed to change their password (wrong current password)',
  'password-accepted': 'Password accepted; asked for a two-factor code',
  'two-factor-set-up-started': 'Started setting up two-factor sign-in',
  'two-factor-turned-on': 'Turned on two-factor sign-in',
  'two-factor-moved': 'Set up two-factor sign-in on a new authenticator',
  'two-factor-recovery-codes-renewed': 'Made new two-factor recovery codes',
  'two-factor-turned-off': 'Turned off two-factor sign-in',
  'two-factor-turn-off-failed': 'Failed to turn off two-factor sign-in (wrong password)',
  'two-factor-reset': 'Two-factor sign-in reset by an administrator',
  'two-factor-code-refused': 'Two-factor code refused',
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * A value in words when no describer knows the field: lists joined, records as "key: value". Never
 * JSON, so the trail reads the same to internal audit as to anyone else.
 */
export function plainWords(value: unknown): string {
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length ? value.map(plainWords).join('; ') : '(none)';
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length ? entries.map(([k, v]) => `${fieldWords(k).toLowerCase()} ${plainWords(v)}`).join(', ') : '(none)';
  }
  return String(value);
}

/** passwordChangedAt and email_normalised read as "Password changed at" and "Email normalised". */
export function fieldWords(field: string): string {
  return field.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());
}

function show(field: string, value: unknown, d: Describer): string {
  return d.value ? d.value(field, value) : plainWords(value);
}

/** What each kind of record is called on the page. */
export const ENTITY_TYPE_LABELS: Readonly<Record<string, string>> = {
  partnership: 'Partnership',
  'partnership-partner': 'Partner',
  'partnership-representative': 'Council representative',
  organisation: 'Organisation',
  person: 'Person',
  'corporate-priority': 'Corporate priority',
  user: 'User',
  'api-token': 'API token',
  'sign-in': 'Sign-in attempt',
  'risk-matrix': 'Risk matrix',
};

export function entityTypeLabel(type: string): string {
  return ENTITY_TYPE_LABELS[type] ?? fieldWords(type.replace(/-/g, '_'));
}

export interface ActorOfEvent {
  actorId: string | null;
  actorLabel: string;
  entityType: string;
  action: string;
}

/**
 * Who did it, in words. Nobody is signed in at first-run set-up, so the request that creates the first
 * administrator is recorded as "anonymous"; the only user ever created that way is that one, so it reads
 * "first-run set-up". Other anonymous events are sign-in attempts by someone not (yet) signed in.
 */
export function actorName(e: ActorOfEvent): string {
  if (e.actorId !== null || e.actorLabel !== 'anonymous') return e.actorLabel;
  if (e.entityType === 'user' && e.action === 'created') return 'first-run set-up';
  return 'someone not signed in';
}

/** One line per changed field. */
export function describeChanges(event: AuditEventView, d: Describer = {}): string[] {
  const label = (f: string) => d.labels?.[f] ?? fieldWords(f);
  const before = event.before;
  // A delete keeps only what was there: show it, or the trail would say "Deleted" and nothing more.
  if (!event.after) return before ? Object.keys(before).map((field) => `${label(field)}: ${show(field, before[field], d)}`) : [];
  const after = event.after;
  return Object.keys(after).map((field) =>
    before && field in before
      ? `${label(field)}: ${show(field, before[field], d)} → ${show(field, after[field], d)}`
      : `${label(field)}: ${show(field, after[field], d)}`,
  );
}
