import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../data/schema';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS, rankingRow } from '../../../tests/support/fixture';
import { rankingSummary } from './rankingSummary';

const jurisdictions = new Map(FIXTURE_JURISDICTIONS.map((j) => [j.id, j]));
const indicator = FIXTURE_INDICATORS[0]!;

const row = (id: string, value: number | null, rank: number | null, qualifier: Qualifier = 'exact') =>
  rankingRow(id, value, rank, { qualifier: value === null ? null : qualifier });

describe('ranking summary (caption, aria description, screen reader text)', () => {
  it.each([
    {
      name: 'leader, others, then who has no data (zh)',
      lang: 'zh' as const,
      rows: [
        row('jiaxing', 369, 1),
        row('wuxing', 98, 2),
        row('hezhou', 74, 3),
        row('hangzhou-jiusan', null, null),
        row('shengzhou', null, null),
      ],
      expected: '2022年立案提案：嘉兴369件居首，吴兴98件，贺州74件；杭州九三、嵊州无此项数据。',
    },
    {
      name: 'same in English',
      lang: 'en' as const,
      rows: [row('jiaxing', 369, 1), row('wuxing', 98, 2), row('shengzhou', null, null)],
      expected:
        'proposals filed, 2022: Jiaxing leads with 369 items, Wuxing 98 items; no data for Shengzhou.',
    },
    {
      name: 'a tie for first is said as a tie',
      lang: 'zh' as const,
      rows: [row('jiaxing', 98, 1), row('wuxing', 98, 1), row('hezhou', 10, 3)],
      expected: '2022年立案提案：嘉兴、吴兴并列第一，均为98件，贺州10件。',
    },
    {
      name: 'lower bounds keep their ≥',
      lang: 'zh' as const,
      rows: [row('jiaxing', 1200, 1, 'at_least'), row('wuxing', 50, 2, 'approx')],
      expected: '2022年立案提案：嘉兴≥1,200件居首，吴兴≈50件。',
    },
    {
      name: 'nobody reports it',
      lang: 'zh' as const,
      rows: [row('jiaxing', null, null)],
      expected: '2022年立案提案：暂无任何地区的数据。',
    },
    {
      name: 'English lists the bodies without a figure as a list ("… and …")',
      lang: 'en' as const,
      rows: [
        row('jiaxing', 369, 1),
        row('wuxing', 98, 2),
        row('hezhou', null, null),
        row('shengzhou', null, null),
      ],
      expected:
        'proposals filed, 2022: Jiaxing leads with 369 items, Wuxing 98 items; no data for Hezhou and Shengzhou.',
    },
    {
      name: 'an English tie reads as a sentence',
      lang: 'en' as const,
      rows: [row('hezhou', 98, 1), row('jiaxing', 98, 1)],
      expected: 'proposals filed, 2022: Hezhou and Jiaxing share first place with 98 items.',
    },
    {
      name: 'one body is never said to lead',
      lang: 'zh' as const,
      rows: [row('shengzhou', 12, 1), row('jiaxing', null, null), row('wuxing', null, null)],
      expected: '2022年立案提案：仅嵊州有此项数据（12件），暂无可比对象；嘉兴、吴兴无此项数据。',
    },
    {
      name: 'one body in English',
      lang: 'en' as const,
      rows: [row('shengzhou', 12, 1)],
      expected:
        'proposals filed, 2022: only Shengzhou reports this (12 items), so there is nothing to compare it with.',
    },
  ])('$name', ({ lang, rows, expected }) => {
    expect(rankingSummary({ rows, jurisdictions, indicator, year: 2022, lang })).toBe(expected);
  });

  it.each([
    {
      lang: 'zh' as const,
      expected: '各地最新年度立案提案：嘉兴369件（2022年）居首，嵊州≥12件（2024年）；吴兴无此项数据。',
    },
    {
      lang: 'en' as const,
      expected:
        "proposals filed, each body's latest year: Jiaxing leads with 369 items (2022), Shengzhou ≥12 items (2024); no data for Wuxing.",
    },
  ])("each body's latest year: every figure says its year ($lang)", ({ lang, expected }) => {
    const rows = [
      rankingRow('jiaxing', 369, 1, { year: 2022 }),
      rankingRow('shengzhou', 12, 2, { year: 2024, qualifier: 'at_least' }),
      row('wuxing', null, null),
    ];
    expect(rankingSummary({ rows, jurisdictions, indicator, year: 'latest', lang })).toBe(expected);
  });

  it.each([
    {
      lang: 'zh' as const,
      expected:
        '2022年立案提案：嘉兴369件（较2021年升1位，+12%）居首，吴兴98件（较2021年降1位，−2%），贺州74件；嵊州无此项数据。',
    },
    {
      lang: 'en' as const,
      expected:
        'proposals filed, 2022: Jiaxing leads with 369 items (up 1 on 2021, +12%), Wuxing 98 items (down 1 on 2021, −2%), Hezhou 74 items; no data for Shengzhou.',
    },
  ])('states rank and value change against the previous year ($lang)', ({ lang, expected }) => {
    const rows = [
      rankingRow('jiaxing', 369, 1, { prev_year: 2021, prev_rank: 2, prev_value: 329.4642857 }),
      rankingRow('wuxing', 98, 2, { prev_year: 2021, prev_rank: 1, prev_value: 100 }),
      row('hezhou', 74, 3),
      row('shengzhou', null, null),
    ];
    expect(rankingSummary({ rows, jurisdictions, indicator, year: 2022, lang })).toBe(expected);
  });
});
