// The entering assessment and business case (protocol 2.5, 2.6, Appendix 1): one per partnership, changed
// over time. Its own answers are described once here (label, hint, clause) for the pages, the API and the
// History; what the partnership already holds (money, staff and assets, priorities with how, legal form)
// stays on the partnership and is only read. assessmentCompleteness says what is still missing, each item
// with its clause and the page that fixes it: the gate to submit-for-approval (R-APPROVE) refuses with it.
import { LEGAL_FORM_LABELS, type LegalForm } from '../register/vocabulary.ts';

export const MAX_ASSESSMENT_TEXT = 10_000;

/** The assessment's own answers. Text is trimmed, a blank is null: not answered yet. */
export interface Assessment {
  /** R-2.5a: the existing commitments (of staff, money, assets) that taking this on affects. */
  existingCommitments: string | null;
  /** R-A1.1: the legal power the council relies on to enter it. */
  legalPower: string | null;
  /** R-A1.1: whether any bar to using that power has been identified; null: not answered. */
  barIdentified: boolean | null;
  /** R-A1.1: the bar, or how the absence of one was established. */
  barDetails: string | null;
  /** R-A1.2: why the partnership's legal form was chosen. */
  legalFormReason: string | null;
  /** the business case. */
  businessCase: string | null;
  /** its evidence base. */
  evidenceBase: string | null;
}

export const ASSESSMENT_FIELDS = ['existingCommitments', 'legalPower', 'barIdentified', 'barDetails', 'legalFormReason', 'businessCase', 'evidenceBase'] as const satisfies ReadonlyArray<keyof Assessment>;
export type AssessmentField = (typeof ASSESSMENT_FIELDS)[number];

export const EMPTY_ASSESSMENT: Assessment = {
  existingCommitments: null,
  legalPower: null,
  barIdentified: null,
  barDetails: null,
  legalFormReason: null,
  businessCase: null,
  evidenceBase: null,
};

export interface AssessmentFieldText {
  label: string;
  hint: string;
  clause: string;
}

/** Each answer in words, once: the form's label and hint, the read page's key, the History's label. */
export const ASSESSMENT_TEXT: Readonly<Record<AssessmentField, AssessmentFieldText>> = {
  existingCommitments: {
    label: 'Existing commitments it affects',
    hint: 'The council’s existing commitments of staff, money or assets that taking this partnership on affects, and how. Write “None” if it affects none.',
    clause: 'R-2.5a',
  },
  legalPower: {
    label: 'The legal power relied on',
    hint: 'The power that allows the council to enter this arrangement, cited (for example, the general power of competence, Localism Act 2011 section 1).',
    clause: 'R-A1.1',
  },
  barIdentified: {
    label: 'Has any bar to using this power been identified?',
    hint: 'A statutory restriction, a prohibition or a condition that stops the council relying on the power here.',
    clause: 'R-A1.1',
  },
  barDetails: {
    label: 'The bar, or how it was established that there is none',
    hint: 'For example, the advice of the Monitoring Officer or Legal Services, with its date.',
    clause: 'R-A1.1',
  },
  legalFormReason: {
    label: 'Why this legal form was chosen',
    hint: 'Why the partnership’s legal form suits it better than the other forms of Appendix 1.2.',
    clause: 'R-A1.2',
  },
  businessCase: {
    label: 'The business case',
    hint: 'What the council gains and risks, the options considered, and why entering this partnership is the best of them.',
    clause: 'R-2.6.3',
  },
  evidenceBase: {
    label: 'Its evidence base',
    hint: 'The evidence the business case rests on: needs assessments, data, consultations, reports, each named so it can be found.',
    clause: 'R-2.6.3',
  },
};

/** Where a missing item is put right: the assessment's own page, or the partnership's details. */
export type AssessmentPage = 'business-case' | 'details';

export interface MissingItem {
  field: string;
  clause: string;
  message: string;
  page: AssessmentPage;
}

export type Completeness = { complete: true; missing: [] } | { complete: false; missing: MissingItem[] };

