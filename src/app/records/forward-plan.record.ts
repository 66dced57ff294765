// A partnership's forward plan as a kind of record (R-2.8f): each decision with significant policy or
// financial implications it means to take, the meeting it is planned for, and when it was published, with
// the clear days of notice publication needs (28 unless the partnership agrees otherwise). An agenda item
// names the entry it takes; the meeting's page and the Compliance page check the notice from it.
import { z } from 'zod';
import {
  agendasTaking,
  findForwardPlanEntry,
  insertForwardPlanEntry,
  latestForwardPlanDays,
  listForwardPlan,
  removeForwardPlanEntry,
  updateForwardPlanEntry,
} from '../../db/repositories/forward-plan.repo.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import { DECISION_TYPE_LABELS, DECISION_TYPES } from '../../domain/decisions/rules.ts';
import {
  DEFAULT_FORWARD_PLAN_DAYS,
  forwardPlanProblems,
  IMPLICATION_LABELS,
  IMPLICATIONS,
  publicationOf,
  type ForwardPlanEntry,
  type ForwardPlanEntryInput,
} from '../../domain/forward-plan/forward-plan.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalIsoDate, text, wholeNumber } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  title: text({ label: 'The decision', missing: 'Enter the decision to be taken', max: 500 }),
  decisionType: z.enum(DECISION_TYPES, { error: 'Select the type of decision' }),
  implications: z.enum(IMPLICATIONS, { error: 'Select its significant implications' }),
  plannedOn: isoDate('The date of the meeting it is planned for').meta({ format: 'date' }),
  publishedOn: optionalIsoDate('The date it was published').transform((v) => v ?? null),
  noticeDays: wholeNumber({ label: 'Notice required', min: 0, max: 90, missing: 'Enter the clear days before the meeting it must be published' }),
});

export const forwardPlan: RecordKind<ForwardPlanEntry, ForwardPlanEntryInput> = {
  type: 'forward-plan-entry',
  segment: 'forward-plan',
  idParam: 'entryId',
  component: 'ForwardPlanEntry',
  names: { one: 'planned decision', many: 'planned decisions', add: 'Add a planned decision', heading: 'Forward plan' },
  clause: 'R-2.8f',
  fields: {
    title: {
      label: 'The decision',
      hint: 'As the forward plan publishes it, for example “Award of the winter programme grant”.',
      clause: 'R-2.8f',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.8f: the decision to be taken, as the forward plan publishes it.',
      example: 'Award of the winter programme grant',
    },
    decisionType: {
      label: 'Type of decision',
      hint: 'The partnership’s voting rule for this type will decide it (R-2.8a).',
      clause: 'R-2.8a',
      input: { kind: 'radios', options: choicesOf(DECISION_TYPES, DECISION_TYPE_LABELS) },
      list: true,
      api: 'R-2.8a: the type of decision (ordinary, financial-commitment, budget, appointment, change-to-rules, admission-or-removal-of-partner, dissolution).',
      example: 'financial-commitment',
    },
    implications: {
      label: 'Why it is on the forward plan',
      clause: 'R-2.8f',
      input: { kind: 'radios', options: choicesOf(IMPLICATIONS, IMPLICATION_LABELS) },
      api: 'R-2.8f: policy, financial or policy-and-financial: the significant implications that put it on the plan.',
      example: 'financial',
    },
    plannedOn: {
      label: 'Date of the meeting it is planned for',
      hint: 'For example, 18 3 2027.',
      clause: 'R-2.8f',
      input: { kind: 'date', called: 'The date of the meeting it is planned for' },
      list: true,
      api: 'R-2.8f: the day of the meeting it is planned for, yyyy-mm-dd.',
      example: '2027-03-18',
    },
    publishedOn: {
      label: 'Date it was published (optional)',
      hint: 'When it appeared on the published forward plan. Leave blank until it is published.',
      clause: 'R-2.8f',
      input: { kind: 'date', called: 'The date it was published' },
      list: true,
      api: 'R-2.8f: the day it was published on the forward plan, yyyy-mm-dd; null until it is. Checked against noticeDays.',
      example: '2027-02-01',
    },
    noticeDays: {
      label: 'Notice required, in clear days',
      hint: `The days between publication and the meeting, counting neither, that the partnership agrees. ${DEFAULT_FORWARD_PLAN_DAYS} unless it agrees otherwise.`,
      clause: 'R-2.8f',
      input: { kind: 'text', width: 10 },
      api: `R-2.8f: the clear days before the meeting it must be published (0 to 90; ${DEFAULT_FORWARD_PLAN_DAYS} by default).`,
      example: DEFAULT_FORWARD_PLAN_DAYS,
    },
  },
  schema: schema as unknown as RecordKind<ForwardPlanEntry, ForwardPlanEntryInput>['schema'],
  keyOf: (e) => e.id,
  title: (e) => `${e.title}, planned for ${dateInWords(e.plannedOn)}`,
  inputOf: (e) => ({ title: e.title, decisionType: e.decisionType, implications: e.implications, plannedOn: e.plannedOn, publishedOn: e.publishedOn, noticeDays: e.noticeDays }),
  audited: (e) => ({
    title: e.title,
    decisionType: e.decisionType,
    implications: e.implications,
    plannedOn: e.plannedOn,
    ...(e.publishedOn ? { publishedOn: e.publishedOn } : {}),
    noticeDays: e.noticeDays,
  }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    decisionType: z.enum(DECISION_TYPES),
    implications: z.enum(IMPLICATIONS),
    plannedOn: z.string().meta({ format: 'date' }),
    publishedOn: z.string().meta({ format: 'date' }).nullable(),
    noticeDays: z.number().int(),
    publication: z
      .strictObject({
        sufficient: z.boolean(),
        given: z.number().int().nullable().meta({ description: 'Clear days given before the meeting it is planned for; null when not yet published.' }),
        required: z.number().int(),
        publishBy: z.string().meta({ format: 'date', description: 'The last day it could be published with the notice required.' }),
        explanation: z.string(),
        clause: z.literal('R-2.8f'),
      })
      .meta({ description: 'R-2.8f: the notice its publication gives before the meeting it is planned for, explained.' }),
  }),
  toResource: (e) => ({ ...e, publication: publicationOf(e.publishedOn, e.plannedOn, e.noticeDays) }),
  async problems(db, _partnership, change) {
    if (change.kind !== 'remove') return forwardPlanProblems(change.value);
    // An entry an agenda takes stays: the item's warning and the Compliance page read the notice from it.
    const agendas = await agendasTaking(db, change.key);
    return agendas.length
      ? [{ field: 'title', message: `It is on the agenda of ${agendas.map((a) => `${a.title}, ${dateInWords(a.meetsOn)}`).join('; ')}: take it off the agenda item first (R-2.8f)` }]
      : [];
  },
  // The notice the partnership's last entry was published with, else 28 clear days (decision 66).
  startsWith: async (db, partnershipId) => ({ noticeDays: String((await latestForwardPlanDays(db, partnershipId)) ?? DEFAULT_FORWARD_PLAN_DAYS) }),
  repo: {
    list: listForwardPlan,
    find: findForwardPlanEntry,
    insert: (trx, partnershipId, e) => insertForwardPlanEntry(trx, partnershipId, uuidIds.next(), e),
    update: updateForwardPlanEntry,
    remove: removeForwardPlanEntry,
  },
};
