// Whether a partnership's governance framework is complete (R-2.7, R-2.7doc, R-A1.4, R-A1.5, R-A1.6,
// R-2.6.9, R-2.6.13, R-2.10, R-2.11, R-2.12, R-2.17): every section its legal form requires agreed, and
// every document its legal form requires held. Which are required is the council's configuration (the
// protocol's defaults unless it says otherwise), never this code. Pure and plain data, with each item's
// clause and the page that fixes it, so the Governance page, the API and the compliance checks read it alike.
import type { GovernanceConfig } from '../protocol-config/schema.ts';
import { LEGAL_FORM_LABELS, type LegalForm } from '../register/vocabulary.ts';
import { DOCUMENT_TYPE_LABELS, GOVERNANCE_SECTIONS, SECTION_STATUS_LABELS, type DocumentType, type SectionGroup, type SectionStatus } from './catalogue.ts';
import { NOT_STARTED, type SectionRecord } from './section.ts';

/** A current governance document of the partnership, as the documents give it (R-2.7doc). */
export interface GovernanceDocument {
  documentId: string;
  title: string;
  type: DocumentType;
  /** The governance section it is linked to, if any. */
  section: string | null;
}

/** Where a missing item is put right: a section's edit page, or the documents' upload page for its type. */
export type GovernanceFix = { page: 'governance-section'; section: string } | { page: 'documents-new'; type: DocumentType };

export type MissingGovernanceItem =
  | { kind: 'section'; key: string; title: string; clause: string; status: SectionStatus; message: string; fix: GovernanceFix }
  | { kind: 'document'; type: DocumentType; label: string; clause: 'R-2.7doc'; message: string; fix: GovernanceFix };

export interface SectionState {
  key: string;
  group: SectionGroup;
  title: string;
  clause: string;
  status: SectionStatus;
  summary: string | null;
  agreedOn: string | null;
  required: boolean;
  /** Shown beside a section this legal form does not require: "Optional for a joint committee". */
  optionalText: string | null;
  documents: GovernanceDocument[];
}

export interface RequiredDocumentState {
  type: DocumentType;
  label: string;
  held: boolean;
  documents: GovernanceDocument[];
}

export interface GovernanceCompleteness {
  complete: boolean;
  /** Every section, in the catalogue's order. */
  sections: SectionState[];
  requiredDocuments: RequiredDocumentState[];
  /** Required sections not agreed, then required documents not held. */
  missing: MissingGovernanceItem[];
  /** Required sections agreed, of 2.7's elements a–o and of the running arrangements; required documents held. */
  counts: {
    elementsAgreed: number;
    elementsRequired: number;
    arrangementsAgreed: number;
    arrangementsRequired: number;
    documentsHeld: number;
    documentsRequired: number;
  };
}

/** The legal form in a sentence: "a joint committee", "an informal arrangement". */
export function legalFormInWords(form: LegalForm): string {
  const label = LEGAL_FORM_LABELS[form];
  const words = label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  return `${/^[aeiou]/i.test(words) ? 'an' : 'a'} ${words}`;
}

/**
 * `sections` holds the sections started (a key with no record is not started); `documents` the
 * partnership's current documents. A section key the catalogue does not know is left out.
 */
export function governanceCompleteness(
  legalForm: LegalForm,
  sections: ReadonlyMap<string, SectionRecord> | Readonly<Record<string, SectionRecord>>,
  documents: readonly GovernanceDocument[],
  config: GovernanceConfig,
): GovernanceCompleteness {
  const recordOf = (key: string): SectionRecord => (sections instanceof Map ? sections.get(key) : (sections as Record<string, SectionRecord>)[key]) ?? NOT_STARTED;
  const requiredSections = new Set(config.requiredSections[legalForm]);
  const optionalText = `Optional for ${legalFormInWords(legalForm)}`;
  const missing: MissingGovernanceItem[] = [];

  const states = GOVERNANCE_SECTIONS.map((s): SectionState => {
    const r = recordOf(s.key);
    const required = requiredSections.has(s.key);
    if (required && r.status !== 'agreed') {
      // R-2.7 and the section's own clause: a required section is complete only when the partners agree it.
      missing.push({
        kind: 'section',
        key: s.key,
        title: s.title,
        clause: s.clause,
        status: r.status,
        message: `${s.title} is ${SECTION_STATUS_LABELS[r.status].toLowerCase()}: the partners must agree it (${s.clause})`,
        fix: { page: 'governance-section', section: s.key },
      });
    }
    return {
      key: s.key,
      group: s.group,
      title: s.title,
      clause: s.clause,
      status: r.status,
      summary: r.summary,
      agreedOn: r.agreedOn,
      required,
      optionalText: required ? null : optionalText,
      documents: documents.filter((d) => d.section === s.key),
    };
  });

  // R-2.7doc: each document type the legal form requires, held when a current document of that type is.
  const requiredDocuments = config.requiredDocuments[legalForm].map((type): RequiredDocumentState => {
    const held = documents.filter((d) => d.type === type);
    return { type, label: DOCUMENT_TYPE_LABELS[type], held: held.length > 0, documents: held };
  });
  for (const d of requiredDocuments) {
    if (d.held) continue;
    missing.push({
      kind: 'document',
      type: d.type,
      label: d.label,
      clause: 'R-2.7doc',
      message: `Add the ${d.label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}: ${legalFormInWords(legalForm)} needs one (R-2.7doc)`,
      fix: { page: 'documents-new', type: d.type },
    });
  }

  const required = states.filter((s) => s.required);
  const elements = required.filter((s) => s.group === 'framework');
  const arrangements = required.filter((s) => s.group !== 'framework');
  const counts = {
    elementsAgreed: elements.filter((s) => s.status === 'agreed').length,
    elementsRequired: elements.length,
    arrangementsAgreed: arrangements.filter((s) => s.status === 'agreed').length,
    arrangementsRequired: arrangements.length,
    documentsHeld: requiredDocuments.filter((d) => d.held).length,
    documentsRequired: requiredDocuments.length,
  };
  return { complete: missing.length === 0, sections: states, requiredDocuments, missing, counts };
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/**
 * The completeness in a sentence: "12 of 15 required elements agreed; 20 of 26 required running
 * arrangements agreed; 1 required document missing".
 */
export function completenessInWords(c: GovernanceCompleteness): string {
  const { elementsAgreed, elementsRequired, arrangementsAgreed, arrangementsRequired, documentsHeld, documentsRequired } = c.counts;
  const documentsMissing = documentsRequired - documentsHeld;
  const parts = [`${elementsAgreed} of ${elementsRequired} required ${plural(elementsRequired, 'element', 'elements')} agreed`];
  if (arrangementsRequired > 0) parts.push(`${arrangementsAgreed} of ${arrangementsRequired} required running ${plural(arrangementsRequired, 'arrangement', 'arrangements')} agreed`);
  if (documentsRequired === 0) parts.push('no document required');
  else if (documentsMissing === 0) parts.push(`${plural(documentsRequired, 'the required document', `all ${documentsRequired} required documents`)} held`);
  else parts.push(`${documentsMissing} required ${plural(documentsMissing, 'document', 'documents')} missing`);
  return parts.join('; ');
}