/** What the assessment reads from the partnership: it is shown beside the assessment, never copied into it. */
export interface AssessedPartnership {
  legalForm: LegalForm;
  councilContributionPence: number | null;
  priorities: ReadonlyArray<{ how: string }>;
}

const blank = (s: string | null): boolean => !s || !s.trim();

/**
 * What is still missing before the business case may go for approval (R-APPROVE), in the page's order,
 * each with its clause and where to fix it. A missing assessment is every one of its answers missing.
 * Staff, operational assets and in-kind resources (R-2.5a) are the partnership's optional answers, where
 * blank means none, so they are shown but cannot be missing; the money is asked for (£0 if none).
 */
export function assessmentCompleteness(partnership: AssessedPartnership, assessment: Assessment | null): Completeness {
  const a = assessment ?? EMPTY_ASSESSMENT;
  const missing: MissingItem[] = [];
  const own = (field: AssessmentField, message: string) => missing.push({ field, clause: ASSESSMENT_TEXT[field].clause, message, page: 'business-case' });

  // R-2.5a: finance is the partnership's contribution; the rest of its resources are the partnership's too.
  if (partnership.councilContributionPence === null) {
    missing.push({ field: 'councilContributionPence', clause: 'R-2.5a', message: 'Record the council’s contribution per year in the partnership’s details, or £0 if it pays nothing (R-2.5a)', page: 'details' });
  }
  if (blank(a.existingCommitments)) own('existingCommitments', 'Say which existing commitments of staff, money or assets it affects, or “None” (R-2.5a)');
  // R-2.5b: linked to the corporate priorities, with how it helps deliver each.
  if (!partnership.priorities.length) {
    missing.push({ field: 'priorities', clause: 'R-2.5b', message: 'Link the partnership to the corporate priorities it serves, with how it helps deliver each, in the partnership’s details (R-2.5b)', page: 'details' });
  } else if (partnership.priorities.some((p) => blank(p.how))) {
    missing.push({ field: 'priorities', clause: 'R-2.5b', message: 'Say how the partnership helps deliver each corporate priority it is linked to, in the partnership’s details (R-2.5b)', page: 'details' });
  }
  // R-A1.1: the power cited, and no bar identified.
  if (blank(a.legalPower)) own('legalPower', 'Cite the legal power the council relies on to enter it (R-A1.1)');
  if (a.barIdentified === null) own('barIdentified', 'Say whether any bar to using the legal power has been identified (R-A1.1)');
  else if (a.barIdentified) own('barIdentified', 'A bar to using the legal power has been identified: the council cannot enter the partnership until it is resolved (R-A1.1)');
  if (blank(a.barDetails)) own('barDetails', a.barIdentified ? 'Describe the bar that has been identified (R-A1.1)' : 'Say how it was established that there is no bar, for example whose advice (R-A1.1)');
  // R-A1.2: the legal form is the partnership's; why it was chosen is the assessment's.
  if (blank(a.legalFormReason)) own('legalFormReason', `Say why the legal form (${LEGAL_FORM_LABELS[partnership.legalForm]}) was chosen (R-A1.2)`);
  // a formal business case with its evidence base.
  if (blank(a.businessCase)) own('businessCase', 'Write the business case (R-2.6.3)');
  if (blank(a.evidenceBase)) own('evidenceBase', 'Describe the evidence base of the business case (R-2.6.3)');
  return missing.length ? { complete: false, missing } : { complete: true, missing: [] };
}

/** The answers as kept: text trimmed, blanks null, so an unchanged save records no change. */
export function normaliseAssessment(input: Partial<Record<AssessmentField, unknown>>): Assessment {
  const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    existingCommitments: text(input.existingCommitments),
    legalPower: text(input.legalPower),
    barIdentified: typeof input.barIdentified === 'boolean' ? input.barIdentified : null,
    barDetails: text(input.barDetails),
    legalFormReason: text(input.legalFormReason),
    businessCase: text(input.businessCase),
    evidenceBase: text(input.evidenceBase),
  };
}
