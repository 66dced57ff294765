// The protocol as configuration: what a council may set differently from the protocol's defaults without
// changing code (which governance sections and documents each legal form needs; later the significance
// tiers, which checks apply and which gate a step). One zod schema, so the file, the admin page and the
// documentation (docs/protocol-config.md) describe the same thing. Pure: reading the file is the app's.
import { z } from 'zod';
import { LEGAL_FORMS, type LegalForm } from '../register/vocabulary.ts';
import { DOCUMENT_TYPES, GOVERNANCE_SECTION_KEYS, type DocumentType } from '../governance/catalogue.ts';

const sectionKey = z.enum(GOVERNANCE_SECTION_KEYS as [string, ...string[]], {
  message: `must be a governance section: ${GOVERNANCE_SECTION_KEYS.join(', ')}`,
});
const documentType = z.enum(DOCUMENT_TYPES, { message: `must be a document type: ${DOCUMENT_TYPES.join(', ')}` });

/** One list per legal form, every legal form named (a missing one is an error, not a silent "nothing"). */
function perLegalForm<T extends z.ZodType>(item: T) {
  const shape = Object.fromEntries(LEGAL_FORMS.map((form) => [form, z.array(item).readonly()])) as {
    [K in LegalForm]: z.ZodReadonly<z.ZodArray<T>>;
  };
  return z.strictObject(shape);
}

export const governanceConfigSchema = z.strictObject({
  /** R-A1.4–R-A1.6: the sections that must be agreed before the framework is complete. */
  requiredSections: perLegalForm(sectionKey),
  /** R-2.7doc: the documents the framework must hold, by legal form. */
  requiredDocuments: perLegalForm(documentType),
});

export const protocolConfigSchema = z.strictObject({
  governance: governanceConfigSchema,
});

export type ProtocolConfig = z.infer<typeof protocolConfigSchema>;
export type GovernanceConfig = ProtocolConfig['governance'];
export type { DocumentType, LegalForm };
