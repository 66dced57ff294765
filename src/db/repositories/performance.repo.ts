// R-A1.3, R-2.9: a partnership's strategic objectives, their outcome indicators and the indicators'
// measurements, each with the names a page shows beside its ids; and every measurement of the
// partnerships in a scope, for the council's performance view.
import type { Db, Trx } from '../database.ts';
import type { Frequency, Indicator, IndicatorInput, Measurement, MeasurementInput, Objective, ObjectiveInput, Polarity } from '../../domain/performance/indicator.ts';
import type { AddedBy } from '../../domain/records/change.ts';
import type { PartnershipScope } from '../../domain/access/scope.ts';
import { nextPosition } from './record-positions.ts';
import { whereInScope } from './scope.ts';

// Objectives, with how many indicators measure each.
function objectives(db: Db | Trx) {
  return db
    .selectFrom('performance_objectives as o')
    .select((eb) => ['o.id', 'o.title', 'o.outcome', eb.selectFrom('outcome_indicators as i').select(eb.fn.countAll<number>().as('n')).whereRef('i.objective_id', '=', 'o.id').as('indicators')]);
}
type ObjectiveRow = Awaited<ReturnType<ReturnType<typeof objectives>['execute']>>[number];
const toObjective = (r: ObjectiveRow): Objective => ({ id: r.id, title: r.title, outcome: r.outcome, indicators: Number(r.indicators ?? 0) });

