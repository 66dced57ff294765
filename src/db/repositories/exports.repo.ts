// what exports read beyond the register list's rows: every other answer of a batch of
// partnerships (in a handful of queries per batch, not per partnership).
import type { Db } from '../database.ts';
import type { Capacity, MemberStatus, PartnerRole, Rationale, Wellbeing } from '../../domain/register/vocabulary.ts';

export interface PartnershipExportExtras {
  expectedOutcomes: string;
  rationale: Rationale[];
  wellbeing: Wellbeing[];
  durationDescription: string | null;
  resourcesStaff: string | null;
  resourcesAssets: string | null;
  resourcesInKind: string | null;
  partners: Array<{ name: string; role: PartnerRole; memberStatus: MemberStatus }>;
  representatives: Array<{ name: string; capacity: Capacity }>;
  priorities: Array<{ title: string; how: string }>;
}

function list<T>(json: string): T[] {
  try {
    const value = JSON.parse(json);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/** id → the partnership's other answers, for the partnerships among `ids` that exist. */
export async function partnershipExportExtras(db: Db, ids: readonly string[]): Promise<Map<string, PartnershipExportExtras>> {
  const out = new Map<string, PartnershipExportExtras>();
  if (ids.length === 0) return out;
  const wanted = [...ids];
  const [rows, partners, representatives, priorities] = await Promise.all([
    db
      .selectFrom('partnerships')
      .select(['id', 'expected_outcomes', 'rationale', 'wellbeing', 'duration_description', 'resources_staff', 'resources_assets', 'resources_in_kind'])
      .where('id', 'in', wanted)
      .execute(),
    db
      .selectFrom('partnership_partners as pp')
      .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
      .select(['pp.partnership_id', 'o.name', 'pp.role', 'pp.member_status'])
      .where('pp.partnership_id', 'in', wanted)
      .orderBy('pp.partnership_id')
      .orderBy('pp.position')
      .execute(),
    db
      .selectFrom('partnership_representatives as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select(['r.partnership_id', 'p.name', 'r.capacity'])
      .where('r.partnership_id', 'in', wanted)
      .orderBy('r.partnership_id')
      .orderBy('r.position')
      .execute(),
    db
      .selectFrom('partnership_priorities as pp')
      .innerJoin('corporate_priorities as c', 'c.id', 'pp.priority_id')
      .select(['pp.partnership_id', 'c.title', 'pp.how'])
      .where('pp.partnership_id', 'in', wanted)
      .orderBy('pp.partnership_id')
      .orderBy('c.position')
      .execute(),
  ]);
  for (const r of rows) {
    out.set(r.id, {
      expectedOutcomes: r.expected_outcomes,
      rationale: list<Rationale>(r.rationale),
      wellbeing: list<Wellbeing>(r.wellbeing),
      durationDescription: r.duration_description,
      resourcesStaff: r.resources_staff,
      resourcesAssets: r.resources_assets,
      resourcesInKind: r.resources_in_kind,
      partners: [],
      representatives: [],
      priorities: [],
    });
  }
  for (const p of partners) out.get(p.partnership_id)?.partners.push({ name: p.name, role: p.role as PartnerRole, memberStatus: p.member_status as MemberStatus });
  for (const r of representatives) out.get(r.partnership_id)?.representatives.push({ name: r.name, capacity: r.capacity as Capacity });
  for (const p of priorities) out.get(p.partnership_id)?.priorities.push({ title: p.title, how: p.how });
  return out;
}
