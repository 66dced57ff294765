// A partnership's reporting lines as a kind of record (R-2.6.2, R-2.6.12): to whom it reports its
// performance (Cabinet, a Cabinet Member, Overview and Scrutiny, the partners' boards) and how often,
// from the day its first report is due. What is due and overdue follows (domain/performance/reporting.ts).
import { z } from 'zod';
import { findReportingLine, insertReportingLine, listReportingLines, removeReportingLine, updateReportingLine } from '../../db/repositories/reporting.repo.ts';
import { lineTitle, REPORTING_BODIES, REPORTING_BODY_LABELS, REPORTING_FREQUENCIES, REPORTING_FREQUENCY_LABELS, type ReportingLine, type ReportingLineInput } from '../../domain/performance/reporting.ts';
import { issuesNaming } from '../../db/repositories/performance-issues.repo.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalText } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  body: z.enum(REPORTING_BODIES, { error: 'Select the body the partnership reports to' }),
  bodyName: optionalText({ label: 'Which one', max: 200 }).optional().transform((v) => v ?? null),
  frequency: z.enum(REPORTING_FREQUENCIES, { error: 'Select how often it reports' }),
  firstDueOn: isoDate('The date the first report is due').meta({ format: 'date' }),
  notes: optionalText({ label: 'Notes', max: 2000, multiline: true }).optional().transform((v) => v ?? null),
});

export const reportingLines: RecordKind<ReportingLine, ReportingLineInput> = {
  type: 'reporting-line',
  segment: 'reporting-lines',
  idParam: 'reportingLineId',
  area: 'performance',
  component: 'ReportingLine',
  names: { one: 'reporting line', many: 'reporting lines', add: 'Add a reporting line', heading: 'Reporting lines' },
  clause: 'R-2.6.2',
  fields: {
    body: {
      label: 'Reports to',
      hint: 'The body that oversees the partnership’s performance. Record one line for each body it reports to.',
      clause: 'R-2.6.12',
      input: { kind: 'radios', options: choicesOf(REPORTING_BODIES, REPORTING_BODY_LABELS) },
      list: true,
      words: (v) => REPORTING_BODY_LABELS[v as keyof typeof REPORTING_BODY_LABELS] ?? String(v),
      api: 'R-2.6.12: cabinet, cabinet-member, overview-scrutiny, partners-boards or other.',
      example: 'overview-scrutiny',
    },
    bodyName: {
      label: 'Which one (optional)',
      hint: 'The Cabinet Member, committee or board by name: “Cabinet Member for Housing”, “Communities Scrutiny Panel”.',
      clause: 'R-2.6.12',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.6.12: the Cabinet Member, committee or board by name; null where the body says it all.',
      example: 'Communities Scrutiny Panel',
    },
    frequency: {
      label: 'How often',
      clause: 'R-2.6.2',
      input: { kind: 'radios', options: choicesOf(REPORTING_FREQUENCIES, REPORTING_FREQUENCY_LABELS) },
      list: true,
      words: (v) => REPORTING_FREQUENCY_LABELS[v as keyof typeof REPORTING_FREQUENCY_LABELS] ?? String(v),
      api: 'R-2.6.2: monthly, quarterly, six-monthly or annual.',
      example: 'quarterly',
    },
    firstDueOn: {
      label: 'First report due',
      hint: 'The day the first report is due; the rest fall due at the frequency from it (a month’s last day stays the last). For example, 30 9 2026.',
      clause: 'R-2.6.2',
      input: { kind: 'date', called: 'The date the first report is due' },
      list: true,
      api: 'R-2.6.2: the day the first report is due, yyyy-mm-dd; each later one falls due at the frequency from it.',
      example: '2026-09-30',
    },
    notes: {
      label: 'Notes (optional)',
      hint: 'What the report covers, or how the body’s feedback reaches the partners.',
      clause: 'R-2.6.12',
      input: { kind: 'text', multiline: true },
      api: 'R-2.6.12: notes on the line; null for none.',
      example: 'The quarter’s indicators and the risk register’s red risks.',
    },
  },
  schema: schema as unknown as RecordKind<ReportingLine, ReportingLineInput>['schema'],
  keyOf: (l) => l.id,
  title: lineTitle,
  inputOf: (l) => ({ body: l.body, bodyName: l.bodyName, frequency: l.frequency, firstDueOn: l.firstDueOn, notes: l.notes }),
  audited: (l) => ({ body: l.body, ...(l.bodyName ? { bodyName: l.bodyName } : {}), frequency: l.frequency, firstDueOn: l.firstDueOn, ...(l.notes ? { notes: l.notes } : {}) }),
  resource: z.strictObject({
    id: idOut,
    body: z.enum(REPORTING_BODIES),
    bodyName: z.string().nullable(),
    frequency: z.enum(REPORTING_FREQUENCIES),
    firstDueOn: z.string().meta({ format: 'date' }),
    notes: z.string().nullable(),
    reports: z.number().int().meta({ description: 'R-2.6.2: how many reports it has had.' }),
    lastSubmittedOn: z.string().meta({ format: 'date' }).nullable().meta({ description: 'R-2.6.2: the day of its latest report; null for none.' }),
  }),
  toResource: (l) => ({ ...l }),
  async problems(db, partnership, change) {
    if (change.kind !== 'remove') return [];
    const l = await findReportingLine(db, partnership.id, change.key);
    if (l && l.reports > 0) return [{ field: 'body', message: `${l.reports === 1 ? 'A report has' : `${l.reports} reports have`} been submitted on this line: its history is kept, so remove ${l.reports === 1 ? 'it' : 'them'} first if entered by mistake (R-2.6.2)` }];
    const issues = await issuesNaming(db, { reportingLineId: change.key });
    return issues ? [{ field: 'body', message: `${issues === 1 ? 'A performance issue is' : `${issues} performance issues are`} about this line’s reports: remove ${issues === 1 ? 'it' : 'them'} first if entered by mistake (R-2.6.14)` }] : [];
  },
  repo: {
    list: listReportingLines,
    find: findReportingLine,
    insert: (trx, partnershipId, l) => insertReportingLine(trx, partnershipId, uuidIds.next(), l),
    update: updateReportingLine,
    remove: removeReportingLine,
  },
};
