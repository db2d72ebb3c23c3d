import { describe, expect, it } from 'vitest';
import type { Better, Qualifier } from '../../data/schema';
import { rankingRow } from '../../../tests/support/fixture';
import { FIXTURE_INDICATORS } from '../../../tests/support/fixture';
import { perCapitaIndicator, perCapitaRows, type DenominatorRow } from './perCapita';

const d = (
  jurisdiction_id: string,
  value: number,
  qualifier: Qualifier = 'exact',
  year = 2022,
): DenominatorRow => ({
  jurisdiction_id,
  year,
  value,
  qualifier,
});

type Case = {
  name: string;
  rows: ReturnType<typeof rankingRow>[];
  denominators: DenominatorRow[];
  base?: 'members' | 'residents';
  better?: Better;
  /** [id, value rounded to 0.01, qualifier, rank] in the order shown. */
  expected: [string, number | null, Qualifier | null, number | null][];
  withoutBase?: string[];
};

describe('figures per 100 members / per 10,000 residents', () => {
  it.each<Case>([
    {
      name: 'per 100 members re-ranks: the largest total is not the largest per member',
      rows: [rankingRow('jiaxing', 369, 1), rankingRow('wuxing', 98, 2), rankingRow('hezhou', 74, 3)],
      denominators: [d('jiaxing', 480), d('wuxing', 100), d('hezhou', 300)],
      expected: [
        ['wuxing', 98, 'exact', 1],
        ['jiaxing', 76.88, 'exact', 2],
        ['hezhou', 24.67, 'exact', 3],
      ],
    },
    {
      // ≥98 ÷ 100 exact: at least 98 per 100. 74 ÷ ≥300: at most 24.7 → ≈. ≈ numerator → ≈.
      name: '≥ figure ÷ exact base stays ≥; a ≥ base or ≈ anywhere gives ≈',
      rows: [
        rankingRow('wuxing', 98, 1, { qualifier: 'at_least' }),
        rankingRow('hezhou', 74, 2),
        rankingRow('jiaxing', 60, 3, { qualifier: 'approx' }),
      ],
      denominators: [d('wuxing', 100), d('hezhou', 300, 'at_least'), d('jiaxing', 100)],
      expected: [
        ['wuxing', 98, 'at_least', 1],
        ['jiaxing', 60, 'approx', 2],
        ['hezhou', 24.67, 'approx', 3],
      ],
    },
    {
      name: 'a body without a same-year base (or a zero one) is listed, not ranked; no data stays no data',
      rows: [
        rankingRow('jiaxing', 369, 1),
        rankingRow('wuxing', 98, 2),
        rankingRow('hezhou', 74, 3),
        rankingRow('shengzhou', null, null),
      ],
      denominators: [d('jiaxing', 480), d('wuxing', 200, 'exact', 2021), d('hezhou', 0)],
      expected: [
        ['jiaxing', 76.88, 'exact', 1],
        ['wuxing', null, null, null],
        ['hezhou', null, null, null],
        ['shengzhou', null, null, null],
      ],
      withoutBase: ['wuxing', 'hezhou'],
    },
    {
      name: 'equal rates share a rank (1, 1, 3), even when the divisions differ in the last bit',
      rows: [rankingRow('jiaxing', 30, 1), rankingRow('wuxing', 10, 2), rankingRow('hezhou', 2, 3)],
      denominators: [d('jiaxing', 90), d('wuxing', 30), d('hezhou', 100)],
      expected: [
        ['jiaxing', 33.33, 'exact', 1],
        ['wuxing', 33.33, 'exact', 1],
        ['hezhou', 2, 'exact', 3],
      ],
    },
    {
      name: 'exactly equal rates share a rank too (20 ÷ 40 and 10 ÷ 20 per 100 are both 50)',
      rows: [rankingRow('jiaxing', 20, 1), rankingRow('wuxing', 10, 2), rankingRow('hezhou', 1, 3)],
      denominators: [d('jiaxing', 40), d('wuxing', 20), d('hezhou', 40)],
      expected: [
        ['jiaxing', 50, 'exact', 1],
        ['wuxing', 50, 'exact', 1],
        ['hezhou', 2.5, 'exact', 3],
      ],
    },
    {
      name: 'two bodies with none per member share rank 1 (0 and 0 are equal, with no room for a rounding error)',
      rows: [rankingRow('jiaxing', 5, 1), rankingRow('wuxing', 0, 2), rankingRow('hezhou', 0, 2)],
      denominators: [d('jiaxing', 100), d('wuxing', 100), d('hezhou', 300)],
      expected: [
        ['jiaxing', 5, 'exact', 1],
        ['wuxing', 0, 'exact', 2],
        ['hezhou', 0, 'exact', 2],
      ],
    },
    {
      name: 'figures equal to 12 significant digits share a rank, however large (1,000,000.0000001 and 1,000,000)',
      rows: [rankingRow('jiaxing', 100000000.00001, 1), rankingRow('wuxing', 100000000, 2)],
      denominators: [d('jiaxing', 10000), d('wuxing', 10000)],
      expected: [
        ['jiaxing', 1000000, 'exact', 1],
        ['wuxing', 1000000, 'exact', 1],
      ],
    },
    {
      name: 'rates that differ beyond the last bits are not tied (1,000,000.001 vs 1,000,000 per 100)',
      rows: [rankingRow('jiaxing', 1000000.001, 1), rankingRow('wuxing', 1000000, 2)],
      denominators: [d('jiaxing', 100), d('wuxing', 100)],
      expected: [
        ['jiaxing', 1000000, 'exact', 1],
        ['wuxing', 1000000, 'exact', 2],
      ],
    },
    {
      name: 'per 10,000 residents: the population in 万人 divides directly; lower is better ranks the smallest first',
      rows: [rankingRow('jiaxing', 50, 1), rankingRow('wuxing', 10, 2)],
      denominators: [d('jiaxing', 550), d('wuxing', 60)],
      base: 'residents',
      better: 'lower',
      expected: [
        ['jiaxing', 0.09, 'exact', 1],
        ['wuxing', 0.17, 'exact', 2],
      ],
    },
  ])('$name', ({ rows, denominators, base = 'members', better = 'higher', expected, withoutBase = [] }) => {
    const result = perCapitaRows(rows, denominators, base, better);
    expect(
      result.rows.map((r) => [
        r.jurisdiction_id,
        r.value === null ? null : Number(r.value.toFixed(2)),
        r.qualifier,
        r.rank,
      ]),
    ).toEqual(expected);
    expect(result.withoutBase).toEqual(withoutBase);
  });

  it('keeps the parts for the tooltip and table, and drops rank changes of the totals', () => {
    const [row] = perCapitaRows(
      [rankingRow('jiaxing', 369, 1, { prev_year: 2021, prev_rank: 2, prev_value: 300 })],
      [d('jiaxing', 480)],
      'members',
      'higher',
    ).rows;
    expect(row).toMatchObject({
      numerator: 369,
      denominator: 480,
      prev_year: null,
      prev_rank: null,
      prev_value: null,
    });
  });
});

describe('the per-capita indicator’s name and unit', () => {
  it.each([
    {
      base: 'members' as const,
      zh: ['立案提案（每百名委员）', '件/百名委员'],
      en: ['proposals filed per 100 members', 'items per 100 members'],
    },
    {
      base: 'residents' as const,
      zh: ['立案提案（每万名常住居民）', '件/万人'],
      en: ['proposals filed per 10,000 residents', 'items per 10,000 residents'],
    },
  ])('per $base, in both languages; the rest of the indicator unchanged', ({ base, zh, en }) => {
    const indicator = FIXTURE_INDICATORS[0]!;
    const per = perCapitaIndicator(indicator, base);
    expect([per.name_zh, per.unit_zh]).toEqual(zh);
    expect([per.name_en, per.unit_en]).toEqual(en);
    expect({ ...per, name_zh: '', name_en: '', unit_zh: '', unit_en: '' }).toEqual({
      ...indicator,
      name_zh: '',
      name_en: '',
      unit_zh: '',
      unit_en: '',
    });
  });
});
