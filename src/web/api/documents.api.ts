// /api/v1/partnerships/{id}/documents: a partnership's documents and their versions on the API (R-2.7doc,
// R-2.7(n), R-2.6.3), through the same use cases, reading and store as the pages (decision 45). Uploads are
// multipart/form-data, read in a scope of their own (setupDocumentBodies): the file is streamed to the
// store's temporary file and judged by its bytes before the command's short transaction. POST: 201 with
// the document and its Location; 400 at every field (a refused file at file, with why); 413 past the form's
// parts; 415 for a body that is not multipart; 404 an unknown document or version; 422 when withdrawn.
// The content is always an attachment with a safe name, its recorded media type, nosniff and its SHA-256.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app/deps.ts';
import { documentStore, megabytes, type DocumentStore } from '../../app/document-store.ts';
import { addVersion, uploadDocument } from '../../app/documents.service.ts';
import { ValidationError } from '../../app/errors.ts';
import { documentFor, documentsFor, versionContent, type DocumentSummary, type StoredVersion } from '../../app/queries/documents.queries.ts';
import { documentSchema, versionSchema } from '../../app/schemas/documents.schema.ts';
import type { Config } from '../../config.ts';
import { ALLOWED_FORMATS_TEXT, DOCUMENT_FORMATS } from '../../domain/documents/content-signature.ts';
import { DOCUMENT_TYPES, GOVERNANCE_SECTION_KEYS } from '../../domain/governance/catalogue.ts';
import { principalOf } from '../context.ts';
import { discard, readUpload, setupMultipart, UnreadableUpload, type Upload } from '../features/documents/multipart.ts';
import { sendVersion } from '../features/documents/documents.routes.ts';
import { idParam } from '../shared/params.ts';
import { apiRequestContext } from './bearer.ts';
import { MULTIPART, type ApiOperation, type ParameterDoc } from './openapi.ts';
import { ID_PARAMETER, idOf } from './partnerships.api.ts';
import { apiErrorHandler, ApiProblem, invalidRequest, ruleBroken, sendApiProblem, zodProblems, type FieldProblem } from './problem.ts';
import { idOut, requestComponent, responseComponent, timeOut } from './schemas/common.ts';

const described = <T extends z.ZodType>(schema: T, description: string) => schema.meta({ description });

const fileIn = (what: string) => described(z.file(), `${what}: a ${ALLOWED_FORMATS_TEXT} file, judged by its contents (not its name or the part’s Content-Type); refused at file when it is not, is empty or is too large.`);

// Published only (the parts are read by readUpload and parsed with documentSchema and versionSchema).
requestComponent(documentSchema.extend({ file: fileIn('The document’s first version') }), {
  id: 'DocumentUpload',
  description: 'A new document (R-2.7doc) and its first version, as multipart/form-data: the fields as text parts, the file as the part named file (with a filename). Unknown parts and a part sent twice are refused (400).',
});
requestComponent(versionSchema.extend({ file: fileIn('The new version') }), {
  id: 'DocumentVersionUpload',
  description: 'A new version of a document (an amendment, R-2.7(n)), as multipart/form-data: effectiveFrom as a text part, the file as the part named file. Unknown parts are refused (400).',
});

const versionOut = z.strictObject({
  number: described(z.int().min(1), 'The version’s number, from 1, in the order uploaded.'),
  effectiveFrom: described(z.iso.date(), 'R-2.7(n): the day this version takes effect.'),
  current: described(z.boolean(), 'Whether it is the current version: the latest in effect today (R-2.7doc).'),
  filename: described(z.string(), 'The safe name it downloads as (its extension the one its contents are).'),
  mediaType: described(z.string(), 'Its media type, from its contents.'),
  sizeBytes: described(z.int().min(1), 'Its size in bytes.'),
  sha256: described(z.string().regex(/^[0-9a-f]{64}$/), 'The SHA-256 of its bytes, in hex: the download’s Repr-Digest.'),
  uploadedBy: described(z.string(), 'Who uploaded it, as they were named then.'),
  uploadedAt: timeOut,
  content: described(z.string(), 'The address of its bytes (GET, an attachment).'),
});
responseComponent(versionOut, { id: 'DocumentVersion', description: 'One version of a document: what it is, never its bytes (GET its content address for those).' });

