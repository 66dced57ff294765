// a partnership's action plan as a spreadsheet, one row per action: what it is
// and the objective it serves, who owns it for which partner and where it sits in that partner's own plan,
// its dates, status, where it stands today (overdue or not) and its progress. One list of columns serves
// the CSV and the XLSX.
import { PLAN_ACTION_STATUS_LABELS, type PlanActionStatus } from '../performance/action-plan.ts';
import type { Column } from './columns.ts';

export interface PlanActionExportRow {
  reference: string;
  partnershipName: string;
  title: string;
  objective: string | null;
  risk: string | null;
  owner: string;
  partner: string;
  planReference: string | null;
  startsOn: string;
  dueOn: string;
  status: PlanActionStatus;
  overdue: boolean;
  standing: string;
  progress: string | null;
}

export const PLAN_ACTION_EXPORT_COLUMNS: readonly Column<PlanActionExportRow>[] = [
  { header: 'Reference', width: 16, kind: 'text', value: (r) => r.reference },
  { header: 'Partnership', width: 36, kind: 'text', value: (r) => r.partnershipName },
  { header: 'Action (R-2.6.7)', width: 40, kind: 'text', value: (r) => r.title },
  { header: 'Objective', width: 36, kind: 'text', value: (r) => r.objective ?? '' },
  { header: 'Risk it addresses (R-2.6.8)', width: 36, kind: 'text', value: (r) => r.risk ?? '' },
  { header: 'Owner', width: 24, kind: 'text', value: (r) => r.owner },
  { header: 'Owning partner', width: 30, kind: 'text', value: (r) => r.partner },
  { header: 'In the partner’s plan (R-2.6.6)', width: 30, kind: 'text', value: (r) => r.planReference ?? '' },
  { header: 'Starts', width: 14, kind: 'date', value: (r) => r.startsOn },
  { header: 'Due', width: 14, kind: 'date', value: (r) => r.dueOn },
  { header: 'Status', width: 14, kind: 'text', value: (r) => PLAN_ACTION_STATUS_LABELS[r.status] },
  { header: 'Overdue', width: 10, kind: 'text', value: (r) => (r.overdue ? 'Yes' : 'No') },
  { header: 'Where it stands', width: 40, kind: 'text', value: (r) => r.standing },
  { header: 'Progress', width: 60, kind: 'text', value: (r) => r.progress ?? '' },
];
