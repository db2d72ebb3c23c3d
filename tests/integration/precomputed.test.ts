import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Comparable, Observation, Qualifier } from '../../src/data/schema';
import { loadTablesFromCsv } from '../../src/data/tables';
import type { Connector } from '../../src/engine/connector';
import { fetchCatalogWithYears } from '../../src/queries/catalog';
import { DEFAULT_COMPARISON_SQL, DEFAULT_COMPARISON_TABLE } from '../../src/queries/precomputed';
import type { CommitMode } from '../../src/storage/commitMode';
import { createMemoryVersionStore } from '../../src/storage/memoryVersionStore';
import { fetchMatrix, fetchShownMatrix } from '../../src/views/matrix/matrixQuery';
import { fetchOverview } from '../../src/views/overview/overviewQuery';
import { fetchProfile } from '../../src/views/profile/profileQuery';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS, fixtureTexts, indicator } from '../support/fixture';
import { failingOn, openTestDataset, type TestDataset } from '../storage/storageFixture';

/**
 * The default comparison is precomputed into a table after every change of the data is committed
 * (src/queries/precomputed.ts). Every view that reads it must give what it would give if the comparison
 * were computed on the spot from the data then in the engine, after each way the app changes the data:
 * the bundled data opened, a load from files (Node commands), a stored version reopened, undo, each
 * commit mode, a rolled-back commit, and a rebuild that fails. "On the spot" swaps the table for a view
 * of the same definition. The changes go through the app's own code (openDataset, DatasetManager).
 */
const SLOW = 600_000;

const LOWER = indicator('response_days', '答复天数', { better: 'lower' });
const PARTLY = indicator('visits', '走访', { comparable: 'partly', comparability_zh: '口径不同' });
const INDICATORS = [...FIXTURE_INDICATORS, LOWER, PARTLY];
const BODIES = FIXTURE_JURISDICTIONS.map((j) => j.id);

/** Every result that reads the precomputed comparison, for every body and a few column choices. */
async function precomputedViews(db: Connector): Promise<Map<string, unknown>> {
  const catalog = await fetchCatalogWithYears(db);
  const out = new Map<string, unknown>();
  out.set('overview', await fetchOverview(db));
  out.set('matrix default', await fetchMatrix(db, { year: null }));
  const columnSets = [BODIES, BODIES.slice(0, 2), BODIES.slice(1).reverse()];
  const categories = [null, ...new Set(INDICATORS.map((i) => i.category))];
  for (const selected of columnSets)
    for (const category of categories)
      out.set(
        `shown matrix ${selected.join(',')} ${category}`,
        await fetchShownMatrix(db, { year: null, selected, category }),
      );
  for (const j of catalog.jurisdictions)
    out.set(`profile ${j.id}`, await fetchProfile(db, { jurisdictionId: j.id }));
  return out;
}

/** The same results with the comparison computed from the engine's current data, then the table back. */
async function computedOnTheSpot(db: Connector): Promise<Map<string, unknown>> {
  await db.query(`ALTER TABLE ${DEFAULT_COMPARISON_TABLE} RENAME TO kept_comparison`);
  try {
    await db.query(`CREATE VIEW ${DEFAULT_COMPARISON_TABLE} AS ${DEFAULT_COMPARISON_SQL}`);
    return await precomputedViews(db);
  } finally {
    await db.query(`DROP VIEW IF EXISTS ${DEFAULT_COMPARISON_TABLE}`);
    await db.query(`ALTER TABLE kept_comparison RENAME TO ${DEFAULT_COMPARISON_TABLE}`);
  }
}

const comparisonKind = async (db: Connector) =>
  (
    await db.query<{ kind: string }>(
      'SELECT table_type AS kind FROM information_schema.tables WHERE table_name = $1',
      [DEFAULT_COMPARISON_TABLE],
    )
  ).map((r) => r.kind);

async function expectFresh(db: Connector) {
  // a table (the rebuild ran), unless a test made the rebuild fail
  expect(await comparisonKind(db)).toEqual(['BASE TABLE']);
  const kept = await precomputedViews(db);
  const fresh = await computedOnTheSpot(db);
  expect([...kept.keys()]).toEqual([...fresh.keys()]);
  for (const [key, rows] of fresh) expect(kept.get(key), key).toEqual(rows);
  return kept;
}

// Random figures with what makes the default comparison hard: ties, at-least and approximate figures,
// a lower-is-better indicator, per-figure comparability, bodies missing from an indicator's latest year.
const observationArb = fc.record({
  jurisdiction_id: fc.constantFrom(...BODIES),
  year: fc.integer({ min: 2019, max: 2023 }),
  indicator_id: fc.constantFrom(...INDICATORS.filter((i) => !i.numerator_id).map((i) => i.id)),
  value: fc.integer({ min: 0, max: 4 }),
  qualifier: fc.constantFrom<Qualifier>('exact', 'exact', 'at_least', 'approx'),
  comparable: fc.constantFrom<Comparable | null>(null, null, 'yes', 'partly', 'no'),
});
const datasetArb = fc.uniqueArray(observationArb, {
  minLength: 1,
  maxLength: 30,
  selector: (o) => `${o.jurisdiction_id}|${o.year}|${o.indicator_id}`,
});
type Row = typeof observationArb extends fc.Arbitrary<infer T> ? T : never;

