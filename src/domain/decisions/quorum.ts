// R-2.8b: whether a meeting is quorate for an item, from the partnership's quorum rule and who is in each
// seat. Members count, not weights; a member excluded from the item by an interest does not count,
// but the body does not shrink: a fraction is always of all its voting seats.
import { ceilFraction, shareInWords } from './fraction.ts';
import { attends, countsForItem, listInWords, sitterName, votes, type ItemAttendance, type QuorumCondition, type Seat } from './rules.ts';

/**
 * One condition, met or not. `required` and `counted` are head-counts, so met is counted ≥ required: for
 * 'each-partner' required is the number times the partners and counted is the members present up to that
 * number from each; for 'partners' both count one member a partner.
 */
export interface QuorumConditionResult {
  met: boolean;
  required: number;
  counted: number;
  /** The condition in words, e.g. "one third of the 9 voting members, rounded up (3)". */
  rule: string;
  explanation: string;
}

export interface QuorumResult {
  quorate: boolean;
  /** Voting members counted. */
  present: number;
  /** The largest head-count any condition needs. */
  required: number;
  /** All the conditions in words joined by "; ", or "no quorum recorded". */
  rule: string;
  /** A sentence a clerk can read out. */
  explanation: string;
  conditions: QuorumConditionResult[];
  /** Names of voting members present but excluded by an interest. */
  excluded: string[];
  clause: 'R-2.8b';
}

const members = (n: number): string => `${n} voting member${n === 1 ? '' : 's'}`;
// "at least one from each", as a clerk says it; any other number as digits.
const atLeast = (n: number): string => `at least ${n === 1 ? 'one' : n}`;

interface Partner {
  name: string;
  counted: number;
}

interface Body {
  voting: number;
  present: number;
  /** Partners holding a voting seat, in the order their seats come. */
  partners: Partner[];
}

/** The fraction's share of the body, in words: "one third of the 10 voting members, rounded up". */
const share = (c: { fraction: { numerator: number; denominator: number } }, body: Body): string =>
  `${shareInWords(c.fraction)} of the ${members(body.voting)}, rounded up`;

/** A condition's head-count, its rule in words and, for the clerk's sentence, how the number was reached. */
function measure(c: QuorumCondition, body: Body): { required: number; counted: number; rule: string; detail: string } {
  switch (c.kind) {
    case 'number':
      return { required: c.number, counted: body.present, rule: members(c.number), detail: '' };
    case 'fraction': {
      const required = ceilFraction(c.fraction, body.voting);
      return { required, counted: body.present, rule: `${share(c, body)} (${required})`, detail: ` (${share(c, body)})` };
    }
    case 'larger':
    case 'smaller': {
      const part = ceilFraction(c.fraction, body.voting);
      const required = c.kind === 'larger' ? Math.max(part, c.number) : Math.min(part, c.number);
      const rule = `${share(c, body)} (${part}), or ${c.number}, whichever is ${c.kind}`;
      return { required, counted: body.present, rule, detail: ` (${share(c, body)}, or ${c.number}, whichever is ${c.kind})` };
    }
    case 'each-partner': {
      const counted = body.partners.reduce((sum, p) => sum + Math.min(p.counted, c.number), 0);
      const rule = `${atLeast(c.number)} voting member${c.number === 1 ? '' : 's'} from each of the ${body.partners.length} partners`;
      return { required: c.number * body.partners.length, counted, rule, detail: '' };
    }
    case 'partners': {
      const counted = body.partners.filter((p) => p.counted > 0).length;
      return { required: c.number, counted, rule: `voting members from at least ${c.number} partner${c.number === 1 ? '' : 's'}`, detail: '' };
    }
  }
}

/** Where a partner condition falls short: "none from Eastshire District Council and only 1 from Westshire Council". */
function shortfall(number: number, partners: readonly Partner[]): string {
  const short = partners.filter((p) => p.counted < number).map((p) => (p.counted === 0 ? `none from ${p.name}` : `only ${p.counted} from ${p.name}`));
  return listInWords(short);
}

