// R-2.6.8: the risk matrix the partners score their shared risks on. A score is likelihood × impact; its
// band (named, with a range of scores) sets how often a risk in it is reviewed, the highest most often.
// The protocol asks only that the register be "reviewed at agreed intervals": the matrix is the council's
// agreement of those intervals, checked here so every score falls in exactly one band.

export interface RiskBand {
  name: string;
  /** The lowest and highest score in the band, both included. */
  from: number;
  to: number;
  /** R-2.6.8: a risk in the band is reviewed this many months after its last review. */
  reviewMonths: number;
}

export interface RiskMatrix {
  /** The likelihood scale, lowest first: its length is the matrix's height (3 to 6). */
  likelihood: readonly string[];
  /** The impact scale, lowest first: its length is the matrix's width (3 to 6). */
  impact: readonly string[];
  /** Lowest scores first; together they cover every score from 1 to the highest, without overlap. */
  bands: readonly RiskBand[];
}

/** The council's 5 × 5 matrix: a very high risk is reviewed monthly, a low one every six months. */
export const DEFAULT_RISK_MATRIX: RiskMatrix = {
  likelihood: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  impact: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
  bands: [
    { name: 'Low', from: 1, to: 4, reviewMonths: 6 },
    { name: 'Medium', from: 5, to: 9, reviewMonths: 3 },
    { name: 'High', from: 10, to: 15, reviewMonths: 2 },
    { name: 'Very high', from: 16, to: 25, reviewMonths: 1 },
  ],
};

export const MIN_SCALE = 3;
export const MAX_SCALE = 6;

/** R-2.6.8: how often a band's risks are reviewed, in words: "monthly", "every 3 months". */
export const reviewInterval = (months: number): string => (months === 1 ? 'monthly' : `every ${months} months`);

/** R-2.6.8: the score is likelihood × impact. */
export const scoreOf = (likelihood: number, impact: number): number => likelihood * impact;

/** The highest score the matrix has. */
export const maxScore = (m: Pick<RiskMatrix, 'likelihood' | 'impact'>): number => m.likelihood.length * m.impact.length;

/**
 * R-2.6.8: a level given on one of the matrix's scales that the matrix in force does not have (its forms
 * offer only those it has; the API may send any from 1 to 6).
 */
export function levelProblems<F extends string>(m: RiskMatrix, levels: ReadonlyArray<{ field: F; of: 'likelihood' | 'impact'; value: number | undefined | null }>): Array<{ field: F; message: string }> {
  return levels
    .filter((l) => typeof l.value === 'number' && l.value > m[l.of].length)
    .map((l) => ({ field: l.field, message: `The council’s risk matrix has ${m[l.of].length} levels of ${l.of}: choose one from 1 to ${m[l.of].length} (R-2.6.8)` }));
}

/**
 * The band a score falls in (a valid matrix has exactly one), with its place from lowest (0). A score above
 * the matrix's highest, kept from before the council made its matrix smaller (a closed risk, an earlier
 * review: decision 87), is in the highest band.
 */
export function bandOf(m: RiskMatrix, score: number): { band: RiskBand; rank: number } {
  const found = m.bands.findIndex((b) => score >= b.from && score <= b.to);
  const rank = found < 0 && score > maxScore(m) ? m.bands.length - 1 : found;
  if (rank < 0) throw new RangeError(`No band of the matrix holds the score ${score}`);
  return { band: m.bands[rank]!, rank };
}

/**
 * Why a matrix could not be used, each problem in words: scales of 3 to 6 named levels; bands named once,
 * ordered, covering every score from 1 to the highest without a gap or an overlap; each band reviewed at
 * least as often as the one below it, from monthly to yearly.
 */
