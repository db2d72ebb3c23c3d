import { describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import { REORDER_OBSERVATIONS_SQL } from '../../src/storage/applyUpload';
import { loadStoredTables } from '../../src/storage/storedTables';
import { fixtureTexts, observation as o } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';
import { BASE_ROWS, failingOn, observationsOf, openTestDataset } from './storageFixture';

/**
 * Observations are kept and saved by indicator, then year, then jurisdiction (OBSERVATIONS_ORDER), so a
 * view reading one indicator touches a few row groups. Order is physical: `rowid` is the row's place.
 */
const physicalOrder = (c: Connector) =>
  c.query<{ indicator_id: string; year: number; jurisdiction_id: string }>(
    'SELECT indicator_id, year, jurisdiction_id FROM observations ORDER BY rowid',
  );
const keyOrder = <T extends { indicator_id: string; year: number; jurisdiction_id: string }>(rows: T[]) =>
  [...rows].sort(
    (a, b) =>
      (a.indicator_id < b.indicator_id ? -1 : a.indicator_id > b.indicator_id ? 1 : 0) ||
      a.year - b.year ||
      (a.jurisdiction_id < b.jurisdiction_id ? -1 : a.jurisdiction_id > b.jurisdiction_id ? 1 : 0),
  );

// Jurisdiction-major, as uploads and the bundled files list them: the opposite of the kept order.
const SHUFFLED = [
  o('wuxing', 2023, 'proposals_filed', 5),
  o('jiaxing', 2021, 'proposals_answered', 3),
  o('jiaxing', 2023, 'proposals_filed', 4),
  o('wuxing', 2021, 'proposals_answered', 2),
  o('jiaxing', 2022, 'proposals_filed', 1),
  o('wuxing', 2022, 'proposals_answered', 6),
];

describe('observations are kept in indicator, year, jurisdiction order', () => {
  it('after loading CSV files (bundled or published)', async () => {
    const db = await engineWith(fixtureTexts(SHUFFLED));
    const rows = await physicalOrder(db);
    expect(rows).toHaveLength(SHUFFLED.length);
    expect(rows).toEqual(keyOrder(rows));
    expect(rows[0]).toEqual({ indicator_id: 'proposals_answered', year: 2021, jurisdiction_id: 'jiaxing' });
    await db.close();
  });

  it('after a commit, in the engine and in the saved version, which reopens in that order', async () => {
    const t = await openTestDataset();
    await t.dataset.stage(SHUFFLED);
    const record = await t.dataset.commit({
      mode: 'merge',
      fileName: 'x.csv',
      newJurisdictions: [],
      newIndicators: [],
    });
    const inEngine = await physicalOrder(t.connector);
    expect(inEngine.length).toBeGreaterThan(BASE_ROWS.length);
    expect(inEngine).toEqual(keyOrder(inEngine));

    const saved = await t.store.readSnapshot(record.id);
    expect(saved.tables.kind).toBe('arrow');
    const reopened = await createNodeConnector();
    await loadStoredTables(reopened, saved.tables);
    expect(await physicalOrder(reopened)).toEqual(inEngine);
    await reopened.close();
    await t.raw.close();
  });

  it('a commit whose rewrite in order fails changes nothing: engine, order and storage as before', async () => {
    const exactly = new RegExp(`^${REORDER_OBSERVATIONS_SQL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const t = await openTestDataset({ wrap: (c) => failingOn(c, exactly) });
    const before = { rows: await observationsOf(t.connector), order: await physicalOrder(t.connector) };
    await t.dataset.stage(SHUFFLED);
    await expect(
      t.dataset.commit({ mode: 'merge', fileName: 'x.csv', newJurisdictions: [], newIndicators: [] }),
    ).rejects.toThrow(/injected/);
    expect(await observationsOf(t.connector)).toEqual(before.rows);
    expect(await physicalOrder(t.connector)).toEqual(before.order);
    expect(await t.store.list()).toEqual([]);
    await t.raw.close();
  });
});
