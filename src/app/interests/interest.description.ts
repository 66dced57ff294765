// A registered interest, described once: each field's label, hint, clause, input, API meaning and
// whether it is confidential (for a sensitive interest: the body, its organisation, the role and the
// details are withheld from whoever may not read it), and the schema the form and the API both parse with.
// The form is drawn by the record form (web/records/record-form.ts) from this description.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { organisationChoices } from '../../db/repositories/organisations.repo.ts';
import { confidentialFields } from '../../domain/records/confidential.ts';
import {
  FIDUCIARY_ROLE_LABELS,
  FIDUCIARY_ROLES,
  INTEREST_KIND_HINTS,
  INTEREST_KIND_LABELS,
  INTEREST_KINDS,
  type Interest,
  type InterestInput,
} from '../../domain/interests/interest.ts';
import { choicesOf } from '../records/record-fields.ts';
import type { AuditKey } from '../audit-chain.ts';
import type { FieldDescription, RecordDescription } from '../records/record-kind.ts';
import { isoDate, optionalIsoDate, optionalRecordId, optionalText, text } from '../schemas/fields.ts';

const SENSITIVE = ['false', 'true'] as const;
const SENSITIVE_LABELS = { false: 'No', true: 'Yes: withheld from publication with the monitoring officer’s agreement' } as const;

export const INTEREST_FIELDS: { readonly [K in keyof InterestInput]: FieldDescription } = {
  kind: {
    label: 'Kind of interest',
    clause: 'R-2.13',
    input: { kind: 'radios', options: choicesOf(INTEREST_KINDS, INTEREST_KIND_LABELS, INTEREST_KIND_HINTS) },
    list: true,
    api: 'R-2.13: pecuniary (a disclosable pecuniary interest), other-registrable, non-registrable, or fiduciary (a director, trustee or member of a body).',
  },
  body: {
    label: 'The body or matter',
    hint: 'The company, charity, public body, land or other matter the interest is in.',
    input: { kind: 'text' },
    list: true,
    confidential: true,
    api: 'The body or matter the interest is in, in words. Withheld (null) for a sensitive interest from whoever may not read it.',
    example: 'Wealdshire Community Energy Ltd',
  },
  organisationId: {
    label: 'Organisation in the register (optional)',
    hint: 'Where the body is an organisation in the register, such as a partner: Accord then shows the interest beside partnerships it is in.',
    input: { kind: 'record', of: 'organisation', choices: async (db) => (await organisationChoices(db)).map((o) => ({ value: o.id, text: o.name })) },
    audit: 'organisation',
    confidential: true,
    api: 'The id of the organisation in the register the body is, or null. Withheld (null) for a sensitive interest from whoever may not read it.',
  },
  role: {
    label: 'Role held',
    hint: 'For a fiduciary role only.',
    clause: 'R-2.13',
    input: { kind: 'radios', options: choicesOf(FIDUCIARY_ROLES, FIDUCIARY_ROLE_LABELS) },
    list: true,
    confidential: true,
    api: 'For a fiduciary role: director, trustee, member or other; null otherwise. Withheld (null) for a sensitive interest from whoever may not read it.',
  },
  details: {
    label: 'Details (optional)',
    hint: 'What the interest is, so that a conflict can be recognised.',
    input: { kind: 'text', multiline: true },
    confidential: true,
    api: 'What the interest is, or null. Withheld (null) for a sensitive interest from whoever may not read it.',
  },
  startsOn: {
    label: 'From',
    hint: 'For example, 1 4 2026.',
    input: { kind: 'date', called: 'The date it began' },
    list: true,
    api: 'The day it began, yyyy-mm-dd.',
  },
  endsOn: {
    label: 'Until (optional)',
    hint: 'Leave it blank while it is current.',
    input: { kind: 'date', called: 'The date it ended' },
    list: true,
    api: 'The day it ended, yyyy-mm-dd, or null while it is current.',
  },
  sensitive: {
    label: 'Is it a sensitive interest?',
    hint: 'One whose disclosure could lead to violence or intimidation, or that reveals special category data. Only the person, the monitoring officer and administrators then see its details. Record it as sensitive from the start: what was recorded before stays in the audit trail.',
    clause: 'R-2.13',
    input: { kind: 'radios', options: choicesOf(SENSITIVE, SENSITIVE_LABELS) },
    words: (v) => (v === true || v === 'true' ? 'Yes' : 'No'),
    api: 'R-2.13: true when it is withheld from publication with the monitoring officer’s agreement.',
    example: false,
  },
  sensitiveAgreedBy: {
    label: 'Who agreed it is sensitive (optional)',
    hint: 'The monitoring officer, by name. Only for a sensitive interest.',
    clause: 'R-2.13',
    input: { kind: 'text' },
    api: 'Who agreed it is sensitive (the monitoring officer), or null.',
  },
};

