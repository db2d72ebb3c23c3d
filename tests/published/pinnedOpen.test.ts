import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { openDataset } from '../../src/storage/openDataset';
import type { TableTexts } from '../../src/data/tables';
import { fixtureTexts, observation as o } from '../support/fixture';
import { BASE_TEXTS, openTestDataset } from '../storage/storageFixture';

const OLDER: TableTexts = fixtureTexts([o('jiaxing', 2022, 'proposals_filed', 300)]);

/**
 * An embed page starts from the data version its chart is pinned to, wherever that version is:
 * a draft in this browser, a published version, or the bundled data — not from whatever this
 * browser happens to hold today.
 */
describe('opening the data an embed is pinned to', () => {
  const versionOf = async (texts: TableTexts) => {
    const t = await openTestDataset({ bundled: texts });
    const v = t.dataVersion;
    await t.raw.close();
    return v;
  };
  let older = '';
  let base = '';
  beforeAll(async () => {
    [older, base] = [await versionOf(OLDER), await versionOf(BASE_TEXTS)];
  });

  it.each([
    { name: 'the pinned version is supplied', pin: 'older', supplied: OLDER, expect: 'older' },
    { name: 'the supplied data are other data', pin: 'older', supplied: BASE_TEXTS, expect: 'base' },
    { name: 'nothing is supplied', pin: 'older', supplied: null, expect: 'base' },
    { name: 'supplying fails', pin: 'older', supplied: 'throw', expect: 'base' },
  ] as const)('$name → $expect', async ({ supplied, expect: expected }) => {
    const raw = await createNodeConnector();
    try {
      const opened = await openDataset(raw, {
        openStore: async () => createMemoryVersionStore(),
        bundledTexts: async () => BASE_TEXTS,
        pinned: {
          dataVersion: older,
          texts: async () => {
            if (supplied === 'throw') throw new Error('datasets/x.parquet: missing');
            return supplied;
          },
        },
      });
      expect(opened.dataVersion).toBe(expected === 'older' ? older : base);
      expect(opened.dataset.state.versionId).toBeNull();
      const rows = await opened.connector.query<{ value: number }>(
        "SELECT value FROM observations WHERE jurisdiction_id = 'jiaxing' AND indicator_id = 'proposals_filed' AND year = 2022",
      );
      expect(rows.map((r) => r.value)).toEqual([expected === 'older' ? 300 : 369]);
    } finally {
      await raw.close();
    }
  });

  it('a draft in this browser with the pinned version is used even when another draft is current', async () => {
    const t = await openTestDataset();
    const bundled = t.dataVersion;
    const { observation } = await import('../support/fixture');
    await t.dataset.stage([observation('jiaxing', 2023, 'proposals_filed', 400)]);
    const first = await t.dataset.commit({
      mode: 'merge',
      fileName: 'a.csv',
      newJurisdictions: [],
      newIndicators: [],
    });
    await t.dataset.stage([observation('jiaxing', 2024, 'proposals_filed', 410)]);
    await t.dataset.commit({ mode: 'merge', fileName: 'b.csv', newJurisdictions: [], newIndicators: [] });
    await t.raw.close();
    for (const [pin, expected] of [
      [first.dataVersion, first.dataVersion],
      [bundled, bundled],
    ] as const) {
      const raw = await createNodeConnector();
      const opened = await openDataset(raw, {
        openStore: async () => t.store,
        bundledTexts: async () => BASE_TEXTS,
        pinned: { dataVersion: pin, texts: async () => BASE_TEXTS },
      });
      expect(opened.dataVersion).toBe(expected);
      await raw.close();
    }
  });
});
