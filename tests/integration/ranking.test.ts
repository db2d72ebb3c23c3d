import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../../src/engine/connector';
import { fetchRanking } from '../../src/views/ranking/rankingQuery';
import { fixtureTexts, observation as o } from '../support/fixture';
import { engineWith } from '../support/nodeEngine';

describe('ranking SQL on DuckDB (fixture data)', () => {
  let db: Connector;
  beforeAll(async () => {
    db = await engineWith(
      fixtureTexts([
        o('jiaxing', 2022, 'proposals_filed', 369),
        o('wuxing', 2022, 'proposals_filed', 98),
        o('hezhou', 2022, 'proposals_filed', 98),
        o('shengzhou', 2022, 'proposals_filed', 40, { qualifier: 'at_least' }),
        o('jiaxing', 2021, 'proposals_filed', 100),
        o('wuxing', 2021, 'proposals_filed', 300),
        o('hezhou', 2020, 'proposals_filed', 500),
        o('jiaxing', 2022, 'proposals_answered', 369),
        o('wuxing', 2022, 'proposals_answered', 90),
        o('hezhou', 2022, 'proposals_answered', 0),
      ]),
    );
  });
  afterAll(() => db.close());

  const cases = [
    {
      name: 'ties share a rank and skip the next (1, 2, 2, 4); no data last as NULL, never 0',
      params: { indicatorId: 'proposals_filed', year: 2022 },
      expected: [
        { jurisdiction_id: 'jiaxing', value: 369, rank: 1, qualifier: 'exact' },
        { jurisdiction_id: 'hezhou', value: 98, rank: 2, qualifier: 'exact' },
        { jurisdiction_id: 'wuxing', value: 98, rank: 2, qualifier: 'exact' },
        { jurisdiction_id: 'shengzhou', value: 40, rank: 4, qualifier: 'at_least' },
        { jurisdiction_id: 'hangzhou-jiusan', value: null, rank: null, qualifier: null },
      ],
    },
    {
      name: 'an indicator nobody reports lists everyone without a value',
      params: { indicatorId: 'proposals_filed', year: 1999 },
      expected: ['hangzhou-jiusan', 'hezhou', 'jiaxing', 'shengzhou', 'wuxing'].map((id) => ({
        jurisdiction_id: id,
        value: null,
        rank: null,
        qualifier: null,
      })),
    },
  ];
  it.each(cases)('$name', async ({ params, expected }) => {
    const rows = await fetchRanking(db, params);
    expect(
      rows.map(({ jurisdiction_id, value, rank, qualifier }) => ({
        jurisdiction_id,
        value,
        rank,
        qualifier,
      })),
    ).toEqual(expected);
  });

  it('compares with the previous year each jurisdiction has, ranked among that year', async () => {
    const rows = await fetchRanking(db, { indicatorId: 'proposals_filed', year: 2022 });
    const prev = Object.fromEntries(rows.map((r) => [r.jurisdiction_id, [r.prev_year, r.prev_rank]]));
    expect(prev).toEqual({
      jiaxing: [2021, 2],
      wuxing: [2021, 1],
      hezhou: [2020, 1],
      shengzhou: [null, null],
      'hangzhou-jiusan': [null, null],
    });
  });

  it('derives rates in SQL with numerator and denominator; a zero numerator is a real 0%', async () => {
    // A zero denominator (0/0) is covered in rankingRegressions.test.ts.
    const rows = await fetchRanking(db, { indicatorId: 'proposals_answer_rate', year: 2022 });
    const byId = Object.fromEntries(rows.map((r) => [r.jurisdiction_id, r]));
    expect(byId.jiaxing).toMatchObject({ value: 100, numerator: 369, denominator: 369, rank: 1 });
    expect(byId.wuxing!.value).toBeCloseTo((100 * 90) / 98, 6);
    expect(byId.hezhou).toMatchObject({ value: 0, numerator: 0, denominator: 98 });
    expect(byId.shengzhou).toMatchObject({ value: null });
  });

  it('binds user text as a value, never as SQL', async () => {
    const rows = await fetchRanking(db, { indicatorId: "x' OR 1=1 --", year: 2022 });
    expect(rows.every((r) => r.value === null)).toBe(true);
  });
});
