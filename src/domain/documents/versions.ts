// A document's versions (R-2.7(n): amendments to the partnership's rules, and from when each takes
// effect). The current version is the latest in effect: the latest effective date on or before the day,
// the higher number when two take effect on the same day. A version dated later is on record, not yet in force.

export interface VersionDates {
  number: number;
  /** yyyy-mm-dd. */
  effectiveFrom: string;
}

export function currentVersion<V extends VersionDates>(versions: readonly V[], today: string): V | null {
  let best: V | null = null;
  for (const v of versions) {
    if (v.effectiveFrom > today) continue;
    if (!best || v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.number > best.number)) best = v;
  }
  return best;
}

/** The next version's number: one more than the highest so far. */
export function nextVersionNumber(last: number): number {
  return last + 1;
}
