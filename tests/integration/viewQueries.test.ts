import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { fetchMatrix } from '../../src/views/matrix/matrixQuery';
import { fetchProfile } from '../../src/views/profile/profileQuery';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { fetchTrend } from '../../src/views/trend/trendQuery';
import {
  FIXTURE_INDICATORS,
  FIXTURE_SOURCES,
  fixtureTexts,
  indicator,
  observation as o,
} from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

// Data the bundle does not have: several years, gaps, ties, a "lower is better" indicator.
const OBSERVATIONS = [
  o('jiaxing', 2020, 'proposals_filed', 300, { source_file: 'jx2020.txt' }),
  o('jiaxing', 2022, 'proposals_filed', 369, { source_file: 'jx2022.txt', quote: '立案369件' }),
  o('wuxing', 2021, 'proposals_filed', 98),
  o('wuxing', 2022, 'proposals_filed', 98),
  o('hezhou', 2022, 'proposals_filed', 98, { qualifier: 'at_least' }),
  o('shengzhou', 2024, 'proposals_filed', 55),
  o('jiaxing', 2022, 'proposals_answered', 369, { source_file: 'jx2022.txt' }),
  o('wuxing', 2022, 'proposals_answered', 90),
  o('shengzhou', 2024, 'proposals_answered', 11),
  o('jiaxing', 2022, 'late_replies', 3),
  o('wuxing', 2022, 'late_replies', 1),
  o('hezhou', 2022, 'late_replies', 7),
];

const INDICATORS = [...FIXTURE_INDICATORS, indicator('late_replies', '逾期答复', { better: 'lower' })];
const SOURCES = [
  ...FIXTURE_SOURCES,
  {
    ...FIXTURE_SOURCES[0]!,
    file: 'jx2022.txt',
    year: 2022,
    title_zh: '嘉兴2022年报告',
    title_en: 'Jiaxing 2022',
  },
];

