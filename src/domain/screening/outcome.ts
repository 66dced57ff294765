// Whether the protocol applies (section 1 and 2.2), from screening's answers: pure, so the pages, the API
// and the tests get the same outcome and the same reasons, each with its clause.
import type { Characteristic, Exclusion, Wellbeing } from './questions.ts';
import { CHARACTERISTICS, EXCLUSION_LETTERS, EXCLUSION_SHORT, EXCLUSIONS, SCREENING_WELLBEING as WELLBEING_ORDER } from './questions.ts';

/** What screening was told. */
export interface ScreeningAnswers {
  /** the council and at least one other organisation share responsibility for actions and outcomes. */
  sharedResponsibility: boolean;
  /** which well-being those outcomes improve; none is an answer too. */
  wellbeing: readonly Wellbeing[];
  /** recorded; they describe a partnership, none of them is needed. */
  characteristics: readonly Characteristic[];
  /** which exclusions describe it. */
  exclusions: readonly Exclusion[];
  /** R-2.2(a)'s qualifier: asked only when (a) describes it; null otherwise. */
  councilControlsThirdParty: boolean | null;
  note: string | null;
}

export interface ScreeningReason {
  /** Where in the protocol: "section 1", "2.2(b)". */
  clause: string;
  message: string;
}

export interface ScreeningOutcome {
  applies: boolean;
  reasons: ScreeningReason[];
}

const WELLBEING_WORDS: Readonly<Record<Wellbeing, string>> = { economic: 'economic', social: 'social', environmental: 'environmental' };

function andList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

const clauseOf = (e: Exclusion) => `2.2(${EXCLUSION_LETTERS[e]})`;

/**
 * R-1.1, R-2.2: the protocol applies when the council and another organisation share responsibility for
 * outcomes that improve at least one kind of well-being, and no exclusion of 2.2 describes it ((a) does
 * not when the council also controls strategic direction and significant decision making). Every reason
 * is given, in the protocol's order; R-1.2's characteristics are recorded and decide nothing.
 */
export function screeningOutcome(answers: ScreeningAnswers): ScreeningOutcome {
  const against: ScreeningReason[] = [];
  if (!answers.sharedResponsibility) {
    against.push({ clause: 'section 1', message: 'the council and at least one other organisation do not share responsibility for agreeing and delivering actions and outcomes' });
  }
  if (answers.wellbeing.length === 0) {
    against.push({ clause: 'section 1', message: 'it does not improve the economic, social or environmental well-being of people living in, working in or visiting the borough' });
  }
  const qualified = answers.exclusions.includes('commissioned-service') && answers.councilControlsThirdParty === true;
  for (const e of EXCLUSIONS) {
    if (!answers.exclusions.includes(e) || (e === 'commissioned-service' && qualified)) continue;
    against.push({ clause: clauseOf(e), message: EXCLUSION_SHORT[e] });
  }
  if (against.length) return { applies: false, reasons: against };

  const wellbeing = WELLBEING_ORDER.filter((w) => answers.wellbeing.includes(w)).map((w) => WELLBEING_WORDS[w]);
  const reasons: ScreeningReason[] = [
    { clause: 'section 1', message: `the council and at least one other organisation share responsibility for agreeing and delivering actions and outcomes that improve ${andList(wellbeing)} well-being` },
  ];
  if (qualified) {
    reasons.push({ clause: '2.2(a)', message: 'the council pays a third party to deliver services, but also controls its strategic direction and significant decision making, so 2.2(a) does not exclude it' });
  }
  reasons.push({ clause: '2.2', message: 'none of the exclusions of 2.2 applies' });
  return { applies: true, reasons };
}

/** The outcome in one sentence: "The protocol does not apply because 2.2(b): informal consultation group." */
export function outcomeSentence(outcome: ScreeningOutcome): string {
  const because = outcome.reasons.map((r) => `${r.clause}: ${r.message}`).join('; ');
  return outcome.applies ? `The protocol applies: ${outcome.reasons.map((r) => r.message).join('; ')}.` : `The protocol does not apply because ${because}.`;
}

/** Answers as kept: (a)'s qualifier only when (a) was chosen, lists in the protocol's order without repeats. */
export function normaliseAnswers(answers: ScreeningAnswers): ScreeningAnswers {
  const inOrder = <T extends string>(order: readonly T[], given: readonly T[]) => order.filter((v) => given.includes(v));
  const exclusions = inOrder(EXCLUSIONS, answers.exclusions);
  return {
    sharedResponsibility: answers.sharedResponsibility,
    wellbeing: inOrder(WELLBEING_ORDER, answers.wellbeing),
    characteristics: inOrder(CHARACTERISTICS, answers.characteristics),
    exclusions,
    councilControlsThirdParty: exclusions.includes('commissioned-service') ? answers.councilControlsThirdParty : null,
    note: answers.note?.trim() || null,
  };
}
