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

describe('ranking summary: the rank and value change, and long lists', () => {
  const prev = (prev_rank: number, prev_value: number | null) => ({ prev_year: 2021, prev_rank, prev_value });
  it.each([
    {
      name: 'an unchanged rank and value read "same place, ±0%", not up 0 or −0%',
      rows: [rankingRow('jiaxing', 369, 1, prev(1, 369)), rankingRow('wuxing', 98, 2, prev(2, 100))],
      expected: '2022年立案提案：嘉兴369件（较2021年名次不变，±0%）居首，吴兴98件（较2021年名次不变，−2%）。',
    },
    {
      name: 'a previous figure of 0 gives no percentage (never +Infinity%)',
      rows: [rankingRow('jiaxing', 369, 1, prev(2, 0)), rankingRow('wuxing', 98, 2, prev(1, 5))],
      expected: '2022年立案提案：嘉兴369件（较2021年升1位）居首，吴兴98件（较2021年降1位，+1,860%）。',
    },
    {
      name: 'an earlier rank without an earlier figure: the rank change alone',
      rows: [rankingRow('jiaxing', 369, 1, prev(2, null)), rankingRow('wuxing', 98, 2, prev(1, null))],
      expected: '2022年立案提案：嘉兴369件（较2021年升1位）居首，吴兴98件（较2021年降1位）。',
    },
    {
      name: 'one body with a figure: no rank change to speak of',
      rows: [rankingRow('jiaxing', 369, 1, prev(2, 300)), row('wuxing', null, null)],
      expected: '2022年立案提案：仅嘉兴有此项数据（369件），暂无可比对象；吴兴无此项数据。',
    },
  ])('$name', ({ rows, expected }) => {
    expect(rankingSummary({ rows, jurisdictions, indicator, year: 2022, lang: 'zh' })).toBe(expected);
  });

  // Eight bodies (the fixture's five and three more): the leader and five others, then how many more.
  const many = new Map([
    ...jurisdictions,
    ...['a', 'b', 'c'].map(
      (id) => [id, { ...jurisdictions.get('jiaxing')!, id, name_zh: id, name_en: id }] as const,
    ),
  ]);
  const eight = ['jiaxing', 'wuxing', 'hezhou', 'shengzhou', 'hangzhou-jiusan', 'a', 'b', 'c'];
  it.each([
    {
      name: 'six named, the rest counted (zh)',
      lang: 'zh' as const,
      rows: eight.map((id, i) => row(id, 80 - i, i + 1)),
      expected:
        '2022年立案提案：嘉兴80件居首，吴兴79件，贺州78件，嵊州77件，杭州九三76件，a75件，另有2个地区。',
    },
    {
      name: 'six named, the rest counted (en)',
      lang: 'en' as const,
      rows: eight.map((id, i) => row(id, 80 - i, i + 1)),
      expected:
        'proposals filed, 2022: Jiaxing leads with 80 items, Wuxing 79 items, Hezhou 78 items, Shengzhou 77 items, Hangzhou-jiusan 76 items, a 75 items, 2 more.',
    },
    {
      name: 'a tie of two for first: six names in all, then the count',
      lang: 'zh' as const,
      rows: eight.map((id, i) => row(id, i < 2 ? 90 : 80 - i, i < 2 ? 1 : i + 1)),
      expected:
        '2022年立案提案：嘉兴、吴兴并列第一，均为90件，贺州78件，嵊州77件，杭州九三76件，a75件，另有2个地区。',
    },
    {
      name: 'exactly six: all named, no "more"',
      lang: 'zh' as const,
      rows: eight.slice(0, 6).map((id, i) => row(id, 80 - i, i + 1)),
      expected: '2022年立案提案：嘉兴80件居首，吴兴79件，贺州78件，嵊州77件，杭州九三76件，a75件。',
    },
  ])('$name', ({ lang, rows, expected }) => {
    expect(rankingSummary({ rows, jurisdictions: many, indicator, year: 2022, lang })).toBe(expected);
  });

  it.each([
    { lang: 'zh' as const, expected: '各地最新年度立案提案：嘉兴、吴兴无此项数据。' },
    {
      lang: 'en' as const,
      expected: "proposals filed, each body's latest year: no data for Jiaxing and Wuxing.",
    },
  ])('each body’s latest year, nobody reports it: who has no data ($lang)', ({ lang, expected }) => {
    const rows = [row('jiaxing', null, null), row('wuxing', null, null)];
    expect(rankingSummary({ rows, jurisdictions, indicator, year: 'latest', lang })).toBe(expected);
  });

  // Dozens of bodies without the figure (a large upload) must not bury the sentence: named up to six,
  // then counted; the notes under the chart list every one.
  const bodies = Array.from({ length: 9 }, (_, i) => `j${i}`);
  const nine = new Map([
    ...jurisdictions,
    ...bodies.map(
      (id) => [id, { ...jurisdictions.get('jiaxing')!, id, name_zh: `地${id}`, name_en: id }] as const,
    ),
  ]);
  it.each([
    {
      name: 'six without data: all named (zh)',
      lang: 'zh' as const,
      missing: bodies.slice(0, 6),
      expected: '2022年立案提案：嘉兴80件居首，吴兴79件；地j0、地j1、地j2、地j3、地j4、地j5无此项数据。',
    },
    {
      name: 'nine without data: five named, all nine counted (zh)',
      lang: 'zh' as const,
      missing: bodies,
      expected: '2022年立案提案：嘉兴80件居首，吴兴79件；地j0、地j1、地j2、地j3、地j4等9个地区无此项数据。',
    },
    {
      name: 'nine without data: five named, the other four counted (en)',
      lang: 'en' as const,
      missing: bodies,
      expected:
        'proposals filed, 2022: Jiaxing leads with 80 items, Wuxing 79 items; no data for j0, j1, j2, j3, j4 and 4 others.',
    },
  ])('bodies without the figure: $name', ({ lang, missing, expected }) => {
    const rows = [row('jiaxing', 80, 1), row('wuxing', 79, 2), ...missing.map((id) => row(id, null, null))];
    expect(rankingSummary({ rows, jurisdictions: nine, indicator, year: 2022, lang })).toBe(expected);
  });
});
