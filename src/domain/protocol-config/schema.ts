// The protocol as configuration: what a council may set differently from the protocol's defaults without
// changing code (which governance sections and documents each legal form needs; later the significance
// tiers, which checks apply and which gate a step). One zod schema, so the file, the admin page and the
// documentation (docs/protocol-config.md) describe the same thing. Pure: reading the file is the app's.
import { z } from 'zod';
import { LEGAL_FORMS, type LegalForm } from '../register/vocabulary.ts';
import { DOCUMENT_TYPES, GOVERNANCE_SECTION_KEYS, type DocumentType } from '../governance/catalogue.ts';
import { REQUIREMENT_IDS } from '../compliance/requirements.ts';

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

/** Significance tiers, smallest first: proportionate governance for small informal arrangements. */
export const TIERS = ['minor', 'standard', 'significant'] as const;
export type Tier = (typeof TIERS)[number];

const requirementId = z.enum(REQUIREMENT_IDS, { message: 'must be a requirement id of requirements.md (R-…)' });
const pence = z.number().int('must be a whole number of pence').min(0, 'must be 0 or more');

export const complianceConfigSchema = z.strictObject({
  /** How a partnership's significance tier is computed (significanceTier in domain/compliance/tier.ts). */
  tiers: z.strictObject({
    /** Minor: the council contributes less than this per year, in pence, and the legal form is one of minorLegalForms. */
    minorBelowPence: pence,
    minorLegalForms: z.array(z.enum(LEGAL_FORMS)).readonly(),
    /** Significant: the council contributes at least this per year, in pence, or … */
    significantFromPence: pence,
    /** … it is expected to last at least this many years, or … */
    significantFromYears: z.number().int().min(1, 'must be 1 or more'),
    /** … its legal form is one of these. */
    significantLegalForms: z.array(z.enum(LEGAL_FORMS)).readonly(),
  })
    // Significant is decided first, so a minor band reaching past where significant starts would be cut
    // short silently: the file would not mean what it says.
    .refine((t) => t.minorBelowPence <= t.significantFromPence, { path: ['minorBelowPence'], message: 'must not be more than tiers.significantFromPence', when: (payload) => payload.issues.length === 0 }),
  /** The requirements that must be met, or excepted, before a partnership starts operating. */
  gateOperating: z.array(requirementId).readonly(),
  /** Requirements that do not apply to a tier (proportionate governance). */
  notForTiers: z.strictObject({
    minor: z.array(requirementId).readonly(),
    standard: z.array(requirementId).readonly(),
    significant: z.array(requirementId).readonly(),
  }),
  /** How long an attestation stands unless it says otherwise, in months (the form's default). */
  attestationMonths: z.number().int().min(1).max(60),
  /** poor performance tackled: how long red needs an issue, and how often an open issue climbs a level. */
  poorPerformance: z.strictObject({
    redPeriods: z.number().int().min(1).max(12),
    escalationMonths: z.number().int().min(1).max(24),
  }),
  /** a partner's challenge of performance or added value is answered within this many days. */
  challengeAnswerDays: z.number().int().min(1).max(365),
});

export const protocolConfigSchema = z.strictObject({
  governance: governanceConfigSchema,
  compliance: complianceConfigSchema,
});

export type ProtocolConfig = z.infer<typeof protocolConfigSchema>;
export type GovernanceConfig = ProtocolConfig['governance'];
export type ComplianceConfig = ProtocolConfig['compliance'];
export type { DocumentType, LegalForm };
