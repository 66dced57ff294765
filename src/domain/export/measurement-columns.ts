// every measurement of the council's performance view as a spreadsheet, one row per
// indicator and period: the partnership, objective and indicator, the period, the value against its
// target with the rating and why (citing its clause), the direction of travel, the commentary, whether its
// data quality was attested, and who entered it when. One list of columns serves the CSV and the XLSX.
import { DIRECTION_LABELS, RAG_LABELS, type Direction, type RagStatus } from '../performance/rag.ts';
import type { Column } from './columns.ts';

export interface MeasurementExportRow {
  reference: string;
  partnershipName: string;
  objective: string;
  indicator: string;
  unit: string;
  supplier: string;
  periodEnding: string;
  period: string;
  value: number;
  target: number | null;
  rag: RagStatus | 'none';
  reason: string;
  direction: Direction | 'none';
  commentary: string | null;
  attested: boolean;
  enteredBy: string | null;
  enteredAt: string;
}

export const MEASUREMENT_EXPORT_COLUMNS: readonly Column<MeasurementExportRow>[] = [
  { header: 'Reference', width: 16, kind: 'text', value: (r) => r.reference },
  { header: 'Partnership', width: 36, kind: 'text', value: (r) => r.partnershipName },
  { header: 'Objective (R-A1.3)', width: 40, kind: 'text', value: (r) => r.objective },
  { header: 'Outcome indicator (R-2.9)', width: 40, kind: 'text', value: (r) => r.indicator },
  { header: 'Unit', width: 10, kind: 'text', value: (r) => r.unit },
  { header: 'Data supplied by', width: 30, kind: 'text', value: (r) => r.supplier },
  { header: 'Period ending', width: 14, kind: 'date', value: (r) => r.periodEnding },
  { header: 'Period', width: 30, kind: 'text', value: (r) => r.period },
  { header: 'Value', width: 12, kind: 'number', value: (r) => r.value },
  { header: 'Target', width: 12, kind: 'number', value: (r) => r.target },
  { header: 'Rating', width: 10, kind: 'text', value: (r) => RAG_LABELS[r.rag] },
  { header: 'Why', width: 60, kind: 'text', value: (r) => r.reason },
  { header: 'Direction of travel', width: 16, kind: 'text', value: (r) => DIRECTION_LABELS[r.direction] },
  { header: 'Commentary', width: 60, kind: 'text', value: (r) => r.commentary ?? '' },
  { header: 'Data quality attested (R-2.9)', width: 12, kind: 'text', value: (r) => (r.attested ? 'Yes' : 'No') },
  { header: 'Entered by', width: 24, kind: 'text', value: (r) => r.enteredBy ?? '' },
  { header: 'Entered on', width: 14, kind: 'date', value: (r) => r.enteredAt },
];
