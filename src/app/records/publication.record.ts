// A partnership's publication on the council's public register as a kind of record: the
// council's decision that residents may read it at /public, with the day, a plain-words summary and
// whether the sponsoring officer's name and email are public. Removing it takes the partnership off the
// register; what the register shows is the domain's (domain/public/public-register.ts).
import { z } from 'zod';
import { findPublication, insertPublication, listPublications, removePublication, updatePublication } from '../../db/repositories/publications.repo.ts';
import { PUBLIC_REGISTER_LABELS, PUBLIC_REGISTERS, type Publication } from '../../domain/public/public-register.ts';
import { isoDate, optionalText } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf } from './record-fields.ts';

const CONTACT = 'Show the sponsoring officer’s name and email address to the public';

const schema = z.strictObject({
  register: z.enum(PUBLIC_REGISTERS, { error: 'Select the register to publish it on' }),
  publishedOn: isoDate('The date it is published').meta({ format: 'date' }),
  summary: optionalText({ label: 'The summary', max: 1000, multiline: true }).optional().transform((v) => v ?? null),
  // A checkbox sends "yes" when ticked and nothing otherwise; the API sends true or false.
  contactPublic: z
    .union([z.boolean(), z.literal('yes')], { error: 'Say whether the sponsoring officer’s contact details are public: true or false' })
    .optional()
    .transform((v) => v === true || v === 'yes'),
});

export const publication: RecordKind<Publication, Publication> = {
  type: 'publication',
  segment: 'publication',
  keyField: 'register',
  keyShape: { pattern: /^public-register$/, description: 'The register: public-register (the council’s, at /public).', example: 'public-register' },
  component: 'Publication',
  names: { one: 'publication', many: 'publications', add: 'Publish on the public register', heading: 'Public register' },
  clause: 'R-2.6.10',
  fields: {
    register: {
      label: 'Publish on',
      hint: 'Residents read it there without signing in, and it is in the council’s open data (CSV and JSON).',
      clause: 'R-2.6.10',
      input: { kind: 'radios', options: choicesOf(PUBLIC_REGISTERS, PUBLIC_REGISTER_LABELS) },
      key: true,
      list: true,
      words: (v) => PUBLIC_REGISTER_LABELS[v as keyof typeof PUBLIC_REGISTER_LABELS] ?? String(v),
      api: 'R-2.6.10: public-register, the council’s public register at /public and its open data. Fixed once added.',
      example: 'public-register',
    },
    publishedOn: { label: 'Published', hint: 'The day it is, or was, published. For example, 1 12 2026.', clause: 'R-2.6.10', input: { kind: 'date', called: 'The date it is published' }, list: true, api: 'R-2.6.10: the day it was published, yyyy-mm-dd.', example: '2026-12-01' },
    summary: {
      label: 'Summary for residents (optional)',
      hint: 'What the partnership does, in plain words, in a sentence or two. Its purpose is shown where this is blank.',
      clause: 'R-2.6.10',
      input: { kind: 'text', multiline: true },
      api: 'What residents read first; null to show the purpose.',
      example: 'The council, the NHS and the voluntary sector help older people stay well at home.',
    },
    contactPublic: {
      label: 'Contact details',
      hint: 'The sponsoring officer’s job title is always shown. Their name and email only with their agreement.',
      clause: 'R-2.6.10',
      input: { kind: 'confirm', text: CONTACT },
      list: true,
      words: (v) => (v === true ? 'Name and email shown' : 'Job title only'),
      api: 'true: the sponsoring officer’s name and email are shown in public; false (the default): only their job title.',
      example: false,
    },
  },
  schema: schema as unknown as RecordKind<Publication, Publication>['schema'],
  keyOf: (p) => p.register,
  title: (p) => PUBLIC_REGISTER_LABELS[p.register],
  inputOf: (p) => ({ ...p }),
  audited: (p) => ({ register: p.register, publishedOn: p.publishedOn, ...(p.summary ? { summary: p.summary } : {}), contactPublic: p.contactPublic }),
  resource: z.strictObject({
    register: z.enum(PUBLIC_REGISTERS),
    publishedOn: z.string().meta({ format: 'date' }),
    summary: z.string().nullable(),
    contactPublic: z.boolean(),
  }),
  toResource: (p) => ({ ...p }),
  async problems(db, partnership, change) {
    if (change.kind !== 'add') return [];
    return (await findPublication(db, partnership.id, change.value.register ?? 'public-register')) ? [{ field: 'register', message: 'This partnership is already on the public register: change its publication instead (R-2.6.10)' }] : [];
  },
  startsWith: async () => ({ register: 'public-register' }),
  repo: { list: listPublications, find: findPublication, insert: insertPublication, update: updatePublication, remove: removePublication },
};
