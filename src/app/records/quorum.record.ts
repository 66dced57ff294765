// The conditions of a partnership's quorum as a kind of record (R-2.8b): a number of voting members, a
// share of them rounded up, the larger or smaller of the two, some from each partner, or some from at
// least so many partners. All the partnership records are met at once; each meeting item is computed from them.
import { z } from 'zod';
import { findQuorumCondition, insertQuorumCondition, listQuorumConditions, removeQuorumCondition, updateQuorumCondition } from '../../db/repositories/quorum-conditions.repo.ts';
import { quorumConditionProblems, type QuorumConditionRecordInput } from '../../domain/decisions/records.ts';
import { QUORUM_CONDITION_KINDS } from '../../domain/decisions/rules.ts';
import { optionalWholeNumber } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf } from './record-fields.ts';
import { shareField, shareInWords } from './voting-rules.record.ts';

export const QUORUM_CONDITION_LABELS = {
  number: 'A number of voting members',
  fraction: 'A share of the voting members, rounded up',
  larger: 'The larger of a share and a number',
  smaller: 'The smaller of a share and a number',
  'each-partner': 'A number from each partner',
  partners: 'Members from at least a number of partners',
} as const;

const HINTS = {
  number: 'For example, 5 voting members.',
  fraction: 'For example, one third of the voting members, rounded up.',
  larger: 'For example, two thirds or 3, whichever is larger.',
  smaller: 'For example, half or 6, whichever is smaller.',
  'each-partner': 'For example, at least 1 voting member present from every partner with a vote.',
  partners: 'For example, voting members present from at least 3 of the partners.',
} as const;

const schema = z.strictObject({
  kind: z.enum(QUORUM_CONDITION_KINDS, { error: 'Select the kind of condition' }),
  members: optionalWholeNumber({ label: 'The number', min: 1, max: 1000 }).optional().transform((v) => v ?? null),
  fraction: shareField('The share of the voting members'),
});

export const quorum: RecordKind<QuorumConditionRecordInput, QuorumConditionRecordInput> = {
  type: 'quorum-condition',
  segment: 'quorum',
  keyField: 'kind',
  keyShape: { pattern: /^[a-z]+(?:-[a-z]+)?$/, description: 'The kind of condition: number, fraction, larger, smaller, each-partner or partners.', example: 'larger' },
  area: 'decision-making',
  component: 'QuorumCondition',
  names: { one: 'quorum condition', many: 'quorum conditions', add: 'Add a quorum condition', heading: 'Quorum' },
  clause: 'R-2.8b',
  fields: {
    kind: {
      label: 'Condition',
      hint: 'The quorum is every condition recorded, all met at once. Members excluded from an item by an interest do not count towards its quorum.',
      clause: 'R-2.8b',
      input: { kind: 'radios', options: choicesOf(QUORUM_CONDITION_KINDS, QUORUM_CONDITION_LABELS, HINTS) },
      key: true,
      list: true,
      api: 'R-2.8b: number, fraction (of the voting members, rounded up), larger or smaller (of a fraction and a number), each-partner, or partners (at least so many partners). Fixed once added.',
      example: 'larger',
    },
    members: {
      label: 'The number',
      hint: 'Members for a number, the larger or smaller, or from each partner; partners for “from at least a number of partners”. Blank for a share alone.',
      clause: 'R-2.8b',
      input: { kind: 'text', width: 10 },
      list: true,
      api: 'R-2.8b: the number the condition needs; null for a fraction alone.',
      example: 3,
    },
    fraction: {
      label: 'The share of the voting members',
      hint: 'For a share, the larger or the smaller: for example, 1/3 or “one third”. Blank otherwise.',
      clause: 'R-2.8b',
      input: { kind: 'text', width: 10 },
      list: true,
      words: shareInWords,
      api: 'R-2.8b: the share of the voting members, as "1/3" (rounded up); null where the condition is a number alone.',
      example: '1/3',
    },
  },
  schema: schema as unknown as RecordKind<QuorumConditionRecordInput, QuorumConditionRecordInput>['schema'],
  keyOf: (c) => c.kind,
  title: (c) => QUORUM_CONDITION_LABELS[c.kind] ?? c.kind,
  inputOf: (c) => ({ ...c }),
  audited: (c) => ({ kind: c.kind, ...(c.members !== null ? { members: c.members } : {}), ...(c.fraction ? { fraction: c.fraction } : {}) }),
  resource: z.strictObject({
    kind: z.enum(QUORUM_CONDITION_KINDS),
    members: z.number().int().nullable(),
    fraction: z.string().nullable().meta({ description: 'The share of the voting members, as "1/3", or null.' }),
  }),
  toResource: (c) => ({ ...c }),
  async problems(db, partnership, change) {
    return quorumConditionProblems(await listQuorumConditions(db, partnership.id), change);
  },
  repo: { list: listQuorumConditions, find: findQuorumCondition, insert: insertQuorumCondition, update: updateQuorumCondition, remove: removeQuorumCondition },
};
