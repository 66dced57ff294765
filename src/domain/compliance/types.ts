// The compliance engine's words: a requirement of the protocol (requirements.md, one entry per id) and
// what the engine finds for one partnership. Pages, the API, the dashboard, exports and the lifecycle's
// gate all show findings as they are.

export type RequirementKind = 'record' | 'rule' | 'check' | 'due';

/**
 * How Accord evidences a requirement: computed from its own records; attested (a statement, who, when,
 * valid until) where the structured data arrives in a later issue; or kept by Accord itself for every
 * partnership (the audit trail, the exports).
 */
export type Evidence = 'computed' | 'attested' | 'system';

export type ResultKind = 'pass' | 'gap' | 'not-applicable';
export const RESULT_LABELS: Readonly<Record<ResultKind, string>> = { pass: 'Met', gap: 'Gap', 'not-applicable': 'Not applicable' };

export interface Requirement {
  id: string;
  clause: string;
  kind: RequirementKind;
  title: string;
  /** The requirements.md heading it sits under, in words. */
  section: string;
  how: Evidence;
}

/** Where a gap is put right: a page of the partnership ('' is its details' change form). */
export interface FindingFix {
  href: string;
  text: string;
}

export interface Attestation {
  id: string;
  requirementId: string;
  statement: string;
  documentId: string | null;
  attestedBy: string;
  attestedOn: string;
  validUntil: string;
}

/** An agreed departure from a requirement that gates operating: the gate passes while it is in date. */
export interface ComplianceException {
  id: string;
  requirementId: string;
  reason: string;
  agreedBy: string;
  recordedBy: string;
  recordedOn: string;
  until: string;
}

export interface Finding {
  requirementId: string;
  clause: string;
  kind: RequirementKind;
  title: string;
  section: string;
  how: Evidence;
  result: ResultKind;
  /** In words, citing the clause: why it is met, what is missing, or why it does not apply. */
  reason: string;
  evidence: string[];
  fix?: FindingFix;
  /** The attestation in date that evidences it, or the latest one that has expired. */
  attestation?: Attestation;
  /** The exception in date that lets the step to operating go ahead despite the gap. */
  exception?: ComplianceException;
  /** Whether this requirement must be met (or excepted) before the partnership starts operating. */
  gatesOperating: boolean;
}
