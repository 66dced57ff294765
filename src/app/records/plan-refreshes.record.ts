// Each partner's annual refresh of the partnership's action plan as a kind of record: which
// partner, who there confirmed the plan reviewed and refreshed, and when. A partner's next refresh falls
// due a year after its last (domain/performance/action-plan.ts); an overdue one is a gap at.
import { z } from 'zod';
import { findPlanRefresh, insertPlanRefresh, listPlanRefreshes, removePlanRefresh, updatePlanRefresh } from '../../db/repositories/action-plans.repo.ts';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import type { PlanRefresh, PlanRefreshInput } from '../../domain/performance/action-plan.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalText, recordId, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { idOut } from './record-fields.ts';

const schema = z.strictObject({
  organisationId: recordId('Select the partner that refreshed the plan'),
  confirmedBy: text({ label: 'Who confirmed it', missing: 'Enter the name and role of who confirmed it', max: 200 }),
  confirmedOn: isoDate('The date it was confirmed').meta({ format: 'date' }),
  notes: optionalText({ label: 'What changed', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const planRefreshes: RecordKind<PlanRefresh, PlanRefreshInput> = {
  type: 'plan-refresh',
  segment: 'plan-refreshes',
  idParam: 'planRefreshId',
  area: 'performance',
  component: 'PlanRefresh',
  names: { one: 'refresh of the action plan', many: 'refreshes of the action plan', add: 'Record a partner’s refresh of the plan', heading: 'Refreshes of the action plan' },
  clause: 'R-2.6.7',
  fields: {
    organisationId: {
      label: 'Partner',
      hint: 'Every partner reviews and refreshes the plan once a year; record each partner’s.',
      clause: 'R-2.6.7',
      input: { kind: 'sibling', none: 'Select the partner', choices: async (db, partnershipId) => (await listPartners(db, partnershipId)).map((p) => ({ value: p.organisationId, text: p.name })) },
      list: true,
      audit: 'partner',
      api: 'R-2.6.7: the id of the partner that refreshed the plan, one of the partnership’s partners.',
    },
    confirmedBy: {
      label: 'Confirmed by',
      hint: 'The name and role of who, at the partner, confirmed the plan reviewed and refreshed.',
      clause: 'R-2.6.7',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.6.7: the name and role of who at the partner confirmed it.',
      example: 'Sam Okafor, Director of Housing',
    },
    confirmedOn: {
      label: 'Confirmed',
      hint: 'The day they confirmed it; the partner’s next refresh falls due a year later. For example, 1 4 2026.',
      clause: 'R-2.6.7',
      input: { kind: 'date', called: 'The date it was confirmed' },
      list: true,
      api: 'R-2.6.7: the day it was confirmed, yyyy-mm-dd; the partner’s next refresh is due a year later.',
      example: '2026-04-01',
    },
    notes: {
      label: 'What changed (optional)',
      hint: 'Actions added, closed or re-dated at the refresh.',
      clause: 'R-2.6.7',
      input: { kind: 'text', multiline: true },
      api: 'R-2.6.7: what changed at the refresh; null for none.',
      example: 'Two actions closed; the shelter action re-dated to March.',
    },
  },
  schema: schema as unknown as RecordKind<PlanRefresh, PlanRefreshInput>['schema'],
  keyOf: (r) => r.id,
  title: (r) => `${r.partnerName}’s refresh`,
  inputOf: (r) => ({ organisationId: r.organisationId, confirmedBy: r.confirmedBy, confirmedOn: r.confirmedOn, notes: r.notes }),
  audited: (r) => ({ partner: r.partnerName, confirmedBy: r.confirmedBy, confirmedOn: r.confirmedOn, ...(r.notes ? { notes: r.notes } : {}) }),
  resource: z.strictObject({
    id: idOut,
    organisationId: idOut,
    partnerName: z.string(),
    confirmedBy: z.string(),
    confirmedOn: z.string().meta({ format: 'date' }),
    notes: z.string().nullable(),
  }),
  toResource: (r) => ({ ...r }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    // A refresh is recorded by a partner of the partnership; one recorded before a partner left stays on record, and may be corrected.
    const kept = change.kind === 'change' ? (await findPlanRefresh(db, partnership.id, change.key))?.organisationId : undefined;
    if (v.organisationId && v.organisationId !== kept && !(await listPartners(db, partnership.id)).some((p) => p.organisationId === v.organisationId)) return [{ field: 'organisationId', message: 'Select one of the partnership’s partners (R-2.6.7)' }];
    return [];
  },
  repo: {
    list: listPlanRefreshes,
    find: findPlanRefresh,
    insert: (trx, partnershipId, r) => insertPlanRefresh(trx, partnershipId, uuidIds.next(), r),
    update: updatePlanRefresh,
    remove: removePlanRefresh,
  },
};
