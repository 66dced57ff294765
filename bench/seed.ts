// Throwaway register data for the load benchmark, inserted straight through Kysely in batched
// transactions. This deliberately bypasses the audited services (no audit events, no validation):
// the data exists only to be read by the benchmark and is deleted afterwards.
//
// What is seeded, at every size:
// - 500 organisations (one is this council) and 200 people (120 of them the council's), 6 corporate
//   priorities. These stay the same however many partnerships there are: the register page lists every
//   organisation and council officer in its filters, so they are a fixed cost, not part of the test.
// - Partnerships with 2–4 partners each (the council in most), a sponsoring and an accountable officer,
//   0–2 corporate priorities, and search tokens computed exactly as src/app/search-index.ts does.
// - The benchmark's search term, "riverside", is in the names of exactly RIVERSIDE_TOTAL partnerships,
//   all among the first 1,000; RIVERSIDE_OPERATING of them are operating. Growing the register to
//   100,000 adds no more, so "riverside, operating, page 3" is the same result at every size.
import { sql, type Insertable } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { Schema } from '../src/db/schema.ts';
import { fold, tokens } from '../src/domain/search/normalise.ts';
import { formatReference } from '../src/domain/register/reference.ts';
import { indexedWords } from '../src/domain/overlap/overlaps.ts';
import { LEGAL_FORMS, MEMBER_STATUSES, RATIONALES, STATUSES, WELLBEING, type Sector, type Status } from '../src/domain/register/vocabulary.ts';

export const SEARCH_TERM = 'riverside';
export const RIVERSIDE_TOTAL = 150;
export const RIVERSIDE_OPERATING = 120;
const ORGANISATIONS = 500;
const PEOPLE = 200;
const COUNCIL_PEOPLE = 120;

/** A small deterministic generator (mulberry32), so every run seeds the same register. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Rng = () => number;
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
function weighted<T extends string>(rng: Rng, weights: Readonly<Record<T, number>>): T {
  const entries = Object.entries(weights) as Array<[T, number]>;
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) {
    r -= w;
    if (r < 0) return k;
  }
  return entries[entries.length - 1]![0];
}
function shuffle<T>(rng: Rng, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

// No place is called Riverside, and no word anywhere else starts with "riverside".
const PLACES = [
  'Northfield', 'Southgate', 'Eastwood', 'Westbrook', 'Hillcrest', 'Oakley', 'Millbrook', 'Kingsmead', 'Fairview', 'Highbury',
  'Brookside', 'Greenhill', 'Elmstead', 'Ashdown', 'Bramley', 'Castleton', 'Deanfield', 'Foxley', 'Harrowby', 'Ivybridge',
  'Larkhill', 'Marston', 'Newbold', 'Orchard Park', 'Pennington', 'Queensway', 'Redhill', 'Stonebridge', 'Thornbury', 'Upton',
  'Wellfield', 'Yarrow', 'Abbeydale', 'Beechwood', 'Copperfield', 'Dunmore', 'Eastleigh', 'Fernhill', 'Glenfield', 'Old Town',
];
const ORGANISATION_KINDS: ReadonlyArray<readonly [string, Sector]> = [
  ['Housing Association', 'vcse'], ['Community Trust', 'vcse'], ['Youth Project', 'vcse'], ['Food Bank', 'vcse'],
  ['NHS Foundation Trust', 'health'], ['Primary Care Network', 'health'], ['College', 'education'], ['Academy Trust', 'education'],
  ['Chamber of Commerce', 'private'], ['Developments Ltd', 'private'], ['Energy Co-operative', 'private'], ['Town Council', 'public'],
  ['Fire and Rescue Service', 'public'], ['Police Partnership', 'public'], ['Arts Centre', 'other'],
];
const TOPICS = [
  'Youth Employment', 'Health and Wellbeing', 'Community Safety', 'Town Centre Regeneration', 'Carbon Reduction', 'Adult Social Care',
  'Homelessness Prevention', 'Digital Inclusion', 'Skills and Training', 'Transport', 'Flood Resilience', 'Early Years',
  'Mental Health', 'Leisure', 'Waste and Recycling', 'Tourism', 'Food Security', 'Affordable Housing', 'Library Services', 'Arts and Culture',
];
const KINDS = ['Partnership', 'Board', 'Forum', 'Alliance', 'Joint Committee', 'Programme', 'Compact', 'Network'];
const VERBS = ['improve', 'coordinate', 'fund', 'deliver', 'plan', 'commission', 'support', 'expand'];
const OBJECTS = ['services for residents', 'local employment support', 'community facilities', 'preventive care', 'housing options', 'green spaces', 'advice services', 'school readiness'];
const MEANS = ['shared funding and joint commissioning', 'a pooled budget', 'a single delivery team', 'shared data and joint planning', 'volunteer networks', 'a jointly owned company'];
export const FIRST = ['Alex', 'Sam', 'Priya', 'Owen', 'Fatima', 'Gareth', 'Mei', 'Tom', 'Aisha', 'Rhys', 'Joanna', 'Kwame', 'Sian', 'Dev', 'Niamh', 'Lewis'];
export const LAST = ['Jones', 'Patel', 'Williams', 'Okafor', 'Davies', 'Chen', 'Evans', 'Hughes', 'Khan', 'Morgan', 'Price', 'Taylor', 'Ahmed', 'Roberts'];

const STATUS_WEIGHTS: Readonly<Record<Status, number>> = {
  proposed: 8, screened: 6, 'business-case': 6, approved: 6, 'setting-up': 7, operating: 35, exiting: 5, dissolved: 20, 'not-applicable': 4, rejected: 3,
  // Reached only through the lifecycle's own actions, never seeded as a share of the register.
  'awaiting-approval': 0, 'under-review': 0, withdrawn: 0,
};

export interface BenchDatabase {
  /** What the server is started with (DATABASE_URL). */
  url: string;
  label: string;
  open(): Database;
  drop(): Promise<void>;
}

