// R-A1.3, R-2.9: a strategic objective's outcome indicators, how often they are reported, and the
// vocabulary their records and pages share. Which period a measurement is of (periods.ts) and how it
// compares with its target (rag.ts) are rules of their own.
import type { Problem } from '../register/partnership.ts';

export const POLARITIES = ['higher', 'lower'] as const;
export type Polarity = (typeof POLARITIES)[number];
export const POLARITY_LABELS: Readonly<Record<Polarity, string>> = { higher: 'Higher is better', lower: 'Lower is better' };

export const FREQUENCIES = ['monthly', 'quarterly', 'annual'] as const;
export type Frequency = (typeof FREQUENCIES)[number];
export const FREQUENCY_LABELS: Readonly<Record<Frequency, string>> = { monthly: 'Monthly', quarterly: 'Quarterly', annual: 'Annually (by financial year)' };

/** The amber tolerance an indicator starts with: within 5% of its target is amber, not red. */
export const DEFAULT_TOLERANCE = 5;

export interface ObjectiveInput {
  title: string;
  /** What success looks like, in the partnership's words. */
  outcome: string | null;
}

export interface Objective extends ObjectiveInput {
  id: string;
  /** How many outcome indicators measure it (R-A1.3). */
  indicators: number;
}

export interface IndicatorInput {
  objectiveId: string;
  name: string;
  definition: string;
  unit: string;
  polarity: Polarity;
  baseline: number | null;
  target: number | null;
  /** Per cent of the target a value may miss it by and be amber rather than red. */
  tolerance: number;
  frequency: Frequency;
  /** The partner that supplies the data. */
  organisationId: string;
  dataQuality: string | null;
}

export interface Indicator extends IndicatorInput {
  id: string;
  objectiveTitle: string;
  supplierName: string;
}

export interface MeasurementInput {
  indicatorId: string;
  /** The last day of the period measured, yyyy-mm-dd (periods.ts). */
  periodEnding: string;
  value: number;
  /** This period's target, where it differs from the indicator's. */
  target: number | null;
  commentary: string | null;
  /** whoever enters it confirms the data's quality. */
  attested: boolean;
}

export interface Measurement extends MeasurementInput {
  id: string;
  indicatorName: string;
  frequency: Frequency;
  /** Who entered it (their name), and when. */
  enteredBy: string | null;
  enteredAt: string;
}

/** A number as the pages show it with its unit: "62%", "1,240 people", "£3.50". */
export function amountInWords(value: number, unit: string): string {
  const n = value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
  const u = unit.trim();
  if (u === '%') return `${n}%`;
  if (u === '£') return `£${n}`;
  return u ? `${n} ${u}` : n;
}

/** a measurement is submitted with its data-quality confirmation. */
export function measurementProblems(m: Partial<MeasurementInput>): Problem[] {
  // Not sent (a checkbox left unticked sends nothing) is not confirmed.
  return m.attested !== true ? [{ field: 'attested', message: 'Confirm the data has been checked for quality before submitting it (R-2.9)' }] : [];
}
