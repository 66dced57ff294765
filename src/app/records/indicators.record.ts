// An objective's outcome indicators as a kind of record (R-A1.3, R-2.9): what is measured and how, which
// way is better, the baseline and target, how far from the target is amber, how often it is reported and
// the partner that supplies the data. Its page (features/performance) charts its measurements.
import { z } from 'zod';
import { listPartners } from '../../db/repositories/partnership-partners.repo.ts';
import { organisationChoices } from '../../db/repositories/organisations.repo.ts';
import { findIndicator, insertIndicator, listIndicators, listObjectives, measurementsOfIndicator, removeIndicator, updateIndicator } from '../../db/repositories/performance.repo.ts';
import { DEFAULT_TOLERANCE, FREQUENCIES, FREQUENCY_LABELS, POLARITIES, POLARITY_LABELS, type Indicator, type IndicatorInput } from '../../domain/performance/indicator.ts';
import { issuesNaming } from '../../db/repositories/performance-issues.repo.ts';
import { uuidIds } from '../deps.ts';
import { decimal, optionalDecimal, optionalText, recordId, text } from '../schemas/fields.ts';
import type { Problem } from '../../domain/register/partnership.ts';
import type { RecordKind } from './record-kind.ts';
import { choicesOf, idOut } from './record-fields.ts';

const schema = z.strictObject({
  objectiveId: recordId('Select the objective it measures'),
  name: text({ label: 'The indicator', missing: 'Enter the indicator’s name', max: 200 }),
  definition: text({ label: 'Definition', missing: 'Enter how the indicator is defined and calculated', max: 2000, multiline: true }),
  unit: text({ label: 'Unit', missing: 'Enter the unit it is measured in, like % or households', max: 40 }),
  polarity: z.enum(POLARITIES, { error: 'Select whether higher or lower is better' }),
  baseline: optionalDecimal({ label: 'Baseline' }).optional().transform((v) => v ?? null),
  target: optionalDecimal({ label: 'Target' }).optional().transform((v) => v ?? null),
  // Left blank (or out of a body), the council's default.
  tolerance: z
    .union([z.literal(''), decimal({ label: 'Amber tolerance', missing: 'Enter the amber tolerance, in per cent of the target', min: 0, max: 100 })], { error: 'Amber tolerance must be a number, like 62.5' })
    .optional()
    .transform((v) => (v === '' || v === undefined ? DEFAULT_TOLERANCE : v)),
  frequency: z.enum(FREQUENCIES, { error: 'Select how often it is reported' }),
  organisationId: recordId('Select the partner that supplies the data'),
  dataQuality: optionalText({ label: 'Data quality notes', max: 2000, multiline: true }).optional().transform((v) => v ?? null),
});

