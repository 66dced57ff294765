// A partnership's performance issues as a kind of record: poor performance tackled. What the
// issue is, what raised it (an outcome indicator off target, a report overdue, or other), its owner, the
// day it opened, the level it is escalated to, the actions being taken, and once closed, the day and how it
// was resolved. Which poor performance still needs one, and when one is due at the next level, is the
// domain's (src/domain/performance/issue.ts).
import { z } from 'zod';
import { findIndicator, listIndicators } from '../../db/repositories/performance.repo.ts';
import { findPerformanceIssue, insertPerformanceIssue, listPerformanceIssues, removePerformanceIssue, updatePerformanceIssue } from '../../db/repositories/performance-issues.repo.ts';
import { allPeople, namedPeople } from '../../db/repositories/people.repo.ts';
import { findReportingLine, listReportingLines } from '../../db/repositories/reporting.repo.ts';
import { ESCALATION_LEVEL_LABELS, ESCALATION_LEVELS, ISSUE_STATUS_LABELS, ISSUE_STATUSES, ISSUE_TRIGGER_LABELS, ISSUE_TRIGGERS, issueProblems, type PerformanceIssue, type PerformanceIssueInput } from '../../domain/performance/issue.ts';
import { lineTitle } from '../../domain/performance/reporting.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { isoDate, optionalIsoDate, optionalRecordId, optionalText, recordId, text } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  title: text({ label: 'The issue', missing: 'Enter the issue in a few words', max: 300 }),
  trigger: z.enum(ISSUE_TRIGGERS, { error: 'Select what raised the issue' }),
  indicatorId: optionalRecordId('Select the outcome indicator, or none').optional().transform((v) => v ?? null),
  reportingLineId: optionalRecordId('Select the reporting line, or none').optional().transform((v) => v ?? null),
  ownerId: recordId('Select who owns the issue'),
  openedOn: isoDate('The date it was opened').meta({ format: 'date' }),
  level: z.enum(ESCALATION_LEVELS, { error: 'Select the level it is escalated to' }),
  actions: text({ label: 'The actions', missing: 'Enter what is being done about it', max: 4000, multiline: true }),
  status: z.enum(ISSUE_STATUSES, { error: 'Select whether the issue is open' }).optional().default('open'),
  closedOn: optionalIsoDate('The date it was closed').transform((v) => v ?? null),
  resolution: optionalText({ label: 'How it was resolved', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
});

