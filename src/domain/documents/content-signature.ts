// What an uploaded file is, judged by its bytes and not only by its name (R-2.7doc, decision 45): a
// document is accepted only when its contents are the kind its extension says. PDF starts "%PDF-"; DOCX,
// XLSX, ODT and ODS are ZIP files, told apart by their entries (ODF's first entry is "mimetype", holding
// the format; OOXML's central directory names "[Content_Types].xml" and its word/ or xl/ parts); TXT and
// CSV are UTF-8 text with no NUL byte. A program, a web page, or anything else is refused.
// Pure and bounded: the inspector is fed the bytes as they stream in and keeps at most the first 4 KB and
// (for a ZIP) the last 128 KB, so a 20 MB upload is never held whole.

type Kind = 'pdf' | 'ooxml' | 'odf' | 'text';

export interface DocumentFormat {
  extension: string;
  /** As the upload form names it: "PDF". */
  label: string;
  /** The media type recorded and sent with a download. */
  mediaType: string;
  kind: Kind;
  /** OOXML: the folder of its main part (word/, xl/); ODF: the content of its "mimetype" entry. */
  marker?: string;
}

const format = (extension: string, kind: Kind, mediaType: string, marker?: string): DocumentFormat => ({ extension, label: extension.toUpperCase(), mediaType, kind, ...(marker && { marker }) });

