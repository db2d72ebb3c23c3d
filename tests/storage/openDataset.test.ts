import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { openDataset } from '../../src/storage/openDataset';
import type { VersionStore } from '../../src/storage/versionStore';
import { fixtureTexts, observation as o } from '../support/fixture';
import { BASE_TEXTS } from './storageFixture';

// Start-up when storage misbehaves in ways versionsAndBoot.test.ts does not reach (a store that opens but
// then fails to answer, a refusal that is not an Error), and which tabs hear of this page's changes.
// One engine for the file: openDataset replaces every table it loads.
let raw: Connector;
beforeAll(async () => {
  raw = await createNodeConnector();
});
afterAll(async () => {
  await raw.close();
});

const failing = (what: string) => () => Promise.reject(new Error(`${what} failed`));

/** A memory store with some of its answers replaced. */
const storeWith = (changes: Partial<VersionStore>): VersionStore => ({
  ...createMemoryVersionStore(),
  ...changes,
});

const years = async (c: Connector) =>
  (await c.query<{ year: number }>('SELECT DISTINCT year FROM observations ORDER BY year')).map(
    (r) => r.year,
  );

describe('start-up when storage fails after opening: the bundled data, and a notice that says why', () => {
  it.each([
    {
      name: 'opening storage is refused with a value that is not an Error',
      openStore: () => Promise.reject('blocked by policy'),
      notice: { kind: 'storage_unavailable', detail: 'blocked by policy' },
      store: 'memory',
    },
    {
      name: 'storage opens but cannot say which version is current',
      openStore: async () => storeWith({ currentId: failing('currentId') }),
      notice: { kind: 'storage_unavailable', detail: 'Error: currentId failed' },
      store: 'memory',
    },
    {
      // the record cannot be read either: the notice names no file and no time rather than made-up ones
      name: 'the current version cannot be read and storage cannot list the versions',
      openStore: async () => storeWith({ currentId: async () => 'v1', list: failing('list') }),
      notice: { kind: 'stored_version_unreadable', detail: 'Error: list failed', fileName: '', time: '' },
      store: 'memory',
    },
  ])('$name', async ({ openStore, notice, store }) => {
    const opened = await openDataset(raw, { openStore, bundledTexts: async () => BASE_TEXTS });
    expect(opened.notice).toEqual(notice);
    expect(opened.dataset.state.versionId).toBeNull();
    expect(opened.dataset.store.kind).toBe(store);
    expect(await years(opened.connector)).toEqual([2021, 2022]);
  });

  it('an embed pinned to a version still opens it when storage cannot list the versions', async () => {
    const pinned = await openDataset(raw, {
      openStore: async () => createMemoryVersionStore(),
      bundledTexts: async () => BASE_TEXTS,
    });
    const opened = await openDataset(raw, {
      openStore: async () => storeWith({ list: failing('list') }),
      bundledTexts: async () => BASE_TEXTS,
      pinned: { dataVersion: pinned.dataVersion, texts: async () => BASE_TEXTS },
    });
    expect(opened.notice).toBeNull();
    expect(opened.dataVersion).toBe(pinned.dataVersion);
  });
});

describe('start-up with stored versions', () => {
  it('an embed pinned to a version nobody has is not shown other data supplied for it: the current data instead', async () => {
    const opened = await openDataset(raw, {
      openStore: async () => createMemoryVersionStore(),
      bundledTexts: async () => BASE_TEXTS,
      pinned: {
        dataVersion: 'a version nobody has',
        texts: async () => fixtureTexts([o('jiaxing', 2020, 'proposals_filed', 1)]),
      },
    });
    expect(await years(opened.connector)).toEqual([2021, 2022]);
  });

  it('the notice for an unreadable current version names that version, not the newest one', async () => {
    const store = createMemoryVersionStore();
    const first = await openDataset(raw, {
      openStore: async () => store,
      bundledTexts: async () => BASE_TEXTS,
      tabSync: null,
    });
    const commit = (fileName: string) =>
      first.dataset.commit({ mode: 'merge', fileName, newJurisdictions: [], newIndicators: [] });
    await first.dataset.stage([o('jiaxing', 2023, 'proposals_filed', 400)]);
    const older = await commit('older.csv');
    await first.dataset.stage([o('jiaxing', 2024, 'proposals_filed', 410)]);
    await commit('newer.csv');
    await first.dataset.switchTo(older.id);
    store.tamper(older.id, 'damaged');
    const opened = await openDataset(raw, {
      openStore: async () => store,
      bundledTexts: async () => BASE_TEXTS,
    });
    expect(opened.notice).toMatchObject({
      kind: 'stored_version_unreadable',
      fileName: 'older.csv',
      time: older.time,
    });
  });
});

describe('which tabs hear of this page’s changes (no tabSync given)', () => {
  /** A BroadcastChannel stand-in that records, synchronously, the channels opened and what they carry. */
  const channels: { name: string; posted: unknown[] }[] = [];
  class RecordingChannel extends EventTarget {
    private readonly record: { name: string; posted: unknown[] };
    constructor(name: string) {
      super();
      this.record = { name, posted: [] };
      channels.push(this.record);
    }
    postMessage(message: unknown) {
      this.record.posted.push(message);
    }
  }
  afterEach(() => {
    vi.unstubAllGlobals();
    channels.length = 0;
  });

  it.each([
    {
      name: 'stored data (IndexedDB) is shared: announced to the other tabs',
      kind: 'indexeddb',
      heard: true,
    },
    { name: 'memory storage is this page’s alone: nothing is announced', kind: 'memory', heard: false },
  ] as const)('$name', async ({ kind, heard }) => {
    vi.stubGlobal('BroadcastChannel', RecordingChannel);
    const opened = await openDataset(raw, {
      openStore: async () => ({ ...createMemoryVersionStore(), kind }),
      bundledTexts: async () => BASE_TEXTS,
    });
    await opened.dataset.switchTo(null);
    expect(channels).toEqual(
      heard ? [{ name: 'luzhi-dataset', posted: [{ versionId: null, nonce: expect.any(String) }] }] : [],
    );
  });

  it.each(['indexeddb', 'memory'] as const)(
    'a way to talk that is given is the one used (%s storage), and no channel of its own is opened',
    async (kind) => {
      vi.stubGlobal('BroadcastChannel', RecordingChannel);
      const announced: Array<string | null> = [];
      const opened = await openDataset(raw, {
        openStore: async () => ({ ...createMemoryVersionStore(), kind }),
        bundledTexts: async () => BASE_TEXTS,
        tabSync: { announce: (id) => announced.push(id), listen: () => () => undefined },
      });
      await opened.dataset.switchTo(null);
      expect(announced).toEqual([null]);
      expect(channels).toEqual([]);
    },
  );
});
