// POST /api/v1/decision-rules/evaluate: "would this be quorate, and would it carry?" on the API, for the
// partnership's own decision rules (partnershipId) or for rules given in the request, saving nothing.
// The rules given are read by the record kinds' own schemas and rules, and the facts by the same reader as
// the Check a decision page (domain/decisions/facts.ts), so the API, the page and a meeting agree.
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { decisionRulesFor } from '../../app/queries/decision-rules.queries.ts';
import { quorum as quorumKind, votingRules as votingRulesKind } from '../../app/records/index.ts';
import { checkDecision, type DecisionRules } from '../../domain/decisions/check.ts';
import { CASTING_CHOICES, LOT_CHOICES, readFacts } from '../../domain/decisions/facts.ts';
import { OUTCOMES } from '../../domain/decisions/outcome.ts';
import { quorumConditionProblems, toQuorumCondition, toVotingRule, votingRuleProblems, type QuorumConditionRecordInput, type VotingRuleRecordInput } from '../../domain/decisions/records.ts';
import { ATTENDANCES, DECISION_TYPES, SEAT_STATUSES, VOTE_CHOICES, type Seat } from '../../domain/decisions/rules.ts';
import { principalOf } from '../context.ts';
import type { ApiOperation } from './openapi.ts';
import { invalidRequest, ruleBroken, zodProblems, type FieldProblem } from './problem.ts';
import { idOut, requestComponent, responseComponent } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });
const seatKey = described(z.string().min(1).max(100), 'A seat: the member’s person id for a partnership’s own rules, or the id given to the seat in rules.');

const seatIn = z.strictObject({
  id: seatKey,
  name: described(z.string().min(1).max(200), 'The member’s name, as explanations say it.'),
  partnerId: described(z.string().min(1).max(100), 'The partner the seat is for (any key: seats with the same one are of the same partner).'),
  partnerName: described(z.string().min(1).max(200), 'The partner’s name.').optional(),
  status: z.enum(SEAT_STATUSES),
  weight: described(z.number().int().min(1).max(1000), 'Votes the seat carries; 1 when left out.').optional(),
  substituteName: described(z.string().min(1).max(200), 'A named substitute, who may attend in the member’s place.').nullable().optional(),
});

const rulesIn = z.strictObject({
  seats: z.array(seatIn).max(500),
  votingRules: described(z.array(z.unknown()).max(DECISION_TYPES.length), 'Voting rules, each as POST /api/v1/partnerships/{id}/voting-rules takes one (VotingRuleInput).'),
  quorum: described(z.array(z.unknown()).max(6), 'Quorum conditions, each as POST /api/v1/partnerships/{id}/quorum takes one (QuorumConditionInput); all are met at once.'),
});

const evaluateIn = requestComponent(
  z.strictObject({
    partnershipId: described(idOut, 'Decide by this partnership’s own rules. Give this or rules, not both.').optional(),
    on: described(z.iso.date(), 'With partnershipId: decide by the rules in force on this day (R-2.7(n)), yyyy-mm-dd; the rules kept now when left out.').optional(),
    rules: described(rulesIn, 'Decide by these rules instead, as a partnership would keep them.').optional(),
    decisionType: z.enum(DECISION_TYPES),
    attendance: described(z.array(z.strictObject({ seat: seatKey, attendance: z.enum(ATTENDANCES) })).max(500), 'Every seat’s attendance: present, substitute (its named substitute present), apologies or absent.'),
    excluded: described(z.array(seatKey).max(500), 'Seats whose member has declared a prejudicial or pecuniary interest without dispensation (R-2.13): out of the item’s vote and quorum.').optional(),
    votes: described(z.array(z.strictObject({ seat: seatKey, vote: z.enum(VOTE_CHOICES) })).max(500), 'Votes by name. Leave out for a show of hands (counted).').optional(),
    counted: described(
      z.strictObject({ for: z.number().int().min(0).max(100000), against: z.number().int().min(0).max(100000), abstain: z.number().int().min(0).max(100000).optional() }),
      'Votes counted on a show of hands, instead of by name.',
    ).optional(),
    consensusReached: described(z.boolean(), 'For a consensus rule: whether it was reached.').optional(),
    castingVote: z.enum(CASTING_CHOICES).optional(),
    lot: described(z.enum(LOT_CHOICES), 'Where the rules decide a tie by lot: what it decided.').optional(),
  }),
  { id: 'DecisionCheckRequest', description: 'The rules (a partnership’s, or given) and the facts of one item: attendance, interests and votes.' },
);