const documentOut = z.strictObject({
  id: idOut,
  title: z.string(),
  type: described(z.enum(DOCUMENT_TYPES), 'R-2.7doc: the kind of governance document.'),
  section: described(z.enum(GOVERNANCE_SECTION_KEYS as [string, ...string[]]).nullable(), 'The governance section it evidences (a key of the catalogue), or null.'),
  createdBy: described(z.string(), 'Who uploaded its first version, as they were named then.'),
  createdAt: timeOut,
  current: described(versionOut.nullable(), 'R-2.7doc: its current version, the latest in effect today; null while every version takes effect later (R-2.7(n)).'),
  versions: described(z.array(versionOut), 'Every version, oldest first.'),
});
responseComponent(documentOut, { id: 'Document', description: 'A partnership’s document (R-2.7doc, R-2.6.3) with every version’s metadata and its current version (R-2.7(n)).' });

responseComponent(z.strictObject({ items: described(z.array(documentOut), 'The partnership’s documents, by title.') }), {
  id: 'DocumentList',
  description: 'A partnership’s documents, each with its versions and current version.',
});

const DOCUMENT_PARAMETER: ParameterDoc = { ...ID_PARAMETER, name: 'documentId', description: 'The document’s id. Not one of this partnership’s documents: 404.' };
const VERSION_PARAMETER: ParameterDoc = { name: 'n', in: 'path', description: 'The version’s number, from 1. No such version: 404.', schema: { type: 'integer', minimum: 1 }, example: 1 };

const base = (partnershipId: string) => `/api/v1/partnerships/${partnershipId}/documents`;
const contentHref = (partnershipId: string, documentId: string, n: number) => `${base(partnershipId)}/${documentId}/versions/${n}/content`;

function resourceOf(partnershipId: string, d: DocumentSummary): z.output<typeof documentOut> {
  const version = (v: StoredVersion): z.output<typeof versionOut> => ({
    number: v.number,
    effectiveFrom: v.effectiveFrom,
    current: d.current?.id === v.id,
    filename: v.filename,
    mediaType: v.mediaType,
    sizeBytes: v.sizeBytes,
    sha256: v.sha256,
    uploadedBy: v.uploadedByLabel,
    uploadedAt: v.uploadedAt,
    content: contentHref(partnershipId, d.id, v.number),
  });
  return {
    id: d.id,
    title: d.title,
    type: d.type as (typeof DOCUMENT_TYPES)[number],
    section: d.section,
    createdBy: d.createdByLabel,
    createdAt: d.createdAt,
    current: d.current ? version(d.current) : null,
    versions: d.versions.map(version),
  };
}

const NOT_MULTIPART = 'Send the body as multipart/form-data: its fields as text parts and the file as the part named file.';

/**
 * The scope the upload operations are registered in: multipart/form-data is their only body (JSON and
 * forms are refused with 415 before a byte is read), with the pages' limits (setupMultipart).
 */
export async function setupDocumentBodies(scope: FastifyInstance, store: DocumentStore): Promise<void> {
  scope.removeAllContentTypeParsers();
  await setupMultipart(scope, store);
  scope.setErrorHandler((error: FastifyError, request, reply) =>
    error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ? sendApiProblem(reply, new ApiProblem({ status: 415, detail: NOT_MULTIPART })) : apiErrorHandler(error, request, reply),
  );
}

/** The parts of an upload, read, or the API's answer: 415 not multipart, 413 past the parts' limits, 400 unreadable. */
async function readParts(request: FastifyRequest, store: DocumentStore, deps: AppDeps): Promise<Upload> {
  if (!request.isMultipart()) throw new ApiProblem({ status: 415, detail: NOT_MULTIPART });
  try {
    return await readUpload(request, store, deps.database.db);
  } catch (error) {
    if (error instanceof UnreadableUpload && error.tooMany) throw new ApiProblem({ status: 413, detail: 'The body has more parts than the form takes: one file, at file, and its few fields.' });
    if (error instanceof UnreadableUpload) throw invalidRequest([{ field: 'body', message: 'The body could not be read as multipart/form-data.' }], 'The body could not be read as multipart/form-data.');
    throw error;
  }
}

