import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import type { TableTexts } from '../../src/data/tables';
import type { DatasetSources } from '../../src/storage/openDataset';

// loadInitialDataset is the browser's wiring of openDataset: which store, which base data, which first
// view, and (embeds) which pinned version. Its sources are replaced here by named stand-ins, so what
// it hands to openDataset can be checked in Node; openDataset itself is tested on a real engine.
const texts = (name: string) => ({ observations: name }) as unknown as TableTexts;
const sources = vi.hoisted(() => ({
  base: { kind: 'bundled' } as { kind: 'bundled' } | { kind: 'published'; texts: unknown },
  published: new Map<string, unknown>(),
  bundledVersion: null as string | null,
  opened: [] as unknown[],
}));

vi.mock('../../src/data/bundledFiles', () => ({ fetchBundledTexts: async () => texts('bundled') }));
vi.mock('../../src/published/publishedSite', () => ({
  siteBaseData: async () => sources.base,
  publishedTextsFor: async (dataVersion: string) => sources.published.get(dataVersion) ?? null,
}));
vi.mock('../../src/snapshot/snapshotStore', () => ({
  bundledDataVersion: async () => sources.bundledVersion,
}));
vi.mock('../../src/snapshot/buildFirstView', () => ({ buildFirstView: async () => 'first view' }));
vi.mock('../../src/storage/idbVersionStore', () => ({ openIdbVersionStore: async () => 'idb store' }));
vi.mock('../../src/storage/openDataset', () => ({
  openDataset: async (connector: unknown, given: DatasetSources) => {
    sources.opened.push(given);
    return { connector };
  },
}));

const { loadInitialDataset } = await import('../../src/storage/loadInitialDataset');

const PIN = 'pin=0123456789abcdef&dv=abc123def456';

async function open(search: string): Promise<DatasetSources> {
  vi.stubGlobal('window', { location: { search } });
  sources.opened.length = 0;
  const engine = { name: 'engine' } as unknown as Connector;
  expect(await loadInitialDataset(engine)).toEqual({ connector: engine });
  expect(sources.opened).toHaveLength(1);
  return sources.opened[0] as DatasetSources;
}

beforeEach(() => {
  sources.base = { kind: 'bundled' };
  sources.published.clear();
  sources.bundledVersion = null;
});
afterEach(() => vi.unstubAllGlobals());

describe('the page opens its data from IndexedDB, the site’s published version or the bundled files', () => {
  it('stores versions in IndexedDB and builds each version’s first view', async () => {
    const given = await open('');
    expect(await given.openStore()).toBe('idb store');
    expect(await given.firstView?.({} as Connector, 'dv')).toBe('first view');
    expect(given).not.toHaveProperty('pinned');
  });

  it.each([
    { name: 'no published version: the bundled files', base: { kind: 'bundled' as const }, from: 'bundled' },
    {
      name: 'a published version: its data',
      base: { kind: 'published' as const, texts: texts('published') },
      from: 'published',
    },
  ])('base data with $name', async ({ base, from }) => {
    sources.base = base;
    const given = await open('');
    expect(await given.bundledTexts()).toEqual(texts(from));
  });
});

describe('an embed pinned to a data version', () => {
  it.each([
    { name: 'a page that is not an embed', search: `?${PIN}` },
    { name: 'an embed with no pin', search: '?embed=1' },
    { name: 'an embed with a malformed pin', search: '?embed=1&pin=xyz&dv=abc123def456' },
    { name: 'an embed=0 page', search: `?embed=0&${PIN}` },
  ])('is not pinned on $name', async ({ search }) => {
    expect(await open(search)).not.toHaveProperty('pinned');
  });

  it.each([
    {
      name: 'the site published that version: its data',
      published: [['abc123def456', texts('published pin')]] as const,
      bundledVersion: 'abc123def456',
      found: texts('published pin'),
    },
    {
      name: 'only the bundled data has that version: the bundled files',
      published: [['other', texts('other')]] as const,
      bundledVersion: 'abc123def456',
      found: texts('bundled'),
    },
    {
      name: 'neither has it: nothing (the embed then says it compares with the current data)',
      published: [] as const,
      bundledVersion: 'fedcba654321',
      found: null,
    },
    {
      name: 'the bundled version is unknown: nothing',
      published: [] as const,
      bundledVersion: null,
      found: null,
    },
  ])('finds $name', async ({ published, bundledVersion, found }) => {
    for (const [dv, t] of published) sources.published.set(dv, t);
    sources.bundledVersion = bundledVersion;
    const given = await open(`?embed=1&${PIN}`);
    expect(given.pinned?.dataVersion).toBe('abc123def456');
    expect(await given.pinned!.texts()).toEqual(found);
  });
});
