// A partnership's termination provisions as a kind of record, recorded from set-up: the minimum
// notice a partner gives to withdraw (and the council's own, where its agreement differs), from when it
// runs, when it may take effect, who may agree a shorter notice and what must be done first. The notice
// calculator (domain/exit/notice.ts) works from these: the Exit page, the Summary and the API show when
// notice served today would take effect.
import { z } from 'zod';
import { findTerminationProvision, insertTerminationProvision, listTerminationProvisions, removeTerminationProvision, updateTerminationProvision } from '../../db/repositories/exit-provisions.repo.ts';
import { EFFECTIVE_POINT_LABELS, EFFECTIVE_POINTS, NOTICE_STARTS, NOTICE_UNITS, provisionProblems } from '../../domain/exit/notice.ts';
import { conditionsOf, NOTICE_PARTIES, NOTICE_PARTY_LABELS, NOTICE_START_LABELS, NOTICE_UNIT_LABELS, noticeInWords, type TerminationProvision } from '../../domain/exit/provisions.ts';
import { optionalText, wholeNumber } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf } from './record-fields.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The municipal year's last day, typed as "20 May" or 05-20, kept as MM-DD; whether it is a day of the year is provisionProblems'. */
export function dayOfYear(typed: string): string {
  const named = /^(\d{1,2})\s+([a-z]+)$/i.exec(typed);
  const month = named ? MONTHS.findIndex((m) => m === named[2]!.toLowerCase() || (named[2]!.length >= 3 && m.startsWith(named[2]!.toLowerCase()))) : -1;
  return named && month >= 0 ? `${pad(month + 1)}-${pad(Number(named[1]))}` : typed;
}

