// reading the audit trail for people: filtered, newest first, a page or a batch at a time,
// and the names of the records events concern. (Appending and the hash chain live in audit.repo.ts.)
import { governanceSection } from '../../domain/governance/catalogue.ts';
import { dateInWords } from '../../domain/decisions/notice.ts';
import type { Db } from '../database.ts';
import type { AuditRow } from './audit.repo.ts';
import type { TrailFilter } from '../../domain/audit/trail-filter.ts';

function filtered(db: Db, f: Omit<TrailFilter, 'beforeSeq'>) {
  let q = db.selectFrom('audit_events').selectAll();
  if (f.actorId) q = q.where('actor_id', '=', f.actorId);
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  // ISO-8601 UTC text of one length sorts as time does, on both databases.
  if (f.fromInstant) q = q.where('occurred_at', '>=', f.fromInstant);
  if (f.toInstant) q = q.where('occurred_at', '<', f.toInstant);
  return q;
}

const withNumbers = (rows: AuditRow[]): AuditRow[] => rows.map((r) => ({ ...r, seq: Number(r.seq) }));

/** Up to `limit` matching events numbered below `beforeSeq`, newest first. */
export async function auditTrailEvents(db: Db, f: TrailFilter, limit: number): Promise<AuditRow[]> {
  let q = filtered(db, f).orderBy('seq', 'desc').limit(limit);
  if (f.beforeSeq !== null) q = q.where('seq', '<', f.beforeSeq);
  return withNumbers(await q.execute());
}

/** Every matching event, newest first, a batch at a time (keyset paging on seq: no offsets to walk). */
export async function* auditTrailBatches(db: Db, f: TrailFilter, batch = 500): AsyncGenerator<AuditRow[]> {
  let before = f.beforeSeq;
  for (;;) {
    const rows = await auditTrailEvents(db, { ...f, beforeSeq: before }, batch);
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batch) return;
    before = rows.at(-1)!.seq;
  }
}

export interface RecordRef {
  type: string;
  id: string;
}

