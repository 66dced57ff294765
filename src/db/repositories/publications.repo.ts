// a partnership's publication on the public register (one row, or none: not published), and the
// public register's reads. Each public read is a fixed number of statements whatever the number of
// partnerships: the published partnerships with their sponsor, then their partners, their meetings to come
// and their decisions taken in public, each for all of them at once. Only published partnerships are read,
// and a confidential decision is not read at all (the domain's publicPartnership leaves it out as well).
import type { Db, Trx } from '../database.ts';
import type { Publication, PublicRegister, PublicSource } from '../../domain/public/public-register.ts';

const toPublication = (r: { register: string; published_on: string; summary: string | null; contact_public: number }): Publication => ({
  register: r.register as PublicRegister,
  publishedOn: r.published_on,
  summary: r.summary,
  contactPublic: Number(r.contact_public) === 1,
});
const COLUMNS = ['register', 'published_on', 'summary', 'contact_public'] as const;

export async function listPublications(db: Db | Trx, partnershipId: string): Promise<Publication[]> {
  const rows = await db.selectFrom('publications').select(COLUMNS).where('partnership_id', '=', partnershipId).orderBy('register').execute();
  return rows.map(toPublication);
}
export async function findPublication(db: Db | Trx, partnershipId: string, register: string): Promise<Publication | undefined> {
  const row = await db.selectFrom('publications').select(COLUMNS).where('partnership_id', '=', partnershipId).where('register', '=', register).executeTakeFirst();
  return row && toPublication(row);
}
export async function insertPublication(trx: Trx, partnershipId: string, p: Publication): Promise<string> {
  await trx.insertInto('publications').values({ partnership_id: partnershipId, register: p.register, published_on: p.publishedOn, summary: p.summary, contact_public: p.contactPublic ? 1 : 0 }).execute();
  return p.register;
}
export async function updatePublication(trx: Trx, partnershipId: string, register: string, p: Publication): Promise<void> {
  await trx.updateTable('publications').set({ published_on: p.publishedOn, summary: p.summary, contact_public: p.contactPublic ? 1 : 0 }).where('partnership_id', '=', partnershipId).where('register', '=', register).execute();
}
export async function removePublication(trx: Trx, partnershipId: string, register: string): Promise<void> {
  await trx.deleteFrom('publications').where('partnership_id', '=', partnershipId).where('register', '=', register).execute();
}

/**
 * The partnerships published on the register, by name, with what the public register shows of each; or the
 * one whose reference is given. Meetings are those on or after `today` (yyyy-mm-dd).
 */
export async function publishedSources(db: Db | Trx, today: string, reference?: string): Promise<PublicSource[]> {
  const heads = await db
    .selectFrom('publications as pub')
    .innerJoin('partnerships as p', 'p.id', 'pub.partnership_id')
    .leftJoin('people as s', 's.id', 'p.sponsoring_officer_id')
    .select([
      'p.id',
      'p.reference',
      'p.name',
      'p.purpose',
      'p.expected_outcomes',
      'p.legal_form',
      'p.status',
      'p.start_date',
      'p.expected_end_date',
      'p.council_contribution_pence',
      'p.updated_at',
      'pub.register',
      'pub.published_on',
      'pub.summary',
      'pub.contact_public',
      's.name as sponsor_name',
      's.job_title as sponsor_job_title',
      's.email as sponsor_email',
    ])
    .where('pub.register', '=', 'public-register')
    // A withdrawn partnership was entered by mistake: never public, whatever was published.
    .where('p.status', '!=', 'withdrawn')
    .$if(reference !== undefined, (q) => q.where('p.reference', '=', reference!))
    .orderBy('p.name_folded')
    .orderBy('p.reference')
    .execute();
  if (!heads.length) return [];
  const ids = heads.map((h) => h.id);
  const [partners, meetings, decisions] = await Promise.all([
    db
      .selectFrom('partnership_partners as pp')
      .innerJoin('organisations as o', 'o.id', 'pp.organisation_id')
      .select(['pp.partnership_id', 'o.name', 'pp.role'])
      .where('pp.partnership_id', 'in', ids)
      .orderBy('pp.position')
      .execute(),
    db.selectFrom('meetings').select(['partnership_id', 'meets_on', 'starts_at', 'title']).where('partnership_id', 'in', ids)// A cancelled meeting is not one to come.
      .where('meets_on', '>=', today)
      .where('status', '!=', 'cancelled')
      .orderBy('meets_on').orderBy('starts_at').execute(),
    db
      .selectFrom('agenda_items as i')
      .innerJoin('meetings as m', 'm.id', 'i.meeting_id')
      .select(['m.partnership_id', 'm.meets_on', 'm.title as meeting_title', 'i.title', 'i.decision_type', 'i.key_decision', 'i.confidential', 'i.outcome'])
      .where('m.partnership_id', 'in', ids)
      .where('i.outcome', 'is not', null)
      .where('i.confidential', '=', 0)
      .orderBy('m.meets_on', 'desc')
      .orderBy('m.id', 'desc')
      .orderBy('i.position')
      .execute(),
  ]);
  const of = <T extends { partnership_id: string }>(rows: readonly T[]) => Map.groupBy(rows, (r) => r.partnership_id);
  const [partnersOf, meetingsOf, decisionsOf] = [of(partners), of(meetings), of(decisions)];
  return heads.map((h) => ({
    reference: h.reference,
    name: h.name,
    purpose: h.purpose,
    expectedOutcomes: h.expected_outcomes,
    legalForm: h.legal_form,
    status: h.status,
    startDate: h.start_date,
    expectedEndDate: h.expected_end_date,
    councilContributionPence: h.council_contribution_pence === null ? null : Number(h.council_contribution_pence),
    updatedAt: h.updated_at,
    publication: toPublication(h),
    sponsor: h.sponsor_name === null ? null : { name: h.sponsor_name, jobTitle: h.sponsor_job_title, email: h.sponsor_email },
    partners: (partnersOf.get(h.id) ?? []).map((r) => ({ name: r.name, role: r.role })),
    meetings: (meetingsOf.get(h.id) ?? []).map((r) => ({ meetsOn: r.meets_on, startsAt: r.starts_at, title: r.title })),
    decisions: (decisionsOf.get(h.id) ?? []).map((r) => ({ meetsOn: r.meets_on, meetingTitle: r.meeting_title, title: r.title, decisionType: r.decision_type, keyDecision: Number(r.key_decision) === 1, confidential: Number(r.confidential) === 1, outcome: r.outcome ?? '' })),
  }));
}
