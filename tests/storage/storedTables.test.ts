import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import { loadTablesFromCsv, TABLE_COLUMNS, TABLE_NAMES } from '../../src/data/tables';
import { canonicalSnapshot, canonicalTableSql } from '../../src/storage/canonicalSnapshot';
import { exportStoredTables, loadStoredTables } from '../../src/storage/storedTables';
import { fixtureTexts, observation as o } from '../support/fixture';

// The canonical dump and the stored-table round trip on one engine for the file (starting DuckDB is the
// slow part); the property test over random rows is dataVersion.test.ts.
let engine: Connector;
beforeAll(async () => {
  engine = await createNodeConnector();
});
afterAll(async () => {
  await engine.close();
});

const HEADER = Object.keys(TABLE_COLUMNS.observations).join(',');
// loaded out of key order, with text that needs quoting and a figure with no unit, quote or source
const ROWS = [
  o('wuxing', 2022, 'b', 2.5, { quote: 'say "≥98", then\nmore', unit: ' 件' }),
  o('jiaxing', 2023, 'a', 1, { quote: '', unit: '', source_file: '' }),
  o('jiaxing', 2022, 'b', -3, { qualifier: 'at_least', quote: 'a,b' }),
  o('jiaxing', 2022, 'a', 0, { comparable: 'partly', comparability_zh: '口径变化', comparability_en: '' }),
];

beforeEach(async () => {
  await loadTablesFromCsv(engine, fixtureTexts(ROWS));
});

describe('the canonical dump: equal data gives equal text', () => {
  it('rows in key order, every non-empty text quoted (quotes doubled), no value as an empty field', async () => {
    const snapshot = await canonicalSnapshot(engine);
    expect(snapshot.observations).toBe(
      [
        HEADER,
        '"jiaxing","2022","a","0.0","exact","件","fixture.txt","a 0","partly","口径变化",',
        '"jiaxing","2022","b","-3.0","at_least","件","fixture.txt","a,b",,,',
        '"jiaxing","2023","a","1.0","exact",,,,,,',
        '"wuxing","2022","b","2.5","exact"," 件","fixture.txt","say ""≥98"", then\nmore",,,',
        '',
      ].join('\n'),
    );
    expect(Object.keys(snapshot)).toEqual(TABLE_NAMES);
  });

  it('an empty table is its header line alone', async () => {
    await engine.query('DELETE FROM observations');
    expect((await canonicalSnapshot(engine)).observations).toBe(`${HEADER}\n`);
  });

  it('orders by the key columns first, then the others', () => {
    expect(canonicalTableSql('observations')).toContain(
      'ORDER BY "jurisdiction_id", "year", "indicator_id", "value", "qualifier"',
    );
    expect(canonicalTableSql('sources')).toContain('ORDER BY "file", "jurisdiction_id", "year"');
  });

  it('is a fixed point: loading the dump and dumping again gives the same text', async () => {
    const snapshot = await canonicalSnapshot(engine);
    await loadTablesFromCsv(engine, snapshot);
    expect(await canonicalSnapshot(engine)).toEqual(snapshot);
  });
});

describe('stored tables: what a version saves is what it loads', () => {
  it('saves every table as Arrow with its row count, and loads it back as the same data', async () => {
    const before = await canonicalSnapshot(engine);
    const stored = await exportStoredTables(engine);
    expect(stored.kind).toBe('arrow');
    if (stored.kind !== 'arrow') return;
    expect(stored.rows).toEqual({
      observations: 4,
      jurisdictions: 5,
      indicators: 3,
      categories: 1,
      sources: 1,
    });
    await loadTablesFromCsv(engine, fixtureTexts([o('hezhou', 2020, 'x', 9)]));
    await loadStoredTables(engine, stored);
    expect(await canonicalSnapshot(engine)).toEqual(before);
    // the derived-value view is rebuilt over the loaded rows
    expect(
      await engine.query("SELECT count(*) AS n FROM indicator_values WHERE jurisdiction_id = 'hezhou'"),
    ).toEqual([{ n: 0 }]);
  });

  it.each([
    { name: 'Arrow (saved now)', kind: 'arrow' },
    { name: 'CSV text (saved by older builds)', kind: 'csv' },
  ])(
    'a version in $name loads into an engine without the derived-value view, and creates it',
    async ({ kind }) => {
      const before = await canonicalSnapshot(engine);
      const stored =
        kind === 'arrow' ? await exportStoredTables(engine) : { kind: 'csv' as const, texts: before };
      await engine.query('DROP VIEW indicator_values');
      await engine.query('DELETE FROM observations');
      await loadStoredTables(engine, stored);
      expect(await canonicalSnapshot(engine)).toEqual(before);
      expect(await engine.query('SELECT count(*) AS n FROM indicator_values')).toEqual([{ n: 4 }]);
    },
  );

  it('an empty table comes back empty with its column types', async () => {
    await engine.query('DELETE FROM observations');
    await engine.query('DELETE FROM sources');
    const stored = await exportStoredTables(engine);
    await loadTablesFromCsv(engine, fixtureTexts(ROWS));
    await loadStoredTables(engine, stored);
    expect(await engine.query('SELECT count(*) AS n FROM observations')).toEqual([{ n: 0 }]);
    const types = await engine.query<{ column_name: string; data_type: string }>(
      "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'observations' ORDER BY ordinal_position",
    );
    expect(types.map((t) => `${t.column_name} ${t.data_type}`)).toEqual(
      Object.entries(TABLE_COLUMNS.observations).map(([name, type]) => `${name} ${type}`),
    );
    await engine.query(
      "INSERT INTO observations (jurisdiction_id, year, indicator_id, value) VALUES ('a', 1, 'b', 1.5)",
    );
  });

  it('an Arrow version saved before the optional columns existed opens with them empty', async () => {
    const stored = await exportStoredTables(engine);
    if (stored.kind !== 'arrow') throw new Error('expected Arrow');
    const older = tableFromIPC(stored.ipc.observations).select(
      Object.keys(TABLE_COLUMNS.observations).slice(0, 8),
    );
    await loadStoredTables(engine, {
      ...stored,
      ipc: { ...stored.ipc, observations: tableToIPC(older, 'stream') },
    });
    expect(
      await engine.query(
        "SELECT value, comparable, comparability_zh, comparability_en FROM observations WHERE indicator_id = 'a' AND year = 2022",
      ),
    ).toEqual([{ value: 0, comparable: null, comparability_zh: null, comparability_en: null }]);
  });
});
