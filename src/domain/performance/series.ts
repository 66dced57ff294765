// an indicator's measurements as a rated series: each period's value against its target
// (the period's own or the indicator's), its direction of travel against the period before, and where the
// indicator stands: its latest rating, how many periods in a row it has been red, and the next
// measurement due. A period's measurement is due by the last day of the month after the period ends.
import type { Frequency, Polarity } from './indicator.ts';
import { monthEndAfter, nextPeriodEnding, lastEndedPeriod, periodInWords, periodShort } from './periods.ts';
import { directionOf, ragOf, redRun, type Direction, type RagExplanation } from './rag.ts';

export interface IndicatorRules {
  polarity: Polarity;
  tolerance: number;
  unit: string;
  target: number | null;
  frequency: Frequency;
}

export interface PeriodValue {
  periodEnding: string;
  value: number;
  target: number | null;
}

export interface RatedPeriod {
  periodEnding: string;
  period: string;
  short: string;
  value: number;
  /** The target it was rated against: the period's own, else the indicator's. */
  target: number | null;
  rag: RagExplanation;
  direction: Direction | 'none';
}

export interface IndicatorStanding {
  latest: RatedPeriod | null;
  /** the latest periods in a row rated red. */
  redPeriods: number;
  /** The next period to be measured, by its last day, and the day its measurement is due by. */
  next: { periodEnding: string; period: string; dueBy: string; overdue: boolean };
}

/** The measurements rated, in period order (oldest first). */
export function ratedSeries(indicator: IndicatorRules, values: readonly PeriodValue[]): RatedPeriod[] {
  const sorted = [...values].sort((a, b) => a.periodEnding.localeCompare(b.periodEnding));
  return sorted.map((m, i) => {
    const target = m.target ?? indicator.target;
    return {
      periodEnding: m.periodEnding,
      period: periodInWords(indicator.frequency, m.periodEnding),
      short: periodShort(indicator.frequency, m.periodEnding),
      value: m.value,
      target,
      rag: ragOf({ value: m.value, target, polarity: indicator.polarity, tolerance: indicator.tolerance, unit: indicator.unit }),
      direction: directionOf(m.value, i > 0 ? sorted[i - 1]!.value : null, indicator.polarity),
    };
  });
}

/** The day a period's measurement is due by: the last day of the month after the period ends. */
export const measurementDueBy = (periodEnding: string): string => monthEndAfter(periodEnding, 1);

/** Where the indicator stands on `today` (yyyy-mm-dd), from its rated series. */
export function standingOf(indicator: IndicatorRules, series: readonly RatedPeriod[], today: string): IndicatorStanding {
  const latest = series.at(-1) ?? null;
  return { latest, redPeriods: redRun(series.map((s) => s.rag.status)), next: nextMeasurement(indicator.frequency, latest?.periodEnding ?? null, today) };
}

/** the next period to be measured: the one after the latest measured; with none yet, the last period to have ended. */
export function nextMeasurement(frequency: Frequency, latestPeriodEnding: string | null, today: string): IndicatorStanding['next'] {
  const periodEnding = latestPeriodEnding ? nextPeriodEnding(frequency, latestPeriodEnding) : lastEndedPeriod(frequency, today);
  const dueBy = measurementDueBy(periodEnding);
  return { periodEnding, period: periodInWords(frequency, periodEnding), dueBy, overdue: dueBy < today };
}
