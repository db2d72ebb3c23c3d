import { afterEach, describe, expect, it } from 'vitest';
import type { Connector, SqlValue } from '../../src/engine/connector';
import type { ObservationColumns } from '../../src/import/observationColumns';
import { TABLE_NAMES, type TableName } from '../../src/data/tables';
import {
  readVerifiedSnapshot,
  StaleVersionError,
  type FollowedChange,
} from '../../src/storage/datasetManager';
import { dataVersionOf } from '../../src/storage/dataVersion';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { encodeSnapshot, SnapshotCorruptError, type StoredTables } from '../../src/storage/snapshotCodec';
import { STAGING_TABLE } from '../../src/storage/stagingTable';
import { StorageQuotaError } from '../../src/storage/storageError';
import { observation as o } from '../support/fixture';
import { openTestDataset, type TestDataset } from './storageFixture';

// The DatasetManager's smaller promises that the commit, undo and two-tab tests do not reach: the
// importer's columnar rows, freeing a staged upload, the preview's detail limit, listeners that
// unsubscribe, and following another tab's undo to an older version.

const opened: TestDataset[] = [];
const open = async (...args: Parameters<typeof openTestDataset>) => {
  const t = await openTestDataset(...args);
  opened.push(t);
  return t;
};
afterEach(async () => {
  for (const t of opened.splice(0)) await t.raw.close();
});

const commit = (t: TestDataset, fileName: string) =>
  t.dataset.commit({ mode: 'merge', fileName, newJurisdictions: [], newIndicators: [] });

describe('staging an upload', () => {
  it('takes the importer’s columns (the form the import worker sends) as it takes rows', async () => {
    const t = await open();
    const columns: ObservationColumns = {
      length: 2,
      jurisdictionIds: ['jiaxing', 'wuxing'],
      indicatorIds: ['proposals_filed'],
      indicatorUnits: ['件'],
      jurisdiction: Int32Array.of(0, 1),
      year: Int32Array.of(2023, 2022),
      indicator: Int32Array.of(0, 0),
      value: Float64Array.of(400, 98),
      qualifier: Uint8Array.of(0, 1),
      sourceFile: 'a.csv',
      quote: null,
    };
    expect(await t.dataset.stage(columns)).toMatchObject({ rowCount: 2 });
    // 2023 is new; wuxing's ≥98 for 2022 says what is stored already (a re-statement, unchanged)
    expect((await t.dataset.preview('merge')).totals).toEqual({
      added: 1,
      changed: 0,
      unchanged: 1,
      removed: 0,
    });
  });

  it('dropping the staged upload frees it, and dropping again is harmless', async () => {
    const t = await open();
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    expect(await t.raw.query(`SELECT count(*) AS n FROM ${STAGING_TABLE}`)).toEqual([{ n: 1 }]);
    await t.dataset.dropStaged();
    await expect(t.raw.query(`SELECT count(*) AS n FROM ${STAGING_TABLE}`)).rejects.toThrow();
    await expect(t.dataset.dropStaged()).resolves.toBeUndefined();
  });

  it('the preview lists at most the details asked for; its totals count every figure', async () => {
    const t = await open();
    await t.dataset.stage([
      o('jiaxing', 2022, 'proposals_filed', 370),
      o('jiaxing', 2022, 'proposals_answered', 361),
      o('wuxing', 2022, 'proposals_filed', 99),
    ]);
    for (const [limit, listed] of [
      [1, 1],
      [2, 2],
      [undefined, 3],
    ] as const) {
      const preview = await t.dataset.preview('merge', limit);
      expect(preview.totals.changed).toBe(3);
      expect(preview.details).toHaveLength(listed);
    }
  });
});

describe('listeners', () => {
  it('a listener that unsubscribed hears no later change', async () => {
    const t = await open();
    const heard: Array<string | null> = [];
    const stop = t.dataset.subscribe((s) => heard.push(s.versionId));
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v = await commit(t, 'a.csv');
    stop();
    await t.dataset.switchTo(null);
    expect(heard).toEqual([v.id]);
    expect(t.dataset.state.versionId).toBeNull();
  });
});

