// An outcome indicator's measurements as a kind of record: one a period (named by its last day),
// the value, the period's target where it differs from the indicator's, commentary, and the data-quality
// confirmation whoever enters it gives. Who entered it, and when, is kept beside it. Its rating against
// the target and its direction of travel are computed (src/domain/performance/rag.ts), never kept.
import { z } from 'zod';
import { findIndicator, findMeasurement, insertMeasurement, listIndicators, listMeasurements, periodTaken, removeMeasurement, updateMeasurement } from '../../db/repositories/performance.repo.ts';
import { findPersonByUserId } from '../../db/repositories/people.repo.ts';
import { measurementProblems, type Measurement, type MeasurementInput } from '../../domain/performance/indicator.ts';
import { maySubmit, submissionProblem, type Submitter } from '../../domain/performance/submission.ts';
import { periodEndProblem, periodInWords } from '../../domain/performance/periods.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import { uuidIds } from '../deps.ts';
import { decimal, isoDate, optionalDecimal, optionalText, recordId } from '../schemas/fields.ts';
import type { RecordKind } from './record-kind.ts';
import { idOut } from './record-fields.ts';

/** The organisation of the person linked to the principal's account (none for the command line). */
async function submitterOf(db: Parameters<typeof findPersonByUserId>[0], userId: string | null): Promise<Submitter> {
  const person = userId ? await findPersonByUserId(db, userId) : undefined;
  return { organisationId: person?.organisationId ?? null, organisationName: person?.organisationName ?? null };
}

const ATTESTED = 'I confirm this data has been checked for accuracy and completeness, and its limits are explained in the commentary';

const schema = z.strictObject({
  indicatorId: recordId('Select the indicator measured'),
  periodEnding: isoDate('The last day of the period').meta({ format: 'date' }),
  value: decimal({ label: 'The value', missing: 'Enter the value measured' }),
  target: optionalDecimal({ label: 'The period’s target' }).optional().transform((v) => v ?? null),
  commentary: optionalText({ label: 'Commentary', max: 4000, multiline: true }).optional().transform((v) => v ?? null),
  // A checkbox sends "yes" when ticked and nothing otherwise; the API sends true.
  attested: z
    .union([z.boolean(), z.literal('yes')], { error: 'Confirm the data has been checked for quality before submitting it (R-2.9)' })
    .optional()
    .transform((v) => v === true || v === 'yes'),
});

