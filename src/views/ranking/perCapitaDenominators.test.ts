import { describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../engine/connector';
import type { SqlValue } from '../../engine/connector';
import { perCapitaBase } from '../../data/perCapitaBases';

// The hook's query plumbing, without React or the engine: what useDenominators asks useEngineQuery for.
const calls: { name: string; params: readonly unknown[]; fetch: (c: Connector) => Promise<unknown> }[] = [];
vi.mock('../../queries/useEngineQuery', () => ({
  useEngineQuery: (name: string, params: readonly unknown[], fetch: (c: Connector) => Promise<unknown>) => {
    calls.push({ name, params, fetch });
    return { data: undefined };
  },
}));

const { DENOMINATORS_SQL, fetchDenominators, useDenominators } = await import('./perCapita');

/** A connector that records each query and answers with the given rows. */
function recorder(rows: unknown[] = []) {
  const seen: { sql: string; params: readonly SqlValue[] | undefined }[] = [];
  const connector = {
    query: (sql: string, params?: readonly SqlValue[]) => {
      seen.push({ sql, params });
      return Promise.resolve(rows);
    },
  } as unknown as Connector;
  return { connector, seen };
}

describe('per-capita denominators: which figures are read', () => {
  it('asks for one indicator’s figures by parameter, never by splicing its id into the SQL', async () => {
    const { connector, seen } = recorder([
      { jurisdiction_id: 'jiaxing', year: 2022, value: 480, qualifier: 'exact' },
    ]);
    const evil = "x' OR 1=1 --";
    const rows = await fetchDenominators(connector, evil);
    expect(rows).toEqual([{ jurisdiction_id: 'jiaxing', year: 2022, value: 480, qualifier: 'exact' }]);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.params).toEqual([evil]);
    expect(seen[0]!.sql).not.toContain(evil);
    // the four columns DenominatorRow holds, of the observations of the indicator given as $1
    expect(seen[0]!.sql.replace(/\s+/g, ' ').trim()).toBe(
      'SELECT jurisdiction_id, year, value, qualifier FROM observations WHERE indicator_id = $1 ORDER BY jurisdiction_id, year',
    );
    expect(seen[0]!.sql).toBe(DENOMINATORS_SQL);
  });

  it.each([
    { base: 'members' as const, indicator: perCapitaBase('members').indicator },
    { base: 'residents' as const, indicator: perCapitaBase('residents').indicator },
  ])('per $base: the query is keyed by the base’s indicator and reads it', async ({ base, indicator }) => {
    calls.length = 0;
    useDenominators(base);
    expect(calls.map((c) => [c.name, c.params])).toEqual([['denominators', [indicator]]]);
    const { connector, seen } = recorder();
    await calls[0]!.fetch(connector);
    expect(seen.map((s) => s.params)).toEqual([[indicator]]);
  });

  it('no base chosen: no query reaches the engine, and the answer is no denominators', async () => {
    calls.length = 0;
    useDenominators(null);
    expect(calls.map((c) => [c.name, c.params])).toEqual([['denominators', ['']]]);
    const { connector, seen } = recorder([{ jurisdiction_id: 'x' }]);
    expect(await calls[0]!.fetch(connector)).toEqual([]);
    expect(seen).toEqual([]);
  });
});
