// One section of a partnership's governance (R-2.7's elements a–o, the running arrangements of Appendix
// 1.4–1.6 and 2.6, 2.10–2.12, 2.17) as the partners have it: its status, a summary of what they agreed or
// are drafting, and when they agreed it. The rules of a section on its own are here; which sections a
// partnership needs is completeness.ts's.
import { SECTION_STATUSES, type SectionStatus } from './catalogue.ts';

export const MAX_SECTION_SUMMARY = 10_000;

/** What is kept for a section: text trimmed, a blank summary null; agreedOn only when it is agreed. */
export interface SectionRecord {
  status: SectionStatus;
  summary: string | null;
  /** yyyy-mm-dd: when the partners agreed it; null unless agreed. */
  agreedOn: string | null;
}

export const NOT_STARTED: SectionRecord = Object.freeze({ status: 'not-started', summary: null, agreedOn: null });

export interface SectionProblem {
  field: 'status' | 'summary' | 'agreedOn';
  message: string;
}

export const isSectionStatus = (value: unknown): value is SectionStatus => SECTION_STATUSES.includes(value as SectionStatus);

/**
 * What stops a section being kept as sent, each at its field. `today` is yyyy-mm-dd in the council's time.
 * an agreed section says when the partners agreed it, and that is not a day still to come; a
 * section not agreed has no date of agreement (it would say it was agreed when it was not).
 */
export function sectionProblems(s: SectionRecord, clause: string, today: string): SectionProblem[] {
  const problems: SectionProblem[] = [];
  if (s.status === 'agreed' && !s.agreedOn) problems.push({ field: 'agreedOn', message: `Enter the date the partners agreed it (${clause})` });
  else if (s.status === 'agreed' && s.agreedOn! > today) problems.push({ field: 'agreedOn', message: 'The date it was agreed must be today or in the past' });
  else if (s.status !== 'agreed' && s.agreedOn) problems.push({ field: 'agreedOn', message: 'Give the date it was agreed only when its status is Agreed' });
  // An agreed section says what was agreed, so whoever reads the framework need not find the document.
  if (s.status === 'agreed' && !s.summary) problems.push({ field: 'summary', message: `Summarise what the partners agreed (${clause})` });
  return problems;
}

/** The section as kept: the summary trimmed, a blank one null, so an unchanged save records no change. */
export function normaliseSection(input: { status: SectionStatus; summary?: string | null; agreedOn?: string | null }): SectionRecord {
  const summary = typeof input.summary === 'string' && input.summary.trim() ? input.summary.trim() : null;
  return { status: input.status, summary, agreedOn: input.agreedOn ?? null };
}
