// What an audit event records of a change: only the fields that changed, before and after.

export type Fields = Readonly<Record<string, unknown>>;
export interface Changes {
  before: Fields | null;
  after: Fields | null;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The fields that differ; a create has no before, a delete no after. */
export function diff(before: Fields | null, after: Fields | null): Changes {
  if (!before || !after) return { before, after };
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!same(before[key], after[key])) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

export function isEmpty(changes: Changes): boolean {
  return (
    changes.before !== null &&
    changes.after !== null &&
    Object.keys(changes.before).length === 0 &&
    Object.keys(changes.after).length === 0
  );
}
