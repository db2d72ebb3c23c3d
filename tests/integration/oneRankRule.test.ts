import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSelectionCatalog } from '../../src/app/selectionCatalog';
import { DEFAULT_URL_STATE, resolveSelection } from '../../src/app/urlState';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import type { Connector } from '../../src/engine/connector';
import { fetchCatalogWithYears, type CatalogWithYears } from '../../src/queries/catalog';
import { defaultComparesLatestYear } from '../../src/queries/comparison';
import { fetchMatrix, type MatrixCell } from '../../src/views/matrix/matrixQuery';
import { fetchOverview, type OverviewRow } from '../../src/views/overview/overviewQuery';
import { fetchProfile, type ProfileRow } from '../../src/views/profile/profileQuery';
import { fetchRanking, type RankingRow } from '../../src/views/ranking/rankingQuery';
import { engineWith } from '../support/nodeEngine';

/**
 * One rank rule in every view: for every indicator two or more bodies report, the figure each body
 * shows where the indicator's ranking opens has the same year and rank in the ranking, the matrix (its
 * default), the overview and the body's profile. Table-driven over the bundled data.
 */
describe('one rank rule: ranking, matrix, overview and profile agree on the bundled data', () => {
  let db: Connector;
  let catalog: CatalogWithYears;
  let matrix: MatrixCell[];
  let overview: OverviewRow[];
  const profiles = new Map<string, ProfileRow[]>();
  const rankings = new Map<string, RankingRow[]>();
  const shared: string[] = [];

  beforeAll(async () => {
    db = await engineWith(readBundledTexts());
    catalog = await fetchCatalogWithYears(db);
    const selectionCatalog = buildSelectionCatalog(catalog);
    matrix = await fetchMatrix(db, { year: null });
    overview = await fetchOverview(db);
    for (const j of catalog.jurisdictions)
      profiles.set(j.id, await fetchProfile(db, { jurisdictionId: j.id }));
    for (const r of catalog.reporters) {
      if (r.jurisdictions < 2) continue;
      shared.push(r.indicator_id);
      // The year the app opens this indicator's ranking on, as a link without a year resolves it.
      const selection = resolveSelection(
        { ...DEFAULT_URL_STATE, view: 'ranking', indicator: r.indicator_id },
        selectionCatalog,
      );
      const year = selection.shownIndicator === r.indicator_id ? selection.year : null;
      if (year === null) continue;
      rankings.set(r.indicator_id, await fetchRanking(db, { indicatorId: r.indicator_id, year }));
    }
  });
  afterAll(() => db.close());

  it('covers every indicator two or more bodies report', () => {
    expect(shared.length).toBeGreaterThanOrEqual(20);
    expect([...rankings.keys()].sort()).toEqual([...shared].sort());
  });

  it('the year the app opens a ranking on follows the rule: the latest year when two or more report it, else each body’s latest', async () => {
    for (const id of shared) {
      const years = catalog.years.filter((y) => y.indicator_id === id);
      const last = years.reduce((x, y) => (y.year > x.year ? y : x));
      const all = catalog.reporters.find((r) => r.indicator_id === id)!.jurisdictions;
      const latestOf = new Map(
        (
          await db.query<{ j: string; y: number }>(
            'SELECT jurisdiction_id AS j, max(year) AS y FROM indicator_values WHERE indicator_id = $1 GROUP BY ALL',
            [id],
          )
        ).map((x) => [x.j, x.y]),
      );
      const ranked = rankings.get(id)!.filter((r) => r.value !== null);
      const expected = defaultComparesLatestYear(last.jurisdictions, all)
        ? ranked.map(() => last.year)
        : ranked.map((r) => latestOf.get(r.jurisdiction_id));
      expect(
        ranked.map((r) => r.year),
        id,
      ).toEqual(expected);
      expect(ranked.length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('every figure of every default ranking has the same year and rank in the matrix, overview and profile', () => {
    let checked = 0;
    for (const id of shared) {
      for (const r of rankings.get(id)!.filter((x) => x.value !== null)) {
        const where = `${id} ${r.jurisdiction_id}`;
        const m = matrix.find((c) => c.indicator_id === id && c.jurisdiction_id === r.jurisdiction_id);
        const o = overview.find((c) => c.indicator_id === id && c.jurisdiction_id === r.jurisdiction_id);
        const p = profiles.get(r.jurisdiction_id)!.find((x) => x.indicator_id === id && x.year === r.year);
        const reporters = rankings.get(id)!.filter((x) => x.rank !== null).length;
        expect([m?.year, m?.rank, m?.reporters], `matrix ${where}`).toEqual([r.year, r.rank, reporters]);
        expect([o?.year, o?.rank, o?.reporters], `overview ${where}`).toEqual([r.year, r.rank, reporters]);
        expect([p?.year, p?.rank, p?.peers], `profile ${where}`).toEqual([r.year, r.rank, reporters]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it.each([
    // The case the issue names: the profile said 3rd of 3 (within 2022), the matrix 4th of 4.
    { indicator: 'info_submitted', body: 'hangzhou-jiusan' },
    { indicator: 'proposals_filed', body: 'jiaxing' },
  ])('$indicator / $body: one rank everywhere', ({ indicator, body }) => {
    const ranks = [
      rankings.get(indicator)!.find((r) => r.jurisdiction_id === body)?.rank,
      matrix.find((c) => c.indicator_id === indicator && c.jurisdiction_id === body)?.rank,
      overview.find((c) => c.indicator_id === indicator && c.jurisdiction_id === body)?.rank,
      profiles
        .get(body)!
        .filter((x) => x.indicator_id === indicator)
        .sort((a, b) => b.year - a.year)[0]?.rank,
    ];
    expect(new Set(ranks).size, ranks.join(',')).toBe(1);
    expect(ranks[0]).not.toBeUndefined();
  });

  it('not-comparable indicators have no rank in any view, and their figures are still listed', () => {
    const no = catalog.indicators.filter((i) => i.comparable === 'no' && shared.includes(i.id));
    expect(no.map((i) => i.id).sort()).toEqual(expect.arrayContaining(['donations', 'minsheng_halls']));
    for (const i of no) {
      const listed = rankings.get(i.id)!.filter((r) => r.value !== null);
      expect(listed.length, i.id).toBeGreaterThanOrEqual(2);
      expect(
        listed.every((r) => r.rank === null && r.comparable === 'no'),
        i.id,
      ).toBe(true);
      const cells = matrix.filter((c) => c.indicator_id === i.id);
      expect(cells.length, i.id).toBe(listed.length);
      expect(
        cells.every((c) => c.rank === null && c.reporters === 0),
        i.id,
      ).toBe(true);
      expect(
        overview.filter((c) => c.indicator_id === i.id).every((c) => c.rank === null),
        i.id,
      ).toBe(true);
    }
  });

  it('a figure flagged on its own carries its flag and reason in every view (杭州九三 information items)', () => {
    const r = rankings.get('info_submitted')!.find((x) => x.jurisdiction_id === 'hangzhou-jiusan')!;
    const m = matrix.find(
      (c) => c.indicator_id === 'info_submitted' && c.jurisdiction_id === 'hangzhou-jiusan',
    )!;
    const p = profiles.get('hangzhou-jiusan')!.find((x) => x.indicator_id === 'info_submitted')!;
    for (const x of [r, m, p]) {
      expect(x.comparable).toBe('partly');
      expect(x.comparability_zh).toContain('渠道不限于政协');
      expect(x.rank).not.toBeNull();
    }
    // Its peers inherit the indicator's flag.
    const jiaxing = matrix.find(
      (c) => c.indicator_id === 'info_submitted' && c.jurisdiction_id === 'jiaxing',
    );
    expect(jiaxing?.comparable).toBe('yes');
  });
});
