import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Connector, SqlValue } from '../../src/engine/connector';
import { canonicalSnapshot } from '../../src/storage/canonicalSnapshot';
import { CatalogConflictError } from '../../src/storage/catalogRows';
import { dataVersionOf } from '../../src/storage/dataVersion';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { jurisdiction, observation as o } from '../support/fixture';
import { failingOn, observationsOf, openTestDataset } from './storageFixture';

const UPLOAD = [o('jiaxing', 2023, 'proposals_filed', 400), o('jiaxing', 2022, 'proposals_filed', 1)];

const failures: {
  name: string;
  wrap?: (c: Connector) => Connector;
  quotaBytes?: number;
  newJurisdictions?: ReturnType<typeof jurisdiction>[];
  error: RegExp | (new (...args: never[]) => Error);
}[] = [
  { name: 'the delete fails', wrap: (c) => failingOn(c, /^DELETE FROM observations/), error: /injected/ },
  { name: 'the insert fails', wrap: (c) => failingOn(c, /^INSERT INTO observations/), error: /injected/ },
  {
    name: 'adding a new jurisdiction fails',
    wrap: (c) => failingOn(c, /^INSERT INTO jurisdictions/),
    newJurisdictions: [jurisdiction('hangzhou', '杭州')],
    error: /injected/,
  },
  { name: 'the engine cannot COMMIT', wrap: (c) => failingOn(c, /^COMMIT/, { skip: 1 }), error: /injected/ },
  { name: 'storage is full (QuotaExceededError)', quotaBytes: 1, error: /quota/i },
  {
    name: 'a new jurisdiction reuses an existing id',
    newJurisdictions: [jurisdiction('jiaxing', '不是嘉兴')],
    error: CatalogConflictError,
  },
];

describe('a commit that fails anywhere leaves the engine and storage exactly as before', () => {
  it.each(failures)('$name', async ({ wrap, quotaBytes, newJurisdictions, error }) => {
    const store = createMemoryVersionStore(quotaBytes ? { quotaBytes } : {});
    const t = await openTestDataset({ store, ...(wrap ? { wrap } : {}) });
    const before = { rows: await observationsOf(t.connector), state: t.dataset.state };
    const published: unknown[] = [];
    t.dataset.subscribe((s) => published.push(s));

    await t.dataset.stage(UPLOAD);
    await expect(
      t.dataset.commit({
        mode: 'merge',
        fileName: 'x.csv',
        newJurisdictions: newJurisdictions ?? [],
        newIndicators: [],
      }),
    ).rejects.toThrow(error);

    expect(await observationsOf(t.connector)).toEqual(before.rows);
    expect(await t.connector.query('SELECT id FROM jurisdictions WHERE id = $1', ['hangzhou'])).toEqual([]);
    expect(await t.connector.query("SELECT name_zh FROM jurisdictions WHERE id = 'jiaxing'")).toEqual([
      { name_zh: '嘉兴' },
    ]);
    expect(await dataVersionOf(await canonicalSnapshot(t.connector))).toBe(before.state.dataVersion);
    expect(t.dataset.state).toEqual(before.state);
    expect(published).toEqual([]);
    expect(await store.list()).toEqual([]);
    expect(await store.currentId()).toBeNull();

    // The engine is usable afterwards: the same upload commits once the fault is gone.
    await t.dataset.stage(UPLOAD);
    if (!quotaBytes && !newJurisdictions?.some((j) => j.id === 'jiaxing')) {
      await t.dataset.commit({ mode: 'merge', fileName: 'x.csv', newJurisdictions: [], newIndicators: [] });
      expect(await observationsOf(t.connector)).toHaveLength(before.rows.length + 1);
    }
    await t.raw.close();
  });

  it('keeps earlier versions when a later one does not fit', async () => {
    const store = createMemoryVersionStore({ quotaBytes: 6_000 });
    const t = await openTestDataset({ store });
    await t.dataset.stage(UPLOAD);
    const first = await t.dataset.commit({
      mode: 'merge',
      fileName: 'a.csv',
      newJurisdictions: [],
      newIndicators: [],
    });
    const rowsAfterFirst = await observationsOf(t.connector);
    // Incompressible quotes make the next snapshot larger than what is left.
    const big = Array.from({ length: 200 }, (_, i) =>
      o('wuxing', 2000 + (i % 20), `indicator_${i}`, i, { quote: randomBytes(200).toString('hex') }),
    );
    await t.dataset.stage(big);
    await expect(
      t.dataset.commit({ mode: 'merge', fileName: 'b.csv', newJurisdictions: [], newIndicators: [] }),
    ).rejects.toThrow(/quota/i);
    expect(await observationsOf(t.connector)).toEqual(rowsAfterFirst);
    expect((await store.list()).map((v) => v.id)).toEqual([first.id]);
    expect(await store.currentId()).toBe(first.id);
    expect(t.dataset.state.versionId).toBe(first.id);
    await t.raw.close();
  });
});