export const performanceIssues: RecordKind<PerformanceIssue, PerformanceIssueInput> = {
  type: 'performance-issue',
  segment: 'performance-issues',
  idParam: 'performanceIssueId',
  area: 'performance',
  component: 'PerformanceIssue',
  names: { one: 'performance issue', many: 'performance issues', add: 'Open a performance issue', heading: 'Performance issues' },
  clause: 'R-2.6.14',
  fields: {
    title: { label: 'The issue', hint: 'In a few words: what is going wrong.', clause: 'R-2.6.14', input: { kind: 'text' }, list: true, api: 'R-2.6.14: the issue in a few words.', example: 'Streets cleaned to standard below target two quarters running' },
    trigger: { label: 'What raised it', clause: 'R-2.6.14', input: { kind: 'radios', options: choicesOf(ISSUE_TRIGGERS, ISSUE_TRIGGER_LABELS) }, list: true, api: 'R-2.6.14: indicator (an outcome indicator off target), report (a performance report overdue) or other.', example: 'indicator' },
    indicatorId: {
      label: 'Outcome indicator (for an indicator off target)',
      hint: 'The indicator off target: while this issue is open, Accord counts its red periods as tackled.',
      clause: 'R-2.6.14',
      input: { kind: 'sibling', none: 'No indicator', choices: async (db, partnershipId) => (await listIndicators(db, partnershipId)).map((i) => ({ value: i.id, text: i.name })) },
      audit: 'indicator',
      api: 'R-2.6.14: the id of the partnership’s outcome indicator off target, for a trigger of indicator; null otherwise.',
    },
    reportingLineId: {
      label: 'Reporting line (for a report overdue)',
      hint: 'The line whose report is overdue: while this issue is open, Accord counts it as tackled.',
      clause: 'R-2.6.14',
      input: { kind: 'sibling', none: 'No reporting line', choices: async (db, partnershipId) => (await listReportingLines(db, partnershipId)).map((l) => ({ value: l.id, text: lineTitle(l) })) },
      audit: 'reportingLine',
      api: 'R-2.6.14: the id of the partnership’s reporting line whose report is overdue, for a trigger of report; null otherwise.',
    },
    ownerId: {
      label: 'Owner',
      hint: 'The person who sees the actions through. If they are not in the register yet, add them under People first.',
      clause: 'R-2.6.14',
      input: { kind: 'record', of: 'person', choices: async (db) => (await allPeople(db)).map((p) => ({ value: p.id, text: p.name + (p.jobTitle ? `, ${p.jobTitle}` : '') })) },
      list: true,
      audit: 'owner',
      api: 'R-2.6.14: the id of the person who owns the issue.',
    },
    openedOn: { label: 'Opened', hint: 'The day the issue was opened; escalation falls due from it. For example, 1 10 2026.', clause: 'R-2.6.14', input: { kind: 'date', called: 'The date it was opened' }, list: true, api: 'R-2.6.14: the day it was opened, yyyy-mm-dd; it is due at the next level each time the council’s interval passes.', example: '2026-10-01' },
    level: { label: 'Escalated to', hint: 'Who is tackling it now. It goes higher each time the council’s interval passes while it stays open.', clause: 'R-2.6.14', input: { kind: 'radios', options: choicesOf(ESCALATION_LEVELS, ESCALATION_LEVEL_LABELS) }, list: true, api: 'R-2.6.14: board, sponsoring-officer or cabinet-member (the Cabinet Member with Overview and Scrutiny).', example: 'board' },
    actions: { label: 'Actions', hint: 'What is being done about it, by whom and by when.', clause: 'R-2.6.14', input: { kind: 'text', multiline: true }, api: 'R-2.6.14: what is being done about it.', example: 'Extra crews on the two worst wards; weekly inspection until back on target.' },
    status: { label: 'Status', clause: 'R-2.6.14', input: { kind: 'radios', options: choicesOf(ISSUE_STATUSES, ISSUE_STATUS_LABELS) }, later: true, list: true, api: 'R-2.6.14: open (the default) or closed.', example: 'closed' },
    closedOn: { label: 'Date closed (optional)', hint: 'Once it is closed.', clause: 'R-2.6.14', input: { kind: 'date', called: 'The date it was closed' }, later: true, api: 'R-2.6.14: the day it was closed, yyyy-mm-dd; null while open.', example: '2027-01-15' },
    resolution: { label: 'How it was resolved (optional)', hint: 'Once it is closed: what put it right.', clause: 'R-2.6.14', input: { kind: 'text', multiline: true }, later: true, api: 'R-2.6.14: how it was resolved; null while open.', example: 'Back on target for two quarters.' },
  },
  schema: schema as unknown as RecordKind<PerformanceIssue, PerformanceIssueInput>['schema'],
  keyOf: (x) => x.id,
  title: (x) => x.title,
  inputOf: (x) => ({ title: x.title, trigger: x.trigger, indicatorId: x.indicatorId, reportingLineId: x.reportingLineId, ownerId: x.ownerId, openedOn: x.openedOn, level: x.level, actions: x.actions, status: x.status, closedOn: x.closedOn, resolution: x.resolution }),
  audited: (x) => ({
    title: x.title,
    trigger: x.trigger,
    ...(x.indicatorName ? { indicator: x.indicatorName } : {}),
    ...(x.reportingLineTitle ? { reportingLine: x.reportingLineTitle } : {}),
    owner: x.ownerName,
    openedOn: x.openedOn,
    level: x.level,
    actions: x.actions,
    status: x.status,
    ...(x.closedOn ? { closedOn: x.closedOn } : {}),
    ...(x.resolution ? { resolution: x.resolution } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    title: z.string(),
    trigger: z.enum(ISSUE_TRIGGERS),
    indicatorId: idOut.nullable(),
    indicatorName: z.string().nullable(),
    reportingLineId: idOut.nullable(),
    reportingLineTitle: z.string().nullable(),
    ownerId: idOut,
    ownerName: z.string(),
    openedOn: z.string().meta({ format: 'date' }),
    level: z.enum(ESCALATION_LEVELS),
    actions: z.string(),
    status: z.enum(ISSUE_STATUSES),
    closedOn: z.string().meta({ format: 'date' }).nullable(),
    resolution: z.string().nullable(),
  }),
  toResource: (x) => ({ ...x }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems: Problem[] = [...issueProblems(v)];
    if (v.indicatorId && !(await findIndicator(db, partnership.id, v.indicatorId))) problems.unshift({ field: 'indicatorId', message: 'Select one of the partnership’s outcome indicators (R-2.6.14)' });
    if (v.reportingLineId && !(await findReportingLine(db, partnership.id, v.reportingLineId))) problems.unshift({ field: 'reportingLineId', message: 'Select one of the partnership’s reporting lines (R-2.6.14)' });
    if (v.ownerId && !(await namedPeople(db, [v.ownerId])).has(v.ownerId)) problems.unshift({ field: 'ownerId', message: 'Select an owner from the register' });
    return problems;
  },
  repo: {
    list: listPerformanceIssues,
    find: findPerformanceIssue,
    insert: (trx, partnershipId, x) => insertPerformanceIssue(trx, partnershipId, uuidIds.next(), x),
    update: updatePerformanceIssue,
    remove: removePerformanceIssue,
  },
};
