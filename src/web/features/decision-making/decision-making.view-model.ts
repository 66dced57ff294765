// The Decision making page's words (R-2.8a, R-2.8b): the seats counted, each voting rule and the quorum
// as the evaluators word them, and a check's result as the domain explained it.
import type { DecisionRulesView } from '../../../app/queries/decision-rules.queries.ts';
import type { DecisionCheck } from '../../../domain/decisions/check.ts';
import { methodInWords, OUTCOME_LABELS } from '../../../domain/decisions/outcome.ts';
import { quorumOf } from '../../../domain/decisions/quorum.ts';
import { DECISION_TYPE_LABELS, SEAT_STATUS_LABELS, votes, type Attendance } from '../../../domain/decisions/rules.ts';
import { toVotingRule } from '../../../domain/decisions/records.ts';

/** A sentence from the evaluators' words, which start in lower case to be read inside others. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function decisionRulesPage(v: DecisionRulesView) {
  const voting = v.seats.filter((s) => votes(s.status));
  const partners = new Set(voting.map((s) => s.organisationId));
  // The quorum as it stands with every seat filled: what the rule needs of this board.
  const everyone = quorumOf(v.rules.quorum, v.rules.seats, { attendance: new Map(v.seats.map((s) => [s.personId, 'present' as Attendance])), excluded: new Set() });
  return {
    seats: {
      summary: v.seats.length
        ? `${plural(v.seats.length, 'member')}: ${plural(voting.length, 'voting member')} for ${plural(partners.size, 'partner')}${v.seats.length > voting.length ? `, ${v.seats.length - voting.length} who do not vote` : ''}`
        : null,
      rows: v.seats.map((s) => ({ name: s.name, partner: s.partnerName, status: SEAT_STATUS_LABELS[s.status], weight: s.weight, substitute: s.substituteName })),
      weighted: v.seats.some((s) => s.weight !== 1),
    },
    votingRules: v.votingRules.map((r) => ({ key: { text: DECISION_TYPE_LABELS[r.decisionType] }, value: { text: sentence(methodInWords(toVotingRule(r))) } })),
    hasOrdinaryRule: v.votingRules.some((r) => r.decisionType === 'ordinary'),
    quorum: v.quorum.length ? { rule: sentence(everyone.rule), required: everyone.required } : null,
  };
}

export const OUTCOME_TAGS: Readonly<Record<string, string>> = {
  carried: 'govuk-tag--green',
  'carried-on-casting-vote': 'govuk-tag--green',
  'carried-by-lot': 'govuk-tag--green',
  lost: 'govuk-tag--red',
  'lost-on-casting-vote': 'govuk-tag--red',
  'lost-on-tie': 'govuk-tag--red',
  'lost-by-lot': 'govuk-tag--red',
  'tied-awaiting-lot': 'govuk-tag--yellow',
  invalid: 'govuk-tag--orange',
};

/** A check's result, as the page shows it: the domain's own explanations, with their clauses. */
export function checkResultView(c: DecisionCheck) {
  return {
    quorum: { quorate: c.quorum.quorate, explanation: c.quorum.explanation, clause: c.quorum.clause, conditions: c.quorum.conditions.map((x) => ({ met: x.met, text: x.explanation })) },
    rule: c.rule ? c.rule.why : null,
    outcome: c.outcome
      ? { label: OUTCOME_LABELS[c.outcome.outcome], tag: OUTCOME_TAGS[c.outcome.outcome] ?? '', explanation: c.outcome.explanation, problems: c.outcome.problems, method: c.outcome.method, clause: c.outcome.clause }
      : null,
    noRule: c.noRule,
  };
}