/** The kinds of file a document may be (the list), by extension. */
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = [
  format('pdf', 'pdf', 'application/pdf'),
  format('docx', 'ooxml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'word/'),
  format('xlsx', 'ooxml', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xl/'),
  format('odt', 'odf', 'application/vnd.oasis.opendocument.text', 'application/vnd.oasis.opendocument.text'),
  format('ods', 'odf', 'application/vnd.oasis.opendocument.spreadsheet', 'application/vnd.oasis.opendocument.spreadsheet'),
  format('txt', 'text', 'text/plain; charset=utf-8'),
  format('csv', 'text', 'text/csv; charset=utf-8'),
];

const BY_EXTENSION = new Map(DOCUMENT_FORMATS.map((f) => [f.extension, f]));
const LABELS = DOCUMENT_FORMATS.map((f) => f.label);

/** "PDF, DOCX, XLSX, ODT, ODS, TXT or CSV". */
export const ALLOWED_FORMATS_TEXT = `${LABELS.slice(0, -1).join(', ')} or ${LABELS.at(-1)}`;

export const MESSAGES = {
  notAllowed: `The selected file must be a ${ALLOWED_FORMATS_TEXT}`,
  empty: 'The selected file is empty',
  program: 'The selected file is a program, not a document: it cannot be uploaded',
  webPage: 'The selected file is a web page, not a document: save it as a PDF and upload that',
  mismatch: (f: DocumentFormat) => `The selected file is named as a ${f.label} but its contents are not a ${f.label}`,
  text: (f: DocumentFormat) => `The selected ${f.label} file must be plain text (UTF-8) with no binary content`,
} as const;

/** The format a filename's extension names, or undefined when it is not one a document may be. */
export function formatOfName(filename: string): DocumentFormat | undefined {
  const dot = filename.lastIndexOf('.');
  return dot < 0 ? undefined : BY_EXTENSION.get(filename.slice(dot + 1).toLowerCase());
}

export type Verdict = { ok: true; format: DocumentFormat } | { ok: false; message: string };

const HEAD = 4096;
const TAIL = 128 * 1024;
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const startsWith = (bytes: Uint8Array, prefix: Uint8Array, at = 0) => bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b);

const PDF = ascii('%PDF-');
const ZIP = Uint8Array.of(0x50, 0x4b, 0x03, 0x04);
const PROGRAMS = [ascii('MZ'), Uint8Array.of(0x7f, 0x45, 0x4c, 0x46), Uint8Array.of(0xcf, 0xfa, 0xed, 0xfe), Uint8Array.of(0xce, 0xfa, 0xed, 0xfe), Uint8Array.of(0xca, 0xfe, 0xba, 0xbe)];
const WEB_PAGE = /^(\ufeff)?\s*<(!doctype\s+html|html|head|body|script|svg|iframe|\?xml)[\s>]/i;
/** Refused by its signature already: markup is taken for a web page, whatever follows. */
const MARKUP = /^(\ufeff|\xef\xbb\xbf)?\s*</;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
const latin1 = (b: Uint8Array) => String.fromCharCode(...b);

/** The first entry's name in a ZIP's first local header, and its stored content when it was not compressed. */
function firstEntry(head: Uint8Array): { name: string; stored: string | null } | null {
  if (head.length < 30) return null;
  const nameLength = u16(head, 26);
  const extraLength = u16(head, 28);
  if (head.length < 30 + nameLength) return null;
  const name = latin1(head.subarray(30, 30 + nameLength));
  const start = 30 + nameLength + extraLength;
  const size = u32(head, 18);
  const stored = u16(head, 8) === 0 && size <= 200 && head.length >= start + size ? latin1(head.subarray(start, start + size)) : null;
  return { name, stored };
}

/**
 * The entry names of a ZIP's central directory, read from the file's last bytes (`tail`, ending at byte
 * `size`); null when no end-of-central-directory record is there or the directory lies before the tail.
 */
export function zipEntryNames(tail: Uint8Array, size: number): string[] | null {
  for (let at = tail.length - 22; at >= 0 && at >= tail.length - 22 - 0xffff; at--) {
    if (u32(tail, at) !== 0x06054b50) continue;
    const cdSize = u32(tail, at + 12);
    const cdOffset = u32(tail, at + 16);
    const tailStart = size - tail.length;
    if (cdOffset === 0xffffffff || cdOffset < tailStart || cdOffset + cdSize > size) return null;
    const names: string[] = [];
    let p = cdOffset - tailStart;
    const end = p + cdSize;
    while (p + 46 <= end && u32(tail, p) === 0x02014b50) {
      const n = u16(tail, p + 28);
      names.push(latin1(tail.subarray(p + 46, p + 46 + n)));
      p += 46 + n + u16(tail, p + 30) + u16(tail, p + 32);
    }
    return names;
  }
  return null;
}

/** Fed an upload's bytes in order, says whether it is the document its name says. */
export class ContentInspector {
  readonly format: DocumentFormat | undefined;
  private head = new Uint8Array(0);
  private tail = new Uint8Array(0);
  private size = 0;
  private refusal: string | null = null;
  private decoder = new TextDecoder('utf-8', { fatal: true });
  private textHead = '';

  constructor(filename: string) {
    this.format = formatOfName(filename);
    if (!this.format) this.refusal = MESSAGES.notAllowed;
  }

  /** Takes the next bytes; the refusal as soon as the bytes so far rule the file out, else null. */
  push(chunk: Uint8Array): string | null {
    if (this.refusal || chunk.length === 0) return this.refusal;
    const f = this.format!;
    const before = this.size;
    this.size += chunk.length;
    if (before < HEAD) {
      const next = new Uint8Array(Math.min(HEAD, this.size));
      next.set(this.head);
      next.set(chunk.subarray(0, next.length - before), before);
      this.head = next;
      // The signature is judged once its bytes are in (8 are enough for every signature here).
      if (this.head.length >= 8 || this.head.length === this.size) this.refusal = this.signatureRefusal(false);
    }
    if (f.kind === 'ooxml' && !this.refusal) {
      const joined = new Uint8Array(Math.min(TAIL, this.tail.length + chunk.length));
      const fromChunk = Math.min(chunk.length, joined.length);
      const fromTail = joined.length - fromChunk;
      joined.set(this.tail.subarray(this.tail.length - fromTail), 0);
      joined.set(chunk.subarray(chunk.length - fromChunk), fromTail);
      this.tail = joined;
    }
    if (f.kind === 'text' && !this.refusal) this.refusal = this.textRefusal(chunk, false);
    return this.refusal;
  }

  /** Once every byte is in: the format, or why the file is refused. */
  finish(): Verdict {
    if (this.refusal) return { ok: false, message: this.refusal };
    if (this.size === 0) return { ok: false, message: MESSAGES.empty };
    const f = this.format!;
    const refusal = this.signatureRefusal(true) ?? (f.kind === 'text' ? this.textRefusal(new Uint8Array(0), true) : null) ?? this.zipRefusal();
    return refusal ? { ok: false, message: refusal } : { ok: true, format: f };
  }

  private signatureRefusal(complete: boolean): string | null {
    const f = this.format!;
    const h = this.head;
    if (PROGRAMS.some((p) => startsWith(h, p))) return MESSAGES.program;
    if (f.kind === 'pdf' && (h.length >= PDF.length || complete) && !startsWith(h, PDF)) {
      return MARKUP.test(latin1(h.subarray(0, 512))) ? MESSAGES.webPage : MESSAGES.mismatch(f);
    }
    if ((f.kind === 'ooxml' || f.kind === 'odf') && (h.length >= ZIP.length || complete) && !startsWith(h, ZIP)) {
      return MARKUP.test(latin1(h.subarray(0, 512))) ? MESSAGES.webPage : MESSAGES.mismatch(f);
    }
    return null;
  }

  private textRefusal(chunk: Uint8Array, end: boolean): string | null {
    const f = this.format!;
    if (chunk.includes(0)) return MESSAGES.text(f);
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: !end });
    } catch {
      return MESSAGES.text(f);
    }
    if (this.textHead.length < 512) {
      this.textHead += text.slice(0, 512);
      if (WEB_PAGE.test(this.textHead)) return MESSAGES.webPage;
    }
    return null;
  }

  private zipRefusal(): string | null {
    const f = this.format!;
    if (f.kind !== 'ooxml' && f.kind !== 'odf') return null;
    const first = firstEntry(this.head);
    if (!first) return MESSAGES.mismatch(f);
    const isOdf = first.name === 'mimetype';
    if (f.kind === 'odf') return isOdf && first.stored === f.marker ? null : MESSAGES.mismatch(f);
    if (isOdf) return MESSAGES.mismatch(f);
    const names = zipEntryNames(this.tail, this.size);
    // A directory too large for the tail kept is judged by its signature and first entry alone.
    if (names === null) return this.size > TAIL ? null : MESSAGES.mismatch(f);
    return names.includes('[Content_Types].xml') && names.some((n) => n.startsWith(f.marker!)) ? null : MESSAGES.mismatch(f);
  }
}
