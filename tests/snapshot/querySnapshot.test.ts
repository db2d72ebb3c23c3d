import { mkdtempSync, readdirSync, copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import { DATA_DIR, readBundledTexts } from '../../src/data/bundledFilesNode';
import { fetchCatalogWithYears } from '../../src/queries/catalog';
import { isQuerySnapshot, snapshotEntryKey, type QuerySnapshot } from '../../src/snapshot/querySnapshot';
import { querySnapshotJson } from '../../src/snapshot/querySnapshotJson';
import { SNAPSHOT_QUERIES } from '../../src/snapshot/snapshotQueries';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { openDataset } from '../../src/storage/openDataset';
import { engineWith } from '../support/nodeEngine';

// The JSON the build ships, produced by the function vite.config.ts calls, compared against a
// separate engine running the views' fetch functions: what the page shows before the engine is ready
// must be exactly what the engine then says.
describe('query snapshot: build-time results equal the live engine', () => {
  let snapshot: QuerySnapshot;
  let live: Connector;
  beforeAll(async () => {
    const parsed: unknown = JSON.parse(await querySnapshotJson(DATA_DIR));
    if (!isQuerySnapshot(parsed)) throw new Error('the build wrote an unreadable snapshot');
    snapshot = parsed;
    live = await engineWith(readBundledTexts());
  });
  afterAll(() => live?.close());

  it('holds the catalog and a ranking for every indicator-year that has data, and nothing else', async () => {
    const catalog = await fetchCatalogWithYears(live);
    const expected = SNAPSHOT_QUERIES.flatMap((q) =>
      q.params(catalog).map((p) => snapshotEntryKey(q.name, p)),
    );
    expect(Object.keys(snapshot.entries).sort()).toEqual([...expected].sort());
    expect(catalog.years.length).toBeGreaterThan(100);
    expect(snapshot.entries[snapshotEntryKey('ranking', ['proposals_filed', 2022])]).toBeDefined();
  });

  it.each(SNAPSHOT_QUERIES.map((q) => ({ name: q.name, query: q })))(
    'every $name result survives JSON and equals the live result',
    async ({ query }) => {
      const catalog = await fetchCatalogWithYears(live);
      for (const params of query.params(catalog)) {
        const shipped = snapshot.entries[snapshotEntryKey(query.name, params)];
        expect(shipped, JSON.stringify(params)).toEqual(await query.fetch(live, params));
      }
    },
  );

  it('records the data version the store computes when it opens the bundled data', async () => {
    const opened = await openDataset(await createNodeConnector(), {
      openStore: async () => createMemoryVersionStore(),
      bundledTexts: async () => readBundledTexts(),
    });
    expect(snapshot.dataVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(snapshot.dataVersion).toBe(opened.dataVersion);
  });

  it('a changed figure in the CSVs gives a different data version, so a stale snapshot is never used', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'luzhi-snapshot-'));
    for (const f of readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv'))) {
      copyFileSync(path.join(DATA_DIR, f), path.join(dir, f));
    }
    const file = path.join(dir, 'observations.csv');
    const changed = readFileSync(file, 'utf8').replace(/^(jiaxing,2022,proposals_filed,)369,/m, '$1370,');
    expect(changed).not.toBe(readFileSync(file, 'utf8'));
    writeFileSync(file, changed);
    const other = JSON.parse(await querySnapshotJson(dir)) as QuerySnapshot;
    expect(other.dataVersion).not.toBe(snapshot.dataVersion);
  });
});
