// The risk matrix in words, the same on its page and in the audit trail: a scale as its levels
// ("1: Rare, 2: Unlikely, …"), a band as its scores and how often it is reviewed.
import type { Describer } from '../../../domain/audit/describe.ts';
import { reviewInterval, type RiskBand } from '../../../domain/risk/matrix.ts';
import { plainValue } from '../organisations/history.ts';

export const scaleInWords = (scale: readonly string[]): string => scale.map((name, i) => `${i + 1}: ${name}`).join(', ');

export const bandInWords = (b: Pick<RiskBand, 'name' | 'from' | 'to' | 'reviewMonths'>): string => `${b.name} (scores ${b.from} to ${b.to}, reviewed ${reviewInterval(b.reviewMonths)})`;

const isBand = (v: unknown): v is RiskBand => typeof v === 'object' && v !== null && 'name' in v && 'from' in v && 'to' in v && 'reviewMonths' in v;

export const riskMatrixDescriber: Describer = {
  labels: { likelihood: 'Likelihood scale', impact: 'Impact scale', bands: 'Bands' },
  value: (field, value) => {
    if ((field === 'likelihood' || field === 'impact') && Array.isArray(value) && value.every((v) => typeof v === 'string')) return scaleInWords(value as string[]);
    if (field === 'bands' && Array.isArray(value) && value.every(isBand)) return (value as RiskBand[]).map(bandInWords).join('; ');
    return plainValue(value);
  },
};
