// the council's view of the risk registers as a spreadsheet, one row per open risk:
// its partnership, the risk as cause, event and consequence, who owns it, its inherent, residual and
// current scores with the band, the target, its trend and its next review (overdue or not, with the
// clause), and its controls in brief and one by one. One list of columns serves the CSV and the XLSX.
import { RISK_CATEGORY_LABELS, RISK_RESPONSE_LABELS, TREND_LABELS, type RiskCategory, type RiskResponse, type Trend } from '../risk/risk.ts';
import type { Column } from './columns.ts';

export interface RiskExportRow {
  reference: string;
  partnershipName: string;
  title: string;
  cause: string;
  event: string;
  consequence: string;
  category: RiskCategory;
  owner: string;
  partner: string;
  identifiedOn: string;
  inherentScore: number;
  residualScore: number;
  likelihood: number;
  impact: number;
  score: number;
  band: string;
  targetScore: number | null;
  aboveTarget: boolean;
  response: RiskResponse;
  trend: Trend | null;
  lastReviewedOn: string | null;
  nextReviewOn: string | null;
  overdue: boolean;
  standing: string;
  /** "2 controls: 1 effective, 1 ineffective", and each control by name with its effectiveness and owner. */
  controls: string;
  controlDetails: string;
}

export const RISK_EXPORT_COLUMNS: readonly Column<RiskExportRow>[] = [
  { header: 'Reference', width: 16, kind: 'text', value: (r) => r.reference },
  { header: 'Partnership', width: 36, kind: 'text', value: (r) => r.partnershipName },
  { header: 'Risk (R-2.6.8)', width: 40, kind: 'text', value: (r) => r.title },
  { header: 'Cause', width: 40, kind: 'text', value: (r) => r.cause },
  { header: 'Event', width: 40, kind: 'text', value: (r) => r.event },
  { header: 'Consequence', width: 40, kind: 'text', value: (r) => r.consequence },
  { header: 'Category', width: 16, kind: 'text', value: (r) => RISK_CATEGORY_LABELS[r.category] },
  { header: 'Owner', width: 24, kind: 'text', value: (r) => r.owner },
  { header: 'Owning partner', width: 30, kind: 'text', value: (r) => r.partner },
  { header: 'Identified on', width: 14, kind: 'date', value: (r) => r.identifiedOn },
  { header: 'Inherent score', width: 10, kind: 'integer', value: (r) => r.inherentScore },
  { header: 'Residual score', width: 10, kind: 'integer', value: (r) => r.residualScore },
  { header: 'Likelihood now', width: 10, kind: 'integer', value: (r) => r.likelihood },
  { header: 'Impact now', width: 10, kind: 'integer', value: (r) => r.impact },
  { header: 'Score now', width: 10, kind: 'integer', value: (r) => r.score },
  { header: 'Band', width: 12, kind: 'text', value: (r) => r.band },
  { header: 'Target score', width: 10, kind: 'integer', value: (r) => r.targetScore },
  { header: 'Above target', width: 10, kind: 'text', value: (r) => (r.aboveTarget ? 'Yes' : 'No') },
  { header: 'Response', width: 12, kind: 'text', value: (r) => RISK_RESPONSE_LABELS[r.response] },
  { header: 'Trend', width: 12, kind: 'text', value: (r) => (r.trend ? TREND_LABELS[r.trend] : 'Not yet reviewed') },
  { header: 'Last reviewed', width: 14, kind: 'date', value: (r) => r.lastReviewedOn },
  { header: 'Next review due', width: 14, kind: 'date', value: (r) => r.nextReviewOn },
  { header: 'Overdue', width: 10, kind: 'text', value: (r) => (r.overdue ? 'Yes' : 'No') },
  { header: 'Review', width: 60, kind: 'text', value: (r) => r.standing },
  { header: 'Controls (R-2.6.8)', width: 36, kind: 'text', value: (r) => r.controls },
  { header: 'Each control', width: 60, kind: 'text', value: (r) => r.controlDetails },
];
