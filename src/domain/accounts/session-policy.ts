// Sessions end after a spell of inactivity, and in any case after a working day.
export const SESSION_IDLE_MINUTES = 60;
export const SESSION_ABSOLUTE_HOURS = 12;
/** last_seen_at is written at most this often, so reading a page is not a write each time. */
export const SESSION_TOUCH_SECONDS = 60;

export type SessionVerdict = 'active' | 'idle-expired' | 'absolute-expired';

export function sessionVerdict(createdAt: number, lastSeenAt: number, now: number): SessionVerdict {
  if (now - createdAt > SESSION_ABSOLUTE_HOURS * 3_600_000) return 'absolute-expired';
  if (now - lastSeenAt > SESSION_IDLE_MINUTES * 60_000) return 'idle-expired';
  return 'active';
}

export function needsTouch(lastSeenAt: number, now: number): boolean {
  return now - lastSeenAt >= SESSION_TOUCH_SECONDS * 1000;
}
