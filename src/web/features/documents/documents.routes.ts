// A partnership's documents (R-2.7doc, R-2.7(n), R-2.6.3) under /partnerships/:id/documents: the list on
// the partnership's layout, each document's versions, the upload forms (multipart, through the form
// pipeline: 400 with the error summary, the text kept), and each version's download, always an
// attachment with a safe name and nosniff. Officers and administrators upload; whoever may see the
// partnership downloads (internal audit reads). Works without JavaScript.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../../app/deps.ts';
import { documentStore, megabytes, type DocumentStore } from '../../../app/document-store.ts';
import { addVersion, uploadDocument } from '../../../app/documents.service.ts';
import { documentFor, documentsFor, versionContent, type DocumentSummary } from '../../../app/queries/documents.queries.ts';
import type { Config } from '../../../config.ts';
import { attachmentDisposition } from '../../../domain/documents/filename.ts';
import { DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES, governanceSection, type DocumentType } from '../../../domain/governance/catalogue.ts';
import { principalOf, requestContext } from '../../context.ts';
import { PageNotFoundError } from '../../errors.ts';
import type { FieldError } from '../../forms/form.ts';
import { submitForm, type FormPage } from '../../forms/pipeline.ts';
import { idParam, param } from '../../shared/params.ts';
import { csrfPartFirst, discard, readUpload, setupMultipart, type Upload } from './multipart.ts';
import { formFieldOf, parseDocumentForm, parseVersionForm, uploadFormView, type UploadForm } from './upload.form.ts';
import { keepsPartnership } from '../../shared/keeper.ts';

type Params = { id: string };
type DocParams = Params & { documentId: string };
type VersionParams = DocParams & { n: string };

const base = (id: string) => `/partnerships/${id}/documents`;

export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return megabytes(bytes);
}

const typeLabel = (t: string) => DOCUMENT_TYPE_LABELS[t as DocumentType] ?? t;
const sectionTitle = (key: string | null) => (key ? (governanceSection(key)?.title ?? key) : null);

export function downloadHref(partnershipId: string, documentId: string, number: number): string {
  return `${base(partnershipId)}/${documentId}/versions/${number}/download`;
}

/** A document as the list and its page show it. */
export function documentRow(partnershipId: string, d: DocumentSummary) {
  const v = d.current;
  const latest = d.versions.at(-1)!;
  return {
    id: d.id,
    href: `${base(partnershipId)}/${d.id}`,
    title: d.title,
    type: typeLabel(d.type),
    section: sectionTitle(d.section),
    current: v ? { number: v.number, effectiveFrom: v.effectiveFrom, size: sizeText(v.sizeBytes), href: downloadHref(partnershipId, d.id, v.number), filename: v.filename } : null,
    // R-2.7(n): a document none of whose versions is in force yet says from when the first takes effect.
    pending: v ? null : { number: latest.number, effectiveFrom: latest.effectiveFrom },
  };
}

/** Sends a version's bytes: an attachment, with its safe name, its recorded media type, nosniff. */
export async function sendVersion(reply: FastifyReply, found: Awaited<ReturnType<typeof versionContent>>): Promise<FastifyReply> {
  const { version, content } = found;
  return reply
    .header('content-type', version.mediaType)
    .header('content-length', String(version.sizeBytes))
    .header('content-disposition', attachmentDisposition(version.filename))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .header('digest', `sha-256=${Buffer.from(version.sha256, 'hex').toString('base64')}`)
    // RFC 9530, which obsoletes Digest: the same SHA-256 as a byte sequence.
    .header('repr-digest', `sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`)
    .send(content);
}