describe('view queries on DuckDB (fixture data with years the bundle does not have)', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await engineWith(fixtureTexts(OBSERVATIONS, { indicators: INDICATORS, sources: SOURCES }));
  });
  afterAll(() => db.close());

  it.each([
    {
      name: 'higher is better: ties share a rank (1, 2, 2); no figure, no rank (NULL, never 0)',
      indicatorId: 'proposals_filed',
      year: 2022,
      expected: [
        ['jiaxing', 1],
        ['hezhou', 2],
        ['wuxing', 2],
        ['hangzhou-jiusan', null],
        ['shengzhou', null],
      ],
    },
    {
      name: 'lower is better ranks the smallest first',
      indicatorId: 'late_replies',
      year: 2022,
      expected: [
        ['wuxing', 1],
        ['jiaxing', 2],
        ['hezhou', 3],
        ['hangzhou-jiusan', null],
        ['shengzhou', null],
      ],
    },
  ])('ranking: $name', async ({ indicatorId, year, expected }) => {
    const rows = await fetchRanking(db, { indicatorId, year });
    expect(rows.map((r) => [r.jurisdiction_id, r.rank])).toEqual(expected);
  });

  it('ranking: previous year is the latest earlier one each jurisdiction has', async () => {
    const rows = await fetchRanking(db, { indicatorId: 'proposals_filed', year: 2022 });
    const prev = Object.fromEntries(rows.map((r) => [r.jurisdiction_id, [r.prev_year, r.prev_rank]]));
    expect(prev).toMatchObject({ jiaxing: [2020, 1], wuxing: [2021, 1], hezhou: [null, null] });
  });

  it('trend: each jurisdiction’s years in order, gaps absent (never 0), qualifiers kept', async () => {
    const points = await fetchTrend(db, { indicatorId: 'proposals_filed' });
    expect(points.map((p) => [p.jurisdiction_id, p.year, p.value, p.qualifier])).toEqual([
      ['hezhou', 2022, 98, 'at_least'],
      ['jiaxing', 2020, 300, 'exact'],
      ['jiaxing', 2022, 369, 'exact'],
      ['shengzhou', 2024, 55, 'exact'],
      ['wuxing', 2021, 98, 'exact'],
      ['wuxing', 2022, 98, 'exact'],
    ]);
  });

  it('trend: a derived rate carries its numerator and denominator', async () => {
    const points = await fetchTrend(db, { indicatorId: 'proposals_answer_rate' });
    expect(points.map((p) => [p.jurisdiction_id, p.year, p.numerator, p.denominator])).toEqual([
      ['jiaxing', 2022, 369, 369],
      ['shengzhou', 2024, 11, 55],
      ['wuxing', 2022, 90, 98],
    ]);
  });

  it.each([
    {
      name: 'one year: only that year’s figures',
      year: 2022 as number | null,
      indicatorId: 'proposals_filed',
      expected: [
        ['jiaxing', 2022, 369, 1, 3],
        ['hezhou', 2022, 98, 2, 3],
        ['wuxing', 2022, 98, 2, 3],
      ],
    },
    {
      name: 'latest: each jurisdiction’s own latest year, ranked together',
      year: null,
      indicatorId: 'proposals_filed',
      expected: [
        ['jiaxing', 2022, 369, 1, 4],
        ['hezhou', 2022, 98, 2, 4],
        ['wuxing', 2022, 98, 2, 4],
        ['shengzhou', 2024, 55, 4, 4],
      ],
    },
    {
      name: 'lower is better inside the matrix too',
      year: 2022,
      indicatorId: 'late_replies',
      expected: [
        ['wuxing', 2022, 1, 1, 3],
        ['jiaxing', 2022, 3, 2, 3],
        ['hezhou', 2022, 7, 3, 3],
      ],
    },
    {
      name: 'a year nobody reports gives no cells',
      year: 1999,
      indicatorId: 'proposals_filed',
      expected: [],
    },
  ])('matrix: $name', async ({ year, indicatorId, expected }) => {
    const cells = (await fetchMatrix(db, { year })).filter((c) => c.indicator_id === indicatorId);
    expect(cells.map((c) => [c.jurisdiction_id, c.year, c.value, c.rank, c.reporters])).toEqual(expected);
  });

  it('profile: every indicator and year of one jurisdiction, rank among peers, quote and report title', async () => {
    const rows = await fetchProfile(db, { jurisdictionId: 'jiaxing' });
    expect(rows.map((r) => [r.indicator_id, r.year, r.value, r.rank, r.peers, r.quote, r.title_zh])).toEqual([
      ['late_replies', 2022, 3, 2, 3, 'late_replies 3', '测试报告'],
      // 2024 has Shengzhou alone: the rankings open on each body's latest year, and so does the profile.
      ['proposals_answer_rate', 2022, 100, 1, 3, null, '嘉兴2022年报告'],
      ['proposals_answered', 2022, 369, 1, 3, 'proposals_answered 369', '嘉兴2022年报告'],
      ['proposals_filed', 2020, 300, 1, 1, 'proposals_filed 300', null],
      ['proposals_filed', 2022, 369, 1, 4, '立案369件', '嘉兴2022年报告'],
    ]);
  });

  it.each(['jiaxing', 'wuxing', 'hezhou', 'shengzhou'])(
    'profile: %s ranks and peer counts agree with the ranking view for every figure',
    async (jurisdictionId) => {
      const rows = await fetchProfile(db, { jurisdictionId });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        // A figure the ranking opens on each body's latest year is ranked there; others within their year.
        const year = row.basis === 'latest' ? 'latest' : row.year;
        const ranking = await fetchRanking(db, { indicatorId: row.indicator_id, year });
        const mine = ranking.find((r) => r.jurisdiction_id === jurisdictionId);
        expect([row.indicator_id, row.year, row.rank]).toEqual([row.indicator_id, row.year, mine?.rank]);
        expect(row.peers).toBe(ranking.filter((r) => r.rank !== null).length);
      }
    },
  );

  it('profile: a jurisdiction without figures has an empty profile', async () => {
    expect(await fetchProfile(db, { jurisdictionId: 'hangzhou-jiusan' })).toEqual([]);
  });

  it('profile: user text is bound, never SQL', async () => {
    expect(await fetchProfile(db, { jurisdictionId: "jiaxing' OR 1=1 --" })).toEqual([]);
  });
});