export const interestSchema = z.strictObject({
  kind: z.enum(INTEREST_KINDS, { error: 'Select the kind of interest' }),
  body: text({ missing: 'Enter the body or matter the interest is in', label: 'The body or matter', max: 300 }),
  organisationId: optionalRecordId('Select an organisation from the register, or none').optional().transform((v) => v ?? null),
  role: z
    .union([z.literal(''), z.enum(FIDUCIARY_ROLES)], { error: 'Select the role held' })
    .nullable()
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  details: optionalText({ label: 'The details', max: 2000, multiline: true }).optional().transform((v) => v ?? null),
  startsOn: isoDate('The date it began'),
  endsOn: optionalIsoDate('The date it ended').transform((v) => v ?? null),
  // A JSON boolean from the API; the radios' "true" or "false" from the form.
  sensitive: z.union([z.boolean(), z.enum(SENSITIVE).transform((v) => v === 'true')], { error: 'Select whether it is a sensitive interest' }),
  sensitiveAgreedBy: optionalText({ label: 'Who agreed it is sensitive', max: 200 }).optional().transform((v) => v ?? null),
});

/** Withheld from whoever may not read a sensitive interest: the fields marked so, and the organisation's name beside its id. */
export const INTEREST_CONFIDENTIAL = [...confidentialFields(INTEREST_FIELDS), 'organisationName'];

export const inputOf = (i: Interest): InterestInput => ({
  kind: i.kind,
  body: i.body,
  organisationId: i.organisationId,
  role: i.role,
  details: i.details,
  startsOn: i.startsOn,
  endsOn: i.endsOn,
  sensitive: i.sensitive,
  sensitiveAgreedBy: i.sensitiveAgreedBy,
});

/**
 * What the audit trail keeps: for a sensitive interest, never its confidential fields (the interest itself
 * holds them), but a digest of them keyed with the audit key, so a change to them is still a change on the
 * record and no one can confirm a guess by hashing it. With no audit key, a fresh nonce stands in.
 */
export function auditedInterest(i: Interest, key?: AuditKey): Record<string, unknown> {
  const shown = { kind: i.kind, body: i.body, organisation: i.organisationName, role: i.role, details: i.details, startsOn: i.startsOn, endsOn: i.endsOn, sensitive: i.sensitive, sensitiveAgreedBy: i.sensitiveAgreedBy };
  if (!i.sensitive) return Object.fromEntries(Object.entries(shown).filter(([, v]) => v !== null));
  const text = JSON.stringify([i.id, i.body, i.organisationId, i.role, i.details]);
  const digest = (key ? key.mac('withheld-v1', text) : randomBytes(8).toString('hex')).slice(0, 16);
  return { kind: i.kind, startsOn: i.startsOn, ...(i.endsOn ? { endsOn: i.endsOn } : {}), sensitive: true, sensitiveAgreedBy: i.sensitiveAgreedBy, withheld: `the body, organisation, role and details (R-2.13; digest ${digest})` };
}

/** The form's description of an interest: its fields, schema and answers (every field asked, adding or changing). */
export const interestForm: RecordDescription = {
  fields: INTEREST_FIELDS,
  schema: interestSchema as unknown as RecordDescription['schema'],
  keyField: 'kind',
  inputOf: (i: Interest) => inputOf(i),
  audited: (i: Interest) => auditedInterest(i),
};
