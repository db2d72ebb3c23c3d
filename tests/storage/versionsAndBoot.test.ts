import { describe, expect, it } from 'vitest';
import { buildFirstView } from '../../src/snapshot/buildFirstView';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { canonicalSnapshot } from '../../src/storage/canonicalSnapshot';
import { dataVersionOf } from '../../src/storage/dataVersion';
import type { VersionRecord } from '../../src/storage/versionStore';
import { SnapshotCorruptError, encodeSnapshot } from '../../src/storage/snapshotCodec';
import { observation as o } from '../support/fixture';
import { BASE_ROWS, observationsOf, openTestDataset } from './storageFixture';

const commit = (t: Awaited<ReturnType<typeof openTestDataset>>, fileName: string) =>
  t.dataset.commit({ mode: 'merge', fileName, newJurisdictions: [], newIndicators: [] });

const years = async (t: Awaited<ReturnType<typeof openTestDataset>>) =>
  (await t.connector.query<{ year: number }>('SELECT DISTINCT year FROM observations ORDER BY year')).map(
    (r) => r.year,
  );

describe('version history: undo to any version, reset to bundled, all kept across page loads', () => {
  it('undoes to an earlier version, to the bundled data, and forward again; a new page starts from the pointer', async () => {
    const t = await openTestDataset();
    const bundled = t.dataset.state;
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v2023 = await commit(t, '2023.csv');
    await t.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 410)]);
    const v2024 = await commit(t, '2024.csv');
    expect(v2024.parent).toBe(v2023.id);
    expect((await t.store.list()).map((v) => v.fileName)).toEqual(['2024.csv', '2023.csv']);
    expect(await years(t)).toEqual([2021, 2022, 2023, 2024]);

    const states: string[] = [];
    t.dataset.subscribe((s) => states.push(s.dataVersion));
    await t.dataset.switchTo(v2023.id);
    expect(await years(t)).toEqual([2021, 2022, 2023]);
    expect(t.dataset.state).toEqual({ dataVersion: v2023.dataVersion, versionId: v2023.id });

    await t.dataset.switchTo(null);
    expect(await observationsOf(t.connector)).toHaveLength(BASE_ROWS.length);
    expect(t.dataset.state).toEqual(bundled);

    // A reload now starts from the bundled data; after switching forward, from 2024.
    const reloadedBundled = await openTestDataset({ store: t.store });
    expect(reloadedBundled.dataset.state).toEqual(bundled);
    expect(reloadedBundled.notice).toBeNull();
    await t.dataset.switchTo(v2024.id);
    const reloaded = await openTestDataset({ store: t.store });
    expect(reloaded.dataset.state).toEqual({ dataVersion: v2024.dataVersion, versionId: v2024.id });
    expect(await years(reloaded)).toEqual([2021, 2022, 2023, 2024]);
    expect(states).toEqual([v2023.dataVersion, bundled.dataVersion, v2024.dataVersion]);
    for (const x of [t, reloadedBundled, reloaded]) await x.raw.close();
  });

  it('refuses to switch to a damaged version and keeps the data in use', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v = await commit(t, '2023.csv');
    await t.dataset.switchTo(null);
    t.store.tamper(v.id, { format: 1, compression: 'gzip', tables: {} });
    await expect(t.dataset.switchTo(v.id)).rejects.toThrow(SnapshotCorruptError);
    expect(await years(t)).toEqual([2021, 2022]);
    expect(await t.store.currentId()).toBeNull();
    await t.raw.close();
  });

  it('deletes an old version to free space, but never the one in use', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(t, 'a.csv');
    await t.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 400)]);
    const second = await commit(t, 'b.csv');
    await expect(t.store.deleteVersion(second.id)).rejects.toThrow(/in use/);
    await t.store.deleteVersion(first.id);
    expect((await t.store.list()).map((v) => v.id)).toEqual([second.id]);
    await t.raw.close();
  });
});

