import { describe, expect, it } from 'vitest';
import { StaleVersionError, type FollowedChange } from '../../src/storage/datasetManager';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { createTabSync, storageEventSyncForTests, type TabSync } from '../../src/storage/tabSync';
import type { VersionStore } from '../../src/storage/versionStore';
import { observation as o } from '../support/fixture';
import { BASE_TEXTS, observationsOf, openTestDataset } from './storageFixture';

/** Tabs of one browser: the same storage, and a channel that reaches every tab but the sender. */
function bus() {
  const tabs: Array<(id: string | null) => void> = [];
  const pending: Promise<void>[] = [];
  const tab = (): TabSync => {
    let mine: ((id: string | null) => void) | null = null;
    return {
      announce: (id) => {
        for (const l of tabs) if (l !== mine) pending.push(Promise.resolve().then(() => l(id)));
      },
      listen: (l) => {
        mine = l;
        tabs.push(l);
        return () => tabs.splice(tabs.indexOf(l), 1);
      },
    };
  };
  return { tab, settled: () => Promise.all(pending.splice(0)) };
}

const commit = (fileName: string) => ({
  mode: 'merge' as const,
  fileName,
  newJurisdictions: [],
  newIndicators: [],
});

describe('two tabs on the same stored data', () => {
  it('a commit in tab A reaches tab B, and B’s next commit keeps A’s figures', async () => {
    const store = createMemoryVersionStore();
    const channel = bus();
    const a = await openTestDataset({ store, tabSync: channel.tab() });
    const b = await openTestDataset({ store, tabSync: channel.tab() });

    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await a.dataset.commit(commit('a.csv'));
    await channel.settled();
    // B followed without a reload; waiting for its switch to finish is one more engine turn
    await b.dataset.followStore();
    expect(b.dataset.state.versionId).toBe(first.id);

    await b.dataset.stage([o('wuxing', 2023, 'proposals_filed', 50)]);
    await b.dataset.commit(commit('b.csv'));
    const rows = await observationsOf(b.connector);
    expect(rows.map((r) => `${r.jurisdiction_id} ${r.year} ${r.value}`)).toContain('jiaxing 2023 400');
    expect(rows.map((r) => `${r.jurisdiction_id} ${r.year} ${r.value}`)).toContain('wuxing 2023 50');
    await a.raw.close();
    await b.raw.close();
  });

  it('a commit prepared on a stale version is refused; after following, it commits with nothing lost', async () => {
    const store = createMemoryVersionStore();
    // no channel at all (a browser without BroadcastChannel and storage events): storage still decides
    const a = await openTestDataset({ store, tabSync: null });
    const b = await openTestDataset({ store, tabSync: null });

    await b.dataset.stage([o('wuxing', 2023, 'proposals_filed', 50)]);
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await a.dataset.commit(commit('a.csv'));

    const before = await observationsOf(b.connector);
    const refused = b.dataset.commit(commit('b.csv'));
    await expect(refused).rejects.toBeInstanceOf(StaleVersionError);
    await expect(refused).rejects.toMatchObject({ currentId: first.id });
    expect(await observationsOf(b.connector)).toEqual(before);
    expect(await store.currentId()).toBe(first.id);

    // the Data screen follows storage and previews again; the staged upload is still there
    await b.dataset.followStore();
    const preview = await b.dataset.preview('merge');
    expect(preview.totals.added).toBe(1);
    await b.dataset.commit(commit('b.csv'));
    const values = (await observationsOf(b.connector)).map(
      (r) => `${r.jurisdiction_id} ${r.year} ${r.value}`,
    );
    expect(values).toEqual(expect.arrayContaining(['jiaxing 2023 400', 'wuxing 2023 50']));
    await a.raw.close();
    await b.raw.close();
  });
});

describe('a tab that is still loading', () => {
  /** B's store: the first time B reads which version is current, A commits and announces (B hears nothing yet). */
  const commitWhileLoading = (store: VersionStore, commitInA: () => Promise<unknown>) => {
    let done = false;
    return new Proxy(store, {
      get(target, key, receiver) {
        if (key !== 'currentId') return Reflect.get(target, key, receiver) as unknown;
        return async () => {
          const id = await target.currentId();
          if (!done) {
            done = true;
            await commitInA();
          }
          return id;
        };
      },
    });
  };

  // Each case: what storage holds when B starts, A's commit lands while B loads it.
  const cases = [
    { name: 'on the bundled data', before: [] as string[] },
    { name: 'on a stored version', before: ['first.csv'] },
  ];
  it.each(cases)(
    'misses no commit announced before it listens: it opens on the version A made current ($name)',
    async ({ before }) => {
      const store = createMemoryVersionStore();
      const channel = bus();
      const a = await openTestDataset({ store, tabSync: channel.tab() });
      for (const [i, fileName] of before.entries()) {
        await a.dataset.stage([o('wuxing', 2020 + i, 'proposals_filed', 60)]);
        await a.dataset.commit(commit(fileName));
      }
      let committed: string | null = null;
      const b = await openTestDataset({
        store,
        tabSync: channel.tab(),
        openStore: async () =>
          commitWhileLoading(store, async () => {
            await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
            committed = (await a.dataset.commit(commit('a.csv'))).id;
            await channel.settled();
          }),
      });
      expect(committed).not.toBeNull();
      expect(b.dataset.state.versionId).toBe(committed);
      expect(b.dataVersion).toBe(a.dataset.state.dataVersion);
      const rows = (await observationsOf(b.connector)).map(
        (r) => `${r.jurisdiction_id} ${r.year} ${r.value}`,
      );
      expect(rows).toContain('jiaxing 2023 400');
      await a.raw.close();
      await b.raw.close();
    },
  );

  it('opens on what storage names when nothing changed meanwhile (no extra switch)', async () => {
    const store = createMemoryVersionStore();
    const a = await openTestDataset({ store, tabSync: null });
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const made = await a.dataset.commit(commit('a.csv'));
    const b = await openTestDataset({ store, tabSync: null });
    let followed = 0;
    b.dataset.onFollowed(() => followed++);
    expect(b.dataset.state.versionId).toBe(made.id);
    expect(b.dataVersion).toBe(a.dataset.state.dataVersion);
    await b.dataset.followStore();
    expect(followed).toBe(0);
    await a.raw.close();
    await b.raw.close();
  });
});

