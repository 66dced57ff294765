// Partnership references: P-<year>-<number>, numbered from 1 each year, at least three digits.
export function formatReference(year: number, number: number): string {
  return `P-${year}-${String(number).padStart(3, '0')}`;
}