describe('start-up never shows a blank page: stored data that cannot be used falls back to bundled with a notice', () => {
  const damages = [
    { name: 'unreadable bytes', stored: { format: 1, compression: 'gzip', tables: { observations: 'x' } } },
    { name: 'a foreign format', stored: 'hello' },
    { name: 'nothing at all', stored: undefined },
  ];
  it.each(damages)('the current version holds $name', async ({ stored }) => {
    const first = await openTestDataset();
    await first.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v = await commit(first, '2023年数据.csv');
    first.store.tamper(v.id, stored);

    const t = await openTestDataset({ store: first.store });
    expect(t.notice).toMatchObject({
      kind: 'stored_version_unreadable',
      fileName: '2023年数据.csv',
      time: v.time,
    });
    expect(t.dataset.state.versionId).toBeNull();
    expect(await years(t)).toEqual([2021, 2022]);
    // The damaged version is not deleted: nothing stored is thrown away behind the analyst's back.
    expect((await t.store.list()).map((x) => x.id)).toEqual([v.id]);
    for (const x of [first, t]) await x.raw.close();
  });

  it('a snapshot whose content no longer matches its data version is refused', async () => {
    const first = await openTestDataset();
    await first.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v = await commit(first, 'a.csv');
    const texts = await canonicalSnapshot(first.connector);
    first.store.tamper(
      v.id,
      await encodeSnapshot({
        kind: 'csv',
        texts: { ...texts, observations: texts.observations.replace('400', '401') },
      }),
    );
    const t = await openTestDataset({ store: first.store });
    expect(t.notice?.kind).toBe('stored_version_unreadable');
    expect(t.notice?.detail).toMatch(/does not match/);
    for (const x of [first, t]) await x.raw.close();
  });

  it('storage that cannot open (private mode, blocked) → bundled data, uploads kept for the session', async () => {
    const t = await openTestDataset({
      openStore: () => Promise.reject(new DOMException('The user denied permission.', 'SecurityError')),
    });
    expect(t.notice).toEqual({
      kind: 'storage_unavailable',
      detail: 'SecurityError: The user denied permission.',
    });
    expect(t.dataset.store.kind).toBe('memory');
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    await commit(t, 'a.csv');
    expect(await years(t)).toEqual([2021, 2022, 2023]);
    await t.raw.close();
  });

  it('an empty store starts on the bundled data with no notice', async () => {
    const t = await openTestDataset({ store: createMemoryVersionStore() });
    expect(t.notice).toBeNull();
    expect(t.dataset.state.versionId).toBeNull();
    expect(t.dataVersion).toBe(t.dataset.state.dataVersion);
    await t.raw.close();
  });
});

describe('stored format: versions are saved as Arrow tables; versions saved as CSV by older builds still open', () => {
  it('a new version is stored as Arrow with a content hash, and reopens to the same data version and rows', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400, { quote: '"引号", 逗号\n换行' })]);
    const v = await commit(t, 'a.csv');
    expect(v.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.store.readSnapshot(v.id)).tables.kind).toBe('arrow');
    const before = await canonicalSnapshot(t.connector);

    const reopened = await openTestDataset({ store: t.store });
    expect(reopened.notice).toBeNull();
    expect(reopened.dataset.state).toEqual({ dataVersion: v.dataVersion, versionId: v.id });
    // The data version is taken from the record, so it must be what the loaded data hashes to.
    const after = await canonicalSnapshot(reopened.connector);
    expect(after).toEqual(before);
    expect(await dataVersionOf(after)).toBe(v.dataVersion);
    // The derived-rate view is back too.
    const rates = await reopened.connector.query(
      `SELECT value FROM indicator_values WHERE indicator_id = 'proposals_answer_rate'`,
    );
    expect(rates.length).toBeGreaterThan(0);
    for (const x of [t, reopened]) await x.raw.close();
  });

  const asOldBuildSavedIt = async (t: Awaited<ReturnType<typeof openTestDataset>>, v: VersionRecord) => {
    const texts = await canonicalSnapshot(t.connector);
    const { contentHash: _dropped, ...record } = v;
    return { texts, record };
  };

  it('a CSV version with no content hash (saved by an older build) opens, checked against its data version', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v = await commit(t, 'old.csv');
    const { texts, record } = await asOldBuildSavedIt(t, v);
    t.store.tamper(v.id, await encodeSnapshot({ kind: 'csv', texts }));
    t.store.tamperRecord(record);

    const reopened = await openTestDataset({ store: t.store });
    expect(reopened.notice).toBeNull();
    expect(reopened.dataset.state).toEqual({ dataVersion: v.dataVersion, versionId: v.id });
    expect(await years(reopened)).toEqual([2021, 2022, 2023]);
    // Undo to it works the same way.
    await reopened.dataset.switchTo(null);
    await reopened.dataset.switchTo(v.id);
    expect(await years(reopened)).toEqual([2021, 2022, 2023]);
    for (const x of [t, reopened]) await x.raw.close();
  });

  it('an old CSV version whose text changed is refused, and the page starts on the bundled data', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v = await commit(t, 'old.csv');
    const { texts, record } = await asOldBuildSavedIt(t, v);
    const altered = { ...texts, observations: texts.observations.replace('400', '401') };
    t.store.tamper(v.id, await encodeSnapshot({ kind: 'csv', texts: altered }));
    t.store.tamperRecord(record);
    const reopened = await openTestDataset({ store: t.store });
    expect(reopened.notice?.kind).toBe('stored_version_unreadable');
    expect(await years(reopened)).toEqual([2021, 2022]);
    for (const x of [t, reopened]) await x.raw.close();
  });

  it('an Arrow version whose bytes changed is refused', async () => {
    const t = await openTestDataset();
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const v = await commit(t, 'a.csv');
    const { tables } = await t.store.readSnapshot(v.id);
    if (tables.kind !== 'arrow') throw new Error('expected an Arrow snapshot');
    const ipc = { ...tables.ipc, categories: tables.ipc.jurisdictions };
    t.store.tamper(v.id, await encodeSnapshot({ ...tables, ipc }));
    const reopened = await openTestDataset({ store: t.store });
    expect(reopened.notice).toMatchObject({ kind: 'stored_version_unreadable', detail: /does not match/ });
    expect(await years(reopened)).toEqual([2021, 2022]);
    for (const x of [t, reopened]) await x.raw.close();
  });
});

