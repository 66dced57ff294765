// R-2.8a: the decisions register's reads. A decision is an agenda item whose vote is recorded (its outcome
// kept, agenda-items.repo.ts setItemVote); the register lists them across the partnerships of a scope,
// newest meeting first and in agenda order within a meeting.
//
// Every read is a fixed number of statements whatever the number of decisions: one reads the decisions the
// filters pick (their ids, and their title and motion when a search is typed) in the register's order; a
// second reads the page's rows (or an export's batch) by id. The search is matched here rather than in
// SQL, folded (case and accents) by the domain's fold, because agenda items keep no folded column and
// lower() differs between SQLite (ASCII only) and PostgreSQL: so it finds the same on both.
import { sql } from 'kysely';
import type { Db, Trx } from '../database.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import type { DecisionType } from '../../domain/decisions/rules.ts';
import type { DecisionRegisterRow } from '../../domain/export/decision-columns.ts';
import { fold, searchTerms } from '../../domain/search/normalise.ts';
import { whereInScope } from './scope.ts';

export interface DecisionsFilter {
  /** One partnership's decisions, or (null) every partnership of the scope. */
  partnershipId: string | null;
  /** Words that must each appear in the item's title or motion (folded: case and accents ignored). */
  q: string;
  types: readonly DecisionType[];
  /** Outcomes as kept (OUTCOMES). */
  outcomes: readonly string[];
  /** true: key decisions only; false: only the others; null: both. */
  keyDecision: boolean | null;
  /** The meeting's day, both ends included, YYYY-MM-DD. */
  from: string | null;
  to: string | null;
}

export interface DecisionCounts {
  total: number;
  /** By outcome as kept. */
  byOutcome: Readonly<Record<string, number>>;
  keyDecisions: number;
  confidential: number;
}

/** The decisions the filters pick, in the register's order, with what the counts need. */
async function picked(db: Db | Trx, scope: PartnershipScope, f: DecisionsFilter) {
  const searching = searchTerms(f.q);
  let q = db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select(['i.id', 'i.outcome', 'i.key_decision', 'i.confidential'])
    .$if(searching.length > 0, (qb) => qb.select(['i.title', 'i.motion']))
    .where('i.outcome', 'is not', null);
  q = whereInScope(q, scope, 'm.partnership_id');
  if (f.partnershipId !== null) q = q.where('m.partnership_id', '=', f.partnershipId);
  if (f.types.length) q = q.where('i.decision_type', 'in', [...f.types]);
  if (f.outcomes.length) q = q.where('i.outcome', 'in', [...f.outcomes]);
  if (f.keyDecision !== null) q = q.where('i.key_decision', '=', f.keyDecision ? 1 : 0);
  if (f.from !== null) q = q.where('m.meets_on', '>=', f.from);
  if (f.to !== null) q = q.where('m.meets_on', '<=', f.to);
  // Newest meeting first (by its day, then its start, then the meeting), and in agenda order within it. A
  // meeting without a start time sorts as '' on both dialects (their nulls sort at opposite ends).
  const rows = await q
    .orderBy('m.meets_on', 'desc')
    .orderBy(sql`coalesce(m.starts_at, '')`, 'desc')
    .orderBy('m.id', 'desc')
    .orderBy('i.position', 'asc')
    .execute();
  const matches = (r: (typeof rows)[number]) => {
    if (!searching.length) return true;
    const haystack = fold(`${r.title ?? ''}\n${r.motion ?? ''}`);
    return searching.every((word) => haystack.includes(word));
  };
  return rows.filter(matches).map((r) => ({ id: r.id, outcome: r.outcome ?? '', keyDecision: Number(r.key_decision) === 1, confidential: Number(r.confidential) === 1 }));
}

/** The rows of these decisions (read through the scope already), in the order given. */
async function rowsOf(db: Db | Trx, ids: readonly string[]): Promise<DecisionRegisterRow[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('agenda_items as i')
    .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
    .innerJoin('partnerships as p', 'p.id', 'm.partnership_id')
    .select([
      'p.id as partnership_id',
      'p.reference',
      'p.name as partnership_name',
      'm.id as meeting_id',
      'm.title as meeting_title',
      'm.meets_on',
      'i.id',
      'i.title',
      'i.motion',
      'i.decision_type',
      'i.key_decision',
      'i.confidential',
      'i.outcome',
      'i.explanation',
      'i.decided_at',
    ])
    .where('i.id', 'in', [...ids])
    .execute();
  const byId = new Map(
    rows.map((r): [string, DecisionRegisterRow] => [
      r.id,
      {
        partnershipId: r.partnership_id,
        partnershipReference: r.reference,
        partnershipName: r.partnership_name,
        meetingId: r.meeting_id,
        meetingTitle: r.meeting_title,
        meetsOn: r.meets_on,
        itemId: r.id,
        title: r.title,
        motion: r.motion,
        decisionType: r.decision_type as DecisionType | null,
        keyDecision: Number(r.key_decision) === 1,
        confidential: Number(r.confidential) === 1,
        outcome: r.outcome ?? '',
        explanation: r.explanation ?? '',
        decidedAt: r.decided_at ?? '',
      },
    ]),
  );
  return ids.map((id) => byId.get(id)).filter((r): r is DecisionRegisterRow => r !== undefined);
}

function countsOf(all: ReadonlyArray<{ outcome: string; keyDecision: boolean; confidential: boolean }>): DecisionCounts {
  const byOutcome: Record<string, number> = {};
  for (const d of all) byOutcome[d.outcome] = (byOutcome[d.outcome] ?? 0) + 1;
  return { total: all.length, byOutcome, keyDecisions: all.filter((d) => d.keyDecision).length, confidential: all.filter((d) => d.confidential).length };
}

/** A page of the register (`offset`, `limit`), with the counts of every decision the filters pick. Two statements. */
export async function decisionsPage(db: Db | Trx, scope: PartnershipScope, f: DecisionsFilter, page: { offset: number; limit: number }): Promise<{ items: DecisionRegisterRow[]; counts: DecisionCounts }> {
  const all = await picked(db, scope, f);
  const items = await rowsOf(db, all.slice(page.offset, page.offset + page.limit).map((d) => d.id));
  return { items, counts: countsOf(all) };
}

/** Every decision the filters pick, a batch at a time, for an export: one statement, then one a batch. */
export async function* decisionBatches(db: Db | Trx, scope: PartnershipScope, f: DecisionsFilter, batch = 500): AsyncGenerator<DecisionRegisterRow[]> {
  const all = await picked(db, scope, f);
  for (let start = 0; start < all.length; start += batch) yield await rowsOf(db, all.slice(start, start + batch).map((d) => d.id));
}

/** The partnerships of the scope that have a decision, by reference: the council-wide register's partnership filter. */
export async function partnershipsWithDecisions(db: Db | Trx, scope: PartnershipScope): Promise<Array<{ id: string; reference: string; name: string }>> {
  let q = db
    .selectFrom('partnerships as p')
    .select(['p.id', 'p.reference', 'p.name'])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('meetings as m')
          .innerJoin('agenda_items as i', 'i.meeting_id', 'm.id')
          .select(sql<number>`1`.as('one'))
          .whereRef('m.partnership_id', '=', 'p.id')
          .where('i.outcome', 'is not', null),
      ),
    );
  q = whereInScope(q, scope, 'p.id');
  return q.orderBy('p.reference_year').orderBy('p.reference_number').execute();
}