describe('a failed engine COMMIT after a stored version keeps that version, not the bundled data', () => {
  it('storage points back at the previous version and a reload opens it', async () => {
    let failCommit = false;
    const wrap = (inner: Connector): Connector => ({
      ...inner,
      query: (async (sql: string, params?: readonly SqlValue[]) => {
        if (failCommit && /^COMMIT/.test(sql)) {
          failCommit = false;
          throw new Error('injected failure at COMMIT');
        }
        return inner.query(sql, params);
      }) as Connector['query'],
    });
    const store = createMemoryVersionStore();
    const t = await openTestDataset({ store, wrap });
    await t.dataset.stage(UPLOAD);
    const first = await t.dataset.commit({
      mode: 'merge',
      fileName: 'a.csv',
      newJurisdictions: [],
      newIndicators: [],
    });
    const afterFirst = { rows: await observationsOf(t.connector), state: t.dataset.state };

    await t.dataset.stage([o('wuxing', 2023, 'proposals_filed', 77)]);
    failCommit = true;
    await expect(
      t.dataset.commit({ mode: 'merge', fileName: 'b.csv', newJurisdictions: [], newIndicators: [] }),
    ).rejects.toThrow(/injected/);

    expect(await observationsOf(t.connector)).toEqual(afterFirst.rows);
    expect(t.dataset.state).toEqual(afterFirst.state);
    expect((await store.list()).map((v) => v.id)).toEqual([first.id]);
    expect(await store.currentId()).toBe(first.id);
    await t.raw.close();

    // The next page load starts from the first upload, not from the bundled data.
    const reopened = await openTestDataset({ store });
    expect(reopened.dataset.state).toEqual(afterFirst.state);
    expect(await observationsOf(reopened.connector)).toEqual(afterFirst.rows);
    await reopened.raw.close();
  });
});

describe('views never see half a commit', () => {
  it('a query sent while a transaction is open waits for it and then sees the committed rows', async () => {
    const t = await openTestDataset();
    await t.dataset.stage(UPLOAD);
    const commit = t.dataset.commit({
      mode: 'merge',
      fileName: 'x.csv',
      newJurisdictions: [],
      newIndicators: [],
    });
    const during = t.connector.query<{ n: number }>('SELECT count(*) AS n FROM observations');
    await commit;
    expect(await during).toEqual([{ n: 5 }]);
    await t.raw.close();
  });

  it('a query sent while a failing transaction is open sees the rows from before it', async () => {
    const t = await openTestDataset({ wrap: (c) => failingOn(c, /^COMMIT/, { skip: 1 }) });
    await t.dataset.stage(UPLOAD);
    const commit = t.dataset.commit({
      mode: 'merge',
      fileName: 'x.csv',
      newJurisdictions: [],
      newIndicators: [],
    });
    const during = t.connector.query<{ n: number }>('SELECT count(*) AS n FROM observations');
    await expect(commit).rejects.toThrow(/injected/);
    expect(await during).toEqual([{ n: 4 }]);
    await t.raw.close();
  });
});
