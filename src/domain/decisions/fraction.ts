// Fractions in a partnership's rules (R-2.8a's qualified majority, R-2.8b's quorum), as the partners write
// them ("two thirds", "3/4") and as a clerk reads them back. Rounding up is done in whole numbers, so a
// third of 9 is 3 exactly and never 3.0000000000000004 rounded up to 4.
import type { Fraction } from './rules.ts';

export const MAX_DENOMINATOR = 100;

// The words rules are written in. "One half" is read, but said back as "a half".
// A Map, not an object, so "constructor" is not a fraction.
const WORDS: ReadonlyMap<string, Fraction> = new Map([
  ['a half', { numerator: 1, denominator: 2 }],
  ['one half', { numerator: 1, denominator: 2 }],
  ['a third', { numerator: 1, denominator: 3 }],
  ['one third', { numerator: 1, denominator: 3 }],
  ['a quarter', { numerator: 1, denominator: 4 }],
  ['one quarter', { numerator: 1, denominator: 4 }],
  ['two thirds', { numerator: 2, denominator: 3 }],
  ['three quarters', { numerator: 3, denominator: 4 }],
]);

/** A fraction a rule can use: whole numbers, 1 ≤ numerator ≤ denominator ≤ 100. */
export const isFraction = (f: Fraction): boolean =>
  Number.isSafeInteger(f.numerator) && Number.isSafeInteger(f.denominator) && f.numerator >= 1 && f.numerator <= f.denominator && f.denominator <= MAX_DENOMINATOR;

/**
 * "2/3", " 1 / 3 ", "two thirds", "a half" and the like, in any case; null for anything else, or a fraction
 * a rule cannot use (more than the whole, nothing, or a denominator over 100). Not reduced: 4/6 stays 4/6.
 */
export function parseFraction(text: string): Fraction | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  // "two-thirds" is how many rules spell it; a hyphen only between letters, so "2/-3" stays unreadable.
  const word = WORDS.get(t.replace(/(?<=[a-z])-(?=[a-z])/g, ' '));
  if (word) return { ...word };
  const match = /^(\d{1,3}) ?\/ ?(\d{1,3})$/.exec(t);
  if (!match) return null;
  const f = { numerator: Number(match[1]), denominator: Number(match[2]) };
  return isFraction(f) ? f : null;
}

/** "two thirds", "three quarters", "one third", "a half", "one quarter"; any other as "5/8". */
export function fractionInWords(f: Fraction): string {
  const { numerator: n, denominator: d } = f;
  if (n === 1 && d === 2) return 'a half';
  if (n === 1 && d === 3) return 'one third';
  if (n === 1 && d === 4) return 'one quarter';
  if (n === 2 && d === 3) return 'two thirds';
  if (n === 3 && d === 4) return 'three quarters';
  return `${n}/${d}`;
}

/** The fraction before "of": "half of the 9 voting members", not "a half of". */
export const shareInWords = (f: Fraction): string => (f.numerator === 1 && f.denominator === 2 ? 'half' : fractionInWords(f));

/** The smallest whole number at least n × numerator / denominator: n a whole number of 0 or more. */
export function ceilFraction(f: Fraction, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`ceilFraction: ${n} is not a whole number of 0 or more`);
  if (!Number.isSafeInteger(f.numerator) || !Number.isSafeInteger(f.denominator) || f.numerator < 0 || f.denominator < 1) {
    throw new RangeError(`ceilFraction: ${f.numerator}/${f.denominator} is not a fraction of whole numbers`);
  }
  const product = n * f.numerator;
  if (!Number.isSafeInteger(product)) throw new RangeError(`ceilFraction: ${n} × ${f.numerator} is too large to work out exactly`);
  // Whole-number division: the remainder is exact, so product − remainder divides exactly.
  const remainder = product % f.denominator;
  return (product - remainder) / f.denominator + (remainder > 0 ? 1 : 0);
}
