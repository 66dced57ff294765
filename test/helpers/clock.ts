// A clock tests move by hand, so time limits (session expiry, sign-in throttling) are tested
// without waiting: `const clock = new TestClock(); clock.advance({ minutes: 61 })`.
import type { Clock } from '../../src/app/deps.ts';

export interface Duration {
  hours?: number;
  minutes?: number;
  seconds?: number;
  milliseconds?: number;
}

export function durationMs(d: Duration): number {
  return (d.hours ?? 0) * 3_600_000 + (d.minutes ?? 0) * 60_000 + (d.seconds ?? 0) * 1000 + (d.milliseconds ?? 0);
}

export class TestClock implements Clock {
  private current: number;

  /** Starts at a fixed weekday morning unless told otherwise. */
  constructor(start: Date | string = '2025-03-03T09:00:00.000Z') {
    this.current = new Date(start).getTime();
    if (Number.isNaN(this.current)) throw new Error(`not a date: ${String(start)}`);
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Moves time on (never back). */
  advance(d: Duration): Date {
    const ms = durationMs(d);
    if (ms < 0) throw new Error('the clock only moves forward');
    this.current += ms;
    return this.now();
  }

  set(to: Date | string): Date {
    const t = new Date(to).getTime();
    if (Number.isNaN(t)) throw new Error(`not a date: ${String(to)}`);
    this.current = t;
    return this.now();
  }

  /** The current time as stored in the database. */
  iso(): string {
    return this.now().toISOString();
  }
}
