import fc from 'fast-check';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { freeable, usedBytes, versionsOverBudget, versionsToFree } from '../../src/storage/storageBudget';
import { classifyStorageError, StorageQuotaError } from '../../src/storage/storageError';
import { VersionNotFoundError, type VersionRecord } from '../../src/storage/versionStore';
import { storageFailureText } from '../../src/views/data/storageFailureText';
import { observation as o } from '../support/fixture';
import { openTestDataset } from './storageFixture';

const v = (id: string, day: number, storedBytes: number, folded = false): VersionRecord => ({
  id,
  parent: null,
  fileName: `${id}.csv`,
  time: `2026-11-${String(day).padStart(2, '0')}T08:00:00.000Z`,
  mode: 'merge',
  rowCounts: { added: 1, changed: 0, unchanged: 0, removed: 0, total: 1 },
  dataVersion: id.padEnd(12, '0'),
  storedBytes,
  ...(folded ? { folded } : {}),
});

const ids = (list: readonly VersionRecord[]) => list.map((x) => x.id);

describe('storage budget: what to fold or free, oldest first, never the version in use', () => {
  const versions = [v('c', 3, 30), v('a', 1, 10), v('d', 4, 40), v('b', 2, 20), v('z', 0, 0, true)];
  it.each([
    { name: 'within budget', current: 'd', budget: 100, fold: [] },
    { name: 'just over', current: 'd', budget: 99, fold: ['a'] },
    { name: 'the oldest until it fits', current: 'd', budget: 70, fold: ['a', 'b'] },
    { name: 'the one in use is skipped', current: 'a', budget: 60, fold: ['b', 'c'] },
    { name: 'cannot fit: all but the one in use', current: 'c', budget: 0, fold: ['a', 'b', 'd'] },
    { name: 'bundled data in use', current: null, budget: 0, fold: ['a', 'b', 'c', 'd'] },
  ])('$name', ({ current, budget, fold }) => {
    expect(usedBytes(versions)).toBe(100);
    expect(ids(versionsOverBudget(versions, current, budget))).toEqual(fold);
  });

  it.each([
    { bytes: 0, free: [] },
    { bytes: 1, free: ['a'] },
    { bytes: 25, free: ['a', 'b'] },
    { bytes: 1000, free: ['a', 'b', 'c'] },
  ])('to free $bytes bytes while d is in use: $free', ({ bytes, free }) => {
    expect(ids(versionsToFree(versions, 'd', bytes))).toEqual(free);
  });

  it('a folded version takes no space even when its record still carries the size it had', () => {
    const withStaleSize = [v('a', 1, 10), { ...v('b', 2, 50), folded: true }];
    expect(usedBytes(withStaleSize)).toBe(10);
    expect(ids(freeable(withStaleSize, null))).toEqual(['a']);
    expect(ids(versionsOverBudget(withStaleSize, null, 10))).toEqual([]);
  });

  it('property: folding what it names brings the versions within budget, or leaves only the one in use', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ day: fc.integer({ min: 1, max: 28 }), bytes: fc.nat(1000), folded: fc.boolean() }),
          {
            selector: (r) => r.day,
            maxLength: 12,
          },
        ),
        fc.nat(5000),
        fc.nat(12),
        (specs, budget, pick) => {
          const list = specs.map((s, i) => v(`v${i}`, s.day, s.folded ? 0 : s.bytes, s.folded));
          const current = list[pick]?.id ?? null;
          const fold = versionsOverBudget(list, current, budget);
          expect(fold.map((x) => x.id)).not.toContain(current);
          expect(fold.every((x) => !x.folded)).toBe(true);
          // Oldest first, and nothing younger is folded while an older freeable one is kept.
          const order = freeable(list, current).map((x) => x.id);
          expect(fold.map((x) => x.id)).toEqual(order.slice(0, fold.length));
          const after = list.map((x) => (fold.includes(x) ? { ...x, folded: true, storedBytes: 0 } : x));
          const left = freeable(after, current);
          expect(usedBytes(after) <= budget || left.length === 0).toBe(true);
          // Minimal: without the last one folded it would still be over budget.
          if (fold.length > 0) {
            expect(usedBytes(list) - usedBytes(after) - fold.at(-1)!.storedBytes).toBeLessThan(
              usedBytes(list) - budget,
            );
          }
        },
      ),
    );
  });
});

const commit = (t: Awaited<ReturnType<typeof openTestDataset>>, fileName: string) =>
  t.dataset.commit({ mode: 'merge', fileName, newJurisdictions: [], newIndicators: [] });

describe('the budget at work', () => {
  it('a commit over budget folds the oldest versions: records kept, data freed, cannot be opened', async () => {
    const t = await openTestDataset({ budgetBytes: 1 });
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await commit(t, 'a.csv');
    await t.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 410)]);
    const second = await commit(t, 'b.csv');
    const list = await t.store.list();
    expect(list.map((x) => [x.id, x.folded ?? false])).toEqual([
      [second.id, false],
      [first.id, true],
    ]);
    expect(list[1]).toMatchObject({ storedBytes: 0, fileName: 'a.csv', rowCounts: first.rowCounts });
    // The version in use is whole, and so is the data the page shows.
    expect(list[0]!.storedBytes).toBeGreaterThan(0);
    await expect(t.dataset.switchTo(first.id)).rejects.toThrow(VersionNotFoundError);
    expect(t.dataset.state.versionId).toBe(second.id);
    const reopened = await openTestDataset({ store: t.store });
    expect(reopened.dataset.state).toEqual({ dataVersion: second.dataVersion, versionId: second.id });
    for (const x of [t, reopened]) await x.raw.close();
  });

  it('storage full: the current version stays, and the message names the oldest versions to delete', async () => {
    const store = createMemoryVersionStore({ quotaBytes: 20_000 });
    const t = await openTestDataset({ store });
    await t.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const a = await commit(t, 'a.csv');
    await t.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 410)]);
    const b = await commit(t, 'b.csv');
    const big = Array.from({ length: 200 }, (_, i) =>
      o('wuxing', 2000 + (i % 20), `indicator_${i}`, i, { quote: randomBytes(200).toString('hex') }),
    );
    await t.dataset.stage(big);
    const error = await commit(t, 'big.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect(classifyStorageError(error)).toMatchObject({
      kind: 'quota',
      free: [{ id: a.id, fileName: 'a.csv' }],
    });
    expect(t.dataset.state.versionId).toBe(b.id);
    expect(await store.currentId()).toBe(b.id);
    const zh = storageFailureText(error, (key, vars) => `${key} ${JSON.stringify(vars ?? {})}`);
    expect(zh).toMatch(/^storeErrQuotaFree .*a\.csv \(2\d{3}-\d\d-\d\d \d\d:\d\d UTC, [\d.]+ KB\)/);
    await t.raw.close();
  });

  it('storage full with nothing older to delete says where the space must come from', () => {
    const text = storageFailureText(new StorageQuotaError([], null), (key) => key);
    expect(text).toBe('storeErrQuotaNothingToFree');
  });
});