const conditionOut = z.strictObject({ met: z.boolean(), required: z.number().int(), counted: z.number().int(), rule: z.string(), explanation: z.string() });
responseComponent(
  z.strictObject({
    quorum: described(
      z.strictObject({
        quorate: z.boolean(),
        present: described(z.number().int(), 'Voting members counted.'),
        required: described(z.number().int(), 'The most members any condition needs.'),
        rule: described(z.string(), 'The quorum in words.'),
        explanation: described(z.string(), 'A sentence a clerk can read out.'),
        conditions: z.array(conditionOut),
        excluded: described(z.array(z.string()), 'Names of voting members present but excluded by an interest.'),
        clause: z.literal('R-2.8b'),
      }),
      'R-2.8b: whether the item is quorate, and why.',
    ),
    rule: described(z.strictObject({ decisionType: z.enum(DECISION_TYPES), why: z.string() }).nullable(), 'The voting rule that decides it, and why that one; null when none is recorded.'),
    outcome: described(
      z
        .strictObject({
          outcome: z.enum(OUTCOMES),
          valid: z.boolean(),
          for: z.number(),
          against: z.number(),
          abstain: z.number(),
          needed: z.number().nullable(),
          method: described(z.string(), 'The rule in words.'),
          explanation: described(z.string(), 'A sentence a clerk can read out.'),
          problems: described(z.array(z.string()), 'Why it is invalid: inquorate, ineligible voters, a casting vote the rules do not give.'),
          clause: z.literal('R-2.8a'),
        })
        .nullable(),
      'R-2.8a: the outcome; null when there is no rule to decide by (noRule says so).',
    ),
    noRule: z.string().nullable(),
  }),
  { id: 'DecisionCheck', description: 'The computed quorum and outcome of one item, with the explanations (R-2.8a, R-2.8b).' },
);

/**
 * Rules given in the request, each voting rule and condition read as its record kind reads one: what
 * does not match a kind's schema is `shape` (400), what breaks its rules `broken` (422).
 */
function givenRules(given: z.infer<typeof rulesIn>): { rules: DecisionRules; shape: FieldProblem[]; broken: FieldProblem[] } {
  const shape: FieldProblem[] = [];
  const broken: FieldProblem[] = [];
  const seats: Seat[] = given.seats.map((s) => ({ id: s.id, name: s.name, partnerId: s.partnerId, partnerName: s.partnerName ?? s.partnerId, status: s.status, weight: s.weight ?? 1, substituteName: s.substituteName ?? null }));
  if (new Set(seats.map((s) => s.id)).size !== seats.length) broken.push({ field: 'rules.seats', message: 'Each seat’s id must be different' });
  const read = <I extends object>(items: readonly unknown[], schema: z.ZodType<I>, at: string, rulesOf: (kept: readonly I[], value: I) => Array<{ field: string; message: string }>): I[] => {
    const kept: I[] = [];
    items.forEach((item, i) => {
      const parsed = schema.safeParse(item);
      if (!parsed.success) {
        shape.push(...zodProblems(parsed.error).map((p) => ({ ...p, field: `${at}[${i}].${p.field}` })));
        return;
      }
      const problems = rulesOf(kept, parsed.data);
      broken.push(...problems.map((p) => ({ field: `${at}[${i}].${p.field}`, message: p.message })));
      if (!problems.length) kept.push(parsed.data);
    });
    return kept;
  };
  // A lead partner's casting vote needs a lead partner: given rules name no partners' roles, so it is taken as given.
  const voting = read(given.votingRules, votingRulesKind.schema as unknown as z.ZodType<VotingRuleRecordInput>, 'rules.votingRules', (kept, v) => votingRuleProblems(kept, { kind: 'add', value: v }, true));
  const quorum = read(given.quorum, quorumKind.schema as unknown as z.ZodType<QuorumConditionRecordInput>, 'rules.quorum', (kept, c) => quorumConditionProblems(kept, { kind: 'add', value: c }));
  return { rules: { seats, votingRules: voting.map(toVotingRule), quorum: quorum.map(toQuorumCondition) }, shape, broken };
}

type EvaluateBody = z.infer<typeof evaluateIn>;

/** Each list of seats names seats of the rules, each once: a problem at the row (attendance.2.seat). */
function seatListProblems(seats: readonly Seat[], body: EvaluateBody): FieldProblem[] {
  const known = new Set(seats.map((s) => s.id));
  const problems: FieldProblem[] = [];
  const check = (list: readonly string[], at: (i: number) => string, what: string) => {
    const seen = new Set<string>();
    list.forEach((seat, i) => {
      if (!known.has(seat)) problems.push({ field: at(i), message: `${seat} is not a seat of the rules` });
      else if (seen.has(seat)) problems.push({ field: at(i), message: `Each seat’s ${what} once: ${seat} is given twice` });
      seen.add(seat);
    });
  };
  check(body.attendance.map((a) => a.seat), (i) => `attendance.${i}.seat`, 'attendance');
  check((body.votes ?? []).map((v) => v.seat), (i) => `votes.${i}.seat`, 'vote');
  check(body.excluded ?? [], (i) => `excluded.${i}`, 'exclusion');
  return problems;
}

