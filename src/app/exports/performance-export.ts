// the council's performance view, as filtered, as CSV or an Excel workbook: one row per
// indicator (domain/export/performance-columns.ts); and its measurements, one row per period
// (domain/export/measurement-columns.ts). The view is read whole already (its ratings are
// computed over each indicator's periods), so it is written as one batch.
import type { Readable } from 'node:stream';
import { PERFORMANCE_EXPORT_COLUMNS, type PerformanceExportRow } from '../../domain/export/performance-columns.ts';
import { MEASUREMENT_EXPORT_COLUMNS, type MeasurementExportRow } from '../../domain/export/measurement-columns.ts';
import type { CouncilIndicator } from '../queries/performance.queries.ts';
import { csvStream } from './csv.ts';
import { oneBatch } from './one-batch.ts';
import { xlsxStream } from './xlsx.ts';

/** What both exports say of the indicator a row is about. */
const indicatorOf = (i: CouncilIndicator['indicator']) => ({ reference: i.reference, partnershipName: i.partnershipName, objective: i.objectiveTitle, indicator: i.name, unit: i.unit, supplier: i.supplierName });

export function performanceExportRow(x: CouncilIndicator): PerformanceExportRow {
  const { indicator: i, standing } = x;
  const latest = standing.latest;
  return {
    ...indicatorOf(i),
    polarity: i.polarity,
    frequency: i.frequency,
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

/** One row per measurement, each with the rating its period was given (the series and the measurements share their order). */
export function measurementExportRows(x: CouncilIndicator): MeasurementExportRow[] {
  const { indicator: i } = x;
  return x.measurements.map((m, n) => {
    const rated = x.series[n]!;
    return {
      ...indicatorOf(i),
      periodEnding: m.periodEnding,
      period: rated.period,
      value: m.value,
      target: rated.target,
      rag: rated.rag.status,
      reason: rated.rag.reason,
      direction: rated.direction,
      commentary: m.commentary,
      attested: m.attested,
      enteredBy: m.enteredBy,
      enteredAt: m.enteredAt,
    };
  });
}

export function measurementExport(indicators: readonly CouncilIndicator[], format: 'csv' | 'xlsx', now: Date): Promise<Readable> {
  const rows = indicators.flatMap(measurementExportRows);
  return format === 'csv' ? csvStream(MEASUREMENT_EXPORT_COLUMNS, oneBatch(rows)) : xlsxStream(MEASUREMENT_EXPORT_COLUMNS, oneBatch(rows), { sheetName: 'Measurements', now });
}
