// A partnership's actions arising from its decisions as a kind of record (R-2.8d): what is to be done, its
// owner (a person, for one of the partners), when it is due, its status and progress notes, tracked to
// completion. An overdue one is a gap on the Compliance page and is listed on its owner's home page.
import { z } from 'zod';
import { findAction, insertAction, listActions, removeAction, updateAction } from '../../db/repositories/actions.repo.ts';
import { organisationChoices } from '../../db/repositories/organisations.repo.ts';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { allPeople, namedPeople } from '../../db/repositories/people.repo.ts';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, actionProblems, itemInWords, type Action, type ActionInput } from '../../domain/actions/action.ts';
import { decisionItemsOf } from '../../db/repositories/agenda-items.repo.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalIsoDate, optionalRecordId, optionalText, recordId, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  title: text({ label: 'The action', missing: 'Enter what is to be done', max: 500 }),
  ownerId: recordId('Select who owns the action'),
  organisationId: recordId('Select the partner the owner acts for'),
  dueOn: isoDate('The date it is due').meta({ format: 'date' }),
  status: z.enum(ACTION_STATUSES, { error: 'Select the action’s status' }).optional().default('open'),
  completedOn: optionalIsoDate('The date it was completed').transform((v) => v ?? null),
  progress: optionalText({ label: 'Progress', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
  itemId: optionalRecordId('Select the decision it arose from, or none').optional().transform((v) => v ?? null),
});

export const actions: RecordKind<Action, ActionInput> = {
  type: 'action',
  segment: 'actions',
  idParam: 'actionId',
  component: 'Action',
  names: { one: 'action', many: 'actions', add: 'Add an action', heading: 'Actions' },
  clause: 'R-2.8d',
  fields: {
    title: {
      label: 'The action',
      hint: 'What is to be done, as the minutes record it.',
      clause: 'R-2.8d',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.8d: what is to be done.',
      example: 'Send the grant offer letter to the winter programme',
    },
    ownerId: {
      label: 'Owner',
      hint: 'The person who will see it done. If they are not in the register yet, add them under People first.',
      clause: 'R-2.8d',
      input: { kind: 'record', of: 'person', choices: async (db) => (await allPeople(db)).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') })) },
      list: true,
      audit: 'owner',
      api: 'R-2.8d: the id of the person who owns the action.',
    },
    organisationId: {
      label: 'For the partner',
      hint: 'The partner the owner acts for: one of the partnership’s partners.',
      clause: 'R-2.8d',
      input: { kind: 'record', of: 'organisation', choices: async (db) => (await organisationChoices(db)).map((o) => ({ value: o.id, text: o.name })) },
      list: true,
      audit: 'partner',
      api: 'R-2.8d: the id of the partner the owner acts for, one of the partnership’s partners.',
    },
    dueOn: {
      label: 'Due',
      hint: 'For example, 31 3 2027.',
      clause: 'R-2.8d',
      input: { kind: 'date', called: 'The date it is due' },
      list: true,
      api: 'R-2.8d: the day it is due, yyyy-mm-dd; overdue once that day has passed and it is not completed.',
      example: '2027-03-31',
    },
    status: {
      label: 'Status',
      clause: 'R-2.8d',
      input: { kind: 'radios', options: choicesOf(ACTION_STATUSES, ACTION_STATUS_LABELS) },
      later: true,
      list: true,
      api: 'R-2.8d: open (not started, the default), in-progress or completed.',
      example: 'completed',
    },
    completedOn: {
      label: 'Date completed (optional)',
      hint: 'Once it is completed.',
      clause: 'R-2.8d',
      input: { kind: 'date', called: 'The date it was completed' },
      later: true,
      api: 'R-2.8d: the day it was completed, yyyy-mm-dd; null until then.',
      example: '2027-03-20',
    },
    itemId: {
      label: 'Arising from (optional)',
      hint: 'The decision at a meeting it carries out: the item lists its actions.',
      clause: 'R-2.8d',
      input: {
        kind: 'sibling',
        none: 'Not from a meeting’s decision',
        choices: async (db, partnershipId) => (await decisionItemsOf(db, partnershipId)).map((i) => ({ value: i.id, text: itemInWords(i.title, i.meetingTitle, i.meetsOn) })),
      },
      audit: 'arisingFrom',
      api: 'R-2.8d: the id of the agenda item (at one of the partnership’s meetings, asking for a decision) it arose from; null for none.',
    },
    progress: {
      label: 'Progress notes (optional)',
      hint: 'What has been done so far, and what is left.',
      clause: 'R-2.8d',
      input: { kind: 'text', multiline: true },
      later: true,
      api: 'R-2.8d: progress notes; null for none.',
      example: 'Letter drafted; with legal for checking.',
    },
  },
  schema: schema as unknown as RecordKind<Action, ActionInput>['schema'],
  keyOf: (a) => a.id,
  title: (a) => a.title,
  inputOf: (a) => ({ title: a.title, ownerId: a.ownerId, organisationId: a.organisationId, dueOn: a.dueOn, status: a.status, completedOn: a.completedOn, itemId: a.itemId, progress: a.progress }),
  audited: (a) => ({
    title: a.title,
    owner: a.ownerName,
    partner: a.partnerName,
    dueOn: a.dueOn,
    status: a.status,
    ...(a.completedOn ? { completedOn: a.completedOn } : {}),
    ...(a.arisingFrom ? { arisingFrom: a.arisingFrom } : {}),
    ...(a.progress ? { progress: a.progress } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    ownerId: idOut,
    ownerName: z.string(),
    organisationId: idOut,
    partnerName: z.string(),
    dueOn: z.string().meta({ format: 'date' }),
    status: z.enum(ACTION_STATUSES),
    completedOn: z.string().meta({ format: 'date' }).nullable(),
    itemId: idOut.nullable(),
    arisingFrom: z.string().nullable().meta({ description: 'R-2.8d: the item it arose from, in words; null for none.' }),
    progress: z.string().nullable(),
  }),
  toResource: (a) => ({ ...a }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems = actionProblems(v);
    if (v.organisationId && !(await listPartners(db, partnership.id)).some((p) => p.organisationId === v.organisationId)) {
      problems.unshift({ field: 'organisationId', message: 'Select one of the partnership’s partners (R-2.8d)' });
    }
    if (v.ownerId && !(await namedPeople(db, [v.ownerId])).has(v.ownerId)) problems.unshift({ field: 'ownerId', message: 'Select an owner from the register' });
    if (v.itemId && !(await decisionItemsOf(db, partnership.id)).some((i) => i.id === v.itemId)) problems.push({ field: 'itemId', message: 'Select a decision at one of the partnership’s meetings, or none (R-2.8d)' });
    return problems;
  },
  repo: {
    list: listActions,
    find: findAction,
    insert: (trx, partnershipId, a) => insertAction(trx, partnershipId, uuidIds.next(), a),
    update: updateAction,
    remove: removeAction,
  },
};
