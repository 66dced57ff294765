// A lookup by one value, compiled by Kysely once per database and then run with each value. Kysely
// builds and compiles a query on every call; for the bearer-token and session lookups, which run on
// every request, that took about as long as running them (decision 37).
// Only for queries whose one parameter is the value looked up: that is checked at the first compile.
import { CompiledQuery, type Compilable, type InferResult, type Kysely } from 'kysely';

const STAND_IN = 'compiled-once: stand-in value';

// Any database's executor (a Db or a Trx).
type Executor = Kysely<any>;

export function compiledOnce<E extends Executor, Q extends Compilable<unknown>>(build: (db: E, value: string) => Q): (db: E, value: string) => Promise<InferResult<Q>> {
  const sqlOf = new WeakMap<E, string>();
  return async (db, value) => {
    let sql = sqlOf.get(db);
    if (sql === undefined) {
      const compiled = build(db, STAND_IN).compile();
      if (compiled.parameters.length !== 1 || compiled.parameters[0] !== STAND_IN) {
        throw new Error(`compiledOnce: the query must have exactly one parameter, the value (it has ${compiled.parameters.length})`);
      }
      sql = compiled.sql;
      sqlOf.set(db, sql);
    }
    const { rows } = await db.executeQuery(CompiledQuery.raw(sql, [value]));
    return rows as InferResult<Q>;
  };
}
