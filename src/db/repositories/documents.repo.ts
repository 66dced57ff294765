// A partnership's documents and their versions as stored (migration 0011), and the bytes of the versions
// kept in the database (document_chunks). Written only by the documents use case, inside its command.
import type { Db, Trx } from '../database.ts';

type Executor = Db | Trx;

export interface StoredDocument {
  id: string;
  partnershipId: string;
  title: string;
  type: string;
  section: string | null;
  createdByLabel: string;
  createdAt: string;
}

export type Storage = 'database' | 'directory';

export interface StoredVersion {
  id: string;
  documentId: string;
  number: number;
  effectiveFrom: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  storage: Storage;
  uploadedBy: string | null;
  uploadedByLabel: string;
  uploadedAt: string;
}

/** A document's current version (the latest in effect on a day), with what the document is. */
export interface CurrentDocumentRow {
  partnershipId: string;
  documentId: string;
  title: string;
  type: string;
  section: string | null;
  effectiveFrom: string;
  version: number;
}

const documentOf = (r: { id: string; partnership_id: string; title: string; type: string; section: string | null; created_by_label: string; created_at: string }): StoredDocument => ({
  id: r.id,
  partnershipId: r.partnership_id,
  title: r.title,
  type: r.type,
  section: r.section,
  createdByLabel: r.created_by_label,
  createdAt: r.created_at,
});

const versionOf = (r: {
  id: string;
  document_id: string;
  number: number;
  effective_from: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage: string;
  uploaded_by: string | null;
  uploaded_by_label: string;
  uploaded_at: string;
}): StoredVersion => ({
  id: r.id,
  documentId: r.document_id,
  number: Number(r.number),
  effectiveFrom: r.effective_from,
  filename: r.filename,
  mediaType: r.media_type,
  sizeBytes: Number(r.size_bytes),
  sha256: r.sha256,
  storage: r.storage as Storage,
  uploadedBy: r.uploaded_by,
  uploadedByLabel: r.uploaded_by_label,
  uploadedAt: r.uploaded_at,
});

export async function insertDocument(trx: Trx, d: StoredDocument): Promise<void> {
  await trx
    .insertInto('documents')
    .values({ id: d.id, partnership_id: d.partnershipId, title: d.title, type: d.type, section: d.section, created_by_label: d.createdByLabel, created_at: d.createdAt })
    .execute();
}

export async function insertVersion(trx: Trx, v: StoredVersion): Promise<void> {
  await trx
    .insertInto('document_versions')
    .values({
      id: v.id,
      document_id: v.documentId,
      number: v.number,
      effective_from: v.effectiveFrom,
      filename: v.filename,
      media_type: v.mediaType,
      size_bytes: v.sizeBytes,
      sha256: v.sha256,
      storage: v.storage,
      uploaded_by: v.uploadedBy,
      uploaded_by_label: v.uploadedByLabel,
      uploaded_at: v.uploadedAt,
    })
    .execute();
}

export async function insertChunk(trx: Trx, versionId: string, seq: number, bytes: Buffer): Promise<void> {
  await trx.insertInto('document_chunks').values({ version_id: versionId, seq, bytes }).execute();
}

/** Up to `limit` chunks of a version from `fromSeq` on, in order: a download reads a few at a time, never the whole. */
export async function chunksFrom(db: Executor, versionId: string, fromSeq: number, limit: number): Promise<Array<{ seq: number; bytes: Buffer }>> {
  const rows = await db
    .selectFrom('document_chunks')
    .select(['seq', 'bytes'])
    .where('version_id', '=', versionId)
    .where('seq', '>=', fromSeq)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), bytes: Buffer.from(r.bytes) }));
}

export async function findDocument(db: Executor, partnershipId: string, documentId: string): Promise<StoredDocument | undefined> {
  const r = await db.selectFrom('documents').selectAll().where('id', '=', documentId).where('partnership_id', '=', partnershipId).executeTakeFirst();
  return r && documentOf(r);
}

/** The partnership's documents, by title. */
export async function documentsOfPartnership(db: Executor, partnershipId: string): Promise<StoredDocument[]> {
  const rows = await db.selectFrom('documents').selectAll().where('partnership_id', '=', partnershipId).orderBy('title').orderBy('id').execute();
  return rows.map(documentOf);
}

/** Every version of the given documents, by document and number. */
export async function versionsOf(db: Executor, documentIds: readonly string[]): Promise<StoredVersion[]> {
  if (!documentIds.length) return [];
  const rows = await db.selectFrom('document_versions').selectAll().where('document_id', 'in', documentIds).orderBy('document_id').orderBy('number').execute();
  return rows.map(versionOf);
}

/** The highest version number of a document, 0 when it has none. */
export async function lastVersionNumber(trx: Trx, documentId: string): Promise<number> {
  const r = await trx.selectFrom('document_versions').select((eb) => eb.fn.max('number').as('n')).where('document_id', '=', documentId).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/**
 * Each document's current version for many partnerships, in one statement: the version with the latest
 * effective date on or before `onDate` (the higher number on the same day). A document none of whose
 * versions is in effect yet has no current version and is left out.
 */
export async function currentDocumentsOf(db: Executor, partnershipIds: readonly string[], onDate: string): Promise<CurrentDocumentRow[]> {
  if (!partnershipIds.length) return [];
  const rows = await db
    .selectFrom('documents as d')
    .innerJoin('document_versions as v', 'v.document_id', 'd.id')
    .select(['d.partnership_id', 'd.id', 'd.title', 'd.type', 'd.section', 'v.effective_from', 'v.number'])
    .where('d.partnership_id', 'in', partnershipIds)
    .where('v.id', '=', (eb) =>
      eb
        .selectFrom('document_versions as c')
        .select('c.id')
        .whereRef('c.document_id', '=', 'd.id')
        .where('c.effective_from', '<=', onDate)
        .orderBy('c.effective_from', 'desc')
        .orderBy('c.number', 'desc')
        .limit(1),
    )
    .orderBy('d.partnership_id')
    .orderBy('d.title')
    .orderBy('d.id')
    .execute();
  return rows.map((r) => ({
    partnershipId: r.partnership_id,
    documentId: r.id,
    title: r.title,
    type: r.type,
    section: r.section,
    effectiveFrom: r.effective_from,
    version: Number(r.number),
  }));
}

/** Which of these version ids have a row (the directory sweep keeps only files with one). */
export async function existingVersionIds(db: Executor, ids: readonly string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.selectFrom('document_versions').select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}
