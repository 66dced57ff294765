// The reports a partnership submits on its reporting lines, as a kind of record: which line,
// its title, the day it went, a summary (and what the body made of it) and the document itself from the
// partnership's documents. Each answers the line's earliest report still owed.
import { z } from 'zod';
import { documentsOfPartnership } from '../../db/repositories/documents.repo.ts';
import { findReport, insertReport, listReportingLines, listReports, removeReport, updateReport } from '../../db/repositories/reporting.repo.ts';
import { lineTitle, type Report, type ReportInput } from '../../domain/performance/reporting.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalRecordId, optionalText, recordId, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { idOut } from './record-fields.ts';

const schema = z.strictObject({
  reportingLineId: recordId('Select the body it was reported to'),
  title: text({ label: 'The report', missing: 'Enter the report’s title', max: 300 }),
  submittedOn: isoDate('The date it was submitted').meta({ format: 'date' }),
  documentId: optionalRecordId('Select the report’s document, or none').optional().transform((v) => v ?? null),
  summary: optionalText({ label: 'Summary', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const reports: RecordKind<Report, ReportInput> = {
  type: 'performance-report',
  segment: 'performance-reports',
  idParam: 'reportId',
  area: 'performance',
  component: 'PerformanceReport',
  names: { one: 'performance report', many: 'performance reports', add: 'Record a report submitted', heading: 'Performance reports' },
  clause: 'R-2.6.2',
  fields: {
    reportingLineId: {
      label: 'Reported to',
      hint: 'The reporting line it answers. Add the line first if it is not listed.',
      clause: 'R-2.6.2',
      input: { kind: 'sibling', none: 'Select the body', choices: async (db, partnershipId) => (await listReportingLines(db, partnershipId)).map((l) => ({ value: l.id, text: lineTitle(l) })) },
      list: true,
      audit: 'reportedTo',
      api: 'R-2.6.2: the id of the partnership’s reporting line it answers.',
    },
    title: {
      label: 'The report',
      hint: 'Its title, as the body’s agenda shows it.',
      clause: 'R-2.6.2',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.6.2: the report’s title.',
      example: 'Quarter 2 performance report, 2026/27',
    },
    submittedOn: {
      label: 'Submitted',
      hint: 'The day it went to the body. For example, 30 9 2026.',
      clause: 'R-2.6.2',
      input: { kind: 'date', called: 'The date it was submitted' },
      list: true,
      api: 'R-2.6.2: the day it was submitted, yyyy-mm-dd.',
      example: '2026-09-30',
    },
    documentId: {
      label: 'Document (optional)',
      hint: 'The report itself, from the partnership’s documents. Upload it under Documents first.',
      clause: 'R-2.6.2',
      input: { kind: 'sibling', none: 'No document', choices: async (db, partnershipId) => (await documentsOfPartnership(db, partnershipId)).map((d) => ({ value: d.id, text: d.title })) },
      audit: 'document',
      api: 'R-2.6.2: the id of the partnership’s document that is the report; null for none.',
    },
    summary: {
      label: 'Summary (optional)',
      hint: 'What it reported, and what the body made of it: noted, questions asked, recommendations.',
      clause: 'R-2.6.12',
      input: { kind: 'text', multiline: true },
      api: 'R-2.6.12: what it reported and the body’s response; null for none.',
      example: 'Scrutiny noted the quarter; asked for the red indicator’s recovery plan by March.',
    },
  },
  schema: schema as unknown as RecordKind<Report, ReportInput>['schema'],
  keyOf: (r) => r.id,
  title: (r) => r.title,
  inputOf: (r) => ({ reportingLineId: r.reportingLineId, title: r.title, submittedOn: r.submittedOn, documentId: r.documentId, summary: r.summary }),
  audited: (r) => ({ reportedTo: r.lineTitle, title: r.title, submittedOn: r.submittedOn, ...(r.documentTitle ? { document: r.documentTitle } : {}), ...(r.summary ? { summary: r.summary } : {}) }),
  resource: z.strictObject({
    id: idOut,
    reportingLineId: idOut,
    lineTitle: z.string().meta({ description: 'R-2.6.2: the body it went to, in words.' }),
    title: z.string(),
    submittedOn: z.string().meta({ format: 'date' }),
    documentId: idOut.nullable(),
    documentTitle: z.string().nullable(),
    summary: z.string().nullable(),
  }),
  toResource: (r) => ({ ...r }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems: Problem[] = [];
    if (v.reportingLineId && !(await listReportingLines(db, partnership.id)).some((l) => l.id === v.reportingLineId)) problems.push({ field: 'reportingLineId', message: 'Select one of the partnership’s reporting lines (R-2.6.2)' });
    if (v.documentId && !(await documentsOfPartnership(db, partnership.id)).some((d) => d.id === v.documentId)) problems.push({ field: 'documentId', message: 'Select one of the partnership’s documents, or none (R-2.6.2)' });
    return problems;
  },
  repo: {
    list: listReports,
    find: findReport,
    insert: (trx, partnershipId, r) => insertReport(trx, partnershipId, uuidIds.next(), r),
    update: updateReport,
    remove: removeReport,
  },
};
