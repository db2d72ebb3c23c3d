import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { Comparable, Observation, Qualifier } from '../../src/data/schema';
import { loadTablesFromCsv } from '../../src/data/tables';
import type { Connector } from '../../src/engine/connector';
import { createNodeConnector } from '../../src/engine/nodeConnector';
import { fetchCatalogWithYears } from '../../src/queries/catalog';
import { fetchMatrix } from '../../src/views/matrix/matrixQuery';
import { fetchOverview } from '../../src/views/overview/overviewQuery';
import { fetchProfile } from '../../src/views/profile/profileQuery';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { fetchTrend } from '../../src/views/trend/trendQuery';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS, fixtureTexts, indicator } from '../support/fixture';

/**
 * Observations are kept in indicator, year, jurisdiction order for speed (src/data/tables.ts). Order is
 * not data: every view query must give the same rows, in the same order, whatever the table's physical
 * order. Each case runs every view on the kept order, then on the table rewritten in another order.
 */
/** A few hundred queries per pass: generous limits, so a loaded machine slows them without failing them. */
const SLOW = 600_000;

const OTHER_ORDERS = [
  { name: 'jurisdiction-major (as files list them)', by: 'jurisdiction_id, year, indicator_id' },
  { name: 'reversed', by: 'indicator_id DESC, year DESC, jurisdiction_id DESC' },
];

/** Every view's result for every indicator, year, basis and jurisdiction the data has. */
async function everyViewResult(db: Connector): Promise<Map<string, unknown>> {
  const catalog = await fetchCatalogWithYears(db);
  const out = new Map<string, unknown>();
  out.set('overview', await fetchOverview(db));
  out.set('matrix default', await fetchMatrix(db, { year: null }));
  for (const year of new Set(catalog.years.map((y) => y.year)))
    out.set(`matrix ${year}`, await fetchMatrix(db, { year }));
  for (const j of catalog.jurisdictions)
    out.set(`profile ${j.id}`, await fetchProfile(db, { jurisdictionId: j.id }));
  for (const i of catalog.indicators) {
    out.set(`trend ${i.id}`, await fetchTrend(db, { indicatorId: i.id }));
    out.set(`ranking ${i.id} latest`, await fetchRanking(db, { indicatorId: i.id, year: 'latest' }));
    for (const y of catalog.years.filter((y) => y.indicator_id === i.id))
      out.set(`ranking ${i.id} ${y.year}`, await fetchRanking(db, { indicatorId: i.id, year: y.year }));
  }
  return out;
}

const reorder = (db: Connector, by: string) =>
  db.query(`CREATE OR REPLACE TABLE observations AS SELECT * FROM observations ORDER BY ${by}`);

describe('view results do not depend on the physical order of observations', () => {
  let db: Connector;
  /** The bundled data's results in the kept order; each case rewrites the table in another order. */
  let kept: Map<string, unknown>;
  beforeAll(async () => {
    db = await createNodeConnector();
    await loadTablesFromCsv(db, readBundledTexts());
    kept = await everyViewResult(db);
  }, SLOW);
  afterAll(() => db.close());

  it.each(OTHER_ORDERS)(
    'bundled data: every indicator × year × basis × view, kept order vs $name',
    async ({ by }) => {
      expect(kept.size).toBeGreaterThan(200);
      await reorder(db, by);
      const other = await everyViewResult(db);
      expect([...other.keys()]).toEqual([...kept.keys()]);
      for (const [key, rows] of kept) expect(other.get(key), key).toEqual(rows);
    },
    SLOW,
  );

  // Random data with what makes ranking hard: ties, at-least and approximate figures, zero denominators
  // (no rate), a lower-is-better indicator, per-figure comparability, bodies missing from some years.
  const LOWER = indicator('response_days', '答复天数', { better: 'lower' });
  const PARTLY = indicator('visits', '走访', { comparable: 'partly', comparability_zh: '口径不同' });
  const INDICATORS = [...FIXTURE_INDICATORS, LOWER, PARTLY];
  const observation = fc.record({
    jurisdiction_id: fc.constantFrom(...FIXTURE_JURISDICTIONS.map((j) => j.id)),
    year: fc.integer({ min: 2019, max: 2023 }),
    indicator_id: fc.constantFrom(...INDICATORS.filter((i) => !i.numerator_id).map((i) => i.id)),
    value: fc.integer({ min: 0, max: 4 }),
    qualifier: fc.constantFrom<Qualifier>('exact', 'exact', 'at_least', 'approx'),
    comparable: fc.constantFrom<Comparable | null>(null, null, 'yes', 'partly', 'no'),
  });
  const dataset = fc.uniqueArray(observation, {
    minLength: 1,
    maxLength: 40,
    selector: (o) => `${o.jurisdiction_id}|${o.year}|${o.indicator_id}`,
  });

  it(
    'random datasets: the same results on the kept order and jurisdiction-major',
    async () => {
      await fc.assert(
        fc.asyncProperty(dataset, async (rows) => {
          // In the table's column order: the fixture writes values in key order.
          const observations: Observation[] = rows.map((r) => {
            const reason = r.comparable === 'no' || r.comparable === 'partly';
            return {
              jurisdiction_id: r.jurisdiction_id,
              year: r.year,
              indicator_id: r.indicator_id,
              value: r.value,
              qualifier: r.qualifier,
              unit: '件',
              source_file: 'fixture.txt',
              quote: `${r.indicator_id} ${r.value}`,
              comparable: r.comparable,
              comparability_zh: reason ? '口径不同' : null,
              comparability_en: reason ? 'defined differently' : null,
            };
          });
          await loadTablesFromCsv(db, fixtureTexts(observations, { indicators: INDICATORS }));
          const kept = await everyViewResult(db);
          await reorder(db, OTHER_ORDERS[0]!.by);
          const other = await everyViewResult(db);
          expect(other).toEqual(kept);
        }),
        { numRuns: 10 },
      );
    },
    SLOW,
  );
});
