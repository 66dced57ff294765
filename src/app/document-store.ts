// Where a document's bytes are kept (decision 45): in the database by default (document_chunks, so a
// backup of the database holds everything, on SQLite and PostgreSQL alike), or in DOCUMENTS_DIR (shared
// storage when several app servers run). Either way an upload is first streamed to a temporary file,
// hashed (SHA-256) and judged by its bytes as it arrives, and never held whole in memory; only a file
// accepted whole reaches the command's transaction, so a slow client never holds the database's write
// lock (SQLite) or the audit chain's (PostgreSQL) while it sends.
//   Database: the version row, its chunks and its audit event are written in one transaction.
//   Directory: the temporary file is fsynced; in the transaction, after the row and its event, it is
//   renamed to its final name (the version's id); a failed commit removes it. A crash leaves a temporary
//   file, or (between the rename and the commit) a file with no row: the sweep removes both once they are
//   an hour old. A row never points at a missing file.
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Db, Trx } from '../db/database.ts';
import { chunksFrom, existingVersionIds, insertChunk, type Storage } from '../db/repositories/documents.repo.ts';
import { ContentInspector, type DocumentFormat } from '../domain/documents/content-signature.ts';

/** 256 KB: one row of document_chunks. */
export const CHUNK_BYTES = 256 * 1024;
/** A temporary file, or a file with no row, is left this long before the sweep removes it: an upload may still be under way. */
export const SWEEP_AFTER_MS = 60 * 60 * 1000;

const TEMP_PREFIX = '.upload-';
const TEMP_SUFFIX = '.tmp';
const FINAL_SUFFIX = '.document';

export interface StoreOptions {
  /** DOCUMENTS_DIR: keep the bytes there; null: in the database. */
  directory: string | null;
  /** DOCUMENT_MAX_MB in bytes. */
  maxBytes: number;
  /** Where uploads are spooled when kept in the database (the system's temporary directory by default). */
  spoolDirectory?: string;
}

/** An upload accepted whole, waiting in its temporary file for the command that keeps it. */
export interface Spooled {
  path: string;
  originalName: string;
  format: DocumentFormat;
  size: number;
  sha256: string;
}

export type SpoolResult = { ok: true; spooled: Spooled } | { ok: false; message: string };

/** A file stream from the multipart parser: `truncated` once it passed the size limit. */
export type UploadStream = AsyncIterable<Buffer> & { truncated?: boolean };