describe('following another tab', () => {
  it('an undo there to an older stored version is followed and said to be older; an unsubscribed listener hears nothing more', async () => {
    const store = createMemoryVersionStore();
    const a = await open({ store, tabSync: null });
    const b = await open({ store, tabSync: null });
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(a, 'a.csv');
    await a.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 410)]);
    const second = await commit(a, 'b.csv');

    const heard: FollowedChange[] = [];
    const stop = b.dataset.onFollowed((c) => heard.push(c));
    await b.dataset.followStore();
    await a.dataset.switchTo(first.id);
    await b.dataset.followStore();
    expect(heard.map((c) => [c.versionId, c.latest, c.record?.fileName])).toEqual([
      [second.id, true, 'b.csv'],
      [first.id, false, 'a.csv'],
    ]);
    expect(b.dataset.state).toEqual({ versionId: first.id, dataVersion: first.dataVersion });

    stop();
    await a.dataset.switchTo(null);
    await b.dataset.followStore();
    expect(heard).toHaveLength(2);
    expect(b.dataset.state.versionId).toBeNull();
  });

  it('a message from another tab is followed without being asked, and not announced again', async () => {
    const store = createMemoryVersionStore();
    let hear: (versionId: string | null) => void = () => undefined;
    const announcedByB: Array<string | null> = [];
    const b = await open({
      store,
      tabSync: {
        announce: (id) => announcedByB.push(id),
        listen: (listener) => {
          hear = listener;
          return () => undefined;
        },
      },
    });
    const a = await open({ store, tabSync: null });
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(a, 'a.csv');
    const followed = new Promise<FollowedChange>((resolve) => b.dataset.onFollowed(resolve));
    hear(first.id);
    expect(await followed).toMatchObject({ versionId: first.id, latest: true });
    expect(b.dataset.state.versionId).toBe(first.id);
    // following is not a change of this tab's own: announcing it would echo back and forth between tabs
    expect(announcedByB).toEqual([]);
  });

  it('a follow that failed (storage busy) does not stop the next one', async () => {
    const store = createMemoryVersionStore();
    let busy = false;
    const flaky = {
      ...store,
      currentId: () => (busy ? Promise.reject(new Error('storage busy')) : store.currentId()),
    };
    const a = await open({ store, tabSync: null });
    const b = await open({ store: flaky, tabSync: null });
    busy = true;
    await expect(b.dataset.followStore()).rejects.toThrow('storage busy');
    busy = false;
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(a, 'a.csv');
    expect(await b.dataset.followStore()).toEqual({ versionId: first.id, dataVersion: first.dataVersion });
  });
});