function observations(rows: readonly Row[]): Observation[] {
  return rows.map((r) => {
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
}

const texts = (rows: readonly Row[]) => fixtureTexts(observations(rows), { indicators: INDICATORS });

/** The app's dataset with `rows` as its bundled data (openDataset: a load in a transaction, then the rebuild). */
const open = (rows: readonly Row[], options: Parameters<typeof openTestDataset>[0] = {}) =>
  openTestDataset({ bundled: texts(rows), ...options });

const commit = (t: TestDataset, rows: readonly Row[], mode: CommitMode) =>
  t.dataset
    .stage(observations(rows))
    .then(() => t.dataset.commit({ mode, fileName: 'after.csv', newJurisdictions: [], newIndicators: [] }));

/**
 * How the app changes the data in the engine, from `before` to `after` (or back to `before` where the
 * change fails), each through its own code; each gives the dataset to check.
 */
const CHANGES: {
  name: string;
  change: (before: Row[], after: Row[]) => Promise<TestDataset>;
}[] = [
  { name: 'the bundled data opened', change: (_before, after) => open(after) },
  {
    name: 'loaded from files outside a transaction (publish-data, the build)',
    change: async (before, after) => {
      const t = await open(before);
      await loadTablesFromCsv(t.connector, texts(after));
      return t;
    },
  },
  {
    name: 'a stored version reopened on the next visit',
    change: async (before, after) => {
      const store = createMemoryVersionStore();
      const first = await open(before, { store });
      await commit(first, after, 'replace_all');
      await first.raw.close();
      return open(before, { store });
    },
  },
  {
    name: 'undo back to the bundled data',
    change: async (before, after) => {
      const t = await open(after);
      await commit(t, before, 'replace_all');
      await t.dataset.switchTo(null);
      return t;
    },
  },
  ...(['merge', 'replace_slices', 'replace_all'] as const).map((mode) => ({
    name: `a commit (${mode})`,
    change: async (before: Row[], after: Row[]) => {
      const t = await open(before);
      await commit(t, after, mode);
      return t;
    },
  })),
  {
    name: 'a rolled-back commit leaves the comparison of the data kept',
    change: async (before, after) => {
      const t = await open(before, { wrap: (c) => failingOn(c, /^INSERT INTO observations/) });
      await expect(commit(t, after, 'replace_all')).rejects.toThrow(/injected/);
      return t;
    },
  },
];

describe('the precomputed default comparison is never stale', () => {
  // Two hand-made datasets: the second changes who leads and which year an indicator compares.
  const BEFORE: Row[] = [
    {
      jurisdiction_id: BODIES[0]!,
      year: 2022,
      indicator_id: 'proposals_filed',
      value: 3,
      qualifier: 'exact',
      comparable: null,
    },
    {
      jurisdiction_id: BODIES[1]!,
      year: 2022,
      indicator_id: 'proposals_filed',
      value: 2,
      qualifier: 'at_least',
      comparable: null,
    },
    {
      jurisdiction_id: BODIES[2]!,
      year: 2021,
      indicator_id: 'response_days',
      value: 4,
      qualifier: 'exact',
      comparable: null,
    },
  ];
  const AFTER: Row[] = [
    {
      jurisdiction_id: BODIES[1]!,
      year: 2023,
      indicator_id: 'proposals_filed',
      value: 4,
      qualifier: 'exact',
      comparable: null,
    },
    {
      jurisdiction_id: BODIES[0]!,
      year: 2022,
      indicator_id: 'response_days',
      value: 1,
      qualifier: 'exact',
      comparable: 'no',
    },
    {
      jurisdiction_id: BODIES[2]!,
      year: 2022,
      indicator_id: 'response_days',
      value: 2,
      qualifier: 'approx',
      comparable: null,
    },
  ];

  it.each(CHANGES)(
    '$name: every view reads what it would compute on the spot',
    async ({ change }) => {
      const t = await change(BEFORE, AFTER);
      try {
        const results = await expectFresh(t.connector);
        // Not vacuous: the comparison holds figures after every change.
        expect((results.get('matrix default') as unknown[]).length).toBeGreaterThan(0);
      } finally {
        await t.raw.close();
      }
    },
    SLOW,
  );

  it(
    'a rebuild that fails (memory at its limit) leaves a view of the same definition, never the old table',
    async () => {
      // the first rebuild (opening) succeeds; the commit's fails
      const t = await open(BEFORE, {
        wrap: (c) => failingOn(c, /^CREATE TABLE compared_default/, { skip: 1 }),
      });
      try {
        const before = await precomputedViews(t.connector);
        await commit(t, AFTER, 'replace_all');
        expect(await comparisonKind(t.connector)).toEqual(['VIEW']);
        const after = await precomputedViews(t.connector);
        expect(after).not.toEqual(before);
        // what a table rebuilt now would give
        await t.raw.query(`DROP VIEW ${DEFAULT_COMPARISON_TABLE}`);
        await t.raw.query(`CREATE TABLE ${DEFAULT_COMPARISON_TABLE} AS ${DEFAULT_COMPARISON_SQL}`);
        expect(await precomputedViews(t.connector)).toEqual(after);
      } finally {
        await t.raw.close();
      }
    },
    SLOW,
  );

  it(
    'random datasets and changes: every view reads what it would compute on the spot',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          datasetArb,
          datasetArb,
          fc.integer({ min: 0, max: CHANGES.length - 1 }),
          async (before, after, which) => {
            const t = await CHANGES[which]!.change(before, after);
            try {
              await expectFresh(t.connector);
            } finally {
              await t.raw.close();
            }
          },
        ),
        { numRuns: 12 },
      );
    },
    SLOW,
  );
});
