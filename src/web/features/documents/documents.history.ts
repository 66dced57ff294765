// A document's audit events (documents.service.ts) in words, for the partnership's History and the audit
// trail alike: "Uploaded document Partnership agreement 2026 (version 1)", "Uploaded version 2 of …",
// each field under its own label. The events hold what a version is, never its bytes.
import { plainWords, type Describer } from '../../../domain/audit/describe.ts';
import { DOCUMENT_TYPE_LABELS, governanceSection, type DocumentType } from '../../../domain/governance/catalogue.ts';
import { formatDate } from '../../plugins/views.ts';

const bytes = (n: number) => (n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${Math.round(n / 1024)} KB` : `${Math.round((n / (1024 * 1024)) * 10) / 10}MB`);

export const documentDescriber: Describer = {
  labels: {
    title: 'Title',
    type: 'Type (R-2.7doc)',
    section: 'Governance section it evidences',
    version: 'Version',
    effectiveFrom: 'Takes effect from (R-2.7(n))',
    filename: 'File name',
    mediaType: 'Kind of file',
    sizeBytes: 'Size',
    sha256: 'SHA-256',
    storage: 'Kept in',
  },
  value: (field, value) => {
    if (field === 'type' && typeof value === 'string') return DOCUMENT_TYPE_LABELS[value as DocumentType] ?? value;
    if (field === 'section') return typeof value === 'string' ? (governanceSection(value)?.title ?? value) : 'None';
    if (field === 'effectiveFrom' && typeof value === 'string') return formatDate(value);
    if (field === 'sizeBytes' && typeof value === 'number') return bytes(value);
    if (field === 'storage') return value === 'directory' ? 'The documents directory' : 'The database';
    return plainWords(value);
  },
  headline: (event, name) => {
    const after = (event.after ?? {}) as Record<string, unknown>;
    const title = typeof after.title === 'string' ? after.title : (name ?? 'a document');
    return event.action === 'version-added' ? `Uploaded version ${String(after.version)} of ${title}` : `Uploaded document ${title}`;
  },
};
