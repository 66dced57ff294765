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
}

const ACTIONS: Readonly<Record<string, string>> = {
  created: 'Created',
  updated: 'Updated',
  deleted: 'Deleted',
  deactivated: 'Deactivated',
  reactivated: 'Reactivated',
  'signed-in': 'Signed in',
  'signed-out': 'Signed out',
  'sign-in-failed': 'Failed to sign in',
  'sign-in-refused': 'Sign-in refused (too many attempts)',
  'password-changed': 'Changed their password',
  'password-set': 'Password set by an administrator',
  'password-change-failed': 'Failed to change their password (wrong current password)',
};

export function actionLabel(action: string): string {
  return ACTIONS[action] ?? action.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function show(field: string, value: unknown, d: Describer): string {
  if (d.value) return d.value(field, value);
  if (value === null || value === undefined || value === '') return '(blank)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** One line per changed field. */
export function describeChanges(event: AuditEventView, d: Describer = {}): string[] {
  const label = (f: string) => d.labels?.[f] ?? f.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/^./, (c) => c.toUpperCase());
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
