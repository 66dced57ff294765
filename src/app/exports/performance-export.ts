// the council's performance view, as filtered, as CSV or an Excel workbook: one row per
// indicator (domain/export/performance-columns.ts). The view is read whole already (its ratings are
// computed over each indicator's periods), so it is written as one batch.
import type { Readable } from 'node:stream';
import { PERFORMANCE_EXPORT_COLUMNS, type PerformanceExportRow } from '../../domain/export/performance-columns.ts';
import type { CouncilIndicator } from '../queries/performance.queries.ts';
import { csvStream } from './csv.ts';
import { oneBatch } from './one-batch.ts';
import { xlsxStream } from './xlsx.ts';

export function performanceExportRow(x: CouncilIndicator): PerformanceExportRow {
  const { indicator: i, standing } = x;
  const latest = standing.latest;
  return {
    reference: i.reference,
    partnershipName: i.partnershipName,
    objective: i.objectiveTitle,
    indicator: i.name,
    unit: i.unit,
    polarity: i.polarity,
    frequency: i.frequency,
    supplier: i.supplierName,
    latestPeriodEnding: latest?.periodEnding ?? null,
    latestPeriod: latest?.period ?? null,
    value: latest?.value ?? null,
    target: latest?.target ?? null,
    rag: latest?.rag.status ?? 'none',
    reason: latest?.rag.reason ?? 'Nothing measured yet (R-2.9)',
    direction: latest?.direction ?? null,
    redPeriods: standing.redPeriods,
    nextPeriodEnding: standing.next.periodEnding,
    nextDueBy: standing.next.dueBy,
    overdue: standing.next.overdue,
  };
}

export function performanceExport(indicators: readonly CouncilIndicator[], format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  const rows = indicators.map(performanceExportRow);
  return format === 'csv' ? csvStream(PERFORMANCE_EXPORT_COLUMNS, oneBatch(rows)) : xlsxStream(PERFORMANCE_EXPORT_COLUMNS, oneBatch(rows), { sheetName: 'Performance', now });
}
