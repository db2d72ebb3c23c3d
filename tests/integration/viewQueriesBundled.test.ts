import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { readBundledTexts } from '../../src/data/bundledFilesNode';
import { fetchMatrix } from '../../src/views/matrix/matrixQuery';
import { fetchProfile } from '../../src/views/profile/profileQuery';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { fetchTrend } from '../../src/views/trend/trendQuery';
import { engineWith } from '../support/nodeEngine';

describe('view queries on the bundled dataset', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await engineWith(readBundledTexts());
  });
  afterAll(() => db.close());

  it('ranking: 2022 filed proposals, Jiaxing first with 369, no-data last', async () => {
    const rows = await fetchRanking(db, { indicatorId: 'proposals_filed', year: 2022 });
    expect(rows.map((r) => [r.jurisdiction_id, r.value, r.rank])).toEqual([
      ['jiaxing', 369, 1],
      ['wuxing', 98, 2],
      ['hezhou', 74, 3],
      ['hangzhou-jiusan', null, null],
      ['shengzhou', null, null],
    ]);
  });

  it.each([
    { indicatorId: 'proposals_answer_rate', jurisdictions: ['jiaxing', 'wuxing'] },
    { indicatorId: 'info_national_adoption_rate', jurisdictions: ['hangzhou-jiusan', 'jiaxing', 'wuxing'] },
  ])(
    'ranking: derived rate $indicatorId is computable for $jurisdictions',
    async ({ indicatorId, jurisdictions }) => {
      const rows = await fetchRanking(db, { indicatorId, year: 2022 });
      const withValue = rows.filter((r) => r.value !== null);
      expect(withValue.map((r) => r.jurisdiction_id).sort()).toEqual(jurisdictions);
      for (const r of withValue) expect(r.value).toBeCloseTo((100 * r.numerator!) / r.denominator!, 9);
    },
  );

  it('trend: one year per jurisdiction today', async () => {
    const points = await fetchTrend(db, { indicatorId: 'proposals_filed' });
    expect(points.map((p) => [p.jurisdiction_id, p.year, p.value])).toEqual([
      ['hezhou', 2022, 74],
      ['jiaxing', 2022, 369],
      ['wuxing', 2022, 98],
    ]);
  });

  it('matrix latest: Shengzhou’s cells are 2024, the others 2022', async () => {
    const cells = await fetchMatrix(db, { year: null });
    const yearsOf = (id: string) => [
      ...new Set(cells.filter((c) => c.jurisdiction_id === id).map((c) => c.year)),
    ];
    expect(yearsOf('shengzhou')).toEqual([2024]);
    for (const id of ['jiaxing', 'wuxing', 'hezhou', 'hangzhou-jiusan']) expect(yearsOf(id)).toEqual([2022]);
    // Every observation plus the 12 computable rates listed in data/README.md.
    expect(cells.length).toBe(189 + 12);
  });

  it('matrix 2024: only Shengzhou', async () => {
    const cells = await fetchMatrix(db, { year: 2024 });
    expect(new Set(cells.map((c) => c.jurisdiction_id))).toEqual(new Set(['shengzhou']));
    // One body has nobody to be ranked against; a not-comparable figure has no rank at all.
    expect(
      cells.every((c) =>
        c.comparable === 'no' ? c.rank === null && c.reporters === 0 : c.rank === 1 && c.reporters === 1,
      ),
    ).toBe(true);
  });

  it('profile: Jiaxing has its 60 figures plus rates, each with its quote and report title', async () => {
    const rows = await fetchProfile(db, { jurisdictionId: 'jiaxing' });
    const stored = rows.filter((r) => r.numerator === null);
    expect(stored).toHaveLength(60);
    for (const r of stored) {
      expect(r.quote).toBeTruthy();
      expect(r.title_zh).toBe('中国人民政治协商会议第九届嘉兴市委员会常务委员会工作报告');
    }
    expect(rows.find((r) => r.indicator_id === 'proposals_filed')).toMatchObject({
      value: 369,
      rank: 1,
      peers: 3,
      quote: expect.stringContaining('369'),
    });
  });
});
