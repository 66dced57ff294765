// the public register, what a resident may read of a partnership the council has published,
// without signing in. The rule is one function: from what the council holds to what is shown, so every
// public page, the CSV and the JSON open data leave out the same things. Left out, always: a partnership
// not published; a decision taken in private (confidential, R-2.8a); the sponsoring officer's name and
// email, unless the publication says they are public (their job title is shown); meetings already held
// (their decisions are shown instead); and whatever the public register has no column for (the business
// case, risks, people's interests, documents).
import { LEGAL_FORM_LABELS, PARTNER_ROLE_LABELS, STATUS_LABELS, labelOf } from '../register/vocabulary.ts';
import type { DecisionType } from '../decisions/rules.ts';
import { decisionTypeInWords, outcomeInWords } from '../export/decision-columns.ts';

/** The registers a partnership may be published on: one, the council's own at /public. */
export const PUBLIC_REGISTERS = ['public-register'] as const;
export type PublicRegister = (typeof PUBLIC_REGISTERS)[number];
export const PUBLIC_REGISTER_LABELS: Readonly<Record<PublicRegister, string>> = { 'public-register': 'The council’s public register of partnerships' };

/** The council's decision to publish a partnership: when, what residents read first, and whether its sponsor's contact details are public. */
export interface Publication {
  register: PublicRegister;
  /** yyyy-mm-dd. */
  publishedOn: string;
  /** A plain-words summary for residents; the purpose is shown where there is none. */
  summary: string | null;
  /** Whether the sponsoring officer's name and email are shown (their job title always is). */
  contactPublic: boolean;
}

/** What the council holds of a published partnership, as the repository reads it. */
export interface PublicSource {
  reference: string;
  name: string;
  purpose: string;
  expectedOutcomes: string;
  legalForm: string;
  status: string;
  startDate: string | null;
  expectedEndDate: string | null;
  councilContributionPence: number | null;
  updatedAt: string;
  publication: Publication;
  sponsor: { name: string; jobTitle: string | null; email: string | null } | null;
  partners: ReadonlyArray<{ name: string; role: string }>;
  meetings: ReadonlyArray<{ meetsOn: string; startsAt: string | null; title: string }>;
  decisions: ReadonlyArray<{ meetsOn: string; meetingTitle: string; title: string; decisionType: string | null; keyDecision: boolean; confidential: boolean; outcome: string }>;
}

export interface PublicDecision {
  /** The meeting's day, yyyy-mm-dd. */
  decidedOn: string;
  meeting: string;
  title: string;
  type: string;
  keyDecision: boolean;
  outcome: string;
}

/** A partnership as the public register shows it: values in words, money in pence. */
export interface PublicPartnership extends Pick<PublicSource, 'reference' | 'name' | 'purpose' | 'expectedOutcomes' | 'legalForm' | 'status' | 'startDate' | 'expectedEndDate' | 'councilContributionPence'> {
  summary: string;
  sponsoringOfficer: { jobTitle: string | null; name: string | null; email: string | null } | null;
  partners: Array<{ name: string; role: string }>;
  nextMeetings: Array<{ date: string; startsAt: string | null; title: string }>;
  decisions: PublicDecision[];
  publishedOn: string;
  /** When the council last changed what it holds of the partnership, yyyy-mm-dd. */
  lastUpdated: string;
}

/** The meetings still to come that the public page and open data list: the next three. */
export const NEXT_MEETINGS_SHOWN = 3;

/** what may be published of a partnership, on `today` (yyyy-mm-dd). */
export function publicPartnership(s: PublicSource, today: string): PublicPartnership {
  const contact = s.publication.contactPublic;
  return {
    reference: s.reference,
    name: s.name,
    summary: s.publication.summary?.trim() || s.purpose,
    purpose: s.purpose,
    expectedOutcomes: s.expectedOutcomes,
    legalForm: labelOf(LEGAL_FORM_LABELS, s.legalForm),
    status: labelOf(STATUS_LABELS, s.status),
    startDate: s.startDate,
    expectedEndDate: s.expectedEndDate,
    councilContributionPence: s.councilContributionPence,
    sponsoringOfficer: s.sponsor ? { jobTitle: s.sponsor.jobTitle, name: contact ? s.sponsor.name : null, email: contact ? s.sponsor.email : null } : null,
    partners: s.partners.map((p) => ({ name: p.name, role: labelOf(PARTNER_ROLE_LABELS, p.role) })),
    nextMeetings: s.meetings
      .filter((m) => m.meetsOn >= today)
      .toSorted((a, b) => a.meetsOn.localeCompare(b.meetsOn) || (a.startsAt ?? '').localeCompare(b.startsAt ?? ''))
      .slice(0, NEXT_MEETINGS_SHOWN)
      .map((m) => ({ date: m.meetsOn, startsAt: m.startsAt, title: m.title })),
    // R-2.8a: a decision taken in private is never published.
    decisions: s.decisions
      .filter((d) => !d.confidential)
      .map((d) => ({
        decidedOn: d.meetsOn,
        meeting: d.meetingTitle,
        title: d.title,
        type: decisionTypeInWords(d.decisionType as DecisionType | null),
        keyDecision: d.keyDecision,
        outcome: outcomeInWords(d.outcome),
      })),
    publishedOn: s.publication.publishedOn,
    lastUpdated: s.updatedAt.slice(0, 10),
  };
}
