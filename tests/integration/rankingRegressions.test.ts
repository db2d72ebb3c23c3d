import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { FIXTURE_INDICATORS, fixtureTexts, indicator, observation as o } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

// Each case here was a planted bug that no other test noticed (issue #16); the fixture holds exactly
// the data that tells the right SQL from the wrong one.
const OBSERVATIONS = [
  // 2020: Jiaxing second; the "previous" rank must come from the latest earlier year (2021), not 2020
  o('jiaxing', 2020, 'proposals_filed', 5),
  o('wuxing', 2020, 'proposals_filed', 50),
  // 2021: a tie at the top, then a lower value (RANK gives 1, 1, 3; DENSE_RANK would give 1, 1, 2)
  o('jiaxing', 2021, 'proposals_filed', 100),
  o('wuxing', 2021, 'proposals_filed', 100),
  o('hezhou', 2021, 'proposals_filed', 50),
  o('jiaxing', 2022, 'proposals_filed', 10),
  o('wuxing', 2022, 'proposals_filed', 20),
  o('hezhou', 2022, 'proposals_filed', 30),
  o('shengzhou', 2022, 'proposals_filed', 40, { qualifier: 'at_least' }),
  o('hangzhou-jiusan', 2022, 'proposals_filed', 0),
  o('jiaxing', 2022, 'proposals_answered', 10),
  o('wuxing', 2022, 'proposals_answered', 18, { qualifier: 'at_least' }),
  o('hezhou', 2022, 'proposals_answered', 30),
  o('shengzhou', 2022, 'proposals_answered', 20),
  o('hangzhou-jiusan', 2022, 'proposals_answered', 0),
  // "lower is better" in two years: the earlier year's order must follow the direction too
  o('jiaxing', 2021, 'late_replies', 1),
  o('wuxing', 2021, 'late_replies', 5),
  o('hezhou', 2021, 'late_replies', 9),
  o('jiaxing', 2022, 'late_replies', 3),
  o('wuxing', 2022, 'late_replies', 2),
  o('hezhou', 2022, 'late_replies', 7),
  // Bodies whose latest earlier years differ: Wuxing's is 2019, where it led; the others' is 2021.
  o('jiaxing', 2019, 'gap_years', 10),
  o('wuxing', 2019, 'gap_years', 30),
  o('hezhou', 2019, 'gap_years', 20),
  o('jiaxing', 2021, 'gap_years', 50),
  o('hezhou', 2021, 'gap_years', 5),
  o('jiaxing', 2022, 'gap_years', 1),
  o('wuxing', 2022, 'gap_years', 2),
  o('hezhou', 2022, 'gap_years', 3),
];
const INDICATORS = [
  ...FIXTURE_INDICATORS,
  indicator('late_replies', '逾期答复', { better: 'lower' }),
  indicator('gap_years', '隔年报告'),
];

describe('ranking SQL: earlier-year ranks, direction, rate qualifiers and zero denominators', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await engineWith(fixtureTexts(OBSERVATIONS, { indicators: INDICATORS }));
  });
  afterAll(() => db.close());

  const ranking = async (indicatorId: string) =>
    Object.fromEntries(
      (await fetchRanking(db, { indicatorId, year: 2022 })).map((r) => [r.jurisdiction_id, r] as const),
    );

  it('earlier-year rank skips after a tie (RANK, not DENSE_RANK): 1, 1, 3', async () => {
    const rows = await ranking('proposals_filed');
    expect([rows.jiaxing, rows.wuxing, rows.hezhou].map((r) => [r?.prev_year, r?.prev_rank])).toEqual([
      [2021, 1],
      [2021, 1],
      [2021, 3],
    ]);
  });

  it('the previous rank is the one of the latest earlier year, not of the oldest', async () => {
    const rows = await ranking('proposals_filed');
    expect([rows.jiaxing, rows.wuxing].map((r) => [r?.prev_year, r?.prev_rank])).toEqual([
      [2021, 1],
      [2021, 1],
    ]);
  });

  it("each body's previous rank is from its own latest earlier year, ranked among everyone reporting then", async () => {
    const rows = await ranking('gap_years');
    expect(
      ['jiaxing', 'wuxing', 'hezhou'].map((id) => [id, rows[id]?.prev_year, rows[id]?.prev_rank]),
    ).toEqual([
      ['jiaxing', 2021, 1],
      ['wuxing', 2019, 1],
      ['hezhou', 2021, 2],
    ]);
  });

  it('earlier-year rank follows "lower is better" like the current year does', async () => {
    const rows = await ranking('late_replies');
    expect(
      ['jiaxing', 'wuxing', 'hezhou'].map((id) => [
        id,
        rows[id]?.rank,
        rows[id]?.prev_year,
        rows[id]?.prev_rank,
      ]),
    ).toEqual([
      ['jiaxing', 2, 2021, 1],
      ['wuxing', 1, 2021, 2],
      ['hezhou', 3, 2021, 3],
    ]);
  });

  it('a rate is exact only when both its numerator and its denominator are exact', async () => {
    const rows = await ranking('proposals_answer_rate');
    expect(
      ['jiaxing', 'wuxing', 'shengzhou'].map((id) => [id, rows[id]?.value, rows[id]?.qualifier]),
    ).toEqual([
      ['jiaxing', 100, 'exact'], // 10 ÷ 10, both exact
      ['wuxing', 90, 'at_least'], // ≥18 ÷ 20: at least ÷ exact stays at least (#11)
      ['shengzhou', 50, 'approx'], // 20 ÷ ≥40: denominator not exact
    ]);
  });

  it('a real 0/0 rate has no value and no rank, and the others rank as if it were absent', async () => {
    const rows = await fetchRanking(db, { indicatorId: 'proposals_answer_rate', year: 2022 });
    expect(rows.map((r) => [r.jurisdiction_id, r.value, r.rank, r.numerator, r.denominator])).toEqual([
      ['hezhou', 100, 1, 30, 30],
      ['jiaxing', 100, 1, 10, 10],
      ['wuxing', 90, 3, 18, 20],
      ['shengzhou', 50, 4, 20, 40],
      ['hangzhou-jiusan', null, null, null, null],
    ]);
  });
});
