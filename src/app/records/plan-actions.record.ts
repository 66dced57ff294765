// The actions of a partnership's action plan as a kind of record: what is to be
// delivered, its owner (a person, for one of the partners), its start and due days, its status and
// progress, the objective it serves and the risk it addresses, and where it sits in its owner's own organisational plan. An open
// action past its due day shows as overdue; the plan itself is refreshed by every partner yearly.
import { z } from 'zod';
import { findPlanAction, insertPlanAction, listPlanActions, removePlanAction, updatePlanAction } from '../../db/repositories/action-plans.repo.ts';
import { listObjectives } from '../../db/repositories/performance.repo.ts';
import { listRisks } from '../../db/repositories/risks.repo.ts';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { allPeople, namedPeople } from '../../db/repositories/people.repo.ts';
import { PLAN_ACTION_STATUS_LABELS, PLAN_ACTION_STATUSES, planActionProblems, type PlanAction, type PlanActionInput } from '../../domain/performance/action-plan.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalRecordId, optionalText, recordId, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  title: text({ label: 'The action', missing: 'Enter what the action will deliver', max: 500 }),
  objectiveId: optionalRecordId('Select the objective it serves, or none').optional().transform((v) => v ?? null),
  riskId: optionalRecordId('Select the risk it addresses, or none').optional().transform((v) => v ?? null),
  ownerId: recordId('Select who owns the action'),
  organisationId: recordId('Select the partner that owns the action'),
  startsOn: isoDate('The date it starts').meta({ format: 'date' }),
  dueOn: isoDate('The date it is due').meta({ format: 'date' }),
  status: z.enum(PLAN_ACTION_STATUSES, { error: 'Select the action’s status' }).optional().default('not-started'),
  planReference: optionalText({ label: 'Where it sits in the partner’s plan', max: 500 }).optional().transform((v) => v ?? null),
  progress: optionalText({ label: 'Progress', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const planActions: RecordKind<PlanAction, PlanActionInput> = {
  type: 'plan-action',
  // Not "actions": those are the actions arising from decisions (R-2.8d).
  segment: 'plan-actions',
  idParam: 'planActionId',
  area: 'performance',
  component: 'PlanAction',
  names: { one: 'action of the plan', many: 'actions of the plan', add: 'Add an action to the plan', heading: 'Action plan' },
  clause: 'R-2.6.6',
  fields: {
    title: {
      label: 'The action',
      hint: 'What it will deliver, as the agreed action plan words it.',
      clause: 'R-2.6.6',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.6.6: what the action will deliver.',
      example: 'Open two more winter night shelters',
    },
    objectiveId: {
      label: 'Objective it serves (optional)',
      hint: 'The partnership’s strategic objective the action delivers.',
      clause: 'R-A1.3',
      input: { kind: 'sibling', none: 'No one objective', choices: async (db, partnershipId) => (await listObjectives(db, partnershipId)).map((o) => ({ value: o.id, text: o.title })) },
      audit: 'objective',
      api: 'R-A1.3: the id of the partnership’s objective the action serves; null for none.',
    },
    riskId: {
      label: 'Risk it addresses (optional)',
      hint: 'The risk on the partnership’s register the action treats, if any.',
      clause: 'R-2.6.8',
      input: { kind: 'sibling', none: 'No one risk', choices: async (db, partnershipId) => (await listRisks(db, partnershipId)).map((r) => ({ value: r.id, text: r.title })) },
      audit: 'risk',
      api: 'R-2.6.8: the id of the partnership’s risk the action addresses; null for none.',
    },
    ownerId: {
      label: 'Owner',
      hint: 'The person who will see it delivered. If they are not in the register yet, add them under People first.',
      clause: 'R-2.6.6',
      input: { kind: 'record', of: 'person', choices: async (db) => (await allPeople(db)).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') })) },
      list: true,
      audit: 'owner',
      api: 'R-2.6.6: the id of the person who owns the action.',
    },
    organisationId: {
      label: 'Partner',
      hint: 'The partner whose action it is, in whose own organisational plan it sits.',
      clause: 'R-2.6.6',
      input: { kind: 'sibling', none: 'Select the partner', choices: async (db, partnershipId) => (await listPartners(db, partnershipId)).map((p) => ({ value: p.organisationId, text: p.name })) },
      list: true,
      audit: 'partner',
      api: 'R-2.6.6: the id of the partner whose action it is, one of the partnership’s partners.',
    },
    startsOn: {
      label: 'Starts',
      hint: 'For example, 1 4 2026. The plan’s first annual refresh falls due a year after its earliest action starts.',
      clause: 'R-2.6.7',
      input: { kind: 'date', called: 'The date it starts' },
      api: 'R-2.6.7: the day the action starts, yyyy-mm-dd.',
      example: '2026-04-01',
    },
    dueOn: {
      label: 'Due',
      hint: 'For example, 31 3 2027.',
      clause: 'R-2.6.6',
      input: { kind: 'date', called: 'The date it is due' },
      list: true,
      api: 'R-2.6.6: the day it is due, yyyy-mm-dd, on or after its start; overdue once that day has passed and it is neither complete nor cancelled.',
      example: '2027-03-31',
    },
    status: {
      label: 'Status',
      clause: 'R-2.6.6',
      input: { kind: 'radios', options: choicesOf(PLAN_ACTION_STATUSES, PLAN_ACTION_STATUS_LABELS) },
      later: true,
      list: true,
      words: (v) => PLAN_ACTION_STATUS_LABELS[v as keyof typeof PLAN_ACTION_STATUS_LABELS] ?? String(v),
      api: 'R-2.6.6: not-started (the default), on-track, at-risk, off-track, complete or cancelled.',
      example: 'on-track',
    },
    planReference: {
      label: 'Where it sits in the partner’s own plan (optional)',
      hint: 'The partner’s organisational plan and the action’s place in it: “Housing Service Plan 2026/27, action H4”.',
      clause: 'R-2.6.6',
      input: { kind: 'text' },
      api: 'R-2.6.6: where the action is embedded in its partner’s organisational plan; null when not yet written.',
      example: 'Housing Service Plan 2026/27, action H4',
    },
    progress: {
      label: 'Progress notes (optional)',
      hint: 'What has been done so far, and what is left.',
      clause: 'R-2.6.7',
      input: { kind: 'text', multiline: true },
      later: true,
      api: 'R-2.6.7: progress notes; null for none.',
      example: 'One shelter open; the second’s lease is with legal.',
    },
  },
  schema: schema as unknown as RecordKind<PlanAction, PlanActionInput>['schema'],
  keyOf: (a) => a.id,
  title: (a) => a.title,
  inputOf: (a) => ({ title: a.title, objectiveId: a.objectiveId, riskId: a.riskId, ownerId: a.ownerId, organisationId: a.organisationId, startsOn: a.startsOn, dueOn: a.dueOn, status: a.status, planReference: a.planReference, progress: a.progress }),
  audited: (a) => ({
    title: a.title,
    ...(a.objectiveTitle ? { objective: a.objectiveTitle } : {}),
    ...(a.riskTitle ? { risk: a.riskTitle } : {}),
    owner: a.ownerName,
    partner: a.partnerName,
    startsOn: a.startsOn,
    dueOn: a.dueOn,
    status: a.status,
    ...(a.planReference ? { planReference: a.planReference } : {}),
    ...(a.progress ? { progress: a.progress } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    objectiveId: idOut.nullable(),
    objectiveTitle: z.string().nullable(),
    riskId: idOut.nullable(),
    riskTitle: z.string().nullable(),
    ownerId: idOut,
    ownerName: z.string(),
    organisationId: idOut,
    partnerName: z.string(),
    startsOn: z.string().meta({ format: 'date' }),
    dueOn: z.string().meta({ format: 'date' }),
    status: z.enum(PLAN_ACTION_STATUSES),
    planReference: z.string().nullable(),
    progress: z.string().nullable(),
  }),
  toResource: (a) => ({ ...a }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems: Problem[] = planActionProblems(v);
    if (v.organisationId && !(await listPartners(db, partnership.id)).some((p) => p.organisationId === v.organisationId)) problems.unshift({ field: 'organisationId', message: 'Select one of the partnership’s partners (R-2.6.6)' });
    if (v.ownerId && !(await namedPeople(db, [v.ownerId])).has(v.ownerId)) problems.unshift({ field: 'ownerId', message: 'Select an owner from the register' });
    if (v.objectiveId && !(await listObjectives(db, partnership.id)).some((o) => o.id === v.objectiveId)) problems.push({ field: 'objectiveId', message: 'Select one of the partnership’s objectives, or none (R-A1.3)' });
    if (v.riskId && !(await listRisks(db, partnership.id)).some((r) => r.id === v.riskId)) problems.push({ field: 'riskId', message: 'Select one of the partnership’s risks, or none (R-2.6.8)' });
    return problems;
  },
  repo: {
    list: listPlanActions,
    find: findPlanAction,
    insert: (trx, partnershipId, a) => insertPlanAction(trx, partnershipId, uuidIds.next(), a),
    update: updatePlanAction,
    remove: removePlanAction,
  },
};
