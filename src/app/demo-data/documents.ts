// The operating examples' governance documents and partners' confirmations (issue 9: R-2.7doc, R-2.6.5,
// ), honestly partial as a real council's would be: each formal example holds the first
// governance document its legal form requires, as a short text file of what its partners agreed; most
// partners have confirmed the link to their own priorities, but the last partner of every other example
// has not yet, so the Compliance page shows the gap; each council representative has acknowledged the
// Codes of Conduct except on the examples where a partner has not confirmed.
import type { DocumentType } from '../../domain/governance/catalogue.ts';
import { DOCUMENT_TYPE_LABELS } from '../../domain/governance/catalogue.ts';
import type { LegalForm } from '../../domain/register/vocabulary.ts';
import type { DemoPartnership } from './partnerships.ts';

export interface DemoDocument {
  title: string;
  type: DocumentType;
  /** The governance section it evidences: the element that sets out its terms. */
  section: string | null;
  filename: string;
  content: Buffer;
}

/** The operating example's documents: the first its legal form requires, written from its agreed sections. */
export function demoDocuments(p: DemoPartnership, requiredDocuments: Readonly<Record<LegalForm, readonly DocumentType[]>>, agreed: ReadonlyArray<{ key: string; summary: string }>): DemoDocument[] {
  if (p.reach !== 'operating') return [];
  const type = requiredDocuments[p.legalForm][0];
  if (!type) return [];
  const title = `${p.name}: ${DOCUMENT_TYPE_LABELS[type].toLowerCase()}`;
  const body = [title, '', p.purpose, '', ...agreed.map((s) => `${s.key}: ${s.summary}`), ''].join('\n');
  return [{ title, type, section: 'element-n', filename: `${type}.txt`, content: Buffer.from(body, 'utf8') }];
}

/** Whether the example's partners have all confirmed: every other operating example leaves its last one to do. */
export const allConfirmed = (index: number): boolean => index % 2 === 0;

/** A partner's confirmation of the link to its own priorities and its plan, confirmed on `on`. */
export function demoConfirmation(partnerName: string, on: string) {
  return {
    ownPriorities: `${partnerName}’s corporate plan priorities that this partnership’s outcomes help deliver.`,
    confirmedBy: `Chief executive, ${partnerName}`,
    confirmedOn: on,
    organisationalPlanReference: `${partnerName} corporate plan, the partnership’s actions under its annual delivery plan`,
  };
}
