// Who sits on a partnership's board and how it decides, for the benchmark's partnership pages: rows inserted
// straight through Kysely (no services, no audit events), with the values the example council's demo data
// records (src/app/demo-data/decision-rules.ts, demo-data.ts). Its meetings are bench/seed-meetings.ts's.
//
// Every third operating partnership of those already seeded (the first 1,000) gets, in the order the demo
// adds them:
// - council representatives (a councillor and an officer) where the council is a partner, and a member for
//   each other partner: one person per partner organisation, with a named deputy for a third of them, who is
//   the seat's substitute. These people are not the council's: the register's filters, which list the
//   council's people, are unchanged.
// - a seat for each, with its partner's member status on the partnership (the lead partner's seats vote, and
//   every seat where fewer than two partners would);
// - the demo's voting rules (a simple majority with the chair's casting vote for ordinary business, two
//   thirds of all voting members for financial commitments) and quorum (half the voting members, from at
//   least two partners); for every other board, the quorum first agreed (a third) kept by a change recorded
//   from 182 days ago, as the demo's first examples do (R-2.7(n));
// - each member's authority (R-2.8e): the members of one partner (not the council) up to £10,000, the others in full;
// - for every fourth board, a councillor's registered interest (a trusteeship) in another partner.
import { v7 as uuidv7 } from 'uuid';
import type { Database } from '../src/db/database.ts';
import { addDays } from '../src/domain/decisions/notice.ts';
import type { QuorumConditionRecordInput, VotingRuleRecordInput } from '../src/domain/decisions/records.ts';
import type { SeatStatus } from '../src/domain/decisions/rules.ts';
import { fold } from '../src/domain/search/normalise.ts';
import { FIRST, insertMany, LAST, pick, random, type Row } from './seed.ts';

/** Boards are seeded among the partnerships that exist when this runs: the first 1,000. */
const EVERY = 3;
const JOBS = ['Chief Executive', 'Director of Services', 'Head of Partnerships', 'Chair of Trustees', 'Operations Director'];

/** As the demo records them (src/app/demo-data/decision-rules.ts). */
export const VOTING_RULES: readonly VotingRuleRecordInput[] = [
  { decisionType: 'ordinary', method: 'majority', fallback: null, fraction: null, qualifiedBase: null, abstentions: 'do-not-count', castingVote: 'chair', onTie: 'lost' },
  { decisionType: 'financial-commitment', method: 'qualified', fallback: null, fraction: '2/3', qualifiedBase: 'all-voting-members', abstentions: 'do-not-count', castingVote: 'none', onTie: 'lost' },
];
const QUORUM: readonly QuorumConditionRecordInput[] = [
  { kind: 'fraction', members: null, fraction: '1/2' },
  { kind: 'partners', members: 2, fraction: null },
];
const EARLIER_QUORUM: readonly QuorumConditionRecordInput[] = [{ kind: 'fraction', members: null, fraction: '1/3' }];
const CHANGE_REASON =
  'The quorum becomes half of the voting members, with members present from at least two partners, instead of a third of them, as the partners agreed at the annual review.';

export interface BoardSeat {
  personId: string;
  name: string;
  organisationId: string;
  partnerName: string;
  status: SeatStatus;
  substituteId: string | null;
}

export interface Board {
  partnershipId: string;
  name: string;
  reference: string;
  seats: BoardSeat[];
  /** The council's representatives' names (none where the council is not a partner). */
  representatives: string[];
  /** The partners other than the council, in the partnership's order. */
  others: Array<{ id: string; name: string }>;
  /** The day the quorum changed from, where it did. */
  changedOn: string | null;
  /** The partner whose members may commit it only up to £10,000 (R-2.8e). */
  limited: string | null;
  /** Every other board tells its absent members of decisions, and records ratifications (as the demo's do). */
  diligent: boolean;
}

