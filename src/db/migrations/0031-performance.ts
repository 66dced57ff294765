// Issue 12 (R-A1.3, R-2.9): a partnership's strategic objectives, the outcome indicators that measure each
// (definition, unit, polarity, baseline, target, amber tolerance, how often, the partner that supplies the
// data) and their measurements, one a period, each confirmed for data quality by whoever entered it.
// Numbers are double precision: a rate, a count or an amount, as the indicator's unit says.
// Never edit a migration once it has landed: add a new one.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('performance_objectives')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('performance_objectives_partnership').on('performance_objectives').columns(['partnership_id', 'position']).execute();

  await db.schema
    .createTable('outcome_indicators')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    // An objective is not removed while an indicator measures it (its rules say so first).
    .addColumn('objective_id', 'text', (c) => c.notNull().references('performance_objectives.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('definition', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('polarity', 'text', (c) => c.notNull().check(sql`polarity in ('higher', 'lower')`))
    .addColumn('baseline', 'double precision')
    .addColumn('target', 'double precision')
    .addColumn('tolerance', 'double precision', (c) => c.notNull().check(sql`tolerance >= 0 and tolerance <= 100`))
    .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('monthly', 'quarterly', 'annual')`))
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('data_quality', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outcome_indicators_partnership').on('outcome_indicators').columns(['partnership_id', 'position']).execute();
  await db.schema.createIndex('outcome_indicators_objective').on('outcome_indicators').column('objective_id').execute();

  await db.schema
    .createTable('indicator_measurements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('partnership_id', 'text', (c) => c.notNull().references('partnerships.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('outcome_indicators.id').onDelete('cascade'))
    // yyyy-mm-dd: the last day of the period measured (src/domain/performance/periods.ts).
    .addColumn('period_ending', 'text', (c) => c.notNull().check(sql`length(period_ending) = 10`))
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('target', 'double precision')
    .addColumn('commentary', 'text')
    .addColumn('attested', 'integer', (c) => c.notNull().check(sql`attested in (0, 1)`))
    // Who entered it: their user id (null from the command line or the demo loader) and name as it was.
    .addColumn('entered_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('indicator_measurements_period', ['indicator_id', 'period_ending'])
    .execute();
  await db.schema.createIndex('indicator_measurements_partnership').on('indicator_measurements').columns(['partnership_id', 'period_ending']).execute();
}
