// a partnership's action plan as CSV or an Excel workbook, one row per action
// (domain/export/plan-action-columns.ts), in the plan's order, each with where it stands today.
import type { Readable } from 'node:stream';
import { PLAN_ACTION_EXPORT_COLUMNS, type PlanActionExportRow } from '../../domain/export/plan-action-columns.ts';
import type { PartnershipActionPlan } from '../queries/action-plan.queries.ts';
import { csvStream } from './csv.ts';
import { oneBatch } from './one-batch.ts';
import { xlsxStream } from './xlsx.ts';

export function planActionExportRows(partnership: { reference: string; name: string }, plan: PartnershipActionPlan): PlanActionExportRow[] {
  return plan.actions.map(({ action: a, standing: s }) => ({
    reference: partnership.reference,
    partnershipName: partnership.name,
    title: a.title,
    objective: a.objectiveTitle,
    risk: a.riskTitle,
    owner: a.ownerName,
    partner: a.partnerName,
    planReference: a.planReference,
    startsOn: a.startsOn,
    dueOn: a.dueOn,
    status: a.status,
    overdue: s.overdue,
    standing: s.words,
    progress: a.progress,
  }));
}

export function planActionExport(partnership: { reference: string; name: string }, plan: PartnershipActionPlan, format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  const rows = planActionExportRows(partnership, plan);
  return format === 'csv' ? csvStream(PLAN_ACTION_EXPORT_COLUMNS, oneBatch(rows)) : xlsxStream(PLAN_ACTION_EXPORT_COLUMNS, oneBatch(rows), { sheetName: 'Action plan', now });
}