describe('committing', () => {
  it('a commit prepared on a version another tab replaced is refused before any work (no first view built)', async () => {
    const store = createMemoryVersionStore();
    let built = 0;
    const a = await open({ store, tabSync: null });
    const b = await open({ store, tabSync: null, firstView: async () => ++built });
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(a, 'a.csv');
    await b.dataset.stage([o('wuxing', 2023, 'proposals_filed', 50)]);
    const refused = commit(b, 'b.csv');
    await expect(refused).rejects.toBeInstanceOf(StaleVersionError);
    await expect(refused).rejects.toMatchObject({ currentId: first.id });
    expect(built).toBe(0);
  });

  it('a stale commit sends the engine nothing but its BEGIN and ROLLBACK: the upload is never applied nor exported', async () => {
    const store = createMemoryVersionStore();
    const sent: string[] = [];
    let recording = false;
    const a = await open({ store, tabSync: null });
    const b = await open({
      store,
      tabSync: null,
      wrap: (c) => ({
        ...c,
        query: ((sql: string, params?: readonly SqlValue[]) => {
          if (recording) sent.push(sql.trim().split(/\s+/u).slice(0, 2).join(' '));
          return c.query(sql, params);
        }) as Connector['query'],
      }),
    });
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    await commit(a, 'a.csv');
    await b.dataset.stage([o('wuxing', 2023, 'proposals_filed', 50)]);
    recording = true;
    await expect(commit(b, 'b.csv')).rejects.toBeInstanceOf(StaleVersionError);
    // the store's own compare-and-set would refuse it too, but only after applying and exporting every row
    expect(sent).toEqual(['BEGIN TRANSACTION', 'ROLLBACK']);
  });

  it('a failure after the engine committed (telling the other tabs) keeps the version: storage names what the engine holds', async () => {
    const store = createMemoryVersionStore();
    const t = await open({
      store,
      tabSync: {
        announce: () => {
          throw new Error('channel closed');
        },
        listen: () => () => undefined,
      },
    });
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    await commit(t, 'a.csv').catch(() => undefined);
    const [version] = await store.list();
    // the engine committed 2023: forgetting the version would leave storage pointing at data it does not hold
    expect(await t.raw.query('SELECT count(*) AS n FROM observations WHERE year = 2023')).toEqual([{ n: 1 }]);
    expect(version).toMatchObject({ fileName: 'a.csv' });
    expect(await store.currentId()).toBe(version?.id);
    expect(t.dataset.state).toEqual({ versionId: version?.id, dataVersion: version?.dataVersion });
  });

  it('the first view is built after COMMIT, on the committed data and its rebuilt comparisons, and stored with the version', async () => {
    const store = createMemoryVersionStore();
    const t = await open({
      store,
      tabSync: null,
      // what the overview reads first: the precomputed comparison, which a commit rebuilds
      firstView: async (engine, dataVersion) => ({
        dataVersion,
        compared: await engine.query(
          "SELECT year, value FROM compared_default WHERE jurisdiction_id = 'jiaxing' AND indicator_id = 'proposals_filed'",
        ),
      }),
    });
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(t, 'a.csv');
    expect(await store.readFirstView(first.id)).toEqual({
      dataVersion: first.dataVersion,
      compared: [{ year: 2023, value: 400 }],
    });
  });

  it('storage full and unable to list its versions: still the storage-full error, naming none to delete', async () => {
    const store = {
      ...createMemoryVersionStore({ quotaBytes: 1 }),
      list: () => Promise.reject(new Error('busy')),
    };
    const t = await open({ store, tabSync: null });
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const error = await commit(t, 'a.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(error).toMatchObject({ free: [] });
    expect(t.dataset.state.versionId).toBeNull();
  });
});

describe('reading a stored version back: only what was saved, checked against its record', () => {
  const csv: StoredTables = {
    kind: 'csv',
    texts: Object.fromEntries(TABLE_NAMES.map((t) => [t, `${t}\n`])) as Record<TableName, string>,
  };
  const arrowOf = (ipc: Record<string, Uint8Array>) => ({
    kind: 'arrow' as const,
    ipc: ipc as Record<TableName, Uint8Array>,
    rows: Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])) as Record<TableName, number>,
  });
  const arrow: StoredTables = arrowOf(
    Object.fromEntries(TABLE_NAMES.map((t) => [t, Uint8Array.of(1, 2, 3)])),
  );
  const record = {
    id: 'v1',
    parent: null,
    fileName: 'a.csv',
    time: '2026-11-01T08:00:00.000Z',
    mode: 'merge' as const,
    rowCounts: { added: 0, changed: 0, unchanged: 0, removed: 0, total: 0 },
    dataVersion: 'dv1',
  };

  it.each([
    { name: 'its record is missing (storage lists no such version)', tables: arrow, damage: 'no record' },
    {
      name: 'a record without a content hash (an older build’s) over a snapshot that is not CSV text',
      tables: arrow,
      damage: 'no hash',
    },
    {
      name: 'an Arrow snapshot whose bytes changed since it was saved (its hash differs from the record’s)',
      tables: arrow,
      damage: 'bytes changed',
    },
  ] as const)('refused as damaged: $name', async ({ tables, damage }) => {
    const store = createMemoryVersionStore();
    const { contentHash: _hash, ...saved } = await store.addVersion(record, tables);
    if (damage === 'no hash') store.tamperRecord(saved);
    if (damage === 'bytes changed') {
      // the same tables, one byte of each changed
      const changed = Object.fromEntries(TABLE_NAMES.map((t) => [t, Uint8Array.of(1, 2, 4)]));
      store.tamper('v1', await encodeSnapshot(arrowOf(changed)));
    }
    const reading = damage === 'no record' ? { ...store, list: async () => [] } : store;
    await expect(readVerifiedSnapshot(reading, 'v1')).rejects.toBeInstanceOf(SnapshotCorruptError);
    await expect(readVerifiedSnapshot(reading, 'v1')).rejects.toThrow(
      'version v1 does not match its data version',
    );
  });

  // versions saved as CSV before records kept a content hash: checked by hashing their text again
  it.each([
    { name: 'its text still hashes to its data version: opens', changed: false },
    { name: 'its text changed since: refused as damaged', changed: true },
  ])('a CSV version with no content hash (an older build’s), $name', async ({ changed }) => {
    const store = createMemoryVersionStore();
    const dataVersion = await dataVersionOf(csv.texts);
    const { contentHash: _hash, ...saved } = await store.addVersion({ ...record, dataVersion }, csv);
    store.tamperRecord(changed ? { ...saved, dataVersion: 'another' } : saved);
    const reading = readVerifiedSnapshot(store, 'v1');
    if (changed) await expect(reading).rejects.toBeInstanceOf(SnapshotCorruptError);
    else expect(await reading).toEqual({ tables: csv, dataVersion });
  });

  it.each([
    { name: 'Arrow', tables: arrow },
    { name: 'CSV', tables: csv },
  ])('an intact $name version reads back with its record’s data version', async ({ tables }) => {
    const store = createMemoryVersionStore();
    await store.addVersion(record, tables);
    expect(await readVerifiedSnapshot(store, 'v1')).toEqual({ tables, dataVersion: 'dv1' });
  });
});
