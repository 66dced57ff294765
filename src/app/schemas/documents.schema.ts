// What a document and a new version are sent with (R-2.7doc, R-2.7(n)): one schema for the API's multipart
// fields and the upload form. The file itself is judged by its bytes (content-signature.ts), not here.
import { z } from 'zod';
import { DOCUMENT_TEXT, MAX_TITLE } from '../../domain/documents/document.ts';
import { DOCUMENT_TYPES, GOVERNANCE_SECTION_KEYS } from '../../domain/governance/catalogue.ts';
import { isoDate, text } from './fields.ts';

const effectiveFrom = isoDate(DOCUMENT_TEXT.effectiveFrom.label).meta({ description: 'R-2.7(n): yyyy-mm-dd, the day this version takes effect.' });

export const documentSchema = z.strictObject({
  title: text({ missing: 'Enter the document’s title', label: DOCUMENT_TEXT.title.label, max: MAX_TITLE }).meta({ description: 'The document’s title.' }),
  type: z.enum(DOCUMENT_TYPES, { error: 'Select the type of document (R-2.7doc)' }).meta({ description: 'R-2.7doc: the kind of governance document.' }),
  section: z
    .union([z.literal('').transform(() => null), z.enum(GOVERNANCE_SECTION_KEYS as [string, ...string[]], { error: 'Select a governance section from the list, or none' })], {
      error: 'Select a governance section from the list, or none',
    })
    .nullable()
    .optional()
    .transform((v) => v ?? null)
    .meta({ description: 'The governance section it evidences (a key of the catalogue); blank or left out: none.' }),
  effectiveFrom,
});

export const versionSchema = z.strictObject({ effectiveFrom });

export type DocumentInput = z.infer<typeof documentSchema>;
export type VersionInput = z.infer<typeof versionSchema>;
