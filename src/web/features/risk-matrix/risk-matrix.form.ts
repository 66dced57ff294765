// The risk matrix's form: six boxes for each scale's levels, lowest first, and a row a band, each
// left blank where the matrix has fewer. Reading it is pure: what was typed becomes a matrix, or the
// problems at the boxes they concern; the matrix's own rules (matrixProblems) are then shown at its parts.
import { MAX_SCALE, type RiskMatrix } from '../../../domain/risk/matrix.ts';
import type { FieldError } from '../../forms/form.ts';

export type MatrixForm = Record<string, string>;

/** At least this many band rows, and one spare beyond the matrix's own. */
const BAND_ROWS = 6;

export const SCALES = ['likelihood', 'impact'] as const;
export const BAND_PARTS = ['name', 'from', 'to', 'months'] as const;

export const levelBox = (scale: (typeof SCALES)[number], n: number) => `${scale}-${n}`;
export const bandBox = (n: number, part: (typeof BAND_PARTS)[number]) => `band-${n}-${part}`;

/** How many band rows the form offers. */
export const bandRows = (typed: MatrixForm): number => {
  let last = 0;
  for (const key of Object.keys(typed)) {
    const n = /^band-(\d+)-/.exec(key);
    if (n && typed[key]!.trim()) last = Math.max(last, Number(n[1]));
  }
  return Math.min(12, Math.max(BAND_ROWS, last + 1));
};

/** The matrix in force as the form first shows it. */
export function matrixToForm(m: RiskMatrix): MatrixForm {
  const out: MatrixForm = {};
  for (const scale of SCALES) m[scale].forEach((name, i) => (out[levelBox(scale, i + 1)] = name));
  m.bands.forEach((b, i) => {
    out[bandBox(i + 1, 'name')] = b.name;
    out[bandBox(i + 1, 'from')] = String(b.from);
    out[bandBox(i + 1, 'to')] = String(b.to);
    out[bandBox(i + 1, 'months')] = String(b.reviewMonths);
  });
  return out;
}

/** The box a problem of the matrix is shown at: the first of its part (a scale's first level, the first band's name). */
export const boxOf = (field: string): string => (field === 'likelihood' || field === 'impact' ? levelBox(field, 1) : field === 'bands' ? bandBox(1, 'name') : field);

const WHOLE = /^\d{1,3}$/;

/** What was typed as a matrix, or every problem at its box. */
export function readMatrixForm(typed: MatrixForm): { ok: true; matrix: RiskMatrix } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const value = (key: string) => (typed[key] ?? '').trim();
  const scales = {} as Record<(typeof SCALES)[number], string[]>;
  for (const scale of SCALES) {
    const names = Array.from({ length: MAX_SCALE }, (_, i) => value(levelBox(scale, i + 1)));
    const last = names.findLastIndex((n) => n !== '');
    names.slice(0, last + 1).forEach((n, i) => {
      if (!n) errors.push({ field: levelBox(scale, i + 1), message: `Name level ${i + 1} of ${scale}, or leave blank every level after it (R-2.6.8)` });
      else if (n.length > 60) errors.push({ field: levelBox(scale, i + 1), message: `Name level ${i + 1} of ${scale} in 60 characters or fewer` });
    });
    scales[scale] = names.slice(0, last + 1);
  }
  const bands: Array<RiskMatrix['bands'][number]> = [];
  for (let n = 1; n <= bandRows(typed); n++) {
    const parts = Object.fromEntries(BAND_PARTS.map((p) => [p, value(bandBox(n, p))])) as Record<(typeof BAND_PARTS)[number], string>;
    if (BAND_PARTS.every((p) => !parts[p])) continue;
    if (!parts.name) errors.push({ field: bandBox(n, 'name'), message: `Name band ${n}, or clear its row` });
    else if (parts.name.length > 60) errors.push({ field: bandBox(n, 'name'), message: `Name band ${n} in 60 characters or fewer` });
    const number = (part: 'from' | 'to' | 'months', what: string) => {
      if (WHOLE.test(parts[part])) return Number(parts[part]);
      errors.push({ field: bandBox(n, part), message: parts[part] ? `Enter ${what} as a whole number, like 4` : `Enter ${what}` });
      return 0;
    };
    bands.push({
      name: parts.name,
      from: number('from', `band ${n}’s lowest score`),
      to: number('to', `band ${n}’s highest score`),
      reviewMonths: number('months', `how many months apart band ${n}’s risks are reviewed`),
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, matrix: { likelihood: scales.likelihood, impact: scales.impact, bands } };
}
