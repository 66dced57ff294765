// A partnership's voting rules as a kind of record (R-2.8a): for each type of decision, how the votes
// decide it (a simple or qualified majority, unanimity, or consensus with a fallback), whether abstentions
// count, who has a casting vote and what a tie decides without one. Every outcome is computed from these.
import { z } from 'zod';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { findVotingRule, insertVotingRule, listVotingRules, removeVotingRule, updateVotingRule } from '../../db/repositories/voting-rules.repo.ts';
import { parseFraction, fractionInWords } from '../../domain/decisions/fraction.ts';
import {
  ABSTENTIONS,
  FALLBACKS,
  VOTING_METHOD_LABELS,
  VOTING_METHODS,
  votingRuleProblems,
  type VotingRuleRecordInput,
} from '../../domain/decisions/records.ts';
import { CASTING_VOTES, DECISION_TYPE_LABELS, DECISION_TYPES, QUALIFIED_BASES, TIE_RULES } from '../../domain/decisions/rules.ts';
import { optionalText } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf } from './record-fields.ts';

/** A share typed as 2/3 or "two thirds", kept as "2/3"; blank is null. */
export function shareField(label: string) {
  return optionalText({ label, max: 40 })
    .optional()
    .transform((v, ctx) => {
      if (v === null || v === undefined) return null;
      const f = parseFraction(v);
      if (!f) {
        ctx.addIssue({ code: 'custom', message: `${label} must be a fraction like 2/3 or “two thirds”` });
        return z.NEVER;
      }
      return `${f.numerator}/${f.denominator}`;
    });
}

export const shareInWords = (value: unknown): string => {
  const f = typeof value === 'string' ? parseFraction(value) : null;
  return f ? fractionInWords(f) : '';
};

const METHOD_HINTS = {
  majority: 'More votes for than against, of those present and voting.',
  qualified: 'A share such as two thirds, of those present and voting or of all voting members.',
  unanimity: 'Every vote cast is for the motion.',
  consensus: 'Agreed without a vote; a fallback method decides when consensus is not reached.',
} as const;

const FALLBACK_LABELS = { majority: 'Simple majority', qualified: 'Qualified majority (the share below)', unanimity: 'Unanimity', none: 'None: the motion falls' } as const;
const BASE_LABELS = { 'present-and-voting': 'Of those present and voting', 'all-voting-members': 'Of all voting members' } as const;
const ABSTENTION_LABELS = { 'do-not-count': 'Abstentions do not count', count: 'Abstentions count among the votes' } as const;
const CASTING_LABELS = { none: 'No casting vote', chair: 'The chair has a casting vote', 'lead-partner': 'The lead partner has a casting vote' } as const;
const TIE_LABELS = { lost: 'The motion is lost', lot: 'It is decided by lot' } as const;

const schema = z.strictObject({
  decisionType: z.enum(DECISION_TYPES, { error: 'Select the type of decision' }),
  method: z.enum(VOTING_METHODS, { error: 'Select how the votes decide' }),
  // 'none' is asked on the form; it is kept as null (no fallback).
  fallback: z
    .enum(FALLBACKS, { error: 'Select the fallback, or None' })
    .nullable()
    .optional()
    .transform((v) => (v === 'none' || v === undefined ? null : v)),
  fraction: shareField('The share a qualified majority needs'),
  qualifiedBase: z
    .union([z.literal(''), z.enum(QUALIFIED_BASES)], { error: 'Select of whom the share is' })
    .nullable()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  abstentions: z.enum(ABSTENTIONS, { error: 'Select whether abstentions count' }),
  castingVote: z.enum(CASTING_VOTES, { error: 'Select who has a casting vote, or none' }),
  onTie: z.enum(TIE_RULES, { error: 'Select what a tie decides without a casting vote' }),
});