function conditionResult(c: QuorumCondition, body: Body): QuorumConditionResult & { detail: string } {
  const m = measure(c, body);
  const met = m.counted >= m.required;
  let explanation: string;
  if (c.kind === 'each-partner') {
    explanation = met
      ? `Met: ${atLeast(c.number)} voting member${c.number === 1 ? '' : 's'} present from each of the ${body.partners.length} partners.`
      : `Not met: ${shortfall(c.number, body.partners)}; the rule requires ${atLeast(c.number)} from each partner.`;
  } else if (c.kind === 'partners') {
    explanation = `${met ? 'Met' : 'Not met'}: voting members present from ${m.counted} partner${m.counted === 1 ? '' : 's'}; the rule requires ${c.number}.`;
  } else {
    explanation = `${met ? 'Met' : 'Not met'}: ${members(body.present)} present; the rule requires ${m.required}${m.detail}.`;
  }
  return { met, required: m.required, counted: m.counted, rule: m.rule, explanation, detail: m.detail };
}

/**
 * R-2.8b: the quorum for one item. Quorate when every recorded condition is met at once and at least one
 * voting member is counted; with no condition recorded it cannot be shown quorate (R-2.8b requires one).
 */
export function quorumOf(conditions: readonly QuorumCondition[], seats: readonly Seat[], item: ItemAttendance): QuorumResult {
  // R-2.8a: only a seat that votes counts; a co-opted voting member counts as a voting member does.
  const voting = seats.filter((s) => votes(s.status));
  const counted = voting.filter((s) => countsForItem(s, item));
  // present, but removed from this item by a declared interest.
  const excluded = voting.filter((s) => attends(item.attendance.get(s.id)) && item.excluded.has(s.id)).map((s) => sitterName(s, item));
  const partners = new Map<string, Partner>();
  for (const s of voting) {
    const p = partners.get(s.partnerId) ?? { name: s.partnerName, counted: 0 };
    if (countsForItem(s, item)) p.counted += 1;
    partners.set(s.partnerId, p);
  }
  const body: Body = { voting: voting.length, present: counted.length, partners: [...partners.values()] };
  const presentText = body.present === 0 ? 'no voting members present' : `${members(body.present)} present`;
  const exclusions = excluded.length
    ? ` ${listInWords(excluded)} ${excluded.length === 1 ? 'is' : 'are'} excluded from this item by ${excluded.length === 1 ? 'a declared interest' : 'declared interests'}.`
    : '';

  if (conditions.length === 0) {
    return {
      quorate: false,
      present: body.present,
      required: 0,
      rule: 'no quorum recorded',
      explanation: `No quorum rule is recorded, so the meeting cannot be shown to be quorate: R-2.8b requires the partnership to record one. There ${body.present === 1 ? 'is' : 'are'} ${presentText}.${exclusions}`,
      conditions: [],
      excluded,
      clause: 'R-2.8b',
    };
  }

  const results = conditions.map((c) => conditionResult(c, body));
  const quorate = results.every((r) => r.met) && body.present > 0;
  const required = Math.max(...results.map((r) => r.required));

  // The sentence: what is present (and from which partners), then what the rule requires.
  let facts = '';
  let requires = '';
  conditions.forEach((c, i) => {
    const r = results[i]!;
    if (c.kind === 'partners') {
      facts = ` from ${r.counted} partner${r.counted === 1 ? '' : 's'}${facts}`;
      requires += ` from at least ${c.number} partner${c.number === 1 ? '' : 's'}`;
    } else if (c.kind === 'each-partner') {
      facts += r.met ? ` including ${atLeast(c.number)} from each of the ${body.partners.length} partners` : ` but ${shortfall(c.number, body.partners)}`;
      requires += ` with ${atLeast(c.number)} from each partner`;
    }
  });
  // How the largest head-count was reached, when a fraction reached it.
  const largest = results.find((r) => r.required === required && r.detail);
  const explanation = `${quorate ? 'Quorate' : 'Not quorate'}: ${presentText}${facts}; the rule requires ${required}${largest?.detail ?? ''}${requires}.${exclusions}`;

  return {
    quorate,
    present: body.present,
    required,
    rule: results.map((r) => r.rule).join('; '),
    explanation,
    conditions: results.map(({ detail: _detail, ...r }) => r),
    excluded,
    clause: 'R-2.8b',
  };
}
