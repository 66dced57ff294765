// R-2.4b: how alike two partnerships' words are, in a way a person can check. Text is folded as the
// register's search folds it (case, accents), common words are left out, and the measure is the
// overlap coefficient of the words left: shared words over the shorter text's words. The words shared,
// as two-word phrases where both texts have the phrase, are the reason shown.
import { fold } from '../search/normalise.ts';

/** Words too common to say two partnerships are alike: English ones and the register's own. */
const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a about across all also an and any are as at be been being between both but by can could do does each for from ' +
    'has have how in into is it its more most new not of on or other our out over so such than that the their them ' +
    'these they this those through to up us was we well were what when where which who will with within would ' +
    // Words nearly every partnership of a council uses.
    'borough council councils partner partners partnership partnerships local area areas residents ' +
    'service services support provide deliver delivery improve improved better work working joint join together ' +
    // Counts and periods, and a company's suffix.
    'one two three four five six seven eight nine ten per year years month months week weeks under ltd limited'
  ).split(' '),
);

/** A word shorter than this, or only digits, says nothing about what a partnership does. */
const MIN_WORD_LENGTH = 3;

export interface TextWords {
  /** The distinct content words, folded. */
  words: ReadonlySet<string>;
  /** Each pair of content words next to each other in the text, folded, as "mental health". */
  phrases: ReadonlySet<string>;
  /** The content words and phrases in the order the text has them, first appearance only. */
  ordered: readonly string[];
}

const CLAUSE_BREAK = /[.,;:!?()[\]\n\r]+/;

function isContentWord(word: string): boolean {
  return word.length >= MIN_WORD_LENGTH && !/^\p{N}+$/u.test(word) && !STOP_WORDS.has(word);
}

/** The words of a text that can show two partnerships are alike; `ignore` (folded) are not counted either. */
export function textWords(text: string, ignore: ReadonlySet<string> = new Set()): TextWords {
  const words = new Set<string>();
  const phrases = new Set<string>();
  const ordered: string[] = [];
  // A phrase does not run across a full stop, a comma or a line (the name, purpose and outcomes).
  for (const clause of fold(text).split(CLAUSE_BREAK)) {
    const sequence = clause.match(/[\p{L}\p{N}]+/gu) ?? [];
    const isContent = (word: string) => isContentWord(word) && !ignore.has(word);
    sequence.forEach((word, i) => {
      if (!isContent(word)) return;
      const previous = sequence[i - 1];
      if (previous !== undefined && isContent(previous)) {
        const phrase = `${previous} ${word}`;
        if (!phrases.has(phrase)) ordered.push(phrase);
        phrases.add(phrase);
      }
      if (!words.has(word)) ordered.push(word);
      words.add(word);
    });
  }
  return { words, phrases, ordered };
}

export interface TextSimilarity {
  /** Shared words over the shorter text's words, 0 to 1. */
  similarity: number;
  sharedWords: number;
  /** What to show: shared phrases, then shared words no phrase shown holds, in `a`'s order. */
  terms: string[];
}

/** How alike `a` and `b` are (R-2.4b), and the words that make them so. */
export function textSimilarity(a: TextWords, b: TextWords, maxTerms: number): TextSimilarity {
  const shared = [...a.words].filter((w) => b.words.has(w));
  const shorter = Math.min(a.words.size, b.words.size);
  const similarity = shorter === 0 ? 0 : shared.length / shorter;
  const phrases = a.ordered.filter((t) => a.phrases.has(t) && b.phrases.has(t));
  const inPhrase = new Set(phrases.flatMap((p) => p.split(' ')));
  const words = a.ordered.filter((t) => !a.phrases.has(t) && b.words.has(t) && !inPhrase.has(t));
  return { similarity, sharedWords: shared.length, terms: [...phrases, ...words].slice(0, maxTerms) };
}
