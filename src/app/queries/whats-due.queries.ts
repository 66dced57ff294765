// What's due, for a principal: what falls to them (the records under People linked to their account own
// it), or, for those who may see it (council-due.view), everything due across the partnerships they may see.
// The digest email reads the first; the What's due page and the API read either.
import { partnershipScope } from '../../domain/access/scope.ts';
import { dueCounts, dueTo, whatsDue, type DueItem, type DueKind } from '../../domain/due/whats-due.ts';
import { dueFactsOf, peopleOfUser } from '../../db/repositories/whats-due.repo.ts';
import { riskMatrixOf } from '../../db/repositories/risk-matrix.repo.ts';
import type { AppDeps } from '../deps.ts';
import type { Principal } from '../principal.ts';

export type DueView = 'mine' | 'council';

export interface WhatsDue {
  view: DueView;
  within: number;
  items: DueItem[];
  counts: { overdue: number; due: number };
  /** False when the user's account is linked to no one under People: nothing can fall to them until it is. */
  linked: boolean;
}

export interface DueFilter {
  /** How many days ahead. */
  within: number;
  /** Only items of this kind; null for every kind. */
  kind: DueKind | null;
}

export async function whatsDueFor(deps: AppDeps, principal: Principal, view: DueView, today: string, { within, kind }: DueFilter): Promise<WhatsDue> {
  const [facts, personIds, matrix] = await Promise.all([dueFactsOf(deps.database.db, partnershipScope(principal)), principal.userId ? peopleOfUser(deps.database.db, principal.userId) : Promise.resolve([]), riskMatrixOf(deps.database.db)]);
  const all = whatsDue(matrix, facts, today, within);
  const theirs = view === 'council' ? all : dueTo(all, personIds);
  const items = kind ? theirs.filter((i) => i.kind === kind) : theirs;
  return { view, within, items, counts: dueCounts(items), linked: personIds.length > 0 };
}