const fractionColumns = (f: string | null) => {
  const [n, d] = f ? f.split('/').map(Number) : [null, null];
  return { fraction_numerator: n ?? null, fraction_denominator: d ?? null };
};

/** Seats, rules, authority and interests of every third operating partnership; `today` is London's day. */
export async function seedBoards(database: Database, today: string): Promise<{ boards: Board[]; people: number }> {
  const db = database.db;
  const rng = random(20270318);
  const now = new Date().toISOString();
  const council = await db.selectFrom('organisations').select('id').where('is_this_council', '=', 1).executeTakeFirstOrThrow();
  const councilPeople = await db.selectFrom('people').select(['id', 'name', 'council_role']).where('organisation_id', '=', council.id).orderBy('name').execute();
  const councillors = councilPeople.filter((p) => p.council_role === 'councillor');
  const officers = councilPeople.filter((p) => p.council_role === 'officer');
  const operating = await db.selectFrom('partnerships').select(['id', 'name', 'reference']).where('status', '=', 'operating').orderBy('reference').execute();
  const chosen = operating.filter((_, i) => i % EVERY === 0);
  const partnerRows = await db
    .selectFrom('partnership_partners as pp')
    .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
    .select(['pp.partnership_id', 'pp.organisation_id', 'o.name', 'pp.role', 'pp.member_status', 'o.is_this_council'])
    .where('pp.partnership_id', 'in', chosen.map((p) => p.id))
    .orderBy('pp.partnership_id')
    .orderBy('pp.position')
    .execute();

  // One member for each partner organisation, and a deputy for a third of them, made when first needed.
  const people: Array<Row<'people'>> = [];
  const members = new Map<string, { id: string; name: string; deputyId: string | null }>();
  const person = (organisationId: string, jobTitle: string) => {
    const name = `${pick(rng, FIRST)} ${pick(rng, LAST)} ${201 + people.length}`;
    const id = uuidv7();
    people.push({ id, name, name_folded: fold(name), job_title: jobTitle, organisation_id: organisationId, email: null, council_role: null, user_id: null, created_at: now, updated_at: now });
    return { id, name };
  };
  const memberOf = (organisationId: string) => {
    let m = members.get(organisationId);
    if (!m) {
      const main = person(organisationId, pick(rng, JOBS));
      m = { ...main, deputyId: rng() < 1 / 3 ? person(organisationId, 'Deputy Chief Executive').id : null };
      members.set(organisationId, m);
    }
    return m;
  };

  const boards: Board[] = [];
  const representatives: Array<Row<'partnership_representatives'>> = [];
  const seats: Array<Row<'member_seats'>> = [];
  const votingRules: Array<Row<'voting_rules'>> = [];
  const quorum: Array<Row<'quorum_conditions'>> = [];
  const changes: Array<Row<'rule_changes'>> = [];
  const authorities: Array<Row<'delegated_authorities'>> = [];
  const interests: Array<Row<'interests'>> = [];
  const interested = new Set<string>();
  for (const [index, p] of chosen.entries()) {
    const partners = partnerRows.filter((r) => r.partnership_id === p.id);
    const board: Board = { partnershipId: p.id, name: p.name, reference: p.reference, seats: [], representatives: [], others: [], changedOn: index % 2 === 0 ? addDays(today, -182) : null, limited: null, diligent: index % 2 === 1 };
    // A partner that does not vote on the partnership holds a seat that does not vote, as long as two partners
    // still vote (the quorum asks for members from two): a board that could never be quorate is not one.
    const voters = partners.filter((r) => r.role === 'lead' || r.member_status === 'voting').length;
    const statusOf = (r: (typeof partners)[number]): SeatStatus => (r.role === 'lead' || voters < 2 ? 'voting' : (r.member_status as SeatStatus));
    for (const r of partners) {
      if (Number(r.is_this_council) === 1) {
        // The council's representatives: a councillor and an officer, each the council's seat.
        for (const [capacity, from] of [['councillor', councillors], ['officer', officers]] as const) {
          const who = from[(index * 7 + (capacity === 'officer' ? 3 : 0)) % from.length]!;
          representatives.push({ partnership_id: p.id, person_id: who.id, capacity, position: board.representatives.length, codes_acknowledged_on: addDays(today, -30) });
          board.representatives.push(who.name);
          board.seats.push({ personId: who.id, name: who.name, organisationId: r.organisation_id, partnerName: r.name, status: statusOf(r), substituteId: null });
        }
      } else {
        const m = memberOf(r.organisation_id);
        board.others.push({ id: r.organisation_id, name: r.name });
        board.seats.push({ personId: m.id, name: m.name, organisationId: r.organisation_id, partnerName: r.name, status: statusOf(r), substituteId: m.deputyId });
      }
    }
    board.seats.forEach((s, position) =>
      seats.push({ partnership_id: p.id, person_id: s.personId, organisation_id: s.organisationId, status: s.status, weight: 1, substitute_id: s.substituteId, position }),
    );
    VOTING_RULES.forEach((r, position) =>
      votingRules.push({
        partnership_id: p.id, decision_type: r.decisionType, method: r.method, fallback: r.fallback, ...fractionColumns(r.fraction), qualified_base: r.qualifiedBase,
        abstentions_count: r.abstentions, casting_vote: r.castingVote, on_tie: r.onTie, position,
      }),
    );
    // R-2.7(n): the change keeps the rules as they stood, as the record kinds read them back (listVotingRules, listQuorumConditions).
    if (board.changedOn) {
      changes.push({ id: uuidv7(), partnership_id: p.id, in_force_from: board.changedOn, agreed_item_id: null, reason: CHANGE_REASON, previous_voting_rules: JSON.stringify(VOTING_RULES), previous_quorum: JSON.stringify(EARLIER_QUORUM), recorded_at: now });
    }
    QUORUM.forEach((c, position) => quorum.push({ partnership_id: p.id, kind: c.kind, members: c.members, ...fractionColumns(c.fraction), position }));
    // R-2.8e, as the demo's boards: the members of one partner (the first besides the council) may commit it only up to £10,000.
    board.limited = board.others[0]?.id ?? board.seats[0]?.organisationId ?? null;
    board.seats.forEach((s, position) => {
      const cap = s.organisationId === board.limited;
      authorities.push({ id: uuidv7(), partnership_id: p.id, person_id: s.personId, decision_type: 'any', scope: cap ? 'up-to' : 'full', limit_pence: cap ? 1_000_000 : null, ratifier: cap ? `${s.partnerName} board` : null, position });
    });
    // a councillor who is a trustee of another partner (the grant of bench/seed-meetings.ts concerns it).
    const councillor = board.seats.find((s) => councillors.some((c) => c.id === s.personId));
    const other = board.others[0];
    if (index % 4 === 0 && councillor && other && !interested.has(`${councillor.personId} ${other.id}`)) {
      interested.add(`${councillor.personId} ${other.id}`);
      interests.push({
        id: uuidv7(), person_id: councillor.personId, kind: 'fiduciary', body: other.name, organisation_id: other.id, role: 'trustee', details: 'Trustee since 2022; unpaid.',
        starts_on: '2022-06-01', ends_on: null, sensitive: 0, sensitive_agreed_by: null, created_at: now, updated_at: now,
      });
    }
    boards.push(board);
  }
  await db.transaction().execute(async (trx) => {
    await insertMany(trx, 'people', people);
    await insertMany(trx, 'partnership_representatives', representatives);
    await insertMany(trx, 'member_seats', seats);
    await insertMany(trx, 'voting_rules', votingRules);
    await insertMany(trx, 'quorum_conditions', quorum);
    await insertMany(trx, 'rule_changes', changes);
    await insertMany(trx, 'delegated_authorities', authorities);
    await insertMany(trx, 'interests', interests);
  });
  return { boards, people: people.length };
}
