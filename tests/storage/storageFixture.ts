import type { Connector, SqlValue } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import type { TableTexts } from '../../src/data/tables';
import { createMemoryVersionStore, type MemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { openDataset, type OpenedDataset } from '../../src/storage/openDataset';
import type { FirstViewBuilder } from '../../src/storage/datasetManager';
import type { TabSync } from '../../src/storage/tabSync';
import type { VersionStore } from '../../src/storage/versionStore';
import { fixtureTexts, observation as o } from '../support/fixture';

/** The "bundled" data of these tests: two jurisdictions' 2022 figures and one 2021 figure. */
export const BASE_ROWS = [
  o('jiaxing', 2022, 'proposals_filed', 369),
  o('jiaxing', 2022, 'proposals_answered', 360),
  o('wuxing', 2022, 'proposals_filed', 98, { qualifier: 'at_least' }),
  o('wuxing', 2021, 'proposals_filed', 90),
];
export const BASE_TEXTS: TableTexts = fixtureTexts(BASE_ROWS);

/**
 * Fails one statement matching `pattern` (after letting `skip` of them through, e.g. the boot's own
 * COMMIT), to prove a commit interrupted there changes nothing.
 */
export function failingOn(inner: Connector, pattern: RegExp, { skip = 0 } = {}): Connector {
  let armed = true;
  let seen = 0;
  return {
    ...inner,
    query: (async (sql: string, params?: readonly SqlValue[]) => {
      if (armed && pattern.test(sql) && seen++ >= skip) {
        armed = false;
        throw new Error(`injected failure at: ${sql.slice(0, 40)}`);
      }
      return inner.query(sql, params);
    }) as Connector['query'],
  };
}

export interface TestDataset extends OpenedDataset {
  raw: Connector;
  store: MemoryVersionStore;
}

export async function openTestDataset(
  options: {
    store?: MemoryVersionStore;
    wrap?: (c: Connector) => Connector;
    openStore?: () => Promise<VersionStore>;
    bundled?: TableTexts;
    firstView?: FirstViewBuilder;
    budgetBytes?: number;
    tabSync?: TabSync | null;
  } = {},
): Promise<TestDataset> {
  const raw = await createNodeConnector();
  const store = options.store ?? createMemoryVersionStore();
  const opened = await openDataset(options.wrap ? options.wrap(raw) : raw, {
    openStore: options.openStore ?? (async () => store),
    bundledTexts: async () => options.bundled ?? BASE_TEXTS,
    ...(options.firstView ? { firstView: options.firstView } : {}),
    ...(options.budgetBytes ? { budgetBytes: options.budgetBytes } : {}),
    ...(options.tabSync !== undefined ? { tabSync: options.tabSync } : {}),
  });
  return { ...opened, raw, store };
}

export async function observationsOf(c: Connector) {
  return c.query<{
    jurisdiction_id: string;
    year: number;
    indicator_id: string;
    value: number;
    qualifier: string;
  }>(
    `SELECT jurisdiction_id, year, indicator_id, value, qualifier FROM observations
     ORDER BY jurisdiction_id, year, indicator_id`,
  );
}