describe('the tab that follows says what changed', () => {
  it('reports the version another tab committed (file, time, figures) and an undo there', async () => {
    const store = createMemoryVersionStore();
    const channel = bus();
    const a = await openTestDataset({ store, tabSync: channel.tab() });
    const b = await openTestDataset({ store, tabSync: channel.tab() });
    const heard: FollowedChange[] = [];
    b.dataset.onFollowed((c) => heard.push(c));

    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await a.dataset.commit(commit('a.csv'));
    await channel.settled();
    await b.dataset.followStore();
    expect(heard).toHaveLength(1);
    expect(heard[0]).toMatchObject({ versionId: first.id, latest: true, record: { fileName: 'a.csv' } });
    expect(heard[0]!.record!.rowCounts.total).toBe(5);
    expect(heard[0]!.record!.time).toBe(first.time);

    // A goes back to the bundled data: B follows and says so; its own follow-ups say nothing new
    await a.dataset.switchTo(null);
    await channel.settled();
    await b.dataset.followStore();
    await b.dataset.followStore();
    expect(heard.map((c) => [c.versionId, c.latest, c.record])).toEqual([
      [first.id, true, heard[0]!.record],
      [null, false, null],
    ]);
    await a.raw.close();
    await b.raw.close();
  });
});

describe('compare-and-set in the store itself', () => {
  const record = (id: string, parent: string | null) => ({
    id,
    parent,
    fileName: `${id}.csv`,
    time: new Date(0).toISOString(),
    mode: 'merge' as const,
    rowCounts: { total: 0, added: 0, changed: 0, unchanged: 0, removed: 0 },
    dataVersion: id,
  });
  const empty = { kind: 'csv' as const, texts: BASE_TEXTS };

  it('addVersion writes only on top of the version it names as parent', async () => {
    const store = createMemoryVersionStore();
    await store.addVersion(record('v1', null), empty);
    // a second writer that also prepared on the bundled data (null) is refused, and nothing is written
    await expect(store.addVersion(record('v2', null), empty)).rejects.toMatchObject({
      name: 'StaleVersionError',
      currentId: 'v1',
    });
    expect((await store.list()).map((v) => v.id)).toEqual(['v1']);
    expect(await store.currentId()).toBe('v1');
    // on the head it succeeds
    await store.addVersion(record('v2', 'v1'), empty);
    expect(await store.currentId()).toBe('v2');
    // an undo moves the head back: a version prepared on the undone head is stale again
    await store.setCurrent('v1');
    await expect(store.addVersion(record('v3', 'v2'), empty)).rejects.toBeInstanceOf(StaleVersionError);
  });

  it('two tabs committing at the same moment on the same version: exactly one wins, nothing is lost', async () => {
    const store = createMemoryVersionStore();
    const a = await openTestDataset({ store, tabSync: null });
    const b = await openTestDataset({ store, tabSync: null });
    await a.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    await b.dataset.stage([o('wuxing', 2023, 'proposals_filed', 50)]);
    const beforeB = await observationsOf(b.connector);
    const beforeA = await observationsOf(a.connector);
    // both pass the manager's early check (storage still names the bundled data for both)
    const results = await Promise.allSettled([
      a.dataset.commit(commit('a.csv')),
      b.dataset.commit(commit('b.csv')),
    ]);
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]).toBeInstanceOf(StaleVersionError);
    expect(await store.currentId()).toBe(won[0]!.id);
    expect((await store.list()).map((v) => v.id)).toEqual([won[0]!.id]);
    // the loser's engine still holds what it held: its transaction rolled back
    const loser = results[0]!.status === 'rejected' ? a : b;
    expect(await observationsOf(loser.connector)).toEqual(loser === a ? beforeA : beforeB);
    await a.raw.close();
    await b.raw.close();
  });
});

describe('tab messages', () => {
  it('fall back to the storage event where there is no BroadcastChannel', () => {
    const data = new Map<string, string>();
    const storage = {
      setItem: (k: string, v: string) => void data.set(k, v),
      getItem: (k: string) => data.get(k) ?? null,
    } as unknown as Storage;
    const target = new EventTarget();
    const sync = storageEventSyncForTests(storage, target);
    const heard: Array<string | null> = [];
    sync.listen((id) => heard.push(id));
    sync.announce('v1');
    // the browser fires `storage` in the other tabs with the new value
    const event = Object.assign(new Event('storage'), {
      key: 'luzhi-dataset-current',
      newValue: data.get('luzhi-dataset-current')!,
    });
    target.dispatchEvent(event);
    target.dispatchEvent(Object.assign(new Event('storage'), { key: 'other', newValue: '{}' }));
    expect(heard).toEqual(['v1']);
  });

  it('choose BroadcastChannel when there is one, and nothing where there are no tabs', () => {
    expect(createTabSync(globalThis)).not.toBeNull(); // Node 20 has BroadcastChannel
    expect(createTabSync({} as typeof globalThis)).toBeNull();
  });
});
