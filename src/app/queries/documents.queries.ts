// Reading a partnership's documents and their versions (R-2.7doc, R-2.7(n), R-2.6.3) for a principal, and
// each partnership's current documents for the other parts (the Governance pages, the compliance engine).
// The scope hook found the partnership on pages and the API (decision 33); the scope is applied here too.
import { currentDocumentsOf, documentsOfPartnership, findDocument, versionsOf, type StoredDocument, type StoredVersion } from '../../db/repositories/documents.repo.ts';
import type { Db, Trx } from '../../db/database.ts';
import { inScope, partnershipScope } from '../../domain/access/scope.ts';
import { currentVersion } from '../../domain/documents/versions.ts';
import type { DocumentType } from '../../domain/governance/catalogue.ts';
import type { Readable } from 'node:stream';
import type { AppDeps } from '../deps.ts';
import type { DocumentStore } from '../document-store.ts';
import { NotFoundError } from '../errors.ts';
import { londonToday } from '../lifecycle.service.ts';
import type { Principal } from '../principal.ts';

export type { StoredDocument, StoredVersion } from '../../db/repositories/documents.repo.ts';

/** A document's current version, as the Governance pages and the compliance checks read it (R-2.7doc). */
export interface CurrentDocument {
  documentId: string;
  title: string;
  type: DocumentType;
  /** The governance section it evidences (a key of GOVERNANCE_SECTIONS), or null. */
  section: string | null;
  /** yyyy-mm-dd: from when its current version takes effect (R-2.7(n)). */
  effectiveFrom: string;
  version: number;
}

/**
 * For each partnership asked about, its documents' current versions (the latest in effect on `onDate`,
 * today in London unless given), in one statement however many partnerships: the compliance engine loads
 * whole councils in batches. A partnership with none has an empty list; a document none of whose versions
 * is in effect yet is not held yet, and left out. No scope is applied: the callers read for the council.
 */
export async function documentsOf(db: Db | Trx, partnershipIds: readonly string[], onDate: string = londonToday(new Date())): Promise<Map<string, CurrentDocument[]>> {
  const out = new Map<string, CurrentDocument[]>(partnershipIds.map((id) => [id, []]));
  for (const r of await currentDocumentsOf(db, [...new Set(partnershipIds)], onDate)) {
    out.get(r.partnershipId)!.push({ documentId: r.documentId, title: r.title, type: r.type as DocumentType, section: r.section, effectiveFrom: r.effectiveFrom, version: r.version });
  }
  return out;
}

export interface DocumentSummary extends StoredDocument {
  versions: StoredVersion[];
  /** The latest version in effect today; null while every version takes effect later. */
  current: StoredVersion | null;
}

function summarise(d: StoredDocument, versions: StoredVersion[], today: string): DocumentSummary {
  return { ...d, versions, current: currentVersion(versions, today) };
}

/** The partnership's documents, by title, each with its versions and current version. */
export async function documentsFor(deps: AppDeps, principal: Principal, partnershipId: string): Promise<DocumentSummary[]> {
  if (!inScope(partnershipScope(principal), partnershipId)) throw new NotFoundError('No such partnership');
  const db = deps.database.db;
  const documents = await documentsOfPartnership(db, partnershipId);
  const versions = await versionsOf(db, documents.map((d) => d.id));
  const today = londonToday(deps.clock.now());
  return documents.map((d) => summarise(d, versions.filter((v) => v.documentId === d.id), today));
}

/** One document of the partnership with its versions; NotFoundError when it has no such document. */
export async function documentFor(deps: AppDeps, principal: Principal, partnershipId: string, documentId: string): Promise<DocumentSummary> {
  if (!inScope(partnershipScope(principal), partnershipId)) throw new NotFoundError('No such partnership');
  const db = deps.database.db;
  const d = await findDocument(db, partnershipId, documentId);
  if (!d) throw new NotFoundError('No such document');
  return summarise(d, await versionsOf(db, [d.id]), londonToday(deps.clock.now()));
}

/** The partnership's documents of one type (the business case's evidence base, R-2.6.3). */
export async function documentsOfType(deps: AppDeps, principal: Principal, partnershipId: string, type: DocumentType): Promise<DocumentSummary[]> {
  return (await documentsFor(deps, principal, partnershipId)).filter((d) => d.type === type);
}

/** A version's bytes for download, with what it is; NotFoundError when the document has no such version. */
export async function versionContent(deps: AppDeps, principal: Principal, partnershipId: string, documentId: string, number: number, store: DocumentStore): Promise<{ document: DocumentSummary; version: StoredVersion; content: Readable }> {
  const document = await documentFor(deps, principal, partnershipId, documentId);
  const version = document.versions.find((v) => v.number === number);
  if (!version) throw new NotFoundError('No such version');
  return { document, version, content: await store.open(deps.database.db, version) };
}