export async function listObjectives(db: Db | Trx, partnershipId: string): Promise<Objective[]> {
  return (await objectives(db).where('o.partnership_id', '=', partnershipId).orderBy('o.position').execute()).map(toObjective);
}
export async function findObjective(db: Db | Trx, partnershipId: string, id: string): Promise<Objective | undefined> {
  const row = await objectives(db).where('o.partnership_id', '=', partnershipId).where('o.id', '=', id).executeTakeFirst();
  return row && toObjective(row);
}
export async function insertObjective(trx: Trx, partnershipId: string, id: string, o: ObjectiveInput): Promise<string> {
  const position = await nextPosition(trx, 'performance_objectives', partnershipId);
  await trx.insertInto('performance_objectives').values({ id, partnership_id: partnershipId, position, title: o.title, outcome: o.outcome }).execute();
  return id;
}
export async function updateObjective(trx: Trx, partnershipId: string, id: string, o: ObjectiveInput): Promise<void> {
  await trx.updateTable('performance_objectives').set({ title: o.title, outcome: o.outcome }).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeObjective(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('performance_objectives').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}

function indicators(db: Db | Trx) {
  return db
    .selectFrom('outcome_indicators as i')
    .innerJoin('performance_objectives as o', 'o.id', 'i.objective_id')
    .innerJoin('organisations as s', 's.id', 'i.organisation_id')
    .select(['i.id', 'i.partnership_id', 'i.objective_id', 'o.title as objective_title', 'i.name', 'i.definition', 'i.unit', 'i.polarity', 'i.baseline', 'i.target', 'i.tolerance', 'i.frequency', 'i.organisation_id', 's.name as supplier_name', 'i.data_quality']);
}
type IndicatorRow = Awaited<ReturnType<ReturnType<typeof indicators>['execute']>>[number];
// PostgreSQL's double precision arrives as a number; a count as a string: Number() either way.
const num = (v: number | string | null) => (v === null ? null : Number(v));
const toIndicator = (r: IndicatorRow): Indicator => ({
  id: r.id,
  objectiveId: r.objective_id,
  objectiveTitle: r.objective_title,
  name: r.name,
  definition: r.definition,
  unit: r.unit,
  polarity: r.polarity as Polarity,
  baseline: num(r.baseline),
  target: num(r.target),
  tolerance: Number(r.tolerance),
  frequency: r.frequency as Frequency,
  organisationId: r.organisation_id,
  supplierName: r.supplier_name,
  dataQuality: r.data_quality,
});
const indicatorColumns = (i: IndicatorInput) => ({
  objective_id: i.objectiveId,
  name: i.name,
  definition: i.definition,
  unit: i.unit,
  polarity: i.polarity,
  baseline: i.baseline,
  target: i.target,
  tolerance: i.tolerance,
  frequency: i.frequency,
  organisation_id: i.organisationId,
  data_quality: i.dataQuality,
});

export async function listIndicators(db: Db | Trx, partnershipId: string): Promise<Indicator[]> {
  return (await indicators(db).where('i.partnership_id', '=', partnershipId).orderBy('o.position').orderBy('i.position').execute()).map(toIndicator);
}
export async function findIndicator(db: Db | Trx, partnershipId: string, id: string): Promise<Indicator | undefined> {
  const row = await indicators(db).where('i.partnership_id', '=', partnershipId).where('i.id', '=', id).executeTakeFirst();
  return row && toIndicator(row);
}
export async function insertIndicator(trx: Trx, partnershipId: string, id: string, i: IndicatorInput): Promise<string> {
  const position = await nextPosition(trx, 'outcome_indicators', partnershipId);
  await trx.insertInto('outcome_indicators').values({ id, partnership_id: partnershipId, position, ...indicatorColumns(i) }).execute();
  return id;
}
export async function updateIndicator(trx: Trx, partnershipId: string, id: string, i: IndicatorInput): Promise<void> {
  await trx.updateTable('outcome_indicators').set(indicatorColumns(i)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeIndicator(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('outcome_indicators').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
/** How many measurements an indicator has (one with any is not removed: its history would go with it). */
export async function measurementsOfIndicator(db: Db | Trx, indicatorId: string): Promise<number> {
  const row = await db.selectFrom('indicator_measurements').select((eb) => eb.fn.countAll<number>().as('n')).where('indicator_id', '=', indicatorId).executeTakeFirst();
  return Number(row?.n ?? 0);
}

function measurements(db: Db | Trx) {
  return db
    .selectFrom('indicator_measurements as m')
    .innerJoin('outcome_indicators as i', 'i.id', 'm.indicator_id')
    .select(['m.id', 'm.partnership_id', 'm.indicator_id', 'i.name as indicator_name', 'i.frequency', 'm.period_ending', 'm.value', 'm.target', 'm.commentary', 'm.attested', 'm.entered_by', 'm.entered_at']);
}
type MeasurementRow = Awaited<ReturnType<ReturnType<typeof measurements>['execute']>>[number];
const toMeasurement = (r: MeasurementRow): Measurement => ({
  id: r.id,
  indicatorId: r.indicator_id,
  indicatorName: r.indicator_name,
  frequency: r.frequency as Frequency,
  periodEnding: r.period_ending,
  value: Number(r.value),
  target: num(r.target),
  commentary: r.commentary,
  attested: Number(r.attested) === 1,
  enteredBy: r.entered_by,
  enteredAt: r.entered_at,
});
const measurementColumns = (m: MeasurementInput) => ({ indicator_id: m.indicatorId, period_ending: m.periodEnding, value: m.value, target: m.target, commentary: m.commentary, attested: m.attested ? 1 : 0 });

/** A partnership's measurements, by indicator (in the indicators' order) and period, oldest first. */
export async function listMeasurements(db: Db | Trx, partnershipId: string): Promise<Measurement[]> {
  return (await measurements(db).where('m.partnership_id', '=', partnershipId).orderBy('i.position').orderBy('m.period_ending').execute()).map(toMeasurement);
}
export async function findMeasurement(db: Db | Trx, partnershipId: string, id: string): Promise<Measurement | undefined> {
  const row = await measurements(db).where('m.partnership_id', '=', partnershipId).where('m.id', '=', id).executeTakeFirst();
  return row && toMeasurement(row);
}
export async function insertMeasurement(trx: Trx, partnershipId: string, id: string, m: MeasurementInput, by: AddedBy): Promise<string> {
  const user = by.userId ? await trx.selectFrom('users').select('name').where('id', '=', by.userId).executeTakeFirst() : undefined;
  await trx
    .insertInto('indicator_measurements')
    .values({ id, partnership_id: partnershipId, ...measurementColumns(m), entered_by_user_id: by.userId, entered_by: user?.name ?? null, entered_at: by.at })
    .execute();
  return id;
}
export async function updateMeasurement(trx: Trx, partnershipId: string, id: string, m: MeasurementInput): Promise<void> {
  await trx.updateTable('indicator_measurements').set(measurementColumns(m)).where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
export async function removeMeasurement(trx: Trx, partnershipId: string, id: string): Promise<void> {
  await trx.deleteFrom('indicator_measurements').where('partnership_id', '=', partnershipId).where('id', '=', id).execute();
}
/** Whether another measurement of the indicator is of the same period (one a period). */
export async function periodTaken(db: Db | Trx, indicatorId: string, periodEnding: string, except: string | null): Promise<boolean> {
  let q = db.selectFrom('indicator_measurements').select('id').where('indicator_id', '=', indicatorId).where('period_ending', '=', periodEnding);
  if (except) q = q.where('id', '!=', except);
  return (await q.executeTakeFirst()) !== undefined;
}

/** R-A1.3, for the compliance engine: each partnership's objectives and how many indicators measure each. */
export async function objectivesOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<Array<{ partnershipId: string; title: string; indicators: number }>> {
  if (!partnershipIds.length) return [];
  const rows = await objectives(db).select('o.partnership_id').where('o.partnership_id', 'in', partnershipIds).orderBy('o.partnership_id').orderBy('o.position').execute();
  return rows.map((r) => ({ partnershipId: r.partnership_id, title: r.title, indicators: Number(r.indicators ?? 0) }));
}


/** R-2.9: an indicator in the council's performance view, with its partnership and its priorities' ids. */
export interface CouncilIndicatorRow extends Indicator {
  partnershipId: string;
  partnershipName: string;
  reference: string;
  priorityIds: string[];
}

/**
 * every outcome indicator of the partnerships in the scope (withdrawn ones aside: entered by
 * mistake), by partnership name, and all their measurements: three statements whatever the number.
 * Filtered to partnerships serving a corporate priority when one is named.
 */
export async function councilIndicators(db: Db | Trx, scope: PartnershipScope, priorityId: string | null): Promise<{ indicators: CouncilIndicatorRow[]; measurements: Measurement[] }> {
  let q = whereInScope(indicators(db).innerJoin('partnerships as p', 'p.id', 'i.partnership_id'), scope, 'i.partnership_id')
    .select(['p.name as partnership_name', 'p.reference'])
    .where('p.status', '!=', 'withdrawn');
  if (priorityId) q = q.where((eb) => eb.exists(eb.selectFrom('partnership_priorities as pp').select('pp.priority_id').whereRef('pp.partnership_id', '=', 'i.partnership_id').where('pp.priority_id', '=', priorityId)));
  const rows = await q.orderBy('p.name').orderBy('p.reference').orderBy('o.position').orderBy('i.position').execute();
  const ids = [...new Set(rows.map((r) => r.partnership_id))];
  const [priorities, measured] = ids.length
    ? await Promise.all([
        db.selectFrom('partnership_priorities').select(['partnership_id', 'priority_id']).where('partnership_id', 'in', ids).execute(),
        measurements(db).where('m.partnership_id', 'in', ids).orderBy('m.period_ending').execute(),
      ])
    : [[], []];
  const priorityIds = new Map<string, string[]>();
  for (const p of priorities) priorityIds.set(p.partnership_id, [...(priorityIds.get(p.partnership_id) ?? []), p.priority_id]);
  return {
    indicators: rows.map((r) => ({ ...toIndicator(r), partnershipId: r.partnership_id, partnershipName: r.partnership_name, reference: r.reference, priorityIds: priorityIds.get(r.partnership_id) ?? [] })),
    measurements: measured.map(toMeasurement),
  };
}

/**
 * for the compliance engine, each partnership's indicators with what rates them, and their
 * measurements (oldest first): two statements for any number of partnerships.
 */
export async function indicatorSeriesOf(db: Db | Trx, partnershipIds: readonly string[]): Promise<{ indicators: Array<{ partnershipId: string; id: string; name: string; polarity: Polarity; tolerance: number; unit: string; target: number | null; frequency: Frequency }>; measurements: Array<{ indicatorId: string; periodEnding: string; value: number; target: number | null }> }> {
  if (!partnershipIds.length) return { indicators: [], measurements: [] };
  const [i, m] = await Promise.all([
    db.selectFrom('outcome_indicators').select(['partnership_id', 'id', 'name', 'polarity', 'tolerance', 'unit', 'target', 'frequency']).where('partnership_id', 'in', partnershipIds).orderBy('partnership_id').orderBy('position').execute(),
    db.selectFrom('indicator_measurements').select(['indicator_id', 'period_ending', 'value', 'target']).where('partnership_id', 'in', partnershipIds).orderBy('indicator_id').orderBy('period_ending').execute(),
  ]);
  return {
    indicators: i.map((x) => ({ partnershipId: x.partnership_id, id: x.id, name: x.name, polarity: x.polarity as Polarity, tolerance: Number(x.tolerance), unit: x.unit, target: num(x.target), frequency: x.frequency as Frequency })),
    measurements: m.map((x) => ({ indicatorId: x.indicator_id, periodEnding: x.period_ending, value: Number(x.value), target: num(x.target) })),
  };
}
