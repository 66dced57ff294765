// A line of the register list, assembled from the rows the list's statements return: the page of
// partnerships, their partners and their officers' names. Pure, so that the benchmark's minimal route
// (bench/limit-server.ts) builds exactly the same answer from the same rows as searchRegister does.
import type { LegalForm, PartnerRole, Status } from './vocabulary.ts';

export interface RegisterRow {
  id: string;
  reference: string;
  name: string;
  status: Status;
  legalForm: LegalForm;
  councilContributionPence: number | null;
  withinApprovedBudget: boolean | null;
  startDate: string | null;
  expectedEndDate: string | null;
  sponsoringOfficerName: string | null;
  accountableOfficerName: string | null;
  purpose: string;
  partners: Array<{ name: string; role: PartnerRole; isThisCouncil: boolean }>;
}

/** A partnerships row as either database returns it (SQLite gives integers for booleans, PostgreSQL bigints as strings). */
export interface PartnershipListRow {
  id: string;
  reference: string;
  name: string;
  status: string;
  legal_form: string;
  council_contribution_pence: number | string | bigint | null;
  within_approved_budget: number | string | boolean | null;
  start_date: string | null;
  expected_end_date: string | null;
  sponsoring_officer_id: string | null;
  accountable_officer_id: string | null;
  purpose: string;
}

export interface PartnerListRow {
  partnership_id: string;
  name: string;
  is_this_council: number | string | boolean;
  role: string;
}

export interface OfficerNameRow {
  id: string;
  name: string;
}

/** The officers whose names the page needs, each once. */
export function officerIdsOf(rows: readonly PartnershipListRow[]): string[] {
  return [...new Set(rows.flatMap((r) => [r.sponsoring_officer_id, r.accountable_officer_id]).filter((x): x is string => !!x))];
}

/** The page's lines, in the page's order; partners keep the order they were read in (by position). */
export function assembleRegisterRows(
  rows: readonly PartnershipListRow[],
  partners: readonly PartnerListRow[],
  officers: readonly OfficerNameRow[],
): RegisterRow[] {
  const names = new Map(officers.map((o) => [o.id, o.name]));
  const partnersOf = Map.groupBy(partners, (p) => p.partnership_id);
  const nameOf = (id: string | null) => (id ? (names.get(id) ?? null) : null);
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    name: r.name,
    status: r.status as Status,
    legalForm: r.legal_form as LegalForm,
    councilContributionPence: r.council_contribution_pence === null ? null : Number(r.council_contribution_pence),
    withinApprovedBudget: r.within_approved_budget === null ? null : Number(r.within_approved_budget) === 1,
    startDate: r.start_date,
    expectedEndDate: r.expected_end_date,
    sponsoringOfficerName: nameOf(r.sponsoring_officer_id),
    accountableOfficerName: nameOf(r.accountable_officer_id),
    purpose: r.purpose,
    partners: (partnersOf.get(r.id) ?? []).map((p) => ({ name: p.name, role: p.role as PartnerRole, isThisCouncil: Number(p.is_this_council) === 1 })),
  }));
}
