// Reading an upload (decision 45): @fastify/multipart in the documents' scopes only, its parts read in
// order and the file streamed to the store as it arrives, never buffered. A page's form sends its CSRF
// token first: a route's preValidation reads that one part, so the CSRF hook (plugins/csrf.ts, which reads
// body._csrf) checks it before a byte of the file is read. Bad multipart is a 400, never a 500.
import multipart, { type Multipart } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Db } from '../../../db/database.ts';
import type { DocumentStore, Spooled, SpoolResult } from '../../../app/document-store.ts';
import { formInput } from '../../forms/form.ts';
import { HttpError } from '../../errors.ts';

export interface Upload {
  /** The text fields as sent (the first of each name). */
  fields: Record<string, string>;
  /** The file: kept in its temporary file, or refused with why; null when none was chosen. */
  file: SpoolResult | null;
  /** The names of parts set aside: a field sent twice, a file at another field than file (the API refuses them). */
  setAside: string[];
}

const partsOf = new WeakMap<FastifyRequest, AsyncIterator<Multipart>>();

/** In the documents' scope: multipart bodies, one file of at most DOCUMENT_MAX_MB, a few short fields. */
export async function setupMultipart(app: FastifyInstance, store: DocumentStore): Promise<void> {
  await app.register(multipart, {
    limits: { fileSize: store.maxBytes, files: 1, fields: 12, fieldSize: 16 * 1024, parts: 14, headerPairs: 100 },
    // Too large is the file field's error (its truncated flag), not a 413 page.
    throwFileSizeLimit: false,
  });
}

function iteratorOf(request: FastifyRequest): AsyncIterator<Multipart> {
  let it = partsOf.get(request);
  if (!it) partsOf.set(request, (it = request.parts()[Symbol.asyncIterator]()));
  return it;
}

async function drain(stream: NodeJS.ReadableStream): Promise<void> {
  for await (const _ of stream) void _;
}

/** A body the parser could not read (400 on the pages); tooMany: it passed the parts' limits (the API's 413). */
export class UnreadableUpload extends HttpError {
  readonly tooMany: boolean;
  constructor(tooMany = false) {
    super(400, 'The form could not be read: send it again');
    this.tooMany = tooMany;
  }
}

const LIMITS = new Set(['FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT']);
const unreadable = (error?: unknown) => new UnreadableUpload(LIMITS.has(String((error as { code?: unknown } | undefined)?.code)));

/** A page route's preValidation: the first part must be the CSRF token, which becomes the body the CSRF hook reads. */
export async function csrfPartFirst(request: FastifyRequest): Promise<void> {
  if (!request.isMultipart()) return;
  let first: IteratorResult<Multipart>;
  try {
    first = await iteratorOf(request).next();
  } catch (error) {
    throw unreadable(error);
  }
  const part = first.done ? null : first.value;
  if (part?.type === 'field' && part.fieldname === '_csrf' && typeof part.value === 'string') request.body = { _csrf: part.value };
  else request.body = {};
}

/** Reads the rest of the form: its fields, and its file streamed to the store's temporary file. */
export async function readUpload(request: FastifyRequest, store: DocumentStore, db: Db): Promise<Upload> {
  if (!request.isMultipart()) return { fields: formInput(request.body), file: null, setAside: [] };
  const fields: Record<string, string> = {};
  const setAside: string[] = [];
  let file: SpoolResult | null = null;
  const it = iteratorOf(request);
  try {
    await store.sweepNowAndThen(db);
    for (let next = await it.next(); !next.done; next = await it.next()) {
      const part = next.value;
      if (part.type === 'file') {
        // One file, from the file field; a part with no name is the empty input of a form sent without one.
        if (part.fieldname !== 'file' || file || !part.filename) {
          if (part.filename) setAside.push(part.fieldname);
          await drain(part.file);
        } else file = await store.spool(part.filename, part.file);
      } else if (part.fieldname !== '_csrf' && !(part.fieldname in fields) && typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      } else setAside.push(part.fieldname);
    }
  } catch (error) {
    if (file?.ok) await discard(store, file.spooled);
    if (error instanceof HttpError) throw error;
    request.log.info({ err: error }, 'an upload could not be read');
    throw unreadable(error);
  }
  return { fields, file, setAside };
}

/** Lets a spooled file go that no command took (the form was refused). */
export async function discard(store: DocumentStore, spooled: Spooled): Promise<void> {
  await store.release(spooled, '', true);
}