export function matrixProblems(m: RiskMatrix): Array<{ field: 'likelihood' | 'impact' | 'bands'; message: string }> {
  const problems: Array<{ field: 'likelihood' | 'impact' | 'bands'; message: string }> = [];
  for (const field of ['likelihood', 'impact'] as const) {
    const scale = m[field];
    if (scale.length < MIN_SCALE || scale.length > MAX_SCALE) problems.push({ field, message: `The ${field} scale must have from ${MIN_SCALE} to ${MAX_SCALE} levels; it has ${scale.length} (R-2.6.8)` });
    if (scale.some((s) => !s.trim())) problems.push({ field, message: `Name every level of the ${field} scale (R-2.6.8)` });
    if (new Set(scale.map((s) => s.trim().toLowerCase())).size !== scale.length) problems.push({ field, message: `Each level of the ${field} scale needs a name of its own (R-2.6.8)` });
  }
  if (!m.bands.length) return [...problems, { field: 'bands', message: 'Add at least one band (R-2.6.8)' }];
  const highest = maxScore(m);
  let next = 1;
  for (const b of m.bands) {
    if (!b.name.trim()) problems.push({ field: 'bands', message: 'Name every band (R-2.6.8)' });
    if (b.to < b.from) problems.push({ field: 'bands', message: `${b.name}: its highest score, ${b.to}, is below its lowest, ${b.from} (R-2.6.8)` });
    else if (b.from > next) problems.push({ field: 'bands', message: `No band holds ${b.from - 1 === next ? `the score ${next}` : `the scores ${next} to ${b.from - 1}`} (R-2.6.8)` });
    else if (b.from < next) {
      // The scores in both: from its lowest to the lower of its top and the top of what is below it.
      const top = Math.min(b.to, next - 1);
      problems.push({ field: 'bands', message: `${b.name} overlaps the band below it: ${b.from === top ? `the score ${b.from} is` : `the scores ${b.from} to ${top} are`} in both (R-2.6.8)` });
    }
    if (!Number.isInteger(b.reviewMonths) || b.reviewMonths < 1 || b.reviewMonths > 12) problems.push({ field: 'bands', message: `${b.name}: review it every 1 to 12 months (R-2.6.8)` });
    next = Math.max(next, b.to + 1);
  }
  if (next <= highest) problems.push({ field: 'bands', message: `No band holds ${next === highest ? `the score ${highest}` : `the scores ${next} to ${highest}`}, the highest the matrix has (R-2.6.8)` });
  if (next > highest + 1) problems.push({ field: 'bands', message: `The bands go up to ${next - 1}, but the highest score is ${highest} (${m.likelihood.length} × ${m.impact.length}) (R-2.6.8)` });
  if (new Set(m.bands.map((b) => b.name.trim().toLowerCase())).size !== m.bands.length) problems.push({ field: 'bands', message: 'Each band needs a name of its own (R-2.6.8)' });
  m.bands.forEach((b, i) => {
    const below = m.bands[i - 1];
    if (below && b.reviewMonths > below.reviewMonths) problems.push({ field: 'bands', message: `${b.name} is reviewed less often (every ${b.reviewMonths} months) than ${below.name} below it (every ${below.reviewMonths}): a higher risk is reviewed at least as often (R-2.6.8)` });
  });
  return problems;
}

/**
 * An open risk as a new matrix must still be able to score it: its levels now in use. (Its target score
 * is at most its inherent score, riskProblems, so it fits when they do.)
 */
export interface ScoredRisk {
  title: string;
  partnership: string;
  /** Its inherent, residual and current (latest review's) levels. */
  levels: ReadonlyArray<{ likelihood: number; impact: number }>;
}

function named(risks: readonly ScoredRisk[]): string {
  const names = risks.slice(0, 5).map((r) => `${r.title} (${r.partnership})`);
  return risks.length > 5 ? `${names.join(', ')} and ${risks.length - 5} more` : names.join(', ');
}

/**
 * R-2.6.8: why a new matrix cannot yet replace the one in force: an open risk scored on a level the new one
 * does not have. Closed risks and earlier reviews keep the scores they were given.
 */
export function fitProblems(m: Pick<RiskMatrix, 'likelihood' | 'impact'>, risks: readonly ScoredRisk[]): Array<{ field: 'likelihood' | 'impact'; message: string }> {
  const problems: Array<{ field: 'likelihood' | 'impact'; message: string }> = [];
  for (const field of ['likelihood', 'impact'] as const) {
    const top = m[field].length;
    const beyond = risks.filter((r) => r.levels.some((l) => l[field] > top));
    if (beyond.length) problems.push({ field, message: `${beyond.length === 1 ? '1 open risk is' : `${beyond.length} open risks are`} scored at ${field === 'impact' ? 'an impact' : 'a likelihood'} above ${top}, the highest of this scale: ${named(beyond)}. Score ${beyond.length === 1 ? 'it' : 'them'} again or close ${beyond.length === 1 ? 'it' : 'them'} first (R-2.6.8)` });
  }
  return problems;
}
