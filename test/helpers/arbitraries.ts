// Shared fast-check arbitraries for the hostile-input tests.
import fc from 'fast-check';

/** Reads back the code point a one-code-point string was made from (fast-check's unmapper). */
function codePointOf(value: unknown): number {
  if (typeof value === 'string' && value.length > 0) {
    const cp = value.codePointAt(0)!;
    if (value.length === (cp > 0xffff ? 2 : 1)) return cp;
  }
  throw new Error('not a single code point');
}

/**
 * Any one code point, lone surrogates included: what fc.string's 'binary' unit gives, without its
 * reverse table of all 1,114,112 code points, which fast-check builds (about 10 s and a heap that every
 * garbage collection walks) for each such string arbitrary just to recognise its own dangerous strings.
 * The unmapper does that recognition directly, so fast-check still injects them (__proto__, …).
 */
export const anyCodePoint: fc.Arbitrary<string> = fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp), codePointOf);
