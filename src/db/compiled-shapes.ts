// A query whose SQL depends on which values are given (filters set or not, how many in a list, a
// sort), compiled by Kysely once per shape and per database, then run with each request's values bound.
// Building and compiling the register's statements in Kysely was 15–19% of an API request (decision 41).
//
// The builder gets `shape`, which may change the SQL (a sort, a choice among a few), and `values`, which
// must only be bound. The cache key is the shape, plus for each value whether it is given (not null) and,
// for a list, its length: so a builder may branch on those, and on nothing else in `values`. At the first
// compile of a shape every value is a stand-in, and each parameter of the compiled SQL must be one of them
// (its slot is remembered); a parameter that is not, or a stand-in written into the SQL text, throws, so a
// value is never frozen into the cached SQL. test/integration/register-compiled-shapes.test.ts compares the
// cached compile with a fresh Kysely compile for a table of register queries on both dialects.
import { CompiledQuery, type Compilable, type InferResult, type Kysely } from 'kysely';

type Scalar = string | number;
/** The values a statement binds, each by name; a list binds each element. */
export type BoundValues = Record<string, Scalar | null | readonly Scalar[]>;

// Any database's executor (a Db or a Trx).
type Executor = Kysely<any>;

interface Compiled {
  sql: string;
  /** For each parameter in order: the value's name, and its index when the value is a list. */
  slots: ReadonlyArray<readonly [name: string, index: number | null]>;
}

const STAND_IN = 'compiled-shape stand-in:';

/** At most this many shapes are kept per database; past it the oldest is dropped (shapes are cheap to rebuild). */
const MAX_SHAPES = 500;

export interface ShapedQuery<E, S, V, R> {
  (db: E, shape: S, values: V): Promise<R[]>;
  /** The SQL and parameters run for these values, from the cache when the shape was compiled before. */
  compile(db: E, shape: S, values: V): { sql: string; parameters: readonly unknown[] };
  /** Kysely's own compile of the same, built afresh: what `compile` must equal (the drift test). */
  fresh(db: E, shape: S, values: V): CompiledQuery;
}

export function compiledByShape<E extends Executor, S, V extends BoundValues, Q extends Compilable<unknown>>(
  build: (db: E, shape: S, values: V) => Q,
): ShapedQuery<E, S, V, InferResult<Q>[number]> {
  const shapesOf = new WeakMap<E, Map<string, Compiled>>();

  const compile = (db: E, shape: S, values: V) => {
    let shapes = shapesOf.get(db);
    if (!shapes) shapesOf.set(db, (shapes = new Map()));
    const key = keyOf(shape, values);
    let compiled = shapes.get(key);
    if (!compiled) {
      compiled = compileShape(build(db, shape, standIns(values)).compile());
      if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value!);
      shapes.set(key, compiled);
    }
    return { sql: compiled.sql, parameters: compiled.slots.map(([name, index]) => (index === null ? values[name] : (values[name] as readonly Scalar[])[index])) };
  };

  const run = async (db: E, shape: S, values: V) => {
    const { sql, parameters } = compile(db, shape, values);
    const { rows } = await db.executeQuery(CompiledQuery.raw(sql, [...parameters]));
    return rows as InferResult<Q>[number][];
  };
  return Object.assign(run, { compile, fresh: (db: E, shape: S, values: V) => build(db, shape, values).compile() });
}

function keyOf(shape: unknown, values: BoundValues): string {
  let key = JSON.stringify(shape);
  for (const name of Object.keys(values).sort()) {
    const v = values[name];
    key += `|${name}:${v === null || v === undefined ? '-' : Array.isArray(v) ? v.length : '+'}`;
  }
  return key;
}

function standIns<V extends BoundValues>(values: V): V {
  const out: Record<string, unknown> = {};
  for (const [name, v] of Object.entries(values)) {
    out[name] = v === null || v === undefined ? v : Array.isArray(v) ? v.map((_, i) => `${STAND_IN}${name}.${i}`) : `${STAND_IN}${name}`;
  }
  return out as V;
}

function compileShape(compiled: CompiledQuery): Compiled {
  if (compiled.sql.includes(STAND_IN)) throw new Error('compiledByShape: a value is written into the SQL text; bind it instead');
  const slots = compiled.parameters.map((p) => {
    const m = typeof p === 'string' && p.startsWith(STAND_IN) ? /^(.+?)(?:\.(\d+))?$/.exec(p.slice(STAND_IN.length)) : null;
    if (!m) throw new Error(`compiledByShape: parameter ${JSON.stringify(p)} is not one of the values; it would be fixed in the cached SQL`);
    return [m[1]!, m[2] === undefined ? null : Number(m[2])] as const;
  });
  return { sql: compiled.sql, slots };
}
