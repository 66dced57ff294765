// an indicator's trend as a chart the server draws (SVG, no JavaScript): the value each period as
// a line with a point per period, the target as a dashed line, and the axes labelled. The same figures are
// in the table beside it, so the chart adds a picture, never information only a picture carries.
import { amountInWords } from '../../../domain/performance/indicator.ts';
import type { RatedPeriod } from '../../../domain/performance/series.ts';

const WIDTH = 640;
const HEIGHT = 260;
const PAD = { top: 16, right: 16, bottom: 48, left: 64 };

export interface TrendChart {
  width: number;
  height: number;
  /** The chart in one sentence, as its accessible description. */
  description: string;
  values: string;
  targets: string | null;
  points: Array<{ x: number; y: number; label: string; rag: string }>;
  xLabels: Array<{ x: number; text: string }>;
  yTicks: Array<{ y: number; text: string }>;
  plot: { left: number; right: number; top: number; bottom: number };
}

/** Three to five round figures spanning lo–hi. */
function ticks(lo: number, hi: number): number[] {
  const span = hi - lo || Math.abs(hi) || 1;
  const raw = span / 4;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  const first = Math.floor(lo / step) * step;
  const out: number[] = [];
  for (let v = first; v <= hi + step / 2; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

/** The chart of a rated series, or null with fewer than two periods (a table says it better). */
export function trendChart(series: readonly RatedPeriod[], unit: string, name: string): TrendChart | null {
  if (series.length < 2) return null;
  const figures = series.flatMap((s) => (s.target === null ? [s.value] : [s.value, s.target]));
  const ys = ticks(Math.min(...figures), Math.max(...figures));
  const lo = ys[0]!;
  const hi = ys.at(-1)!;
  const plot = { left: PAD.left, right: WIDTH - PAD.right, top: PAD.top, bottom: HEIGHT - PAD.bottom };
  const x = (i: number) => Math.round(plot.left + ((plot.right - plot.left) * i) / (series.length - 1));
  const y = (v: number) => Math.round(plot.bottom - ((plot.bottom - plot.top) * (v - lo)) / (hi - lo || 1));
  const line = (pts: Array<[number, number]>) => pts.map(([px, py], i) => `${i ? 'L' : 'M'}${px} ${py}`).join(' ');
  const withTargets = series.map((s, i) => [i, s.target] as const).filter((t): t is readonly [number, number] => t[1] !== null);
  // Every label when few; otherwise every other one, always the last, so they never overlap.
  const every = series.length > 8 ? Math.ceil(series.length / 8) : 1;
  const first = series[0]!;
  const last = series.at(-1)!;
  return {
    width: WIDTH,
    height: HEIGHT,
    description: `${name}: ${series.length} periods from ${first.period} to ${last.period}; ${amountInWords(first.value, unit)} at first and ${amountInWords(last.value, unit)} in the latest. The table gives every period.`,
    values: line(series.map((s, i) => [x(i), y(s.value)])),
    targets: withTargets.length > 1 ? line(withTargets.map(([i, t]) => [x(i), y(t)])) : null,
    points: series.map((s, i) => ({ x: x(i), y: y(s.value), label: `${s.period}: ${amountInWords(s.value, unit)}, ${s.rag.status === 'none' ? 'not rated' : s.rag.status}`, rag: s.rag.status })),
    xLabels: series.flatMap((s, i) => (i % every === 0 || i === series.length - 1 ? [{ x: x(i), text: s.short }] : [])),
    yTicks: ys.map((v) => ({ y: y(v), text: amountInWords(v, unit) })),
    plot,
  };
}