export const measurements: RecordKind<Measurement, MeasurementInput> = {
  type: 'indicator-measurement',
  segment: 'measurements',
  idParam: 'measurementId',
  area: 'performance',
  component: 'Measurement',
  names: { one: 'measurement', many: 'measurements', add: 'Record a measurement', heading: 'Measurements' },
  clause: 'R-2.9',
  fields: {
    indicatorId: {
      label: 'Indicator',
      hint: 'The outcome indicator measured.',
      clause: 'R-2.9',
      input: { kind: 'sibling', none: 'Select an indicator', choices: async (db, partnershipId) => (await listIndicators(db, partnershipId)).map((i) => ({ value: i.id, text: `${i.name} (${i.frequency})` })) },
      list: true,
      audit: 'indicator',
      api: 'R-2.9: the id of the partnership’s outcome indicator measured.',
    },
    periodEnding: {
      label: 'Period ending',
      hint: 'The last day of the period measured: a month’s last day, a quarter’s (30 June, 30 September, 31 December, 31 March), or 31 March for a year. For example, 30 9 2026.',
      clause: 'R-2.9',
      input: { kind: 'date', called: 'The last day of the period' },
      list: true,
      api: 'R-2.9: the last day of the period measured, yyyy-mm-dd: a month end, a quarter end of the financial year, or 31 March for an annual indicator. One measurement a period.',
      example: '2026-09-30',
    },
    value: {
      label: 'Value',
      hint: 'In the indicator’s unit.',
      clause: 'R-2.9',
      input: { kind: 'text', width: 10 },
      list: true,
      words: (v) => (typeof v === 'number' ? v.toLocaleString('en-GB') : String(v)),
      api: 'R-2.9: the value measured, in the indicator’s unit.',
      example: 68.5,
    },
    target: {
      label: 'Target for the period (optional)',
      hint: 'Only where this period’s target differs from the indicator’s.',
      clause: 'R-2.9',
      input: { kind: 'text', width: 10 },
      words: (v) => (typeof v === 'number' ? v.toLocaleString('en-GB') : 'The indicator’s'),
      api: 'R-2.9: the target for this period; null for the indicator’s own.',
      example: 70,
    },
    commentary: {
      label: 'Commentary (optional)',
      hint: 'What explains the figure, and what the partners are doing about it.',
      clause: 'R-2.9',
      input: { kind: 'text', multiline: true },
      api: 'R-2.9: commentary on the figure; null for none.',
      example: 'Two new move-on officers started in August.',
    },
    attested: {
      label: 'Data quality',
      clause: 'R-2.9',
      input: { kind: 'confirm', text: ATTESTED },
      words: (v) => (v === true ? 'Confirmed' : 'Not confirmed'),
      api: 'R-2.9: true: whoever submits it confirms the data has been checked for quality. Required.',
      example: true,
    },
  },
  schema: schema as unknown as RecordKind<Measurement, MeasurementInput>['schema'],
  keyOf: (m) => m.id,
  title: (m) => `${m.indicatorName}, ${periodInWords(m.frequency, m.periodEnding)}`,
  inputOf: (m) => ({ indicatorId: m.indicatorId, periodEnding: m.periodEnding, value: m.value, target: m.target, commentary: m.commentary, attested: m.attested }),
  audited: (m) => ({
    indicator: m.indicatorName,
    periodEnding: m.periodEnding,
    value: m.value,
    ...(m.target !== null ? { target: m.target } : {}),
    ...(m.commentary ? { commentary: m.commentary } : {}),
    attested: m.attested,
  }),
  resource: z.strictObject({
    id: idOut,
    indicatorId: idOut,
    indicatorName: z.string(),
    frequency: z.enum(['monthly', 'quarterly', 'annual']),
    periodEnding: z.string().meta({ format: 'date' }),
    value: z.number(),
    target: z.number().nullable(),
    commentary: z.string().nullable(),
    attested: z.boolean(),
    enteredBy: z.string().nullable().meta({ description: 'R-2.9: the name of whoever entered it; null from the command line.' }),
    enteredAt: z.string().meta({ format: 'date-time' }),
  }),
  toResource: (m) => ({ ...m }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') return [];
    const v = change.value;
    const problems: Problem[] = measurementProblems(v);
    if (!v.indicatorId) return problems;
    const indicator = await findIndicator(db, partnership.id, v.indicatorId);
    if (!indicator) return [{ field: 'indicatorId', message: 'Select one of the partnership’s outcome indicators (R-2.9)' }, ...problems];
    if (v.periodEnding) {
      const wrong = periodEndProblem(indicator.frequency, v.periodEnding);
      if (wrong) problems.unshift({ field: 'periodEnding', message: `${wrong} (R-2.9)` });
      else if (await periodTaken(db, v.indicatorId, v.periodEnding, change.kind === 'change' ? change.key : null)) {
        problems.unshift({ field: 'periodEnding', message: `${indicator.name} already has a measurement for ${periodInWords(indicator.frequency, v.periodEnding)}: change that one instead (R-2.9)` });
      }
    }
    return problems;
  },
  // a partner's representatives submit the measurements of the indicators their organisation supplies.
  contributor: {
    permission: 'performance.submit',
    async refusal(db, principal, partnershipId, value) {
      if (!value.indicatorId) return null;
      const indicator = await findIndicator(db, partnershipId, value.indicatorId);
      // An indicator that is not the partnership's is the kind's own problem (problems, below).
      return indicator ? submissionProblem(maySubmit(await submitterOf(db, principal.userId), indicator)) : null;
    },
    async offers(db, principal, partnershipId, field, choices) {
      if (field !== 'indicatorId') return choices;
      const submitter = await submitterOf(db, principal.userId);
      const theirs = new Set((await listIndicators(db, partnershipId)).filter((i) => maySubmit(submitter, i).allowed).map((i) => i.id));
      return choices.filter((c) => theirs.has(c.value));
    },
  },
  repo: {
    list: listMeasurements,
    find: findMeasurement,
    insert: (trx, partnershipId, m, by) => insertMeasurement(trx, partnershipId, uuidIds.next(), m, by),
    update: updateMeasurement,
    remove: removeMeasurement,
  },
};
