// R-2.9, R-2.6.14: how a measurement compares with its target (red, amber or green), which way it has
// moved since the period before, and how long an indicator has been red. Each answer explains itself and
// cites its clause, so the pages, the API and the compliance engine show the same words.
import { amountInWords, type Polarity } from './indicator.ts';

export const RAGS = ['red', 'amber', 'green'] as const;
export type RagStatus = (typeof RAGS)[number];
export const RAG_LABELS: Readonly<Record<RagStatus | 'none', string>> = { red: 'Red', amber: 'Amber', green: 'Green', none: 'No target' };

export interface RagInput {
  value: number;
  target: number | null;
  polarity: Polarity;
  /** Per cent of the target a value may miss it by and still be amber. */
  tolerance: number;
  unit: string;
}

export interface RagExplanation {
  status: RagStatus | 'none';
  value: number;
  target: number | null;
  /** The worst a value may be and still be amber; null without a target. */
  amberLimit: number | null;
  rule: string;
  reason: string;
  clause: 'R-2.9';
}

/**
 * Green when the value meets its target; amber when it misses it by no more than the tolerance (a share
 * of the target's size, so a target of 0 has no amber band); red otherwise. "Meets" follows the polarity:
 * at or above the target when higher is better, at or below it when lower is.
 */
export function ragOf(m: RagInput): RagExplanation {
  const amount = (n: number) => amountInWords(n, m.unit);
  const better = m.polarity === 'higher' ? 'higher is better' : 'lower is better';
  if (m.target === null) {
    return { status: 'none', value: m.value, target: null, amberLimit: null, rule: better, reason: `${amount(m.value)}; no target is set, so it is not rated (R-2.9)`, clause: 'R-2.9' };
  }
  const band = (Math.abs(m.target) * m.tolerance) / 100;
  // Rounded to ten decimal places, so 0.1 + 0.2 style noise never turns a value on the line red.
  const round = (n: number) => Math.round(n * 1e10) / 1e10;
  const amberLimit = round(m.polarity === 'higher' ? m.target - band : m.target + band);
  const meets = m.polarity === 'higher' ? m.value >= m.target : m.value <= m.target;
  const within = m.polarity === 'higher' ? m.value >= amberLimit : m.value <= amberLimit;
  const status: RagStatus = meets ? 'green' : within && band > 0 ? 'amber' : 'red';
  const rule = `${better}; amber within ${m.tolerance}% of the target`;
  const against = `${amount(m.value)} against a target of ${amount(m.target)}`;
  const reason =
    status === 'green'
      ? `Green: ${against}, which it meets (${better}) (R-2.9)`
      : status === 'amber'
        ? `Amber: ${against}, missed by no more than ${m.tolerance}% (amber up to ${amount(amberLimit)}) (R-2.9)`
        : `Red: ${against}, missed by more than ${m.tolerance}%${band > 0 ? ` (amber ends at ${amount(amberLimit)})` : ''} (R-2.9)`;
  return { status, value: m.value, target: m.target, amberLimit: band > 0 ? amberLimit : null, rule, reason, clause: 'R-2.9' };
}

export type Direction = 'improving' | 'worsening' | 'unchanged';
export const DIRECTION_LABELS: Readonly<Record<Direction | 'none', string>> = { improving: 'Improving', worsening: 'Getting worse', unchanged: 'No change', none: 'First period' };

/** R-2.9: the direction of travel against the period before, as the polarity reads it. */
export function directionOf(value: number, previous: number | null, polarity: Polarity): Direction | 'none' {
  if (previous === null) return 'none';
  if (value === previous) return 'unchanged';
  return (value > previous) === (polarity === 'higher') ? 'improving' : 'worsening';
}

/** R-2.6.14: how many of the latest periods in a row were red (ratings in period order, oldest first). */
export function redRun(ratings: ReadonlyArray<RagStatus | 'none'>): number {
  let run = 0;
  for (let i = ratings.length - 1; i >= 0 && ratings[i] === 'red'; i--) run++;
  return run;
}