export async function sqliteBenchDatabase(file: string): Promise<BenchDatabase> {
  const database = Database.sqlite(file);
  await migrateToLatest(database);
  await database.close();
  return { url: `sqlite:${file}`, label: 'SQLite', open: () => Database.sqlite(file), drop: async () => {} };
}

/**
 * A new, empty PostgreSQL database created through the admin connection (BENCH_DATABASE_URL), so nothing
 * is ever written to the database that URL names; `drop()` removes it.
 */
export async function emptyPostgresDatabase(adminUrl: string, name: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`bad database name ${name}`);
  const run = async (statement: string) => {
    const admin = Database.postgres(adminUrl, { max: 1 });
    try {
      await sql.raw(statement).execute(admin.db);
    } finally {
      await admin.close();
    }
  };
  await run(`drop database if exists ${name} with (force)`);
  await run(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

/** A migrated database accord_bench_<pid>, dropped at the end. */
export async function postgresBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const created = await emptyPostgresDatabase(adminUrl, `accord_bench_${process.pid}`);
  const database = Database.postgres(created.url);
  try {
    await migrateToLatest(database);
  } finally {
    await database.close();
  }
  return { url: created.url, label: 'PostgreSQL', open: () => Database.postgres(created.url), drop: created.drop };
}

// As inserted: a column that may be null may be left out (the confirmations of migration 0013).
export type Row<T extends keyof Schema> = Insertable<Schema[T]>;

/** Multi-row inserts, kept under SQLite's and PostgreSQL's bound-parameter limits. */
export async function insertMany<T extends keyof Schema>(db: Database['db'], table: T, rows: Array<Row<T>>): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(30_000 / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as any).execute();
  }
}

export interface SeedState {
  rng: Rng;
  councilId: string;
  partnerIds: string[];
  partnerNames: Map<string, string>;
  councilPeople: string[];
  priorityIds: string[];
  counters: Map<number, number>;
  /** Partnerships seeded so far. */
  count: number;
}

