// The register's partner and sponsoring officer filters are typed, not picked from a list of every one
// (the list of partner organisations was 500 options and 43% of the page's bytes; the council's officers
// were 200 more, and a partner's representative had no business reading them). What was typed is matched
// against those the user may see; this decides what the match means. Pure: the repository finds the
// candidates, the page shows the outcome.
import { fold } from '../search/normalise.ts';

export interface Candidate {
  id: string;
  name: string;
}

/** What is being chosen, in words: "partner organisation", "partner organisations". */
export interface Noun {
  one: string;
  many: string;
}

export const PARTNER: Noun = { one: 'partner organisation', many: 'partner organisations' };
export const SPONSOR: Noun = { one: 'sponsoring officer', many: 'sponsoring officers' };

/** At most this many candidates are shown when what was typed matches several. */
export const SUGGESTIONS = 10;
/** Longest name that can be typed: the register's own limit on names. */
export const TYPED_MAX = 200;

export type TypedChoice =
  | { kind: 'chosen'; chosen: Candidate }
  | { kind: 'none-match'; typed: string; message: string }
  | { kind: 'several-match'; typed: string; message: string; candidates: readonly Candidate[]; more: boolean };

/**
 * `candidates` are those whose folded name contains the folded text, in name order, up to SUGGESTIONS + 1
 * (so "more than shown" can be said). A name typed in full (any case or accents) chooses that one even
 * when it is part of longer names; a text matching one chooses it.
 */
export function resolveTypedChoice(noun: Noun, typed: string, candidates: readonly Candidate[]): TypedChoice {
  const folded = fold(typed.trim());
  const exact = candidates.filter((c) => fold(c.name) === folded);
  if (exact.length === 1) return { kind: 'chosen', chosen: exact[0]! };
  if (candidates.length === 1) return { kind: 'chosen', chosen: candidates[0]! };
  const shown = typed.trim();
  if (candidates.length === 0) {
    return { kind: 'none-match', typed: shown, message: `No ${noun.one} matches “${shown}”: check the spelling, or type less of the name` };
  }
  const more = candidates.length > SUGGESTIONS;
  return {
    kind: 'several-match',
    typed: shown,
    message: `${more ? `More than ${SUGGESTIONS}` : candidates.length} ${noun.many} match “${shown}”: choose one below, or type more of the name`,
    candidates: candidates.slice(0, SUGGESTIONS),
    more,
  };
}
