// What the register page's filters offer, for a principal. The partner and sponsoring officer filters are
// typed (the lists of every partner organisation and every council officer were most of the page, and not
// a partner representative's to read): what was typed is matched against those of the partnerships the
// principal may see. The corporate priorities are the council's published list.
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';
import { partnershipScope, type PartnershipScope } from '../../domain/access/scope.ts';
import { PARTNER, resolveTypedChoice, SPONSOR, SUGGESTIONS, type Candidate, type Noun, type TypedChoice } from '../../domain/register/typed-choice.ts';
import { listPriorities } from '../../db/repositories/priorities.repo.ts';
import { matchingPartnerOrganisations, matchingSponsors } from '../../db/repositories/register.repo.ts';
import type { Db } from '../../db/database.ts';

export async function registerFilterOptions(deps: AppDeps) {
  return { priorities: await listPriorities(deps.database.db) };
}

export type RegisterFilterOptions = Awaited<ReturnType<typeof registerFilterOptions>>;

/** What a typed filter does for this request: a typed name resolved, or a chosen id named. */
export type TypedFilterState = TypedChoice | { kind: 'unset' } | { kind: 'id'; id: string; chosen: Candidate | null };

/** What was typed, and the id a link carries (`organisation`, `sponsor`). */
export interface TypedFilterInput {
  typed: string;
  id: string | null;
}

type Finder = (db: Db, scope: PartnershipScope, query: { text: string } | { id: string }, limit: number) => Promise<Candidate[]>;

async function resolve(deps: AppDeps, scope: PartnershipScope, noun: Noun, find: Finder, input: TypedFilterInput): Promise<TypedFilterState> {
  const db = deps.database.db;
  // Typed text wins over an id in the link: it is what the person has just asked for.
  if (input.typed.trim() !== '') return resolveTypedChoice(noun, input.typed, await find(db, scope, { text: input.typed }, SUGGESTIONS + 1));
  if (input.id === null) return { kind: 'unset' };
  const [chosen] = await find(db, scope, { id: input.id }, 1);
  return { kind: 'id', id: input.id, chosen: chosen ?? null };
}

export async function typedFilters(deps: AppDeps, principal: Principal, input: { partner: TypedFilterInput; sponsor: TypedFilterInput }) {
  const scope = partnershipScope(principal);
  const [partner, sponsor] = await Promise.all([
    resolve(deps, scope, PARTNER, matchingPartnerOrganisations, input.partner),
    resolve(deps, scope, SPONSOR, matchingSponsors, input.sponsor),
  ]);
  return { partner, sponsor };
}

/** The id the list is filtered by: what was typed resolved to, or the link's id when nothing was typed. */
export function filteredId(state: TypedFilterState, input: TypedFilterInput): string | null {
  if (input.typed.trim() === '') return input.id;
  return state.kind === 'chosen' ? state.chosen.id : null;
}
