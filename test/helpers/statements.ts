// Counts the statements a database handle sends, so a test can hold a page or an engine to a fixed number
// of statements however many rows it reads (no N+1).
import type { KyselyPlugin } from 'kysely';

export function counting() {
  const counter = { statements: 0 };
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      counter.statements += 1;
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { counter, plugin };
}
