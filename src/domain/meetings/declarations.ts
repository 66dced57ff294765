// R-2.13: an interest declared at an agenda item and what followed: whether it removes the member from the
// item's vote and quorum. A pecuniary or prejudicial interest without a dispensation in force does; so
// does leaving the room, whatever the interest. The quorum and the vote read the result through
// ItemAttendance.excluded, so the two cannot disagree.
import { dateInWords } from '../decisions/notice.ts';

export const DECLARATION_KINDS = ['pecuniary', 'prejudicial', 'other'] as const;
export type DeclarationKind = (typeof DECLARATION_KINDS)[number];
export const DECLARATION_KIND_LABELS: Readonly<Record<DeclarationKind, string>> = {
  pecuniary: 'Disclosable pecuniary interest',
  prejudicial: 'Prejudicial interest',
  other: 'Other interest',
};

export const CONSEQUENCES = ['left-the-room', 'did-not-vote', 'dispensation', 'took-part'] as const;
export type Consequence = (typeof CONSEQUENCES)[number];
export const CONSEQUENCE_LABELS: Readonly<Record<Consequence, string>> = {
  'left-the-room': 'Left the room for the item',
  'did-not-vote': 'Stayed but did not vote',
  dispensation: 'Took part under a dispensation',
  'took-part': 'Took part (the interest does not prevent it)',
};

export interface Declaration {
  personId: string;
  name: string;
  kind: DeclarationKind;
  consequence: Consequence;
  dispensationBy: string | null;
  /** yyyy-mm-dd: the last day the dispensation is in force; null for none given. */
  dispensationUntil: string | null;
}

export interface DeclarationEffect {
  personId: string;
  /** Removed from the item's vote and quorum. */
  excluded: boolean;
  /** May not vote on the item, though counted as present where not excluded (stayed, an other interest). */
  mayNotVote: boolean;
  explanation: string;
  /** Something the clerk should look at: a member who took part without a dispensation they needed. */
  warning: string | null;
  clause: 'R-2.13';
}

/** The kind in a sentence, with its article: "declared a prejudicial interest", "declared another interest". */
const IN_A_SENTENCE: Readonly<Record<DeclarationKind, string>> = {
  pecuniary: 'a disclosable pecuniary interest',
  prejudicial: 'a prejudicial interest',
  other: 'another interest (neither pecuniary nor prejudicial)',
};

const restricting = (k: DeclarationKind): boolean => k === 'pecuniary' || k === 'prejudicial';

/** R-2.13: what one declaration at an item held on `heldOn` does to the member's part in it. */
export function effectOf(d: Declaration, heldOn: string): DeclarationEffect {
  const kind = IN_A_SENTENCE[d.kind];
  const base = { personId: d.personId, clause: 'R-2.13' as const, warning: null };
  if (d.consequence === 'left-the-room') {
    return { ...base, excluded: true, mayNotVote: true, explanation: `${d.name} declared ${kind} and left the room: not counted towards the item’s quorum or vote (R-2.13)` };
  }
  const inForce = d.consequence === 'dispensation' && d.dispensationBy !== null && (d.dispensationUntil === null || d.dispensationUntil >= heldOn);
  if (restricting(d.kind) && !inForce) {
    const why =
      d.consequence === 'dispensation'
        ? `the dispensation ${d.dispensationBy ? `granted by ${d.dispensationBy} ` : ''}${d.dispensationUntil ? `ended on ${dateInWords(d.dispensationUntil)}` : 'names no one who granted it'}`
        : 'there is no dispensation';
    const warning = d.consequence === 'did-not-vote' ? null : `${d.name} took part in the item with ${kind} and ${why}: their vote is not counted (R-2.13)`;
    return { ...base, excluded: true, mayNotVote: true, warning, explanation: `${d.name} declared ${kind} and ${why}: not counted towards the item’s quorum or vote (R-2.13)` };
  }
  if (d.consequence === 'dispensation') {
    const until = d.dispensationUntil ? ` until ${dateInWords(d.dispensationUntil)}` : '';
    return { ...base, excluded: false, mayNotVote: false, explanation: `${d.name} declared ${kind} and took part under a dispensation granted by ${d.dispensationBy}${until} (R-2.13)` };
  }
  if (d.consequence === 'did-not-vote') {
    return { ...base, excluded: false, mayNotVote: true, explanation: `${d.name} declared ${kind} and stayed without voting: counted towards the quorum, not the vote (R-2.13)` };
  }
  return { ...base, excluded: false, mayNotVote: false, explanation: `${d.name} declared ${kind} and took part, as it allows (R-2.13)` };
}

/** R-2.13: the seats an item's declarations remove from its vote and quorum. */
export function excludedBy(declarations: readonly Declaration[], heldOn: string): Set<string> {
  return new Set(declarations.map((d) => effectOf(d, heldOn)).filter((e) => e.excluded).map((e) => e.personId));
}

/**
 * R-2.13: votes recorded for members who declared an interest and stayed without voting: counted present,
 * so the quorum has them, but a vote of theirs cannot be right. Each at the member's vote.
 */
export function votesBarred(declarations: readonly Declaration[], heldOn: string, voted: Iterable<string>): Array<{ field: string; message: string }> {
  const votedBy = new Set(voted);
  return declarations
    .filter((d) => votedBy.has(d.personId))
    .filter((d) => {
      const e = effectOf(d, heldOn);
      return e.mayNotVote && !e.excluded;
    })
    .map((d) => ({ field: `vote-${d.personId}`, message: `${d.name} declared an interest and stayed without voting: record no vote for them (R-2.13)` }));
}

/** R-2.13: what a declaration's answers must keep: a dispensation names who granted it. */
export function declarationProblems(d: Partial<Omit<Declaration, 'name'>>): Array<{ field: string; message: string }> {
  const problems: Array<{ field: string; message: string }> = [];
  if (d.consequence === 'dispensation' && !d.dispensationBy) problems.push({ field: 'dispensationBy', message: 'Enter who granted the dispensation (R-2.13)' });
  if (d.consequence !== undefined && d.consequence !== 'dispensation' && (d.dispensationBy || d.dispensationUntil)) {
    problems.push({ field: 'consequence', message: 'A dispensation is recorded only when the member took part under one: select that, or leave the dispensation blank' });
  }
  if (d.consequence === 'took-part' && d.kind && restricting(d.kind)) {
    problems.push({ field: 'consequence', message: 'A member with a pecuniary or prejudicial interest takes part only under a dispensation: select what happened (R-2.13)' });
  }
  return problems;
}