/** Every problem of the parts at once: the fields by the schema, a part set aside, and the file (missing or refused, with why). */
function partProblems(upload: Upload, parsed: { success: boolean; error?: z.ZodError }): FieldProblem[] {
  const problems: FieldProblem[] = parsed.success || !parsed.error ? [] : zodProblems(parsed.error);
  for (const name of new Set(upload.setAside)) {
    problems.push({ field: name.slice(0, 100) || 'body', message: name === 'file' ? 'Send one file, as the part named file' : `The part ${JSON.stringify(name.slice(0, 100))} was sent more than once, or as a file: send each field once, as text` });
  }
  if ('file' in upload.fields) problems.push({ field: 'file', message: 'Send the file as a file part (its Content-Disposition with a filename), not as text' });
  else if (!upload.file) problems.push({ field: 'file', message: 'Send the file to upload, as the part named file (R-2.7doc)' });
  else if (!upload.file.ok) problems.push({ field: 'file', message: upload.file.message });
  return problems;
}

const withdrawnRefusal = () =>
  ruleBroken([{ field: 'action', message: 'This partnership has been withdrawn: its record is kept as it was, and no document can be added to it.' }]);

/** Reads, checks and keeps an upload: the command runs only when every part is right; the spooled file always goes. */
async function uploaded<T>(request: FastifyRequest, store: DocumentStore, deps: AppDeps, schema: z.ZodType<T>, keep: (input: T, upload: Upload & { file: { ok: true } }) => Promise<unknown>): Promise<void> {
  // A withdrawn partnership's record is kept as it was (decision 24): refused before its file is read.
  if (request.partnership!.status === 'withdrawn') throw withdrawnRefusal();
  const upload = await readParts(request, store, deps);
  try {
    const { file: _file, ...fields } = upload.fields;
    const parsed = schema.safeParse(fields);
    const problems = partProblems(upload, parsed);
    if (problems.length || !parsed.success || !upload.file?.ok) throw invalidRequest(problems);
    try {
      await keep(parsed.data, upload as Upload & { file: { ok: true } });
    } catch (error) {
      if (error instanceof ValidationError) throw ruleBroken(error.problems.map((p) => ({ field: p.field, message: p.message })));
      throw error;
    }
  } finally {
    if (upload.file?.ok) await discard(store, upload.file.spooled);
  }
}

