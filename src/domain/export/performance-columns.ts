// the council's performance view as a spreadsheet, one row per outcome indicator: its
// partnership and objective, what it measures, its latest period with the value, target and rating (and
// the rating's reason, citing its clause), the direction of travel, red periods in a row and the next
// measurement due. One list of columns serves the CSV and the XLSX.
import { FREQUENCY_LABELS, POLARITY_LABELS, type Frequency, type Polarity } from '../performance/indicator.ts';
import { DIRECTION_LABELS, RAG_LABELS, type Direction, type RagStatus } from '../performance/rag.ts';
import type { Column } from './columns.ts';

export interface PerformanceExportRow {
  reference: string;
  partnershipName: string;
  objective: string;
  indicator: string;
  unit: string;
  polarity: Polarity;
  frequency: Frequency;
  supplier: string;
  latestPeriodEnding: string | null;
  latestPeriod: string | null;
  value: number | null;
  target: number | null;
  rag: RagStatus | 'none';
  reason: string;
  direction: Direction | 'none' | null;
  redPeriods: number;
  nextPeriodEnding: string;
  nextDueBy: string;
  overdue: boolean;
}

export const PERFORMANCE_EXPORT_COLUMNS: readonly Column<PerformanceExportRow>[] = [
  { header: 'Reference', width: 16, kind: 'text', value: (r) => r.reference },
  { header: 'Partnership', width: 36, kind: 'text', value: (r) => r.partnershipName },
  { header: 'Objective (R-A1.3)', width: 40, kind: 'text', value: (r) => r.objective },
  { header: 'Outcome indicator (R-2.9)', width: 40, kind: 'text', value: (r) => r.indicator },
  { header: 'Unit', width: 10, kind: 'text', value: (r) => r.unit },
  { header: 'Which way is better', width: 18, kind: 'text', value: (r) => POLARITY_LABELS[r.polarity] },
  { header: 'Reported', width: 18, kind: 'text', value: (r) => FREQUENCY_LABELS[r.frequency] },
  { header: 'Data supplied by', width: 30, kind: 'text', value: (r) => r.supplier },
  { header: 'Latest period ending', width: 14, kind: 'date', value: (r) => r.latestPeriodEnding },
  { header: 'Latest period', width: 30, kind: 'text', value: (r) => r.latestPeriod ?? '' },
  { header: 'Value', width: 12, kind: 'number', value: (r) => r.value },
  { header: 'Target', width: 12, kind: 'number', value: (r) => r.target },
  { header: 'Rating', width: 10, kind: 'text', value: (r) => (r.latestPeriod ? RAG_LABELS[r.rag] : 'Not measured') },
  { header: 'Why', width: 60, kind: 'text', value: (r) => r.reason },
  { header: 'Direction of travel', width: 16, kind: 'text', value: (r) => (r.direction ? DIRECTION_LABELS[r.direction] : '') },
  { header: 'Red periods in a row (R-2.6.14)', width: 12, kind: 'integer', value: (r) => r.redPeriods },
  { header: 'Next period ending', width: 14, kind: 'date', value: (r) => r.nextPeriodEnding },
  { header: 'Next due by', width: 14, kind: 'date', value: (r) => r.nextDueBy },
  { header: 'Overdue', width: 10, kind: 'text', value: (r) => (r.overdue ? 'Yes' : 'No') },
];
