// The register's rules for a partnership body the schema refused, so one answer lists every problem:
// without this, a client fixes the schema's problems and only then meets the rules (R-1.1 and the rest).
// The rules read ids, roles, dates and money; whatever of those the body holds in the right shape is
// checked, the rest is left to the schema's own messages.
import type { AppDeps } from '../../app/deps.ts';
import type { Principal } from '../../app/principal.ts';
import { registerProblems, type NamedRecords } from '../../app/partnerships.service.ts';
import { partnershipRuleContext } from '../../app/queries/register.queries.ts';
import { ownAnswerProblems, partnershipProblems, type PartnershipRuleInput, type Problem } from '../../domain/register/partnership.ts';
import { besideSchemaErrors } from '../forms/every-error.ts';
import type { FieldProblem } from './problem.ts';

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const rows = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (v: unknown): string | null => (typeof v === 'string' && DATE.test(v) ? v : null);

/** What the rules can read of a body that may be any JSON at all. */
export function ruleInputOf(body: unknown): PartnershipRuleInput & NamedRecords {
  const b = record(body);
  const money = b.councilContributionPence;
  return {
    partners: rows(b.partners).map((p) => ({ organisationId: text(p.organisationId), role: text(p.role) })),
    representatives: rows(b.representatives).map((r) => ({ personId: text(r.personId), capacity: text(r.capacity) })),
    sponsoringOfficerId: text(b.sponsoringOfficerId) || null,
    accountableOfficerId: text(b.accountableOfficerId) || null,
    priorities: rows(b.priorities).map((p) => ({ priorityId: text(p.priorityId) })),
    startDate: date(b.startDate),
    expectedEndDate: date(b.expectedEndDate),
    councilContributionPence: Number.isSafeInteger(money) ? (money as number) : null,
    withinApprovedBudget: typeof b.withinApprovedBudget === 'boolean' ? b.withinApprovedBudget : null,
  };
}

/** Where a rule's problem shows in the API's terms: partners.1.organisationId, councilContributionPence. */
export function apiField(p: Pick<Problem, 'field' | 'index' | 'key'>): string {
  const base = p.field === 'councilContribution' ? 'councilContributionPence' : p.field;
  return p.index === undefined ? base : `${base}.${p.index}${p.key ? `.${p.key}` : ''}`;
}

/**
 * The rules' problems, the register's own (unknown ids, R-2.16's council people) among them, in the
 * API's terms, beside the schema's (a field the schema already reports keeps the schema's message).
 * A change (PATCH) is checked as updatePartnership checks it: its own answers, without partners or
 * representatives, which change one at a time under their own operations.
 */
export async function ruleProblemsBeside(
  deps: AppDeps,
  principal: Principal,
  body: unknown,
  schemaProblems: readonly FieldProblem[],
  what: 'register' | 'change' = 'register',
): Promise<FieldProblem[]> {
  const db = deps.database.db;
  const input = ruleInputOf(body);
  const problems =
    what === 'change'
      ? [...ownAnswerProblems(input), ...(await registerProblems(db, { ...input, partners: [], representatives: [] }))]
      : [...partnershipProblems(input, await partnershipRuleContext(deps, principal)), ...(await registerProblems(db, input))];
  return besideSchemaErrors(schemaProblems, problems.map((p) => ({ field: apiField(p), message: p.message })));
}
