import type { Connector } from '../engine/connector';
import { refreshComparisons } from '../queries/precomputed';

/**
 * BEGIN … COMMIT around `body`; any failure, the commit's own included, rolls everything back and
 * is rethrown, so the engine holds exactly what it held before.
 */
export async function inTransaction<T>(engine: Connector, body: () => Promise<T>): Promise<T> {
  await engine.query('BEGIN TRANSACTION');
  let result: T;
  try {
    result = await body();
    await engine.query('COMMIT');
  } catch (error) {
    try {
      await engine.query('ROLLBACK');
    } catch {
      // A failed COMMIT has already rolled back; there is no transaction left to end.
    }
    throw error;
  }
  return result;
}

/**
 * A change of the data: `body` in a transaction (inTransaction), then, once COMMITted, the precomputed
 * comparisons rebuilt from what it committed. Never inside the transaction: over a million uncommitted
 * rows the rebuild is ~70× slower (src/queries/precomputed.ts). A rolled-back change rebuilds nothing,
 * so the comparisons stay those of the data kept. Run it inside the engine's exclusive section, so no
 * view reads between the COMMIT and the rebuild.
 */
export async function changeData<T>(engine: Connector, body: () => Promise<T>): Promise<T> {
  const result = await inTransaction(engine, body);
  await refreshComparisons(engine);
  return result;
}
