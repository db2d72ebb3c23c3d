import { describe, expect, it } from 'vitest';
import {
  buildFirstView,
  byRecency,
  firstViewOrder,
  openingRankings,
} from '../../src/snapshot/buildFirstView';
import { fetchCatalogWithYears } from '../../src/queries/catalog';
import { buildQuerySnapshot } from '../../src/snapshot/buildQuerySnapshot';
import { snapshotEntryKey } from '../../src/snapshot/querySnapshot';
import { SNAPSHOT_QUERIES } from '../../src/snapshot/snapshotQueries';
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

  it.each([
    {
      name: 'openings first, in their order, then the rest by recency',
      pairs: [
        ['a', 2021],
        ['a', 2022],
        ['a', 'latest'],
        ['b', 2020],
        ['b', 'latest'],
      ],
      openings: [
        ['b', 2020],
        ['a', 2022],
      ],
      out: [
        ['b', 2020],
        ['a', 2022],
        ['a', 'latest'],
        ['b', 'latest'],
        ['a', 2021],
      ],
    },
    {
      name: 'an opening the query does not offer is not invented',
      pairs: [['a', 2021]],
      openings: [
        ['z', 2022],
        ['a', 2021],
      ],
      out: [['a', 2021]],
    },
    {
      name: 'a query without those parameters keeps its own order',
      pairs: [[]],
      openings: [['a', 2022]],
      out: [[]],
    },
  ])('firstViewOrder: $name', ({ pairs, openings, out }) => {
    expect(firstViewOrder(pairs, openings)).toEqual(out);
  });

  it("opens each indicator where the ranking opens it: the default indicator first, in its last year or on each body's latest", async () => {
    // proposals_answered: two bodies report it, but only jiaxing in its last year (2022), so its ranking
    // opens on each body's latest year (the fallback); proposals_filed has two bodies in 2022.
    const db = await engineWith(fixtureTexts([...ROWS, o('wuxing', 2021, 'proposals_answered', 80)]));
    const catalog = await fetchCatalogWithYears(db);
    const openings = openingRankings(catalog);
    expect(openings[0]).toEqual(['proposals_filed', 2022]);
    expect(openings).toContainEqual(['proposals_answered', 'latest']);
    // The answer rate (derived) opens on its own entry, as the rate side of its pair.
    expect(openings.filter((p) => p[0] === 'proposals_answer_rate')).toHaveLength(1);
    expect(openings).toHaveLength(3);
    // Each is a ranking the snapshot's own query list offers.
    const offered = new Set(
      SNAPSHOT_QUERIES.find((q) => q.name === 'ranking')!
        .params(catalog)
        .map((p) => JSON.stringify(p)),
    );
    for (const pair of openings) expect(offered).toContain(JSON.stringify(pair));
    await db.close();
  });

  it('holds the same results as the build-time snapshot; within its row budget, the default ranking first', async () => {
    const db = await engineWith(fixtureTexts(ROWS));
    const full = await buildQuerySnapshot(db);
    const whole = await buildFirstView(db, full.dataVersion, Infinity);
    // Unbounded, it is the build-time snapshot itself: same keys, same results.
    expect(whole).toEqual(full);

    // The landing view is kept whole whatever the budget (at a million rows the overview alone
    // outgrew it and no ranking was stored); a budget of one row buys one ranking.
    const overviewKey = snapshotEntryKey('overview', []);
    const overview = full.entries[overviewKey];
    expect(Array.isArray(overview) && overview.length).toBeGreaterThan(1);
    const small = await buildFirstView(db, full.dataVersion, 1);
    const keys = Object.keys(small.entries);
    expect(keys).toHaveLength(3);
    expect(small.entries[snapshotEntryKey('catalog', [])]).toEqual(
      full.entries[snapshotEntryKey('catalog', [])],
    );
    expect(small.entries[overviewKey]).toEqual(overview);
    // The one ranking kept is what ?view=ranking opens on (the default indicator in its last year,
    // which two bodies report), with the build-time result.
    const rankingKey = snapshotEntryKey('ranking', ['proposals_filed', 2022]);
    expect(keys).toContain(rankingKey);
    expect(small.entries[rankingKey]).toEqual(full.entries[rankingKey]);
    await db.close();
  });
});
