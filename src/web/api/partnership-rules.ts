// The register's rules for a partnership body the schema refused, so one answer lists every problem:
// without this, a client fixes the schema's problems and only then meets the rules (R-1.1 and the rest).
// The rules read ids, roles, dates and money; whatever of those the body holds in the right shape is
// checked, the rest is left to the schema's own messages.
import type { Db } from '../../db/database.ts';
import { findCouncilOrganisation } from '../../db/repositories/organisations.repo.ts';
import { partnershipProblems, type PartnershipRuleInput } from '../../domain/register/partnership.ts';
import type { FieldProblem } from './problem.ts';

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const rows = (v: unknown): Record<string, unknown>[] => (Array.isArray(v) ? v.map(record) : []);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (v: unknown): string | null => (typeof v === 'string' && DATE.test(v) ? v : null);

/** What the rules can read of a body that may be any JSON at all. */
export function ruleInputOf(body: unknown): PartnershipRuleInput {
  const b = record(body);
  const money = b.councilContributionPence;
  return {
    partners: rows(b.partners).map((p) => ({ organisationId: text(p.organisationId), role: text(p.role) })),
    representatives: rows(b.representatives).map((r) => ({ personId: text(r.personId) })),
    priorities: rows(b.priorities).map((p) => ({ priorityId: text(p.priorityId) })),
    startDate: date(b.startDate),
    expectedEndDate: date(b.expectedEndDate),
    councilContributionPence: Number.isSafeInteger(money) ? (money as number) : null,
    withinApprovedBudget: typeof b.withinApprovedBudget === 'boolean' ? b.withinApprovedBudget : null,
  };
}

/**
 * The rules' problems in the API's terms (partners.1.organisationId, councilContributionPence), leaving
 * out any field the schema already reports.
 */
export async function ruleProblemsBeside(db: Db, body: unknown, schemaProblems: readonly FieldProblem[]): Promise<FieldProblem[]> {
  const council = await findCouncilOrganisation(db);
  const taken = new Set(schemaProblems.map((p) => p.field));
  const out: FieldProblem[] = [];
  for (const p of partnershipProblems(ruleInputOf(body), { councilOrganisationId: council?.id ?? null })) {
    const base = p.field === 'councilContribution' ? 'councilContributionPence' : p.field;
    const field = p.index === undefined ? base : `${base}.${p.index}${p.key ? `.${p.key}` : ''}`;
    if (taken.has(field)) continue;
    taken.add(field);
    out.push({ field, message: p.message });
  }
  return out;
}