export const votingRules: RecordKind<VotingRuleRecordInput, VotingRuleRecordInput> = {
  type: 'voting-rule',
  segment: 'voting-rules',
  keyField: 'decisionType',
  keyShape: { pattern: /^[a-z]+(?:-[a-z]+){0,6}$/, description: 'The type of decision the rule is for: ordinary, financial-commitment, budget, …', example: 'ordinary' },
  area: 'decision-making',
  component: 'VotingRule',
  names: { one: 'voting rule', many: 'voting rules', add: 'Add a voting rule', heading: 'Voting rules' },
  clause: 'R-2.8a',
  fields: {
    decisionType: {
      label: 'Type of decision',
      hint: 'Ordinary business needs a rule; add others where the partners agreed a different rule for them.',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(DECISION_TYPES, DECISION_TYPE_LABELS) },
      key: true,
      list: true,
      api: 'R-2.8a: the type of decision the rule is for. Fixed once added.',
      example: 'ordinary',
    },
    method: {
      label: 'How the votes decide',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(VOTING_METHODS, VOTING_METHOD_LABELS, METHOD_HINTS) },
      list: true,
      api: 'R-2.8a: majority (of those present and voting), qualified (a share: see fraction and qualifiedBase), unanimity, or consensus (see fallback).',
      example: 'qualified',
    },
    fallback: {
      label: 'When consensus is not reached',
      hint: 'For consensus only: the method that then decides.',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(FALLBACKS, FALLBACK_LABELS) },
      words: (v) => (v ? FALLBACK_LABELS[v as keyof typeof FALLBACK_LABELS] ?? String(v) : FALLBACK_LABELS.none),
      api: 'R-2.8a: consensus only: majority, qualified or unanimity decides when consensus is not reached; null (send "none") when the motion then falls.',
      example: 'none',
    },
    fraction: {
      label: 'Share a qualified majority needs (optional)',
      hint: 'Needed for a qualified majority (or a qualified fallback), and only then: for example, 2/3 or three quarters.',
      clause: 'R-2.8a',
      input: { kind: 'text', width: 10 },
      list: true,
      words: shareInWords,
      api: 'R-2.8a: the share a qualified majority needs, as "2/3" (words such as "two thirds" are read too); null unless qualified.',
      example: '2/3',
    },
    qualifiedBase: {
      label: 'The share is',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(QUALIFIED_BASES, BASE_LABELS) },
      api: 'R-2.8a: present-and-voting or all-voting-members (entitled to vote on the item); null unless qualified.',
    },
    abstentions: {
      label: 'Abstentions',
      hint: 'Whether an abstention counts among the votes a majority is of.',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(ABSTENTIONS, ABSTENTION_LABELS) },
      api: 'R-2.8a: do-not-count (the usual) or count.',
    },
    castingVote: {
      label: 'Casting vote',
      hint: 'Who breaks a tie, where the rules give someone that vote.',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(CASTING_VOTES, CASTING_LABELS) },
      list: true,
      api: 'R-2.8a: none, chair, or lead-partner (needs a lead partner).',
      example: 'none',
    },
    onTie: {
      label: 'A tie without a casting vote',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(TIE_RULES, TIE_LABELS) },
      api: 'R-2.8a: lost, or lot (decided by lot, where the rules say so).',
    },
  },
  schema: schema as unknown as RecordKind<VotingRuleRecordInput, VotingRuleRecordInput>['schema'],
  keyOf: (r) => r.decisionType,
  title: (r) => DECISION_TYPE_LABELS[r.decisionType] ?? r.decisionType,
  inputOf: (r) => ({ ...r }),
  audited: (r) => ({
    decisionType: r.decisionType,
    method: r.method,
    ...(r.method === 'consensus' ? { fallback: r.fallback } : {}),
    ...(r.fraction ? { fraction: r.fraction, qualifiedBase: r.qualifiedBase } : {}),
    abstentions: r.abstentions,
    castingVote: r.castingVote,
    onTie: r.onTie,
  }),
  resource: z.strictObject({
    decisionType: z.enum(DECISION_TYPES),
    method: z.enum(VOTING_METHODS),
    fallback: z.enum(['majority', 'qualified', 'unanimity']).nullable().meta({ description: 'Consensus only: what decides when it is not reached; null for none.' }),
    fraction: z.string().nullable().meta({ description: 'A qualified majority’s share, as "2/3"; null unless qualified.' }),
    qualifiedBase: z.enum(QUALIFIED_BASES).nullable(),
    abstentions: z.enum(ABSTENTIONS),
    castingVote: z.enum(CASTING_VOTES),
    onTie: z.enum(TIE_RULES),
  }),
  toResource: (r) => ({ ...r }),
  async problems(db, partnership, change) {
    const [current, partners] = await Promise.all([listVotingRules(db, partnership.id), listPartners(db, partnership.id)]);
    return votingRuleProblems(current, change, partners.some((p) => p.role === 'lead'));
  },
  repo: { list: listVotingRules, find: findVotingRule, insert: insertVotingRule, update: updateVotingRule, remove: removeVotingRule },
};
