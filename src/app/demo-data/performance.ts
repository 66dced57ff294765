// The operating examples' performance (R-A1.3, R-2.9): two strategic objectives, each with an outcome
// indicator reported quarterly for the last four quarters to have ended: one on target, one that slipped
// to red twice in a row, so the Performance page, the council's view and the charts have
// something to show; and, in some examples, a third objective with no indicator yet, the gap at R-A1.3.
import type { IndicatorInput, MeasurementInput, ObjectiveInput } from '../../domain/performance/indicator.ts';
import { lastEndedPeriod, monthEndAfter } from '../../domain/performance/periods.ts';
import { dueOn, type ReportInput, type ReportingLineInput } from '../../domain/performance/reporting.ts';
import { addDays } from '../../domain/decisions/notice.ts';

export interface DemoObjective {
  objective: ObjectiveInput;
  indicators: Array<{ indicator: Omit<IndicatorInput, 'objectiveId' | 'organisationId'> & { supplier: 'council' | 'partner' }; values: number[] }>;
}

export function demoPerformance(withGap: boolean): DemoObjective[] {
  const quarterly = { unit: '%', polarity: 'higher', tolerance: 5, frequency: 'quarterly', dataQuality: null } as const;
  return [
    {
      objective: { title: 'Residents supported to live independently for longer', outcome: 'Fewer residents need long-term care after a hospital stay.' },
      indicators: [
        { indicator: { ...quarterly, name: 'Still at home 91 days after leaving hospital', definition: 'Residents aged 65 and over discharged to reablement who are still at home 91 days later, as a share of all discharged to it.', baseline: 78, target: 82, supplier: 'partner' }, values: [79, 81, 83, 84] },
      ],
    },
    {
      objective: { title: 'Help reaches people sooner', outcome: 'People get advice in the week they ask for it.' },
      indicators: [
        { indicator: { ...quarterly, name: 'Advice appointments within 5 working days', definition: 'First advice appointments offered within 5 working days of the request, as a share of all requests.', baseline: 70, target: 80, supplier: 'council', dataQuality: 'From the case system; requests logged by phone are entered the next day.' }, values: [81, 78, 72, 70] },
      ],
    },
    ...(withGap ? [{ objective: { title: 'Volunteers recruited and kept', outcome: null }, indicators: [] }] : []),
  ];
}

/** The quarters the values are of: the last four to have ended before `today`, oldest first. */
export function demoQuarters(today: string, n: number): string[] {
  const last = lastEndedPeriod('quarterly', today);
  return Array.from({ length: n }, (_, i) => monthEndAfter(last, -3 * (n - 1 - i)));
}

export function demoMeasurement(indicatorId: string, periodEnding: string, value: number): MeasurementInput {
  return { indicatorId, periodEnding, value, target: null, commentary: null, attested: true };
}

export interface DemoReportingLine {
  line: ReportingLineInput;
  reports: Array<Omit<ReportInput, 'reportingLineId'>>;
}

/**
 * the operating examples report the quarters measured to the Cabinet Member each
 * quarter, the month after it ends, and to scrutiny every six months; each report due before `today` was
 * submitted a few days before its day, but where `withGap` the Cabinet Member's latest is still owed.
 */
export function demoReporting(today: string, withGap: boolean): DemoReportingLine[] {
  const first = demoQuarters(today, 4)[0]!;
  const lines: Array<{ line: ReportingLineInput; title: (n: number) => string }> = [
    { line: { body: 'cabinet-member', bodyName: 'Cabinet Member for Adults and Health', frequency: 'quarterly', firstDueOn: monthEndAfter(first, 1), notes: 'The quarter’s indicators, with commentary from each partner.' }, title: (n) => `Quarterly performance report ${n + 1}` },
    { line: { body: 'overview-scrutiny', bodyName: 'Health and Wellbeing Scrutiny Panel', frequency: 'six-monthly', firstDueOn: monthEndAfter(first, 2), notes: null }, title: (n) => `Six-monthly report to scrutiny ${n + 1}` },
  ];
  return lines.map(({ line, title }, l) => {
    const due: string[] = [];
    for (let n = 0; dueOn(line, n) < today; n++) due.push(dueOn(line, n));
    const sent = withGap && l === 0 ? due.slice(0, -1) : due;
    return { line, reports: sent.map((d, n) => ({ title: title(n), submittedOn: addDays(d, -3), documentId: null, summary: l === 1 ? 'Noted by the panel.' : null })) };
  });
}
