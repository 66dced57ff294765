// R-2.6.8: the risk register's heat map as the server draws it (SVG, no JavaScript): likelihood up the
// side, impact along the bottom, each cell coloured by its band and counting the open risks in it. The
// table beside it names the same risks in each cell, linked, so the picture carries nothing of its own.
import { reviewInterval, type RiskMatrix } from '../../../domain/risk/matrix.ts';

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
import type { HeatCell } from '../../../domain/risk/risk.ts';

const CELL = 64;
const PAD = { top: 8, right: 8, bottom: 56, left: 132 };

export interface HeatMapView {
  width: number;
  height: number;
  description: string;
  cells: Array<{ x: number; y: number; size: number; tone: number; count: number; label: string }>;
  rowLabels: Array<{ y: number; text: string }>;
  columnLabels: Array<{ x: number; text: string }>;
  plot: { left: number; bottom: number; right: number };
  /** The same grid as a table: rows highest likelihood first, each cell its risks. */
  rows: Array<{ likelihood: string; cells: Array<{ likelihood: number; impact: number; score: number; band: string; tone: number; count: number; risks: Array<{ title: string; href: string }> }> }>;
  impacts: string[];
}

/** A band's colour from four, lowest to highest, however many bands the matrix has. */
export const toneOf = (rank: number, bands: number): number => (bands <= 1 ? 0 : Math.round((rank * 3) / (bands - 1)));

export function heatMapView(m: RiskMatrix, grid: readonly HeatCell[][], titles: ReadonlyMap<string, { title: string; href: string }>): HeatMapView {
  const size = m.impact.length;
  const width = PAD.left + size * CELL + PAD.right;
  const height = PAD.top + m.likelihood.length * CELL + PAD.bottom;
  const cells = grid.flatMap((row, r) =>
    row.map((c, i) => ({
      x: PAD.left + i * CELL,
      y: PAD.top + r * CELL,
      size: CELL,
      tone: toneOf(c.rank, m.bands.length),
      count: c.ids.length,
      label: `Likelihood ${c.likelihood} (${m.likelihood[c.likelihood - 1]}), impact ${c.impact} (${m.impact[c.impact - 1]}): score ${c.score}, ${c.band}; ${c.ids.length === 1 ? '1 risk' : `${c.ids.length} risks`}`,
    })),
  );
  const open = grid.flat().reduce((n, c) => n + c.ids.length, 0);
  return {
    width,
    height,
    description: `${open === 1 ? '1 open risk' : `${open} open risks`} on a ${m.likelihood.length} by ${m.impact.length} matrix, each at its current likelihood and impact. The table names the risks in each cell.`,
    cells,
    rowLabels: grid.map((row, r) => ({ y: PAD.top + r * CELL + CELL / 2 + 5, text: `${row[0]!.likelihood}: ${m.likelihood[row[0]!.likelihood - 1]}` })),
    columnLabels: m.impact.map((name, i) => ({ x: PAD.left + i * CELL + CELL / 2, text: String(i + 1) })),
    plot: { left: PAD.left, bottom: PAD.top + m.likelihood.length * CELL, right: PAD.left + size * CELL },
    rows: grid.map((row) => ({
      likelihood: `${row[0]!.likelihood}: ${m.likelihood[row[0]!.likelihood - 1]}`,
      cells: row.map((c) => ({ likelihood: c.likelihood, impact: c.impact, count: c.ids.length, score: c.score, band: c.band, tone: toneOf(c.rank, m.bands.length), risks: c.ids.flatMap((id) => titles.get(id) ?? []) })),
    })),
    impacts: m.impact.map((name, i) => `${i + 1}: ${name}`),
  };
}

/** The matrix's bands as the pages list them beside the heat map: scores, review interval, colour. */
export function bandsView(m: RiskMatrix) {
  return m.bands.map((b, i) => ({ name: b.name, scores: `${b.from} to ${b.to}`, review: capitalised(reviewInterval(b.reviewMonths)), tone: toneOf(i, m.bands.length) }));
}