export function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10}MB`;
}

export class DocumentStore {
  readonly storage: Storage;
  readonly maxBytes: number;
  private readonly directory: string | null;
  private readonly spoolDirectory: string;
  private lastSweep = 0;

  constructor(options: StoreOptions) {
    this.directory = options.directory;
    this.storage = options.directory ? 'directory' : 'database';
    this.maxBytes = options.maxBytes;
    // In directory storage the temporary file sits beside its final name, so the rename is atomic.
    this.spoolDirectory = options.directory ?? options.spoolDirectory ?? join(tmpdir(), 'accord-uploads');
  }

  /**
   * Streams an upload to a temporary file, hashing it and judging its bytes as they arrive. A refused file
   * (its kind, empty, too large) is read to its end and thrown away, so the reply can be sent; nothing is kept.
   */
  async spool(originalName: string, source: UploadStream): Promise<SpoolResult> {
    await mkdir(this.spoolDirectory, { recursive: true });
    const inspector = new ContentInspector(originalName);
    const hash = createHash('sha256');
    const path = join(this.spoolDirectory, `${TEMP_PREFIX}${randomUUID()}${TEMP_SUFFIX}`);
    let file: FileHandle | null = await open(path, 'wx', 0o600);
    let size = 0;
    let refusal: string | null = inspector.format ? null : inspector.push(new Uint8Array(0));
    try {
      for await (const chunk of source) {
        size += chunk.length;
        if (refusal) continue;
        if (size > this.maxBytes) refusal = tooLarge(this.maxBytes);
        else refusal = inspector.push(chunk);
        if (refusal) continue;
        hash.update(chunk);
        await file.write(chunk);
      }
      if (!refusal && source.truncated) refusal = tooLarge(this.maxBytes);
      const verdict = refusal ? { ok: false as const, message: refusal } : inspector.finish();
      if (!verdict.ok) {
        await file.close();
        file = null;
        await unlink(path);
        return { ok: false, message: verdict.message };
      }
      // In the directory the file is the record: on disk before its row is committed.
      if (this.directory) await file.sync();
      await file.close();
      file = null;
      return { ok: true, spooled: { path, originalName, format: verdict.format, size, sha256: hash.digest('hex') } };
    } catch (error) {
      await file?.close().catch(() => {});
      await unlink(path).catch(() => {});
      throw error;
    }
  }

  /** Inside the command's transaction, after the version's row: keeps the bytes as the version's. */
  async keep(trx: Trx, versionId: string, spooled: Spooled): Promise<void> {
    if (this.directory) {
      await rename(spooled.path, this.finalPath(versionId));
      await syncDirectory(this.directory);
      return;
    }
    const file = await open(spooled.path, 'r');
    try {
      for (let seq = 0; ; seq++) {
        const buffer = Buffer.alloc(CHUNK_BYTES);
        const { bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, seq * CHUNK_BYTES);
        if (bytesRead === 0) break;
        await insertChunk(trx, versionId, seq, bytesRead === CHUNK_BYTES ? buffer : buffer.subarray(0, bytesRead));
      }
    } finally {
      await file.close();
    }
  }

  /** After the command: the temporary file goes; when the transaction failed, so does a file renamed for it. */
  async release(spooled: Spooled, versionId: string, committed: boolean): Promise<void> {
    await unlink(spooled.path).catch(() => {});
    if (!committed && this.directory) await unlink(this.finalPath(versionId)).catch(() => {});
  }

  /** A version's bytes, streamed a few chunks at a time from wherever they were kept. */
  async open(db: Db, version: { id: string; storage: Storage }): Promise<Readable> {
    if (version.storage === 'directory') {
      if (!this.directory) throw new Error(`Document version ${version.id} is kept in a directory, and DOCUMENTS_DIR is not set`);
      const handle = await open(this.finalPath(version.id), 'r');
      return handle.createReadStream({ autoClose: true });
    }
    async function* chunks() {
      for (let next = 0; ; ) {
        const batch = await chunksFrom(db, version.id, next, 4);
        if (!batch.length) return;
        for (const c of batch) yield c.bytes;
        next = batch.at(-1)!.seq + 1;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  /**
   * Removes what a crash left: temporary files, and in the directory files with no row, once they are an
   * hour old. Run at start and, at most hourly, before an upload. Returns how many were removed.
   */
  async sweep(db: Db, now = Date.now()): Promise<number> {
    this.lastSweep = now;
    let names: string[];
    try {
      names = await readdir(this.spoolDirectory);
    } catch {
      return 0;
    }
    const old = async (name: string) => {
      try {
        return now - (await stat(join(this.spoolDirectory, name))).mtimeMs > SWEEP_AFTER_MS;
      } catch {
        return false;
      }
    };
    let removed = 0;
    const remove = async (name: string) => {
      await unlink(join(this.spoolDirectory, name)).then(() => removed++, () => {});
    };
    for (const name of names) if (name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX) && (await old(name))) await remove(name);
    if (this.directory) {
      const finals = names.filter((n) => n.endsWith(FINAL_SUFFIX));
      for (let i = 0; i < finals.length; i += 500) {
        const batch = finals.slice(i, i + 500);
        const kept = await existingVersionIds(db, batch.map((n) => n.slice(0, -FINAL_SUFFIX.length)));
        for (const name of batch) if (!kept.has(name.slice(0, -FINAL_SUFFIX.length)) && (await old(name))) await remove(name);
      }
    }
    return removed;
  }

  /** Sweeps when the last sweep was more than an hour ago. */
  async sweepNowAndThen(db: Db): Promise<void> {
    if (Date.now() - this.lastSweep > SWEEP_AFTER_MS) await this.sweep(db);
  }

  private finalPath(versionId: string): string {
    return join(this.directory!, `${versionId}${FINAL_SUFFIX}`);
  }
}

const tooLarge = (max: number) => `The selected file must be smaller than ${megabytes(max)}`;

/** A rename is durable once its directory is synced too. */
async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

const stores = new Map<string, DocumentStore>();

/** The store the configuration names (DOCUMENTS_DIR, DOCUMENT_MAX_MB): one per setting, shared by the pages and the API. */
export function documentStore(config: { DOCUMENTS_DIR?: string | undefined; DOCUMENT_MAX_MB: number }): DocumentStore {
  const key = `${config.DOCUMENTS_DIR ?? ''}\u0000${config.DOCUMENT_MAX_MB}`;
  let store = stores.get(key);
  if (!store) stores.set(key, (store = new DocumentStore({ directory: config.DOCUMENTS_DIR ?? null, maxBytes: config.DOCUMENT_MAX_MB * 1024 * 1024 })));
  return store;
}