/** A problem of the facts (at the page's field: attendance-<seat>, vote-<seat>, counted-for) at the body's field. */
function bodyFieldOf(body: EvaluateBody, field: string): string {
  const seat = /^(attendance|vote)-(.+)$/.exec(field);
  if (seat?.[1] === 'attendance') {
    const i = body.attendance.findIndex((a) => a.seat === seat[2]);
    return i === -1 ? 'attendance' : `attendance.${i}.attendance`;
  }
  if (seat?.[1] === 'vote') {
    const i = (body.votes ?? []).findIndex((v) => v.seat === seat[2]);
    return i === -1 ? 'votes' : `votes.${i}.vote`;
  }
  return field.replace(/^counted-/, 'counted.');
}

export function decisionRuleOperations(deps: AppDeps): ApiOperation[] {
  return [
    {
      method: 'POST',
      path: '/api/v1/decision-rules/evaluate',
      operationId: 'evaluateDecision',
      tag: 'Decision making',
      summary: 'Check a decision: would it be quorate, and would it carry?',
      description:
        'Computes, saving nothing, whether one item is quorate (R-2.8b) and the outcome of its motion (R-2.8a) under a partnership’s own decision rules (partnershipId: its member seats, voting rules and quorum) or rules given in the request, from attendance, interests (R-2.13) and votes. The same functions decide a meeting’s items and the Check a decision page, so they never disagree. A type of decision without a rule of its own is decided by the rule for ordinary business.',
      access: 'register.view',
      requestBody: {
        component: 'DecisionCheckRequest',
        description: 'The rules, and the facts of one item.',
        example: {
          rules: {
            seats: [
              { id: 'a', name: 'Cllr A. Patel', partnerId: 'council', status: 'voting', substituteName: 'Cllr B. Jones' },
              { id: 'b', name: 'Dr C. Osei', partnerId: 'nhs', status: 'voting' },
              { id: 'c', name: 'D. Wright', partnerId: 'college', status: 'voting' },
            ],
            votingRules: [{ decisionType: 'ordinary', method: 'majority', abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' }],
            quorum: [{ kind: 'fraction', fraction: '2/3' }],
          },
          decisionType: 'ordinary',
          attendance: [
            { seat: 'a', attendance: 'substitute' },
            { seat: 'b', attendance: 'present' },
            { seat: 'c', attendance: 'apologies' },
          ],
          votes: [
            { seat: 'a', vote: 'for' },
            { seat: 'b', vote: 'against' },
          ],
          castingVote: 'chair-for',
        },
      },
      notFound: 'partnershipId names no partnership the token may see.',
      refusal: 'The request matches the schema, but the facts or the rules given break a rule: a seat’s attendance missing, a substitute where the seat names none, a seat that is not one of the rules’, a qualified majority with no share, one kind of quorum condition twice. errors says each, at its field.',
      responses: { '200': { description: 'The computed quorum and outcome, with their explanations.', component: 'DecisionCheck' } },
      handler: async (request) => {
        const parsed = evaluateIn.safeParse(request.body);
        if (!parsed.success) throw invalidRequest(zodProblems(parsed.error));
        const body = parsed.data;
        if ((body.partnershipId === undefined) === (body.rules === undefined)) {
          throw invalidRequest([{ field: 'partnershipId', message: 'Give partnershipId (its own rules) or rules, one of them' }]);
        }
        if (body.on !== undefined && body.rules !== undefined) throw invalidRequest([{ field: 'on', message: 'A day picks the version of a partnership’s own rules: give it with partnershipId, not with rules' }]);
        const { rules, shape, broken } = body.partnershipId
          ? { rules: (await decisionRulesFor(deps, principalOf(request), body.partnershipId, body.on)).rules, shape: [], broken: [] }
          : givenRules(body.rules!);
        const facts = readFacts(rules.seats, {
          decisionType: body.decisionType,
          attendance: Object.fromEntries(body.attendance.map((a) => [a.seat, a.attendance])),
          excluded: body.excluded ?? [],
          mode: body.counted ? 'counted' : 'named',
          votes: Object.fromEntries((body.votes ?? []).map((v) => [v.seat, v.vote])),
          counted: body.counted ?? {},
          consensusReached: body.consensusReached ?? false,
          castingVote: body.castingVote,
          lot: body.lot,
        });
        if (body.counted && body.votes?.length) broken.push({ field: 'votes', message: 'Give votes by name or counted, not both' });
        broken.push(...seatListProblems(rules.seats, body));
        // The page's fields (attendance-<seat>) are named for the body here, at the row that gives the seat.
        if (!facts.ok) broken.push(...facts.problems.filter((p) => p.field !== 'seats').map((p) => ({ field: bodyFieldOf(body, p.field), message: p.message })));
        // A rule given that does not match its kind's schema is a 400, with the rules broken beside it; the rest 422.
        if (shape.length) throw invalidRequest([...shape, ...broken]);
        if (broken.length || !facts.ok) throw ruleBroken(broken);
        const checked = checkDecision(rules, facts.item, facts.motion);
        return { quorum: checked.quorum, rule: checked.rule ? { decisionType: checked.rule.rule.decisionType, why: checked.rule.why } : null, outcome: checked.outcome, noRule: checked.noRule };
      },
    },
  ];
}
