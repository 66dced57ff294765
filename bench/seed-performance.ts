// The boards' performance for the benchmark's Performance pages (after bench/seed-boards.ts): rows inserted
// straight through Kysely, shaped as the example council's demo records them (src/app/demo-data/performance.ts).
// Every board's partnership gets two strategic objectives, each measured by two quarterly outcome indicators
// (one where higher is better, one where lower is), supplied by one of its partners, with the last eight
// quarters measured: a steady improvement, one indicator of every four red for its last two quarters (a red
// run, R-2.6.14). The measured board's first indicator is the one whose page is measured.
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../src/db/database.ts';
import { lastEndedPeriod, monthEndAfter } from '../src/domain/performance/periods.ts';
import type { Board } from './seed-boards.ts';
import { insertMany, type Row } from './seed.ts';

const QUARTERS = 8;
const OBJECTIVES = [
  { title: 'More residents live independently at home', outcome: 'Fewer residents move into residential care before they need to.' },
  { title: 'Residents reach the help they need sooner', outcome: 'Waiting times fall and more are helped at the first contact.' },
];
const INDICATORS = [
  { name: 'Residents supported to stay at home', unit: 'residents', polarity: 'higher', baseline: 400, target: 520 },
  { name: 'Average wait for a first assessment', unit: 'days', polarity: 'lower', baseline: 28, target: 14 },
] as const;

export interface MeasuredPerformance {
  /** The measured board's first indicator: its page is measured. */
  indicatorId: string;
  indicatorName: string;
  objectiveTitles: string[];
  /** Each of its quarters as the indicator's table shows the value ("471 residents"). */
  values: string[];
}

export interface PerformanceReport {
  objectives: number;
  indicators: number;
  measurements: number;
  red: number;
  measured: MeasuredPerformance;
}

/** Objectives, indicators and eight quarters of measurements for every board's partnership. */
export async function seedPerformance(database: Database, boards: readonly Board[], measuredPartnershipId: string, today: string): Promise<PerformanceReport> {
  const db = database.db;
  const now = new Date().toISOString();
  const last = lastEndedPeriod('quarterly', today);
  const quarters = Array.from({ length: QUARTERS }, (_, i) => monthEndAfter(last, -3 * (QUARTERS - 1 - i)));
  const objectives: Array<Row<'performance_objectives'>> = [];
  const indicators: Array<Row<'outcome_indicators'>> = [];
  const measurements: Array<Row<'indicator_measurements'>> = [];
  let measured: MeasuredPerformance | undefined;
  let red = 0;
  boards.forEach((board, b) => {
    const supplier = board.seats[board.seats.length - 1]!.organisationId;
    OBJECTIVES.forEach((o, k) => {
      const objectiveId = uuidv7();
      objectives.push({ id: objectiveId, partnership_id: board.partnershipId, title: o.title, outcome: o.outcome, position: k });
      INDICATORS.forEach((x, j) => {
        const id = uuidv7();
        indicators.push({
          id, partnership_id: board.partnershipId, objective_id: objectiveId, name: x.name, definition: `${x.name}, counted by the partner at each quarter end.`,
          unit: x.unit, polarity: x.polarity, baseline: x.baseline, target: x.target, tolerance: 5, frequency: 'quarterly', organisation_id: supplier,
          data_quality: 'Taken from the partner’s case management system.', position: 2 * k + j,
        });
        const failing = (b + 2 * k + j) % 4 === 0;
        if (failing) red++;
        const values = quarters.map((periodEnding, q) => {
          const step = (x.target - x.baseline) / QUARTERS;
          // The last two quarters of a failing indicator fall back to the baseline: red twice.
          const value = Math.round(failing && q >= QUARTERS - 2 ? x.baseline : x.baseline + step * (q + 1));
          measurements.push({
            id: uuidv7(), partnership_id: board.partnershipId, indicator_id: id, period_ending: periodEnding, value, target: null,
            commentary: q === QUARTERS - 1 ? 'As reported to the board.' : null, attested: 1, entered_by_user_id: null, entered_by: 'Benchmark', entered_at: now,
          });
          return `${value} ${x.unit}`;
        });
        if (board.partnershipId === measuredPartnershipId && k === 0 && j === 0) {
          measured = { indicatorId: id, indicatorName: x.name, objectiveTitles: OBJECTIVES.map((ob) => ob.title), values };
        }
      });
    });
  });
  await insertMany(db, 'performance_objectives', objectives);
  await insertMany(db, 'outcome_indicators', indicators);
  await insertMany(db, 'indicator_measurements', measurements);
  if (!measured) throw new Error('the measured board has no indicators');
  return { objectives: objectives.length, indicators: indicators.length, measurements: measurements.length, red, measured };
}