/** Organisations, people and priorities: the same at every size. */
export async function seedBase(database: Database): Promise<SeedState> {
  const rng = random(20261125);
  const now = new Date().toISOString();
  const db = database.db;
  const councilId = uuidv7();
  const organisations: Array<Row<'organisations'>> = [];
  const org = (id: string, name: string, sector: string, council: number): Row<'organisations'> => ({
    id, name, name_folded: fold(name), sector, is_this_council: council, company_number: null, charity_number: null, address: null,
    website: null, contact_name: null, contact_email: null, contact_phone: null, created_at: now, updated_at: now,
  });
  organisations.push(org(councilId, 'Example Borough Council', 'public', 1));
  const combos = shuffle(rng, PLACES.flatMap((p) => ORGANISATION_KINDS.map(([k, s]) => [`${p} ${k}`, s] as const)));
  for (const [name, sector] of combos.slice(0, ORGANISATIONS - 1)) organisations.push(org(uuidv7(), name, sector, 0));

  const people: Array<Row<'people'>> = [];
  for (let i = 0; i < PEOPLE; i++) {
    const council = i < COUNCIL_PEOPLE;
    const name = `${pick(rng, FIRST)} ${pick(rng, LAST)} ${i + 1}`;
    people.push({
      id: uuidv7(), name, name_folded: fold(name), job_title: council ? 'Service Manager' : 'Director',
      organisation_id: council ? councilId : organisations[1 + Math.floor(rng() * (ORGANISATIONS - 1))]!.id,
      email: null, council_role: council ? (i % 6 === 0 ? 'councillor' : 'officer') : null, user_id: null, created_at: now, updated_at: now,
    });
  }
  const priorities: Array<Row<'corporate_priorities'>> = ['A thriving economy', 'Healthy communities', 'Net zero by 2035', 'Safe neighbourhoods', 'Good homes', 'A modern council'].map(
    (title, position) => ({ id: uuidv7(), title, description: null, active: 1, position, created_at: now, updated_at: now }),
  );
  await db.transaction().execute(async (trx) => {
    await insertMany(trx, 'organisations', organisations);
    await insertMany(trx, 'people', people);
    await insertMany(trx, 'corporate_priorities', priorities);
  });
  return {
    rng,
    councilId,
    partnerIds: organisations.slice(1).map((o) => o.id),
    partnerNames: new Map(organisations.map((o) => [o.id, o.name])),
    councilPeople: people.filter((p) => p.organisation_id === councilId && p.council_role === 'officer').map((p) => p.id),
    priorityIds: priorities.map((p) => p.id),
    counters: new Map(),
    count: 0,
  };
}

const BATCH = 2000;

