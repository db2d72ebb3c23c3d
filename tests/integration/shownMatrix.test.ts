import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { Indicator } from '../../src/data/schema';
import type { Connector } from '../../src/engine/connector';
import { fetchCatalog, fetchCatalogWithYears } from '../../src/queries/catalog';
import { matrixInput } from '../../src/views/matrix/matrixModel';
import { fetchMatrix, fetchShownMatrix, MAX_MATRIX_ROWS } from '../../src/views/matrix/matrixQuery';
import { modelCatalog } from '../../src/views/viewModel';
import { FIXTURE_JURISDICTIONS, fixtureTexts, indicator, observation } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

/** Generous: hundreds of queries per case, on a machine others share. */
const SLOW = 600_000;

/**
 * The matrix query picks the indicators it draws itself (`fetchShownMatrix`), so that only they are
 * ranked and sent. The reference is the whole matrix (`fetchMatrix`) cut by the model's own rule
 * (`matrixInput` → matrixIndicators): the same cells in the same order, the same rows, the same count.
 */
async function expectSameAsReference(
  db: Connector,
  year: number | null,
  selected: readonly string[],
  category: string | null,
) {
  const maps = modelCatalog(await fetchCatalog(db));
  const state = { year: year ?? ('latest' as const), category, selected, compact: false };
  const reference = matrixInput(state, await fetchMatrix(db, { year }), maps, 'zh');
  const shown = await fetchShownMatrix(db, { year, selected, category });
  const fromShown = matrixInput(state, shown.cells, maps, 'zh', shown.indicatorsTotal);
  const what = `year ${year}, category ${category}, selected ${selected.join(',')}`;
  expect(
    fromShown.indicators.map((i) => i.id),
    what,
  ).toEqual(reference.indicators.map((i) => i.id));
  expect(fromShown.totalIndicators, what).toBe(reference.totalIndicators);
  expect(fromShown.cells, what).toEqual(reference.cells);
  // Nothing is sent that is not drawn.
  expect(shown.cells.length, what).toBe(reference.cells.length);
}

describe('the shown matrix equals the whole matrix cut by the model’s rule', () => {
  describe('bundled data: every year and the default × selections × categories', () => {
    let db: Connector;
    beforeAll(async () => {
      db = await engineWith(readBundledTexts());
    }, SLOW);
    afterAll(() => db.close());

    it(
      'every case',
      async () => {
        const catalog = await fetchCatalogWithYears(db);
        const all = catalog.jurisdictions.map((j) => j.id);
        const selections = [all, all.slice(0, 2), all.slice(1, 2), [...all].reverse().slice(0, 3)];
        const years = [null, ...new Set(catalog.years.map((y) => y.year))];
        const categories = [null, ...catalog.categories.map((c) => c.id), 'no_such_category'];
        for (const year of years)
          for (const selected of selections)
            for (const category of categories) await expectSameAsReference(db, year, selected, category);
      },
      SLOW,
    );
  });

  // More indicators than the matrix draws, in categories and sort orders that tie, with ids whose
  // code-point and locale orders differ ("a_1" / "a1"): which 80 are drawn, and in what order, must agree.
  const ALL_BODIES = FIXTURE_JURISDICTIONS.map((j) => j.id);
  const indicatorIds = fc.uniqueArray(fc.stringMatching(/^[a-c][a-c0-9_]{0,3}$/), {
    minLength: MAX_MATRIX_ROWS + 10,
    maxLength: MAX_MATRIX_ROWS + 60,
  });
  const dataset = indicatorIds.chain((ids) =>
    fc.record({
      indicators: fc.tuple(
        ...ids.map((id) =>
          fc
            .record({
              category: fc.constantFrom('proposals', 'meetings', 'uncatalogued'),
              sort_order: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 3 }),
            })
            .map((x): Indicator => indicator(id, `指标${id}`, x)),
        ),
      ),
      // Each indicator reported by a random group of bodies in one or both years: dense enough that
      // more than 80 indicators often qualify, so the cap and its ties are exercised.
      // Each body its own years, so an indicator's latest year often leaves out a body whose latest is
      // earlier: the default comparison (that year) and each body's latest then differ.
      reports: fc.tuple(
        ...ids.map(() =>
          fc.tuple(
            ...ALL_BODIES.map(() => fc.constantFrom<number[]>([], [2021], [2022], [2021, 2022], [2022])),
          ),
        ),
      ),
      selected: fc.oneof(fc.constant(ALL_BODIES), fc.constant(ALL_BODIES), fc.subarray(ALL_BODIES)),
      category: fc.constantFrom(null, null, 'proposals', 'meetings'),
      year: fc.constantFrom(null, null, 2021, 2022),
    }),
  );

  it(
    'past the cap, every tie on category and sort order is decided by id, as the model decides it',
    async () => {
      // 100 indicators reported by every body: "a_1" sorts before "a1" by locale, after it by code point.
      const ids = Array.from({ length: 100 }, (_, n) => (n % 2 ? `a${n}` : `a_${n}`));
      const indicators = ids.map((id, n) => indicator(id, `指标${id}`, { sort_order: n % 3 ? null : 1 }));
      const observations = ids.flatMap((id, n) => ALL_BODIES.map((j, k) => observation(j, 2022, id, n + k)));
      const db = await engineWith(fixtureTexts(observations, { indicators }));
      try {
        for (const year of [null, 2022]) await expectSameAsReference(db, year, ALL_BODIES, null);
        const shown = await fetchShownMatrix(db, { year: 2022, selected: ALL_BODIES, category: null });
        expect(shown.indicatorsTotal).toBe(100);
        expect(new Set(shown.cells.map((c) => c.indicator_id)).size).toBe(MAX_MATRIX_ROWS);
      } finally {
        await db.close();
      }
    },
    SLOW,
  );

  it(
    'random catalogs of 90–140 indicators: the cap, the order and the count agree',
    async () => {
      await fc.assert(
        fc.asyncProperty(dataset, async ({ indicators, reports, selected, category, year }) => {
          const observations = reports.flatMap((byBody, i) =>
            byBody.flatMap((years, k) =>
              years.map((y) => observation(ALL_BODIES[k]!, y, indicators[i]!.id, i + k)),
            ),
          );
          const db = await engineWith(fixtureTexts(observations, { indicators }));
          try {
            await db.query(
              "INSERT INTO categories VALUES ('meetings', '会议', 'Meetings', NULL), ('uncounted', '其他', 'Other', 0)",
            );
            await expectSameAsReference(db, year, selected, category);
          } finally {
            await db.close();
          }
        }),
        { numRuns: 15 },
      );
    },
    SLOW,
  );
});