export function documentOperations(deps: AppDeps, config: Pick<Config, 'DOCUMENTS_DIR' | 'DOCUMENT_MAX_MB'>): ApiOperation[] {
  const store = documentStore(config);
  const maxText = megabytes(store.maxBytes);
  const encoding = { file: { contentType: DOCUMENT_FORMATS.map((f) => f.mediaType.split(';')[0]).join(', ') + ', application/octet-stream' } };
  const documentOf = (request: FastifyRequest, documentId: string) => documentFor(deps, principalOf(request), idOf(request), documentId);
  const documentIdOf = (request: FastifyRequest) => idParam((request.params as { documentId?: unknown }).documentId);
  const created = (reply: FastifyReply, location: string) => reply.code(201).header('location', location);
  const refusal = 'The partnership is withdrawn: its record is kept as it was (decision 24), and no document can be added to it. errors says why, at action.';
  return [
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/documents',
      operationId: 'listPartnershipDocuments',
      tag: 'Documents',
      summary: 'List a partnership’s documents',
      description: 'Its documents by title (R-2.7doc, R-2.6.3), each with every version’s metadata and its current version: the latest in effect today (R-2.7(n)).',
      access: 'register.view',
      parameters: [ID_PARAMETER],
      responses: { '200': { description: 'The partnership’s documents.', component: 'DocumentList' } },
      handler: async (request): Promise<{ items: Array<z.output<typeof documentOut>> }> => {
        const id = idOf(request);
        return { items: (await documentsFor(deps, principalOf(request), id)).map((d) => resourceOf(id, d)) };
      },
    },
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/documents',
      operationId: 'uploadPartnershipDocument',
      tag: 'Documents',
      summary: 'Upload a document',
      description: `A new document of the partnership and its first version (R-2.7doc), as multipart/form-data. The file is judged by its contents: a ${ALLOWED_FORMATS_TEXT} file smaller than ${maxText}. Recorded in the audit trail and the partnership’s History (what it is, never its bytes).`,
      access: 'register.manage',
      parameters: [ID_PARAMETER],
      requestBody: {
        component: 'DocumentUpload',
        description: 'The document’s fields as text parts and its file as the part named file.',
        example: { title: 'Partnership agreement 2026', type: 'partnership-agreement', section: 'element-b', effectiveFrom: '2026-04-01' },
        media: MULTIPART,
        encoding,
      },
      refusal,
      responses: {
        '201': {
          description: 'Uploaded: the document with its first version.',
          component: 'Document',
          headers: { Location: { description: 'The new document’s address.', schema: { type: 'string' } } },
        },
      },
      handler: async (request, reply) => {
        const id = idOf(request);
        let documentId = '';
        await uploaded(request, store, deps, documentSchema, async (input, upload) => {
          documentId = (await uploadDocument(deps, apiRequestContext(request), request.user!, id, input, upload.file.spooled, store)).document.id;
        });
        created(reply, `${base(id)}/${documentId}`);
        return resourceOf(id, await documentOf(request, documentId));
      },
    },
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/documents/{documentId}',
      operationId: 'getPartnershipDocument',
      tag: 'Documents',
      summary: 'Read a document',
      description: 'The document, every version’s metadata and its current version (R-2.7(n)).',
      access: 'register.view',
      parameters: [ID_PARAMETER, DOCUMENT_PARAMETER],
      responses: { '200': { description: 'The document.', component: 'Document' } },
      handler: async (request) => resourceOf(idOf(request), await documentOf(request, documentIdOf(request))),
    },
    {
      method: 'POST',
      path: '/api/v1/partnerships/{id}/documents/{documentId}/versions',
      operationId: 'uploadPartnershipDocumentVersion',
      tag: 'Documents',
      summary: 'Upload a new version of a document',
      description: `A new version (an amendment, R-2.7(n)), numbered after the last, taking effect from its date: it becomes the current version once in effect. Multipart/form-data; the file a ${ALLOWED_FORMATS_TEXT} file smaller than ${maxText}. Recorded in the audit trail and the partnership’s History.`,
      access: 'register.manage',
      parameters: [ID_PARAMETER, DOCUMENT_PARAMETER],
      requestBody: { component: 'DocumentVersionUpload', description: 'effectiveFrom as a text part and the file as the part named file.', example: { effectiveFrom: '2027-04-01' }, media: MULTIPART, encoding },
      refusal,
      responses: {
        '201': {
          description: 'Uploaded: the document with its versions now.',
          component: 'Document',
          headers: { Location: { description: 'The new version’s content address.', schema: { type: 'string' } } },
        },
      },
      handler: async (request, reply) => {
        const id = idOf(request);
        // An unknown document is 404 before its file is read.
        const documentId = (await documentOf(request, documentIdOf(request))).id;
        let number = 0;
        await uploaded(request, store, deps, versionSchema, async (input, upload) => {
          number = (await addVersion(deps, apiRequestContext(request), request.user!, id, documentId, input, upload.file.spooled, store)).version.number;
        });
        created(reply, contentHref(id, documentId, number));
        return resourceOf(id, await documentOf(request, documentId));
      },
    },
    {
      method: 'GET',
      path: '/api/v1/partnerships/{id}/documents/{documentId}/versions/{n}/content',
      operationId: 'downloadPartnershipDocumentVersion',
      tag: 'Documents',
      summary: 'Download a version’s bytes',
      description: 'The version’s bytes as they were uploaded: always an attachment with its safe name (Content-Disposition), its recorded media type, X-Content-Type-Options: nosniff, and its SHA-256 in Repr-Digest (RFC 9530) and Digest.',
      access: 'register.view',
      parameters: [ID_PARAMETER, DOCUMENT_PARAMETER, VERSION_PARAMETER],
      responses: {
        '200': {
          description: 'The bytes.',
          binary: DOCUMENT_FORMATS.map((f) => f.mediaType),
          headers: {
            'Content-Disposition': { description: 'attachment, with the safe name (filename and filename*).', schema: { type: 'string' } },
            'X-Content-Type-Options': { description: 'nosniff', schema: { type: 'string' } },
            'Repr-Digest': { description: 'sha-256=:…: the SHA-256 of the bytes, in base64 (RFC 9530).', schema: { type: 'string' } },
          },
        },
      },
      handler: async (request, reply) => {
        const n = String((request.params as { n?: unknown }).n);
        if (!/^[1-9]\d{0,5}$/.test(n)) throw new ApiProblem({ status: 404, detail: 'There is no such version of this document.' });
        return sendVersion(reply, await versionContent(deps, principalOf(request), idOf(request), documentIdOf(request), Number(n), store));
      },
    },
  ];
}
