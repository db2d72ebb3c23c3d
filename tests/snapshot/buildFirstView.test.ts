import { describe, expect, it } from 'vitest';
import { buildFirstView, byRecency } from '../../src/snapshot/buildFirstView';
import { buildQuerySnapshot } from '../../src/snapshot/buildQuerySnapshot';
import { snapshotEntryKey } from '../../src/snapshot/querySnapshot';
import { fixtureTexts, observation as o } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

// Two indicators over three years (the answer rate derived from them adds a third): small enough that
// the full snapshot is a handful of queries.
const ROWS = [2020, 2021, 2022].flatMap((year, i) => [
  o('jiaxing', year, 'proposals_filed', 300 + i),
  o('jiaxing', year, 'proposals_answered', 290 + i),
  o('wuxing', year, 'proposals_filed', 90 + i, { qualifier: 'at_least' }),
]);

describe('first view of a saved version', () => {
  it.each([
    {
      name: 'one indicator',
      pairs: [
        ['a', 2020],
        ['a', 2022],
        ['a', 2021],
      ],
      out: [
        ['a', 2022],
        ['a', 2021],
        ['a', 2020],
      ],
    },
    {
      name: 'latest years of all indicators first, then earlier ones',
      pairs: [
        ['a', 2020],
        ['a', 2022],
        ['b', 2019],
        ['b', 2021],
        ['c', 2022],
      ],
      out: [
        ['a', 2022],
        ['b', 2021],
        ['c', 2022],
        ['a', 2020],
        ['b', 2019],
      ],
    },
    {
      name: "each body's latest year before any single year",
      pairs: [
        ['a', 2021],
        ['a', 'latest'],
        ['a', 2022],
      ],
      out: [
        ['a', 'latest'],
        ['a', 2022],
        ['a', 2021],
      ],
    },
    { name: 'nothing', pairs: [], out: [] },
  ])('byRecency: $name', ({ pairs, out }) => {
    expect(byRecency(pairs)).toEqual(out);
  });

  it('holds the same results as the build-time snapshot, within its row budget, latest years first', async () => {
    const db = await engineWith(fixtureTexts(ROWS));
    const full = await buildQuerySnapshot(db);
    const whole = await buildFirstView(db, full.dataVersion, Infinity);
    // Unbounded, it is the build-time snapshot itself: same keys, same results.
    expect(whole).toEqual(full);

    // The landing view's result comes first; one row beyond it buys one ranking.
    const overviewKey = snapshotEntryKey('overview', []);
    const overview = full.entries[overviewKey];
    const overviewRows = Array.isArray(overview) ? overview.length : 1;
    const small = await buildFirstView(db, full.dataVersion, overviewRows + 1);
    const keys = Object.keys(small.entries);
    expect(keys).toHaveLength(3);
    expect(small.entries[snapshotEntryKey('catalog', [])]).toEqual(
      full.entries[snapshotEntryKey('catalog', [])],
    );
    expect(small.entries[overviewKey]).toEqual(overview);
    // The one ranking kept is an indicator's default opening (each body's latest year), with the
    // build-time result.
    const rankingKey = keys.find((k) => (JSON.parse(k) as string[])[0] === 'ranking')!;
    const ranking = JSON.parse(rankingKey) as [string, string, number | 'latest'];
    expect(ranking[2]).toBe('latest');
    expect(small.entries[rankingKey]).toEqual(full.entries[rankingKey]);
    await db.close();
  });
});