/** Adds partnerships until there are `total`, in transactions of BATCH. */
export async function seedPartnerships(database: Database, state: SeedState, total: number, progress?: (n: number) => void): Promise<void> {
  const { rng } = state;
  const now = new Date().toISOString();
  // The riverside partnerships are spread through the first 1,000; the first RIVERSIDE_OPERATING are operating.
  const riverside = new Map<number, number>();
  if (state.count === 0) {
    shuffle(rng, [...Array(Math.min(total, 1000)).keys()]).slice(0, RIVERSIDE_TOTAL).forEach((position, i) => riverside.set(position, i));
  }
  while (state.count < total) {
    const n = Math.min(BATCH, total - state.count);
    const partnerships: Array<Row<'partnerships'>> = [];
    const partners: Array<Row<'partnership_partners'>> = [];
    const links: Array<Row<'partnership_priorities'>> = [];
    const search: Array<Row<'partnership_search'>> = [];
    const words: Array<Row<'partnership_words'>> = [];
    for (let k = 0; k < n; k++) {
      const position = state.count + k;
      const r = riverside.get(position);
      const place = r === undefined ? pick(rng, PLACES) : 'Riverside';
      const topic = pick(rng, TOPICS);
      const kind = pick(rng, KINDS);
      const name = rng() < 0.6 ? `${place} ${topic} ${kind}` : `${topic} ${kind} for ${place}`;
      let status = weighted(rng, STATUS_WEIGHTS);
      if (r !== undefined) status = r < RIVERSIDE_OPERATING ? 'operating' : pick(rng, STATUSES.filter((s) => s !== 'operating'));
      const startYear = 2012 + Math.floor(rng() * 15);
      const started = rng() < 0.9;
      const startDate = started ? `${startYear}-${String(1 + Math.floor(rng() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng() * 28)).padStart(2, '0')}` : null;
      const year = startYear;
      const number = (state.counters.get(year) ?? 0) + 1;
      state.counters.set(year, number);
      const reference = formatReference(year, number);
      const purpose = `To ${pick(rng, VERBS)} ${pick(rng, OBJECTS)} across ${place} through ${pick(rng, MEANS)}.`;
      const id = uuidv7();
      const expected = `Better ${topic.toLowerCase()} outcomes for residents.`;
      partnerships.push({
        id, reference, reference_year: year, reference_number: number, name, name_folded: fold(name), purpose,
        expected_outcomes: expected,
        rationale: JSON.stringify([pick(rng, RATIONALES)]), wellbeing: JSON.stringify([pick(rng, WELLBEING)]),
        legal_form: pick(rng, LEGAL_FORMS), status,
        start_date: startDate, expected_end_date: startDate ? `${startYear + 3 + Math.floor(rng() * 5)}${startDate.slice(4)}` : null,
        duration_description: null,
        council_contribution_pence: rng() < 0.8 ? Math.floor(rng() * 500_000) * 100 : null,
        within_approved_budget: rng() < 0.8 ? 1 : 0,
        resources_staff: null, resources_assets: null, resources_in_kind: null,
        sponsoring_officer_id: pick(rng, state.councilPeople), accountable_officer_id: pick(rng, state.councilPeople),
        created_at: now, updated_at: now,
      });
      // 2–4 partners; the council is one in most partnerships, the lead in some.
      const count = 2 + Math.floor(rng() * 3);
      const chosen = new Set<string>();
      if (rng() < 0.85) chosen.add(state.councilId);
      while (chosen.size < count) chosen.add(pick(rng, state.partnerIds));
      const ordered = [...chosen];
      ordered.forEach((organisationId, i) =>
        partners.push({ partnership_id: id, organisation_id: organisationId, role: i === 0 ? 'lead' : rng() < 0.8 ? 'member' : 'funder', member_status: pick(rng, MEMBER_STATUSES), position: i }),
      );
      const priorityCount = Math.floor(rng() * 3);
      for (const priorityId of shuffle(rng, [...state.priorityIds]).slice(0, priorityCount)) links.push({ partnership_id: id, priority_id: priorityId, how: 'Contributes directly.' });
      // Exactly what reindexPartnership (src/app/search-index.ts) stores: search tokens and overlap words.
      const text = [name, reference, purpose, ...ordered.map((o) => state.partnerNames.get(o)!)].join(' ');
      for (const token of tokens(text)) search.push({ token, partnership_id: id });
      for (const word of indexedWords({ name, purpose, expectedOutcomes: expected })) words.push({ word, partnership_id: id });
    }
    await database.db.transaction().execute(async (trx) => {
      await insertMany(trx, 'partnerships', partnerships);
      await insertMany(trx, 'partnership_partners', partners);
      await insertMany(trx, 'partnership_priorities', links);
      await insertMany(trx, 'partnership_search', search);
      await insertMany(trx, 'partnership_words', words);
      for (const [year, last] of state.counters) {
        await trx
          .insertInto('reference_counters')
          .values({ year, last_number: last })
          .onConflict((oc) => oc.column('year').doUpdateSet({ last_number: last }))
          .execute();
      }
    });
    state.count += n;
    progress?.(state.count);
  }
  // Statistics as a live database would have them: autovacuum keeps PostgreSQL's current.
  if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);
}
