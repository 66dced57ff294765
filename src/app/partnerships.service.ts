// Registering and changing partnerships. The record is checked against the protocol's rules
// (domain/register/partnership.ts), given its reference, indexed for search and audited.
import type { Db, Trx } from '../db/database.ts';
import { decisionsOf } from '../db/repositories/lifecycle.repo.ts';
import { findCouncilOrganisation, organisationsExist } from '../db/repositories/organisations.repo.ts';
import { namedPeople } from '../db/repositories/people.repo.ts';
import { prioritiesExist } from '../db/repositories/priorities.repo.ts';
import {
  deletePartnershipRow,
  findPartnership,
  findPartnershipView,
  findWithdrawal,
  insertPartnership,
  nextReferenceNumber,
  referencesTo,
  updatePartnership as updatePartnershipRow,
} from '../db/repositories/partnerships.repo.ts';
import type { Role } from '../domain/access/roles.ts';
import { changeProblems, deletionDecision, type Decision, type Reference } from '../domain/register/withdrawal.ts';
import {
  councilPeopleProblems,
  normalisePartnership,
  ownAnswerProblems,
  partnershipProblems,
  plainAnswers,
  type PartnershipChange,
  type PartnershipDetails,
  type Problem,
  type RepresentativeLink,
} from '../domain/register/partnership.ts';
import type { PartnershipView } from '../domain/register/records.ts';
import { formatReference } from '../domain/register/reference.ts';
import { command } from './command.ts';
import { transition } from './lifecycle.service.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import { reindexPartnership } from './search-index.ts';

/** The audit trail keeps names beside ids, so the History tab reads in plain words. */
function audited(p: PartnershipView) {
  const { priorities, ...own } = auditedOwn(p);
  return {
    ...own,
    partners: p.partnerViews.map((x) => ({ organisation: x.name, role: x.role, memberStatus: x.memberStatus })),
    representatives: p.representativeViews.map((x) => ({ person: x.name, capacity: x.capacity })),
    priorities,
  };
}

/** What a change of the partnership can change: its partners and representatives are audited as their own records. */
function auditedOwn(p: PartnershipView) {
  return {
    ...plainAnswers(p),
    sponsoringOfficer: p.sponsoringOfficer?.name ?? null,
    accountableOfficer: p.accountableOfficer?.name ?? null,
    priorities: p.priorityViews.map((x) => ({ priority: x.title, how: x.how })),
  };
}

/** The records a partnership names, as far as they are known (a form or body the schema refused in part). */
export interface NamedRecords {
  partners: ReadonlyArray<{ organisationId: string }>;
  sponsoringOfficerId: string | null;
  accountableOfficerId: string | null;
  representatives: ReadonlyArray<{ personId: string; capacity: string }>;
  priorities: ReadonlyArray<{ priorityId: string }>;
}

// An id of any other shape is the schema's to report, and is never looked up.
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ids = (values: ReadonlyArray<string | null>): string[] => values.filter((x): x is string => !!x && ID.test(x));

/**
 * The rules that need the register: each id names a record that exists, and the council's people are
 * its own. The pages and the API also call it when the schema refuses the rest, so one answer
 * has every problem.
 */
export async function registerProblems(db: Db | Trx, d: NamedRecords): Promise<Problem[]> {
  const problems: Problem[] = [];
  const orgs = await organisationsExist(db, ids(d.partners.map((p) => p.organisationId)));
  const unknownPartner = d.partners.findIndex((p) => ID.test(p.organisationId) && !orgs.has(p.organisationId));
  if (unknownPartner !== -1) problems.push({ field: 'partners', message: 'Select partner organisations from the register', index: unknownPartner, key: 'organisationId' });
  const people = await namedPeople(db, ids([d.sponsoringOfficerId, d.accountableOfficerId, ...d.representatives.map((r) => r.personId)]));
  const unknown = (id: string | null) => !!id && ID.test(id) && !people.has(id);
  if (unknown(d.sponsoringOfficerId)) problems.push({ field: 'sponsoringOfficerId', message: 'Select a sponsoring officer from the register' });
  if (unknown(d.accountableOfficerId)) problems.push({ field: 'accountableOfficerId', message: 'Select an accountable officer from the register' });
  const unknownPerson = d.representatives.findIndex((r) => unknown(r.personId));
  if (unknownPerson !== -1) problems.push({ field: 'representatives', message: 'Select representatives from the register', index: unknownPerson, key: 'personId' });
  // The capacity is only compared with the person's council role; one the schema refused matches none.
  problems.push(...councilPeopleProblems({ ...d, representatives: d.representatives as ReadonlyArray<RepresentativeLink> as RepresentativeLink[] }, people));
  const priorities = await prioritiesExist(db, ids(d.priorities.map((p) => p.priorityId)));
  if (d.priorities.some((p) => ID.test(p.priorityId) && !priorities.has(p.priorityId))) problems.push({ field: 'priorities', message: 'Select corporate priorities from the list' });
  return problems;
}

