// A council's file names only what it changes: each object in it is laid over the default's, key by key,
// and a list replaces the default's list whole (a list of required sections is the council's answer, not
// an addition to the protocol's).
export type ConfigIssue = { path: string; message: string };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function layOver(base: unknown, over: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = layOver(base[key], value);
  return out;
}
