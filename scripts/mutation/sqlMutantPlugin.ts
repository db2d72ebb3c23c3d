import path from 'node:path';
import type { Plugin } from 'vite';
import { applySqlMutant, SQL_MUTANTS, SQL_QUERY_MODULES } from './sqlMutants';

/** Environment variable naming the SQL mutant to apply (one per vitest run). */
export const SQL_MUTANT_ENV = 'LUZHI_SQL_MUTANT';

/**
 * Applies the SQL mutant named in `LUZHI_SQL_MUTANT` to its query module as Vite loads it, so the
 * tests see the bug while the file on disk stays untouched (an interrupted run leaves nothing behind).
 */
export function sqlMutantPlugin(root: string, mutantId = process.env[SQL_MUTANT_ENV]): Plugin {
  const mutant = mutantId ? SQL_MUTANTS.find((m) => m.id === mutantId) : undefined;
  if (mutantId && !mutant) throw new Error(`unknown SQL mutant: ${mutantId}`);
  const target = mutant ? path.resolve(root, SQL_QUERY_MODULES[mutant.module].file) : null;
  return {
    name: 'luzhi-sql-mutant',
    enforce: 'pre',
    transform(code, id) {
      if (!mutant || path.resolve(id.split('?')[0]!) !== target) return null;
      const applied = applySqlMutant(code, mutant);
      if (!applied.ok) throw new Error(`SQL mutant ${mutant.id} is stale (${applied.reason}) in ${target}`);
      return { code: applied.source, map: null };
    },
  };
}
