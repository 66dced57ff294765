// A share ("2/3", as the decision rules' records hold it) kept as two whole-number columns, so it sorts,
// checks and reads the same on both databases; and read back as "2/3".
export function fractionColumns(fraction: string | null): { fraction_numerator: number | null; fraction_denominator: number | null } {
  const [n, d] = fraction ? fraction.split('/').map(Number) : [null, null];
  return { fraction_numerator: n ?? null, fraction_denominator: d ?? null };
}

export function fractionText(r: { fraction_numerator: number | null; fraction_denominator: number | null }): string | null {
  return r.fraction_numerator === null || r.fraction_denominator === null ? null : `${Number(r.fraction_numerator)}/${Number(r.fraction_denominator)}`;
}