describe('first view: each version stores the results of its first screen, for the next visit', () => {
  it('is built on the committed data, stored with the version, and deleted with it', async () => {
    const built: string[] = [];
    const store = createMemoryVersionStore();
    const t = await openTestDataset({
      store,
      firstView: async (engine, dataVersion) => {
        const [row] = await engine.query<{ n: number }>('SELECT count(*) AS n FROM observations');
        built.push(dataVersion);
        return { dataVersion, rows: row?.n };
      },
    });
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(t, 'a.csv');
    expect(built).toEqual([first.dataVersion]);
    expect(await store.readFirstView(first.id)).toEqual({ dataVersion: first.dataVersion, rows: 5 });
    await t.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 400)]);
    const second = await commit(t, 'b.csv');
    expect(await store.readFirstView(second.id)).toEqual({ dataVersion: second.dataVersion, rows: 6 });
    await store.deleteVersion(first.id);
    expect(await store.readFirstView(first.id)).toBeNull();
    await t.raw.close();
  });

  it('the app’s first view of a commit is what the page computes after it (comparisons rebuilt first)', async () => {
    const store = createMemoryVersionStore();
    const t = await openTestDataset({ store, firstView: buildFirstView });
    // jiaxing's 2023 figure alone: the overview and the matrix now compare it, ranked first of one
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(t, 'a.csv');
    const stored = await store.readFirstView(first.id);
    expect(stored).toEqual(await buildFirstView(t.connector, first.dataVersion));
    // Not vacuous: the stored overview differs from the one the data before the commit gave.
    const before = await openTestDataset({ firstView: buildFirstView });
    expect(stored).not.toEqual(await buildFirstView(before.connector, first.dataVersion));
    for (const x of [t, before]) await x.raw.close();
  });

  it('a failure while building it loses only the first view: the version is stored and in use', async () => {
    const store = createMemoryVersionStore();
    const t = await openTestDataset({
      store,
      firstView: () => Promise.reject(new Error('first view failed')),
    });
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(t, 'a.csv');
    expect((await store.list()).map((v) => v.id)).toEqual([first.id]);
    expect(await store.currentId()).toBe(first.id);
    expect(await years(t)).toEqual([2021, 2022, 2023]);
    // the next visit draws once the engine is ready, as for a version saved before first views existed
    expect(await store.readFirstView(first.id)).toBeNull();
    await t.raw.close();
  });
});