/** "type:id" → the record's name today, for the records that still exist. */
export async function currentRecordNames(db: Db, refs: readonly RecordRef[]): Promise<Map<string, string>> {
  const ids = (type: string) => [...new Set(refs.filter((r) => r.type === type).map((r) => r.id))];
  const out = new Map<string, string>();
  const add = (type: string, rows: Array<{ id: string; name: string }>) => rows.forEach((r) => out.set(`${type}:${r.id}`, r.name));
  const partnerships = ids('partnership');
  const organisations = ids('organisation');
  const people = ids('person');
  const priorities = ids('corporate-priority');
  const users = ids('user');
  const tokens = ids('api-token');
  // A partnership's partner and council representative are named by the organisation or person they are.
  const partners = ids('partnership-partner');
  const representatives = ids('partnership-representative');
  // A partnership's own parts are named by what they are and whose: "Business case of Joint Waste (P-2026-0001)".
  const businessCases = ids('business-case');
  const sections = ids('governance-section');
  const screenings = ids('screening');
  const documents = ids('document');
  // The compliance engine's evidence: "Attestation of R-2.8a, Joint Waste (P-2026-0001)".
  const attestations = ids('compliance-attestation');
  const exceptions = ids('compliance-exception');
  // A partnership's meetings, their items, its actions and its forward plan, by their titles (R-2.8g, R-2.8d, R-2.8f).
  const meetings = ids('meeting');
  const items = ids('agenda-item');
  const actions = ids('action');
  const planned = ids('forward-plan-entry');
  const limits = ids('delegated-authority');
  const partnershipNames = async (partnershipIds: string[]) =>
    new Map((await db.selectFrom('partnerships').select(['id', 'name', 'reference']).where('id', 'in', partnershipIds).execute()).map((r) => [r.id, `${r.name} (${r.reference})`]));
  await Promise.all([
    meetings.length &&
      db.selectFrom('meetings').select(['id', 'title', 'meets_on']).where('id', 'in', meetings).execute()
        .then((rows) => add('meeting', rows.map((r) => ({ id: r.id, name: `${r.title}, ${dateInWords(r.meets_on)}` })))),
    items.length && db.selectFrom('agenda_items').select(['id', 'title as name']).where('id', 'in', items).execute().then((rows) => add('agenda-item', rows)),
    actions.length && db.selectFrom('partnership_actions').select(['id', 'title as name']).where('id', 'in', actions).execute().then((rows) => add('action', rows)),
    limits.length &&
      db.selectFrom('delegated_authorities as a').innerJoin('people as p', 'p.id', 'a.person_id').select(['a.id', 'p.name', 'a.decision_type']).where('a.id', 'in', limits).execute()
        .then((rows) => add('delegated-authority', rows.map((r) => ({ id: r.id, name: `Authority of ${r.name} (${r.decision_type === 'any' ? 'any decision' : r.decision_type})` })))),
    planned.length && db.selectFrom('forward_plan_entries').select(['id', 'title as name']).where('id', 'in', planned).execute().then((rows) => add('forward-plan-entry', rows)),
    businessCases.length &&
      partnershipNames(businessCases).then((names) => add('business-case', [...names].map(([id, name]) => ({ id, name: `Business case of ${name}` })))),
    sections.length &&
      partnershipNames([...new Set(sections.map((id) => id.split('/')[0]!))]).then((names) =>
        add('governance-section', sections.flatMap((id) => {
          const [partnershipId, key] = id.split('/') as [string, string | undefined];
          const name = names.get(partnershipId);
          const section = key ? governanceSection(key) : undefined;
          return name && section ? [{ id, name: `${section.title}, ${name}` }] : [];
        })),
      ),
    screenings.length &&
      db.selectFrom('screenings as s').innerJoin('partnerships as p', 'p.id', 's.partnership_id').select(['s.id', 'p.name', 'p.reference']).where('s.id', 'in', screenings).execute()
        .then((rows) => add('screening', rows.map((r) => ({ id: r.id, name: `Screening of ${r.name} (${r.reference})` })))),
    attestations.length &&
      db.selectFrom('compliance_attestations as a').innerJoin('partnerships as p', 'p.id', 'a.partnership_id').select(['a.id', 'a.requirement_id', 'p.name', 'p.reference']).where('a.id', 'in', attestations).execute()
        .then((rows) => add('compliance-attestation', rows.map((r) => ({ id: r.id, name: `Attestation of ${r.requirement_id}, ${r.name} (${r.reference})` })))),
    exceptions.length &&
      db.selectFrom('compliance_exceptions as e').innerJoin('partnerships as p', 'p.id', 'e.partnership_id').select(['e.id', 'e.requirement_id', 'p.name', 'p.reference']).where('e.id', 'in', exceptions).execute()
        .then((rows) => add('compliance-exception', rows.map((r) => ({ id: r.id, name: `Exception to ${r.requirement_id}, ${r.name} (${r.reference})` })))),
    documents.length && db.selectFrom('documents').select(['id', 'title as name']).where('id', 'in', documents).execute().then((rows) => add('document', rows)),
    partnerships.length &&
      db.selectFrom('partnerships').select(['id', 'name', 'reference']).where('id', 'in', partnerships).execute()
        .then((rows) => add('partnership', rows.map((r) => ({ id: r.id, name: `${r.name} (${r.reference})` })))),
    organisations.length && db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', organisations).execute().then((rows) => add('organisation', rows)),
    people.length && db.selectFrom('people').select(['id', 'name']).where('id', 'in', people).execute().then((rows) => add('person', rows)),
    priorities.length &&
      db.selectFrom('corporate_priorities').select(['id', 'title as name']).where('id', 'in', priorities).execute().then((rows) => add('corporate-priority', rows)),
    users.length && db.selectFrom('users').select(['id', 'name']).where('id', 'in', users).execute().then((rows) => add('user', rows)),
    tokens.length && db.selectFrom('api_tokens').select(['id', 'name']).where('id', 'in', tokens).execute().then((rows) => add('api-token', rows)),
    partners.length &&
      db.selectFrom('organisations').select(['id', 'name']).where('id', 'in', partners).execute().then((rows) => add('partnership-partner', rows)),
    representatives.length &&
      db.selectFrom('people').select(['id', 'name']).where('id', 'in', representatives).execute().then((rows) => add('partnership-representative', rows)),
  ]);
  return out;
}