export const indicators: RecordKind<Indicator, IndicatorInput> = {
  type: 'outcome-indicator',
  segment: 'indicators',
  idParam: 'indicatorId',
  area: 'performance',
  component: 'OutcomeIndicator',
  names: { one: 'outcome indicator', many: 'outcome indicators', add: 'Add an outcome indicator', heading: 'Outcome indicators' },
  clause: 'R-A1.3',
  fields: {
    objectiveId: {
      label: 'Objective',
      hint: 'The strategic objective it measures. Add the objective first if it is not listed.',
      clause: 'R-A1.3',
      input: { kind: 'sibling', none: 'Select an objective', choices: async (db, partnershipId) => (await listObjectives(db, partnershipId)).map((o) => ({ value: o.id, text: o.title })) },
      list: true,
      audit: 'objective',
      api: 'R-A1.3: the id of the partnership’s objective it measures.',
    },
    name: {
      label: 'The indicator',
      hint: 'Its name, as reports show it.',
      clause: 'R-2.9',
      input: { kind: 'text' },
      list: true,
      api: 'R-2.9: the indicator’s name.',
      example: 'Households moved on within 6 weeks',
    },
    definition: {
      label: 'Definition',
      hint: 'What is counted and how it is calculated, so every partner measures it the same way.',
      clause: 'R-2.9',
      input: { kind: 'text', multiline: true },
      api: 'R-2.9: how it is defined and calculated.',
      example: 'Households placed in temporary accommodation who move to a settled home within 6 weeks, as a share of all placed.',
    },
    unit: {
      label: 'Unit',
      hint: 'What it is measured in: %, £, households, days.',
      clause: 'R-2.9',
      input: { kind: 'text', width: 10 },
      api: 'R-2.9: the unit its values are in; % and £ are written beside the number.',
      example: '%',
    },
    polarity: {
      label: 'Which way is better',
      clause: 'R-2.9',
      input: { kind: 'radios', options: choicesOf(POLARITIES, POLARITY_LABELS) },
      list: true,
      api: 'R-2.9: higher (a higher value is better) or lower.',
      example: 'higher',
    },
    baseline: {
      label: 'Baseline (optional)',
      hint: 'Where it stood when the partnership began.',
      clause: 'R-2.9',
      input: { kind: 'text', width: 10 },
      words: (v) => (typeof v === 'number' ? v.toLocaleString('en-GB') : 'None'),
      api: 'R-2.9: its value when the partnership began; null for none.',
      example: 48,
    },
    target: {
      label: 'Target (optional)',
      hint: 'What the partners aim for each period. A measurement can give a different target for its period. Without a target it is not rated.',
      clause: 'R-2.9',
      input: { kind: 'text', width: 10 },
      list: true,
      words: (v) => (typeof v === 'number' ? v.toLocaleString('en-GB') : 'None'),
      api: 'R-2.9: the target for each period, unless a measurement gives its own; null for none (not rated).',
      example: 75,
    },
    tolerance: {
      label: 'Amber tolerance, per cent',
      hint: `How far, as a share of the target, a value may miss it and be amber rather than red. ${DEFAULT_TOLERANCE} unless you say otherwise.`,
      clause: 'R-2.6.14',
      input: { kind: 'text', width: 10 },
      words: (v) => `${String(v)}%`,
      api: `R-2.6.14: per cent of the target a value may miss it by and be amber, not red; 0 to 100, ${DEFAULT_TOLERANCE} by default.`,
      example: 5,
    },
    frequency: {
      label: 'Reported',
      hint: 'Quarters and years are the council’s financial year, April to March.',
      clause: 'R-2.6.2',
      input: { kind: 'radios', options: choicesOf(FREQUENCIES, FREQUENCY_LABELS) },
      list: true,
      api: 'R-2.6.2: monthly, quarterly (quarters of the financial year) or annual (financial years, ending 31 March).',
      example: 'quarterly',
    },
    organisationId: {
      label: 'Data supplied by',
      hint: 'The partner that supplies the data: one of the partnership’s partners.',
      clause: 'R-2.9',
      input: { kind: 'record', of: 'organisation', choices: async (db) => (await organisationChoices(db)).map((o) => ({ value: o.id, text: o.name })) },
      audit: 'supplier',
      api: 'R-2.9: the id of the partner that supplies the data, one of the partnership’s partners.',
    },
    dataQuality: {
      label: 'Data quality notes (optional)',
      hint: 'Where the data comes from, its known limits, and how it is checked.',
      clause: 'R-2.9',
      input: { kind: 'text', multiline: true },
      api: 'R-2.9: notes on the data’s source, limits and checks; null for none.',
      example: 'From the housing register; validated monthly against case files.',
    },
  },
  schema: schema as unknown as RecordKind<Indicator, IndicatorInput>['schema'],
  keyOf: (i) => i.id,
  title: (i) => i.name,
  inputOf: (i) => ({
    objectiveId: i.objectiveId,
    name: i.name,
    definition: i.definition,
    unit: i.unit,
    polarity: i.polarity,
    baseline: i.baseline,
    target: i.target,
    tolerance: i.tolerance,
    frequency: i.frequency,
    organisationId: i.organisationId,
    dataQuality: i.dataQuality,
  }),
  audited: (i) => ({
    objective: i.objectiveTitle,
    name: i.name,
    definition: i.definition,
    unit: i.unit,
    polarity: i.polarity,
    ...(i.baseline !== null ? { baseline: i.baseline } : {}),
    ...(i.target !== null ? { target: i.target } : {}),
    tolerance: i.tolerance,
    frequency: i.frequency,
    supplier: i.supplierName,
    ...(i.dataQuality ? { dataQuality: i.dataQuality } : {}),
  }),
  resource: z.strictObject({
    id: idOut,
    objectiveId: idOut,
    objectiveTitle: z.string(),
    name: z.string(),
    definition: z.string(),
    unit: z.string(),
    polarity: z.enum(POLARITIES),
    baseline: z.number().nullable(),
    target: z.number().nullable(),
    tolerance: z.number(),
    frequency: z.enum(FREQUENCIES),
    organisationId: idOut,
    supplierName: z.string(),
    dataQuality: z.string().nullable(),
  }),
  toResource: (i) => ({ ...i }),
  async problems(db, partnership, change) {
    if (change.kind === 'remove') {
      const n = await measurementsOfIndicator(db, change.key);
      if (n) return [{ field: 'name', message: `This indicator has ${n === 1 ? 'a measurement' : `${n} measurements`}: its history is kept, so remove ${n === 1 ? 'it' : 'them'} first if it was entered by mistake (R-2.9)` }];
      const issues = await issuesNaming(db, { indicatorId: change.key });
      return issues ? [{ field: 'name', message: `${issues === 1 ? 'A performance issue is' : `${issues} performance issues are`} about this indicator: remove ${issues === 1 ? 'it' : 'them'} first if entered by mistake (R-2.6.14)` }] : [];
    }
    const v = change.value;
    const problems: Problem[] = [];
    // Its measurements name their periods by this frequency: it stays while they are there.
    if (change.kind === 'change' && v.frequency) {
      const before = await findIndicator(db, partnership.id, change.key);
      const n = before && before.frequency !== v.frequency ? await measurementsOfIndicator(db, change.key) : 0;
      if (n) problems.push({ field: 'frequency', message: `It is reported ${FREQUENCY_LABELS[before!.frequency].toLowerCase()} and has ${n === 1 ? 'a measurement' : `${n} measurements`} of those periods: add a new indicator to report it another way (R-2.6.2)` });
    }
    if (v.objectiveId && !(await listObjectives(db, partnership.id)).some((o) => o.id === v.objectiveId)) problems.push({ field: 'objectiveId', message: 'Select one of the partnership’s objectives (R-A1.3)' });
    if (v.organisationId && !(await listPartners(db, partnership.id)).some((p) => p.organisationId === v.organisationId)) problems.push({ field: 'organisationId', message: 'Select one of the partnership’s partners (R-2.9)' });
    return problems;
  },
  startsWith: async () => ({ tolerance: String(DEFAULT_TOLERANCE) }),
  repo: {
    list: listIndicators,
    find: findIndicator,
    insert: (trx, partnershipId, i) => insertIndicator(trx, partnershipId, uuidIds.next(), i),
    update: updateIndicator,
    remove: removeIndicator,
  },
};
