import type { Connector } from '../engine/connector';

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
