import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { fetchMatrix } from '../../src/views/matrix/matrixQuery';
import { fetchOverview } from '../../src/views/overview/overviewQuery';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { FIXTURE_INDICATORS, fixtureTexts, indicator, observation as o } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

// The two queries that rank each body's own latest figure (the ranking's "latest" fallback and the
// overview). Each datum below tells the right SQL from a planted bug (scripts/mutation/sqlMutants.ts):
// a tie followed by a lower value (RANK, not DENSE_RANK), a body whose oldest figure would rank
// differently from its latest one, a body with no figure, a "lower is better" indicator, a ≥ figure,
// a body whose latest year differs between indicators, and an indicator only one body reports.
const OBSERVATIONS = [
  // proposals_filed, higher is better; latest figures: jiaxing 40 (2022), wuxing 40 (2022),
  // hezhou 30 (2021), hangzhou-jiusan ≥5 (2024); shengzhou reports none
  o('jiaxing', 2021, 'proposals_filed', 10),
  o('jiaxing', 2022, 'proposals_filed', 40),
  o('wuxing', 2022, 'proposals_filed', 40),
  o('hezhou', 2020, 'proposals_filed', 90),
  o('hezhou', 2021, 'proposals_filed', 30),
  o('hangzhou-jiusan', 2024, 'proposals_filed', 5, { qualifier: 'at_least' }),
  // late_replies, lower is better; hezhou's latest year here (2023) is later than for proposals_filed
  o('jiaxing', 2022, 'late_replies', 3),
  o('wuxing', 2022, 'late_replies', 1),
  o('hezhou', 2023, 'late_replies', 7),
  // reported by one body only: no overview entry
  o('shengzhou', 2022, 'sessions_held', 4),
];
const INDICATORS = [
  ...FIXTURE_INDICATORS,
  indicator('late_replies', '逾期答复', { better: 'lower' }),
  indicator('sessions_held', '召开会议'),
];

describe('rankings of each body’s latest figure (ranking “latest”, overview)', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await engineWith(fixtureTexts(OBSERVATIONS, { indicators: INDICATORS }));
  });
  afterAll(() => db.close());

  it.each([
    {
      name: 'each body’s latest year, a tie skips the next rank (1, 1, 3), bodies without a figure last',
      indicatorId: 'proposals_filed',
      expected: [
        ['jiaxing', 2022, 40, 'exact', 1],
        ['wuxing', 2022, 40, 'exact', 1],
        ['hezhou', 2021, 30, 'exact', 3],
        ['hangzhou-jiusan', 2024, 5, 'at_least', 4],
        ['shengzhou', null, null, null, null],
      ],
    },
    {
      name: '“lower is better” ranks the smallest latest figure first',
      indicatorId: 'late_replies',
      expected: [
        ['wuxing', 2022, 1, 'exact', 1],
        ['jiaxing', 2022, 3, 'exact', 2],
        ['hezhou', 2023, 7, 'exact', 3],
        ['hangzhou-jiusan', null, null, null, null],
        ['shengzhou', null, null, null, null],
      ],
    },
  ])('ranking latest: $name', async ({ indicatorId, expected }) => {
    const rows = await fetchRanking(db, { indicatorId, year: 'latest' });
    expect(rows.map((r) => [r.jurisdiction_id, r.year, r.value, r.qualifier, r.rank])).toEqual(expected);
    expect(rows.every((r) => r.prev_rank === null && r.prev_year === null)).toBe(true);
  });

  it('overview: each body’s latest figure per indicator, ranked in the indicator’s direction with ties (1, 1, 3), counted per indicator, single-reporter indicators left out', async () => {
    const rows = await fetchOverview(db);
    expect(
      rows.map((r) => [r.indicator_id, r.jurisdiction_id, r.year, r.value, r.qualifier, r.rank, r.reporters]),
    ).toEqual([
      ['late_replies', 'wuxing', 2022, 1, 'exact', 1, 3],
      ['late_replies', 'jiaxing', 2022, 3, 'exact', 2, 3],
      ['late_replies', 'hezhou', 2023, 7, 'exact', 3, 3],
      ['proposals_filed', 'jiaxing', 2022, 40, 'exact', 1, 4],
      ['proposals_filed', 'wuxing', 2022, 40, 'exact', 1, 4],
      ['proposals_filed', 'hezhou', 2021, 30, 'exact', 3, 4],
      ['proposals_filed', 'hangzhou-jiusan', 2024, 5, 'at_least', 4, 4],
    ]);
  });
});

// The matrix without a chosen year ranks each indicator's latest year when two or more bodies report
// it then — the year the ranking it drills into shows — not each body's own latest figure. Here hezhou
// reports only an earlier, higher figure: by "latest" it would come first and push the others down
// (the SQL mutant matrix-default-is-latest).
describe('matrix default comparison: the latest year two bodies report, not each body’s latest', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await engineWith(
      fixtureTexts([
        o('jiaxing', 2022, 'proposals_filed', 40),
        o('wuxing', 2022, 'proposals_filed', 30),
        o('hezhou', 2021, 'proposals_filed', 90),
      ]),
    );
  });
  afterAll(() => db.close());

  it('ranks the 2022 figures only (1st and 2nd of 2), as the 2022 ranking does; hezhou’s 2021 figure is left out', async () => {
    const cells = (await fetchMatrix(db, { year: null })).filter((c) => c.indicator_id === 'proposals_filed');
    expect(cells.map((c) => [c.jurisdiction_id, c.year, c.value, c.rank, c.reporters])).toEqual([
      ['jiaxing', 2022, 40, 1, 2],
      ['wuxing', 2022, 30, 2, 2],
    ]);
    const ranking = await fetchRanking(db, { indicatorId: 'proposals_filed', year: 2022 });
    expect(ranking.filter((r) => r.rank !== null).map((r) => [r.jurisdiction_id, r.rank])).toEqual(
      cells.map((c) => [c.jurisdiction_id, c.rank]),
    );
  });
});
