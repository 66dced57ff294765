// A partnership's significance tier (minor, standard, significant) from the council's criteria, with the
// reasons, so small informal arrangements get proportionate governance and the page can say why.
import { formatPence } from '../register/money.ts';
import { LEGAL_FORM_LABELS, type LegalForm } from '../register/vocabulary.ts';
import type { ComplianceConfig, Tier } from '../protocol-config/schema.ts';

export interface TierFacts {
  legalForm: LegalForm;
  councilContributionPence: number | null;
  startDate: string | null;
  expectedEndDate: string | null;
}

export interface TierExplanation {
  tier: Tier;
  reasons: string[];
}

/** Whole years from start to expected end (a year counted when the anniversary is reached). */
function years(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  return ey - sy - (em < sm || (em === sm && ed < sd) ? 1 : 0);
}

export function significanceTier(p: TierFacts, criteria: ComplianceConfig['tiers']): TierExplanation {
  const significant: string[] = [];
  const pence = p.councilContributionPence;
  if (pence !== null && pence >= criteria.significantFromPence) significant.push(`the council contributes ${formatPence(pence)} a year, at least ${formatPence(criteria.significantFromPence)}`);
  if (p.startDate && p.expectedEndDate && years(p.startDate, p.expectedEndDate) >= criteria.significantFromYears) {
    significant.push(`it is expected to last ${years(p.startDate, p.expectedEndDate)} years, at least ${criteria.significantFromYears}`);
  }
  if (criteria.significantLegalForms.includes(p.legalForm)) significant.push(`its legal form is ${LEGAL_FORM_LABELS[p.legalForm]}`);
  if (significant.length) return { tier: 'significant', reasons: significant };
  // Minor needs the money known: an arrangement whose cost is not yet recorded is not assumed small.
  if (pence !== null && pence < criteria.minorBelowPence && criteria.minorLegalForms.includes(p.legalForm)) {
    return { tier: 'minor', reasons: [`the council contributes ${formatPence(pence)} a year, less than ${formatPence(criteria.minorBelowPence)}`, `its legal form is ${LEGAL_FORM_LABELS[p.legalForm]}`] };
  }
  return { tier: 'standard', reasons: ['neither minor nor significant by the council’s criteria'] };
}

export const TIER_LABELS: Readonly<Record<Tier, string>> = { minor: 'Minor', standard: 'Standard', significant: 'Significant' };