export function documentsRoutes(deps: AppDeps, config: Config) {
  const store: DocumentStore = documentStore(config);
  return async function routes(app: FastifyInstance): Promise<void> {
    await setupMultipart(app, store);
    // What a crash left behind is swept at start (and now and then before an upload).
    app.addHook('onReady', async () => {
      await store.sweep(deps.database.db).catch(() => 0);
    });

    const view = { config: { access: 'register.view' as const } };
    const manage = { config: { access: 'register.manage' as const } };
    const upload = { config: { access: 'register.manage' as const, multipart: true }, preValidation: csrfPartFirst };
    const maxText = megabytes(store.maxBytes);

    const canUpload = (request: FastifyRequest) => keepsPartnership(request) && request.partnership!.status !== 'withdrawn';

    app.get<{ Params: Params }>('/partnerships/:id/documents', view, async (request, reply) => {
      const p = request.partnership!;
      const documents = await documentsFor(deps, principalOf(request), p.id);
      return reply.view('documents/list', {
        title: `Documents: ${p.name}`,
        documents: documents.map((d) => documentRow(p.id, d)),
        canUpload: canUpload(request),
        newHref: `${base(p.id)}/new`,
      });
    });

    // The upload pages read the form (and stream its file) first, then run the pipeline over what was read.
    const uploadPage = <V>(
      request: FastifyRequest<{ Params: Params }>,
      upload: Upload,
      render: (reply: FastifyReply, form: UploadForm, errors: readonly FieldError[]) => FastifyReply,
      parse: (form: UploadForm, file: Upload['file']) => ReturnType<FormPage<UploadForm, V, unknown>['parse']>,
      command: (value: V) => Promise<{ document: { id: string } }>,
      flash: string,
    ): FormPage<UploadForm, V, { document: { id: string } }> => ({
      read: () => upload.fields,
      parse: (form) => parse(form, upload.file),
      // A refused form's file goes before the page is sent, so nothing is left once the user reads it.
      render: async (reply, form, errors) => {
        if (upload.file?.ok) await discard(store, upload.file.spooled);
        return render(reply, form, errors);
      },
      command,
      fieldOf: (problem) => formFieldOf(problem.field),
      done: (saved) => ({ flash, to: `${base(request.params.id)}/${saved.document.id}` }),
    });

    const renderNew = (request: FastifyRequest<{ Params: Params }>) => (reply: FastifyReply, form: UploadForm, errors: readonly FieldError[]) => {
      const p = request.partnership!;
      return reply.view('documents/new', {
        title: `Upload a document: ${p.name}`,
        backLink: base(p.id),
        formAction: `${base(p.id)}/new`,
        cancelHref: base(p.id),
        ...uploadFormView(form, errors, maxText),
      });
    };

    app.get<{ Params: Params }>('/partnerships/:id/documents/new', manage, async (request, reply) => {
      // The Governance page links here for a required document not held: its type is chosen already.
      const type = param(request.query, 'type');
      const form: UploadForm = (DOCUMENT_TYPES as readonly string[]).includes(type) ? { type } : {};
      return renderNew(request)(reply, form, []);
    });

    app.post<{ Params: Params }>('/partnerships/:id/documents/new', upload, async (request, reply) => {
      const p = request.partnership!;
      const read = await readUpload(request, store, deps.database.db);
      try {
        return await submitForm(
          request,
          reply,
          uploadPage(request, read, renderNew(request), parseDocumentForm, ({ spooled, ...input }) => uploadDocument(deps, requestContext(request), request.user!, p.id, input, spooled, store), 'Document uploaded'),
        );
      } finally {
        if (read.file?.ok) await discard(store, read.file.spooled);
      }
    });

    const loadDocument = async (request: FastifyRequest<{ Params: DocParams }>) => documentFor(deps, principalOf(request), request.partnership!.id, idParam(request.params.documentId));

    app.get<{ Params: DocParams }>('/partnerships/:id/documents/:documentId', view, async (request, reply) => {
      const p = request.partnership!;
      const d = await loadDocument(request);
      return reply.view('documents/show', {
        title: `${d.title}: ${p.name}`,
        backLink: base(p.id),
        document: documentRow(p.id, d),
        versions: [...d.versions].reverse().map((v) => ({
          number: v.number,
          effectiveFrom: v.effectiveFrom,
          filename: v.filename,
          size: sizeText(v.sizeBytes),
          sha256: v.sha256,
          // In four groups, so a narrow screen can wrap it (WCAG 1.4.10).
          sha256Groups: v.sha256.match(/.{16}/g)!.join(' '),
          uploadedBy: v.uploadedByLabel,
          uploadedAt: v.uploadedAt,
          current: d.current?.id === v.id,
          href: downloadHref(p.id, d.id, v.number),
        })),
        canUpload: canUpload(request),
        newVersionHref: `${base(p.id)}/${d.id}/versions/new`,
      });
    });

    const renderVersion = (request: FastifyRequest<{ Params: DocParams }>, d: DocumentSummary) => (reply: FastifyReply, form: UploadForm, errors: readonly FieldError[]) => {
      const p = request.partnership!;
      const href = `${base(p.id)}/${d.id}`;
      return reply.view('documents/version-new', {
        title: `Upload a new version: ${d.title}`,
        backLink: href,
        document: documentRow(p.id, d),
        formAction: `${href}/versions/new`,
        cancelHref: href,
        ...uploadFormView(form, errors, maxText),
      });
    };

    app.get<{ Params: DocParams }>('/partnerships/:id/documents/:documentId/versions/new', manage, async (request, reply) => {
      return renderVersion(request, await loadDocument(request))(reply, {}, []);
    });

    app.post<{ Params: DocParams }>('/partnerships/:id/documents/:documentId/versions/new', upload, async (request, reply) => {
      const p = request.partnership!;
      const d = await loadDocument(request);
      const read = await readUpload(request, store, deps.database.db);
      try {
        return await submitForm(
          request,
          reply,
          uploadPage(request, read, renderVersion(request, d), parseVersionForm, ({ spooled, ...input }) => addVersion(deps, requestContext(request), request.user!, p.id, d.id, input, spooled, store), 'New version uploaded'),
        );
      } finally {
        if (read.file?.ok) await discard(store, read.file.spooled);
      }
    });

    app.get<{ Params: VersionParams }>('/partnerships/:id/documents/:documentId/versions/:n/download', view, async (request, reply) => {
      const n = request.params.n;
      if (!/^[1-9]\d{0,5}$/.test(n)) throw new PageNotFoundError();
      const found = await versionContent(deps, principalOf(request), request.partnership!.id, idParam(request.params.documentId), Number(n), store);
      return sendVersion(reply, found);
    });
  };
}
