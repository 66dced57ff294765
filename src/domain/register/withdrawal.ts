// Withdrawing a partnership entered by mistake, and deleting one: who may, and what stops them.
// Each decision explains itself, so a page or the API can say why, not only no.
import { can, type Role } from '../access/roles.ts';
import type { Problem } from './partnership.ts';
import type { Status } from './vocabulary.ts';

export const MAX_REASON_LENGTH = 2000;

/**
 * A change to a partnership's record. Withdrawn is final: the record of a mistake is kept as it was
 * withdrawn, so it cannot be changed afterwards. (Its status is not a detail: it changes only through
 * a lifecycle step, domain/lifecycle.)
 */
export function changeProblems(current: Status): Problem[] {
  if (current === 'withdrawn') {
    return [{ field: 'status', message: 'This partnership has been withdrawn: its record is kept as it was and can no longer be changed' }];
  }
  return [];
}

export type Decision = { allowed: true } | { allowed: false; reasons: Problem[] };

const refuse = (...reasons: Problem[]): Decision => ({ allowed: false, reasons });

/** Who may withdraw: whoever keeps the register (officers and administrators). */
export function mayWithdraw(role: Role): boolean {
  return can(role, 'register.manage');
}

/** Who may delete: administrators alone; an officer withdraws instead. */
export function mayDelete(role: Role): boolean {
  return role === 'administrator';
}

/** Withdrawing needs a role that may, a partnership not already withdrawn, and a reason. */
export function withdrawalDecision(role: Role, partnership: { status: Status }, reason: string): Decision {
  if (!mayWithdraw(role)) return refuse({ field: 'role', message: 'Only officers and administrators can withdraw a partnership' });
  if (partnership.status === 'withdrawn') return refuse({ field: 'status', message: 'This partnership has already been withdrawn' });
  const text = reason.trim();
  if (!text) return refuse({ field: 'reason', message: 'Enter why the partnership is being withdrawn' });
  if (text.length > MAX_REASON_LENGTH) return refuse({ field: 'reason', message: `The reason must be ${MAX_REASON_LENGTH.toLocaleString('en-GB')} characters or fewer` });
  return { allowed: true };
}

/**
 * The records that are part of a partnership and go with it when it is deleted: its partners,
 * representatives, priorities, search index and overlap words, its decision rules (R-2.8a, R-2.8b: member seats, voting
 * rules, quorum conditions, changes to the rules), its actions and forward plan (R-2.8d, R-2.8f), its objectives, indicators and measurements (R-A1.3, R-2.9), its reporting lines and reports (R-2.6.2), its action plan and its refreshes (R-2.6.6, R-2.6.7), its risk register, its controls and its reviews (R-2.6.8), its funding proposals (2.4(h)), its termination provisions and exit strategy (R-2.14), its publication on the public register (R-2.6.10), its performance issues and challenges (R-2.6.14, R-2.6.15), its annual reviews and their findings (R-2.6.4, R-2.4e), its lifecycle (approval decisions and transitions), and
 * users' unfinished screening answers (a working copy, decision 39). Anything else that refers to it
 * (a recorded screening, meetings, documents…, as they arrive) is a record of its own and keeps the
 * partnership from deletion: a screened arrangement stays on record (R-2.2), withdrawn if need be.
 */
export const PARTNERSHIP_PARTS: readonly string[] = [
  'partnership_partners',
  'partnership_representatives',
  'member_seats',
  'voting_rules',
  'quorum_conditions',
  'rule_changes',
  'partnership_actions',
  'plan_actions',
  'plan_refreshes',
  'performance_issues',
  'performance_challenges',
  'objective_evaluations',
  'contribution_evaluations',
  'annual_reviews',
  'risk_reviews',
  'risk_controls',
  'risks',
  'funding_proposals',
  'termination_provisions',
  'exit_arrangements',
  'dissolution_items',
  'publications',
  'performance_objectives',
  'outcome_indicators',
  'indicator_measurements',
  'performance_reports',
  'reporting_lines',
  'forward_plan_entries',
  'delegated_authorities',
  'partnership_priorities',
  'partnership_search',
  'partnership_words',
  'partnership_decisions',
  'partnership_transitions',
  'screening_drafts',
];

/** Rows in one table referring to a partnership. */
export interface Reference {
  table: string;
  count: number;
}

/** Plain words for the records that may refer to a partnership, as they arrive; a table not named here is named as it is. */
const REFERENCE_WORDS: Readonly<Record<string, string>> = { screenings: 'recorded screening', business_cases: 'business case', documents: 'document', governance_sections: 'governance section', compliance_attestations: 'compliance attestation', compliance_exceptions: 'compliance exception', meetings: 'meeting' };

function describeReference(r: Reference): string {
  const word = REFERENCE_WORDS[r.table];
  const what = word ? `${word}${r.count === 1 ? '' : 's'}` : `record${r.count === 1 ? '' : 's'} in ${r.table.replaceAll('_', ' ')}`;
  return `${r.count.toLocaleString('en-GB')} ${what}`;
}

/**
 * Who may delete: administrators only, and only while nothing but its own parts refers to it.
 * Its audit history is kept whatever happens: deleting removes the record, not its trail.
 */
export function deletionDecision(role: Role, references: readonly Reference[]): Decision {
  if (!mayDelete(role)) return refuse({ field: 'role', message: 'Only an administrator can delete a partnership. An officer can withdraw it instead' });
  const blocking = references.filter((r) => r.count > 0 && !PARTNERSHIP_PARTS.includes(r.table));
  if (blocking.length) {
    return refuse({
      field: 'references',
      message: `This partnership cannot be deleted because other records refer to it: ${blocking.map(describeReference).join('; ')}. Withdraw it instead, or remove those records first`,
    });
  }
  return { allowed: true };
}