async function check(trx: Trx, d: PartnershipDetails): Promise<void> {
  const council = await findCouncilOrganisation(trx);
  const problems: Problem[] = partnershipProblems(d, { councilOrganisationId: council?.id ?? null });
  problems.push(...(await registerProblems(trx, d)));
  if (problems.length) throw new ValidationError(problems);
}

/** Only what a change changes, whatever else the caller's object holds (a whole PartnershipView, say). */
function ownAnswers(d: PartnershipChange): PartnershipChange {
  const { partners: _partners, representatives: _representatives, ...own } = d as PartnershipChange & Partial<Pick<PartnershipDetails, 'partners' | 'representatives'>>;
  return own;
}

export async function createPartnership(deps: AppDeps, ctx: RequestContext, input: PartnershipDetails): Promise<PartnershipView> {
  const d = normalisePartnership(input);
  return command(deps, ctx, async (trx, audit) => {
    await check(trx, d);
    const now = deps.clock.now();
    const year = now.getUTCFullYear();
    const number = await nextReferenceNumber(trx, year);
    const id = deps.ids.next();
    await insertPartnership(trx, id, { reference: formatReference(year, number), year, number }, d, now.toISOString());
    await reindexPartnership(trx, id);
    const created = (await findPartnershipView(trx, id))!;
    audit.record({ entityType: 'partnership', entityId: id, action: 'created', after: { reference: created.reference, ...audited(created) } });
    return created;
  });
}

/**
 * Changes the partnership's own answers and its priorities, checked by the rules for those; its partners
 * and representatives are left as they are (they change one at a time, app/records, issue 8).
 */
export async function updatePartnership(deps: AppDeps, ctx: RequestContext, id: string, input: PartnershipChange): Promise<PartnershipView> {
  const d = ownAnswers(normalisePartnership(input));
  return command(deps, ctx, async (trx, audit) => {
    const before = await findPartnershipView(trx, id);
    if (!before) throw new NotFoundError('No such partnership');
    // Withdrawn is final.
    const statusProblems = changeProblems(before.status);
    if (statusProblems.length) throw new ValidationError(statusProblems);
    const problems = [...ownAnswerProblems(d), ...(await registerProblems(trx, { ...d, partners: [], representatives: [] }))];
    if (problems.length) throw new ValidationError(problems);
    await updatePartnershipRow(trx, id, d, deps.clock.now().toISOString());
    await reindexPartnership(trx, id);
    const after = (await findPartnershipView(trx, id))!;
    audit.record({ entityType: 'partnership', entityId: id, action: 'updated', before: auditedOwn(before), after: auditedOwn(after) });
    return after;
  });
}

export async function loadPartnership(deps: AppDeps, id: string): Promise<PartnershipView> {
  const p = await findPartnershipView(deps.database.db, id);
  if (!p) throw new NotFoundError('No such partnership');
  return p;
}

export { findPartnership };

// Routes refuse a role that may not act before calling (403); here every refusal is also enforced.
function decided(decision: Decision): void {
  if (!decision.allowed) throw new ValidationError(decision.reasons);
}

/**
 * Withdraws a partnership entered by mistake: it stays on the register, marked withdrawn, with the reason.
 * The lifecycle's withdraw step (decision 24), recorded as an officer's decision taken today.
 */
export async function withdrawPartnership(deps: AppDeps, ctx: RequestContext, role: Role, id: string, reason: string): Promise<PartnershipView> {
  return (await transition(deps, ctx, { role }, id, { action: 'withdraw', decision: { reason } })).partnership;
}

/** What refers to a partnership, and whether this role may delete it now (for the confirmation page). */
export async function deletionCheck(deps: AppDeps, role: Role, id: string): Promise<{ decision: Decision; references: Reference[] }> {
  const references = await referencesTo(deps.database.db, deps.database.dialect, id);
  return { decision: deletionDecision(role, references), references };
}

/**
 * Deletes a partnership nothing else refers to, with its own partners, representatives, priorities,
 * search tokens and lifecycle (decisions and steps). The audit event keeps the whole record as it was,
 * its decisions included, since their rows go with it; earlier events, each step's among them, stay.
 */
export async function deletePartnership(deps: AppDeps, ctx: RequestContext, role: Role, id: string): Promise<PartnershipView> {
  return command(deps, ctx, async (trx, audit) => {
    const before = await findPartnershipView(trx, id);
    if (!before) throw new NotFoundError('No such partnership');
    decided(deletionDecision(role, await referencesTo(trx, deps.database.dialect, id)));
    const withdrawal = await findWithdrawal(trx, id);
    const decisions = await decisionsOf(trx, id);
    await deletePartnershipRow(trx, id);
    audit.record({
      entityType: 'partnership',
      entityId: id,
      action: 'deleted',
      before: {
        reference: before.reference,
        ...audited(before),
        ...(withdrawal ? { withdrawalReason: withdrawal.reason } : {}),
        ...(decisions.length ? { decisions } : {}),
      },
      after: null,
    });
    return before;
  });
}

export { findWithdrawal };
