// The register's partner filter is typed, not picked from a list of every partner organisation (that list
// was 500 options and 43% of the page's bytes). What was typed is matched against the partner
// organisations the user may see; this decides what the match means. Pure: the repository finds the
// candidates, the page shows the outcome.
import { fold } from '../search/normalise.ts';

export interface PartnerCandidate {
  id: string;
  name: string;
}

/** At most this many candidates are shown when what was typed matches several. */
export const PARTNER_SUGGESTIONS = 10;
/** Longest name that can be typed: the organisation register's own limit. */
export const PARTNER_TEXT_MAX = 200;

export type PartnerFilter =
  | { kind: 'chosen'; organisation: PartnerCandidate }
  | { kind: 'none-match'; typed: string; message: string }
  | { kind: 'several-match'; typed: string; message: string; candidates: readonly PartnerCandidate[]; more: boolean };

/**
 * `candidates` are the partner organisations whose folded name contains the folded text, in name order,
 * up to PARTNER_SUGGESTIONS + 1 (so "more than shown" can be said). A name typed in full (any case or
 * accents) chooses that organisation even when it is part of longer names; a text matching one chooses it.
 */
export function resolvePartnerFilter(typed: string, candidates: readonly PartnerCandidate[]): PartnerFilter {
  const folded = fold(typed.trim());
  const exact = candidates.filter((c) => fold(c.name) === folded);
  if (exact.length === 1) return { kind: 'chosen', organisation: exact[0]! };
  if (candidates.length === 1) return { kind: 'chosen', organisation: candidates[0]! };
  const shown = typed.trim();
  if (candidates.length === 0) {
    return { kind: 'none-match', typed: shown, message: `No partner organisation matches “${shown}”: check the spelling, or type less of the name` };
  }
  const more = candidates.length > PARTNER_SUGGESTIONS;
  return {
    kind: 'several-match',
    typed: shown,
    message: `${more ? `More than ${PARTNER_SUGGESTIONS}` : candidates.length} partner organisations match “${shown}”: choose one below, or type more of the name`,
    candidates: candidates.slice(0, PARTNER_SUGGESTIONS),
    more,
  };
}
