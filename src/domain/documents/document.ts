// What a document is described with (R-2.7doc): its title, its type from the protocol's list
// (DOCUMENT_TYPES, said once in the catalogue), and optionally the governance section it evidences.

export const MAX_TITLE = 200;

/** R-2.7(n): an effective date is a day that exists; an amendment may take effect later, not a century on. */
export const EARLIEST_EFFECTIVE = '1900-01-01';
export const LATEST_EFFECTIVE = '2200-12-31';

export const DOCUMENT_FIELDS = ['file', 'title', 'type', 'section', 'effectiveFrom'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

export const DOCUMENT_TEXT: Readonly<Record<DocumentField, { label: string; hint: string }>> = {
  file: { label: 'The file', hint: '' },
  title: { label: 'Title', hint: 'As the document calls itself, for example “Partnership agreement 2026”.' },
  type: { label: 'Type of document', hint: 'The kinds of governance document the protocol lists (2.7).' },
  section: { label: 'Governance section it evidences (optional)', hint: 'The element of the governance framework or running arrangement this document sets out.' },
  effectiveFrom: { label: 'Takes effect from', hint: 'The day this version takes effect: an amendment may take effect later (protocol 2.7(n)). For example, 1 4 2026.' },
};
