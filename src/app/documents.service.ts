// Uploading a partnership's documents and their new versions (R-2.7doc, R-2.7(n), R-2.6.3): one command
// each, that writes the document's row, its version's row, the bytes (document-store.ts) and the audit
// event (metadata only, never the bytes) in one transaction. A failure leaves nothing: the transaction
// rolls back, and release() removes the temporary file and any file renamed for the version.
import { findDocument, insertDocument, insertVersion, lastVersionNumber, type StoredDocument, type StoredVersion } from '../db/repositories/documents.repo.ts';
import { findLifecycleHeader } from '../db/repositories/lifecycle.repo.ts';
import { touchPartnership } from '../db/repositories/partnerships.repo.ts';
import type { Role } from '../domain/access/roles.ts';
import { mayOn } from '../domain/access/scope.ts';
import { safeFilename } from '../domain/documents/filename.ts';
import { nextVersionNumber } from '../domain/documents/versions.ts';
import { command } from './command.ts';
import type { AppDeps, RequestContext } from './deps.ts';
import type { DocumentStore, Spooled } from './document-store.ts';
import { NotFoundError, ValidationError } from './errors.ts';
import type { DocumentInput, VersionInput } from './schemas/documents.schema.ts';

export interface Uploaded {
  document: StoredDocument;
  version: StoredVersion;
}

/** What the audit trail keeps of a version: what it is, never its bytes. */
const versionFields = (v: StoredVersion) => ({
  version: v.number,
  effectiveFrom: v.effectiveFrom,
  filename: v.filename,
  mediaType: v.mediaType,
  sizeBytes: v.sizeBytes,
  sha256: v.sha256,
  storage: v.storage,
});

function mayUpload(principal: { role: Role; partnershipIds?: readonly string[] | null }, partnershipId: string): void {
  if (!mayOn(principal, 'register.manage', partnershipId)) throw new ValidationError([{ field: 'action', message: 'Only officers and administrators can upload documents.' }]);
}

async function writable(trx: Parameters<Parameters<typeof command>[2]>[0], partnershipId: string): Promise<void> {
  const p = await findLifecycleHeader(trx, partnershipId);
  if (!p) throw new NotFoundError('No such partnership');
  if (p.status === 'withdrawn') {
    throw new ValidationError([{ field: 'action', message: 'This partnership has been withdrawn: its record is kept as it was, and no document can be added to it.' }]);
  }
}

/** Runs the command, then lets the temporary file go (and a renamed file, when nothing was committed). */
async function keeping<T>(store: DocumentStore, spooled: Spooled, versionId: string, work: () => Promise<T>): Promise<T> {
  let committed = false;
  try {
    const result = await work();
    committed = true;
    return result;
  } finally {
    await store.release(spooled, versionId, committed);
  }
}

function newVersion(deps: AppDeps, ctx: RequestContext, documentId: string, number: number, effectiveFrom: string, spooled: Spooled, store: DocumentStore, id: string): StoredVersion {
  return {
    id,
    documentId,
    number,
    effectiveFrom,
    filename: safeFilename(spooled.originalName, spooled.format.extension),
    mediaType: spooled.format.mediaType,
    sizeBytes: spooled.size,
    sha256: spooled.sha256,
    storage: store.storage,
    uploadedBy: ctx.actor.id,
    uploadedByLabel: ctx.actor.label,
    uploadedAt: deps.clock.now().toISOString(),
  };
}

/** A new document of the partnership, with its first version. */
export async function uploadDocument(deps: AppDeps, ctx: RequestContext, principal: { role: Role; partnershipIds?: readonly string[] | null }, partnershipId: string, input: DocumentInput, spooled: Spooled, store: DocumentStore): Promise<Uploaded> {
  const versionId = deps.ids.next();
  return keeping(store, spooled, versionId, async () => {
    mayUpload(principal, partnershipId);
    return command(deps, ctx, async (trx, audit) => {
      await writable(trx, partnershipId);
      const now = deps.clock.now().toISOString();
      const document: StoredDocument = { id: deps.ids.next(), partnershipId, title: input.title, type: input.type, section: input.section, createdByLabel: ctx.actor.label, createdAt: now };
      const version = newVersion(deps, ctx, document.id, 1, input.effectiveFrom, spooled, store, versionId);
      await insertDocument(trx, document);
      await insertVersion(trx, version);
      await store.keep(trx, versionId, spooled);
      // Decision 38: a change to a record of the partnership moves its updatedAt.
      await touchPartnership(trx, partnershipId, now);
      audit.record({
        entityType: 'document',
        entityId: document.id,
        partnershipId,
        action: 'created',
        after: { title: document.title, type: document.type, section: document.section, ...versionFields(version) },
      });
      return { document, version };
    });
  });
}

/** A new version of one of the partnership's documents (an amendment, R-2.7(n)), numbered after the last. */
export async function addVersion(deps: AppDeps, ctx: RequestContext, principal: { role: Role; partnershipIds?: readonly string[] | null }, partnershipId: string, documentId: string, input: VersionInput, spooled: Spooled, store: DocumentStore): Promise<Uploaded> {
  const versionId = deps.ids.next();
  return keeping(store, spooled, versionId, async () => {
    mayUpload(principal, partnershipId);
    return command(deps, ctx, async (trx, audit) => {
      await writable(trx, partnershipId);
      const document = await findDocument(trx, partnershipId, documentId);
      if (!document) throw new NotFoundError('No such document');
      const version = newVersion(deps, ctx, documentId, nextVersionNumber(await lastVersionNumber(trx, documentId)), input.effectiveFrom, spooled, store, versionId);
      await insertVersion(trx, version);
      await store.keep(trx, versionId, spooled);
      await touchPartnership(trx, partnershipId, version.uploadedAt);
      audit.record({ entityType: 'document', entityId: documentId, partnershipId, action: 'version-added', after: { title: document.title, ...versionFields(version) } });
      return { document, version };
    });
  });
}
