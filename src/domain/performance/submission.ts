// who may submit an outcome indicator's measurement. The partnership's keepers (its officers) enter
// any; a partner's representative submits only those of the indicators their own organisation supplies,
// since the data is theirs to vouch for (each submission carries its data-quality confirmation).
import type { Problem } from '../register/partnership.ts';

export interface Submitter {
  /** The organisation the submitter works for (their linked person's), if any. */
  organisationId: string | null;
  organisationName: string | null;
}

export interface SuppliedIndicator {
  name: string;
  /** The partner that supplies the indicator's data. */
  organisationId: string;
  supplierName: string;
}

export interface SubmissionExplanation {
  allowed: boolean;
  reason: string;
  clause: 'R-2.9';
}

/** Whether a partner's representative may submit a measurement of this indicator, and why. */
export function maySubmit(submitter: Submitter, indicator: SuppliedIndicator): SubmissionExplanation {
  if (submitter.organisationId === null) {
    return { allowed: false, reason: 'Your account is not linked to a person of a partner organisation, so you cannot submit measurements (R-2.9)', clause: 'R-2.9' };
  }
  if (submitter.organisationId !== indicator.organisationId) {
    return {
      allowed: false,
      reason: `${indicator.supplierName} supplies the data for ${indicator.name}: you can submit measurements only for the indicators ${submitter.organisationName ?? 'your organisation'} supplies (R-2.9)`,
      clause: 'R-2.9',
    };
  }
  return { allowed: true, reason: `${indicator.supplierName} supplies the data for ${indicator.name}, and you work for it (R-2.9)`, clause: 'R-2.9' };
}

/** The problem at the form's indicator field, when the submission is refused. */
export function submissionProblem(explanation: SubmissionExplanation): Problem | null {
  return explanation.allowed ? null : { field: 'indicatorId', message: explanation.reason };
}
