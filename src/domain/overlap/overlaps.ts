// R-2.4b "avoid isolation and duplication": which existing partnerships overlap a partnership, in
// purpose (its words), partners (organisations other than the council) or corporate priorities, ranked,
// each with why in words, so duplication is seen before approval. Pure: the app reads the register.
import type { Status } from '../register/vocabulary.ts';
import { tokens } from '../search/normalise.ts';
import { textSimilarity, textWords } from './similar-text.ts';

/** How many overlaps are shown: the strongest; the rest are weaker still. */
export const OVERLAP_LIMIT = 5;
/** Text counts as similar from this overlap coefficient (shared words over the shorter text's)… */
export const MIN_TEXT_SIMILARITY = 0.2;
/** …and with at least this many shared words, so two short texts sharing one word are not "similar". */
export const MIN_SHARED_WORDS = 2;
/** How many shared words or phrases a reason names. */
export const MAX_REASON_TERMS = 5;
/** The score: a shared partner weighs most, a shared priority least (a council has few priorities)… */
export const PARTNER_WEIGHT = 3;
export const PRIORITY_WEIGHT = 1;
/** …and text counts its similarity times this (identical words: as much as three shared partners). */
export const TEXT_WEIGHT = 9;
/** Partnerships that ended or never started are still worth seeing (why did it end?), ranked lower. */
export const ENDED_FACTOR = 0.5;
const ENDED: Readonly<Partial<Record<Status, string>>> = {
  dissolved: 'Dissolved: ranked lower, as it has ended',
  rejected: 'Rejected: ranked lower, as it was not approved',
  'not-applicable': 'Screened out: ranked lower, as the protocol does not apply to it',
};
/** Withdrawn ones were entered by mistake (decision 24): not partnerships to duplicate, never shown. */
const IGNORED: ReadonlySet<Status> = new Set(['withdrawn']);
/** Until it is approved, the overlaps are a warning to read before the decision (R-2.4b "when proposed"). */
export const OVERLAP_WARNING_STATUSES: ReadonlySet<Status> = new Set(['proposed', 'screened', 'business-case', 'awaiting-approval']);

export interface OverlapCandidate {
  id: string;
  name: string;
  purpose: string;
  expectedOutcomes: string;
  partners: ReadonlyArray<{ id: string; name: string; isThisCouncil: boolean }>;
  priorities: ReadonlyArray<{ id: string; title: string }>;
}

export interface OverlapOther {
  id: string;
  reference: string;
  name: string;
  purpose: string;
  expectedOutcomes: string;
  status: Status;
  /** Its partners' organisation ids: all of them, or only those the candidate has too. */
  partnerIds: readonly string[];
  /** Its priorities' ids: all, or only the candidate's. */
  priorityIds: readonly string[];
  /**
   * False when the register's word index (`indexedWords`) shows it shares fewer than MIN_SHARED_WORDS of
   * the candidate's words: its text cannot be similar, so it is not compared (the costly part of the rule).
   */
  mayShareWords?: boolean;
}

export interface Overlap {
  id: string;
  reference: string;
  name: string;
  status: Status;
  score: number;
  /** Why it matched, in words: "Shares 2 partners: Thameside NHS Trust, Riverside College". */
  reasons: string[];
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);
/** The text compared: what it is called, what it is for and what it should achieve (2.1). */
const textOf = (p: { name: string; purpose: string; expectedOutcomes: string }) => `${p.name}\n${p.purpose}\n${p.expectedOutcomes}`;

/** The words of a partnership the register indexes (R-2.4b), so the others sharing a candidate's are found in SQL. */
export function indexedWords(p: { name: string; purpose: string; expectedOutcomes: string }): string[] {
  return [...textWords(textOf(p)).words];
}

// The words of the council's own name say nothing ("Brackenford" in "Brackenford Leisure Partnership").
const councilWordsOf = (candidate: OverlapCandidate) => new Set(candidate.partners.filter((x) => x.isThisCouncil).flatMap((x) => tokens(x.name)));

/** The candidate's words that count: another partnership sharing MIN_SHARED_WORDS of them may be similar in purpose. */
export function candidateWords(candidate: OverlapCandidate): string[] {
  return [...textWords(textOf(candidate), councilWordsOf(candidate)).words];
}

/** The partnerships that overlap `candidate` (R-2.4b), strongest first, at most `limit`. */
export function findOverlaps(candidate: OverlapCandidate, others: readonly OverlapOther[], limit = OVERLAP_LIMIT): Overlap[] {
  // Every partnership has the council as a partner: sharing it says nothing.
  const partners = candidate.partners.filter((x) => !x.isThisCouncil);
  const councilWords = councilWordsOf(candidate);
  const words = textWords(textOf(candidate), councilWords);
  const found: Overlap[] = [];
  for (const other of others) {
    if (other.id === candidate.id || IGNORED.has(other.status)) continue;
    const reasons: string[] = [];
    let score = 0;
    const sharedPartners = partners.filter((x) => other.partnerIds.includes(x.id));
    if (sharedPartners.length > 0) {
      reasons.push(`Shares ${plural(sharedPartners.length, 'a partner', 'partners')}: ${sharedPartners.map((x) => x.name).join(', ')}`);
      score += PARTNER_WEIGHT * sharedPartners.length;
    }
    const sharedPriorities = candidate.priorities.filter((x) => other.priorityIds.includes(x.id));
    if (sharedPriorities.length > 0) {
      reasons.push(`Serves the same ${plural(sharedPriorities.length, 'corporate priority', 'corporate priorities')}: ${sharedPriorities.map((x) => x.title).join(', ')}`);
      score += PRIORITY_WEIGHT * sharedPriorities.length;
    }
    const text = other.mayShareWords === false ? null : textSimilarity(words, textWords(textOf(other), councilWords), MAX_REASON_TERMS);
    if (text && text.sharedWords >= MIN_SHARED_WORDS && text.similarity >= MIN_TEXT_SIMILARITY) {
      reasons.push(`Similar purpose: ${text.terms.map((t) => `‘${t}’`).join(', ')}`);
      score += TEXT_WEIGHT * text.similarity;
    }
    if (reasons.length === 0) continue;
    const ended = ENDED[other.status];
    if (ended) {
      reasons.push(ended);
      score *= ENDED_FACTOR;
    }
    found.push({ id: other.id, reference: other.reference, name: other.name, status: other.status, score: Math.round(score * 100) / 100, reasons });
  }
  return found.sort((a, b) => b.score - a.score || a.reference.localeCompare(b.reference)).slice(0, limit);
}