const schema = z.strictObject({
  party: z.enum(NOTICE_PARTIES, { error: 'Select whose notice this is' }),
  noticeLength: wholeNumber({ label: 'The notice', min: 0, max: 3650, missing: 'Enter the length of the notice, or 0 for none' }),
  noticeUnit: z.enum(NOTICE_UNITS, { error: 'Select days, weeks or months' }),
  runsFrom: z.enum(NOTICE_STARTS, { error: 'Select from when the notice runs' }),
  effectiveAt: z.enum(EFFECTIVE_POINTS, { error: 'Select when a withdrawal may take effect' }),
  municipalYearEnds: optionalText({ label: 'The day the municipal year ends', max: 20 })
    .optional()
    .transform((v) => (v ? dayOfYear(v) : null)),
  whoMayShorten: optionalText({ label: 'Who may agree a shorter notice', max: 300 }).optional().transform((v) => v ?? null),
  conditions: optionalText({ label: 'Conditions', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const terminationProvisions: RecordKind<TerminationProvision, TerminationProvision> = {
  type: 'termination-provision',
  segment: 'termination-provisions',
  keyField: 'party',
  keyShape: { pattern: /^(every-partner|council)$/, description: 'Whose notice: every-partner or council.', example: 'every-partner' },
  area: 'exit',
  component: 'TerminationProvision',
  names: { one: 'termination provision', many: 'termination provisions', add: 'Add a termination provision', heading: 'Termination provisions' },
  clause: 'R-2.14',
  fields: {
    party: {
      label: 'Whose notice',
      hint: 'Every partner’s notice first. Add the council’s own only where its agreement gives it a different notice.',
      clause: 'R-2.14',
      input: { kind: 'radios', options: choicesOf(NOTICE_PARTIES, NOTICE_PARTY_LABELS) },
      key: true,
      list: true,
      api: 'R-2.14: every-partner (the minimum notice any partner gives to withdraw) or council (the council’s own, where it differs). Fixed once added.',
      example: 'every-partner',
    },
    noticeLength: { label: 'Minimum notice', hint: 'A whole number, in the unit below. 0 where no notice is needed.', clause: 'R-2.14', input: { kind: 'text', width: 10 }, list: true, api: 'R-2.14: the minimum notice, in noticeUnit; 0 for none.', example: 6 },
    noticeUnit: { label: 'In', clause: 'R-2.14', input: { kind: 'radios', options: choicesOf(NOTICE_UNITS, NOTICE_UNIT_LABELS) }, list: true, words: (v) => String(v), api: 'days, weeks or months (months end on the corresponding day, or the month’s last where it has none).', example: 'months' },
    runsFrom: { label: 'The notice runs', clause: 'R-2.14', input: { kind: 'radios', options: choicesOf(NOTICE_STARTS, NOTICE_START_LABELS) }, api: 'service: from the day notice is served; next-month: from the first day of the month after.', example: 'next-month' },
    effectiveAt: {
      label: 'A withdrawal may take effect',
      hint: 'Many agreements let a partner leave only at a year’s end, so budgets and accounts close cleanly.',
      clause: 'R-2.14',
      input: { kind: 'radios', options: choicesOf(EFFECTIVE_POINTS, EFFECTIVE_POINT_LABELS) },
      api: 'any-day, month-end, quarter-end, financial-year-end (31 March) or municipal-year-end (municipalYearEnds).',
      example: 'financial-year-end',
    },
    municipalYearEnds: { label: 'The day the municipal year ends (optional)', hint: 'Only for the end of the municipal year: the day before the council’s annual meeting, for example 20 May.', clause: 'R-2.14', input: { kind: 'text', width: 10 }, api: 'The municipal year’s last day, MM-DD (05-20); needed where effectiveAt is municipal-year-end; null otherwise.', example: null },
    whoMayShorten: { label: 'Who may agree a shorter notice (optional)', hint: 'For example, the board, unanimously. Leave it blank if no one may.', clause: 'R-2.14', input: { kind: 'text' }, api: 'Who may agree a shorter notice; null where no one may.', example: 'the board, unanimously' },
    conditions: { label: 'Conditions before notice takes effect (optional)', hint: 'One a line: for example, its share of any losses is paid.', clause: 'R-2.14', input: { kind: 'text', multiline: true }, api: 'What must be done before notice takes effect, one a line; null for nothing.', example: 'Its share of any losses is paid' },
  },
  schema: schema as unknown as RecordKind<TerminationProvision, TerminationProvision>['schema'],
  keyOf: (p) => p.party,
  title: (p) => `${NOTICE_PARTY_LABELS[p.party]}: ${noticeInWords(p)}`,
  inputOf: (p) => ({ ...p }),
  audited: (p) => ({
    party: p.party,
    noticeLength: p.noticeLength,
    noticeUnit: p.noticeUnit,
    runsFrom: p.runsFrom,
    effectiveAt: p.effectiveAt,
    ...(p.municipalYearEnds ? { municipalYearEnds: p.municipalYearEnds } : {}),
    ...(p.whoMayShorten ? { whoMayShorten: p.whoMayShorten } : {}),
    ...(p.conditions ? { conditions: p.conditions } : {}),
  }),
  resource: z.strictObject({
    party: z.enum(NOTICE_PARTIES),
    noticeLength: z.number().int(),
    noticeUnit: z.enum(NOTICE_UNITS),
    runsFrom: z.enum(NOTICE_STARTS),
    effectiveAt: z.enum(EFFECTIVE_POINTS),
    municipalYearEnds: z.string().nullable(),
    whoMayShorten: z.string().nullable(),
    conditions: z.string().nullable(),
    words: z.string().meta({ description: 'R-2.14: the notice in words.' }),
  }),
  toResource: (p) => ({ ...p, words: noticeInWords(p) }),
  async problems(_db, _partnership, change) {
    if (change.kind === 'remove') return [];
    // Well formed, but not what the calculator can work on (a municipal year with no end): at each field.
    const v = change.value;
    return provisionProblems({ ...v, conditions: conditionsOf(v.conditions ?? null) });
  },
  repo: { list: listTerminationProvisions, find: findTerminationProvision, insert: insertTerminationProvision, update: updateTerminationProvision, remove: removeTerminationProvision },
};
