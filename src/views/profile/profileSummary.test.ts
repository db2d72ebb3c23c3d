import { describe, expect, it } from 'vitest';
import type { ProfileRow } from './profileQuery';
import { FIXTURE_INDICATORS } from '../../../tests/support/fixture';
import { JURISDICTIONS_WITH_XSS as jurisdictions, XSS } from '../../../tests/support/chartRender';
import { latestPerIndicator, profileSummary } from './profileSummary';

const indicators = new Map(FIXTURE_INDICATORS.map((i) => [i.id, i]));

function r(indicator_id: string, year: number, value: number, rank: number, peers: number): ProfileRow {
  return {
    indicator_id,
    year,
    value,
    qualifier: 'exact',
    numerator: null,
    denominator: null,
    rank,
    peers,
    basis: 'year',
    comparable: 'yes',
    comparability_zh: null,
    comparability_en: null,
    quote: null,
    source_file: null,
    title_zh: null,
    title_en: null,
  };
}

const rows = [
  r('proposals_filed', 2021, 300, 2, 3),
  r('proposals_filed', 2022, 369, 1, 3),
  r('proposals_answered', 2022, 369, 1, 2),
  r('proposals_answer_rate', 2022, 100, 1, 1),
];

describe('profile summary', () => {
  it('speaks of each indicator’s latest year', () => {
    expect(latestPerIndicator(rows).map((x) => [x.indicator_id, x.year])).toEqual([
      ['proposals_filed', 2022],
      ['proposals_answered', 2022],
      ['proposals_answer_rate', 2022],
    ]);
  });

  it('keeps the latest year whatever the row order', () => {
    const newestFirst = [r('proposals_filed', 2022, 369, 1, 3), r('proposals_filed', 2021, 300, 2, 3)];
    expect(latestPerIndicator(newestFirst).map((x) => [x.indicator_id, x.year])).toEqual([
      ['proposals_filed', 2022],
    ]);
  });

  it.each([
    {
      name: 'years, counts, firsts with examples (zh)',
      id: 'jiaxing',
      lang: 'zh' as const,
      rows,
      expected:
        '嘉兴（地级市政协）：2021、2022年共有3项指标数据；其中2项有其他地区同报，居首2项，如立案提案369件（3个地区中居首）、办复提案369件（2个地区中居首）。',
    },
    {
      name: 'English examples: indicator, then value and place in brackets',
      id: 'jiaxing',
      lang: 'en' as const,
      rows,
      expected:
        'Jiaxing (prefecture-level CPPCC): figures on 3 indicators (2021, 2022); 2 also reported elsewhere, first on 2, e.g. proposals filed (369 items, first of 3), proposals answered (369 items, first of 2).',
    },
    {
      name: 'English',
      id: 'wuxing',
      lang: 'en' as const,
      rows: [r('proposals_filed', 2022, 98, 2, 3)],
      expected:
        'Wuxing (district CPPCC): figures on 1 indicator (2022); 1 also reported elsewhere, first on none of them.',
    },
    {
      name: 'reported elsewhere but first on none says so (not 居首0项)',
      id: 'wuxing',
      lang: 'zh' as const,
      rows: [r('proposals_filed', 2022, 98, 2, 3), r('proposals_answered', 2022, 90, 2, 2)],
      expected: '吴兴（区政协）：2022年共有2项指标数据；其中2项有其他地区同报，均未居首。',
    },
    {
      name: 'at most three examples, the most-contested first; years in order whatever the row order',
      id: 'jiaxing',
      lang: 'zh' as const,
      rows: [
        r('late_replies', 2023, 1, 1, 2),
        r('proposals_answered', 2021, 360, 1, 3),
        r('proposals_filed', 2022, 369, 1, 5),
        r('gone_indicator', 2020, 7, 1, 4),
      ],
      expected:
        '嘉兴（地级市政协）：2020、2021、2022、2023年共有4项指标数据；其中4项有其他地区同报，居首4项，如立案提案369件（5个地区中居首）、gone_indicator7（4个地区中居首）、办复提案360件（3个地区中居首）。',
    },
    {
      name: 'English, several indicators',
      id: 'wuxing',
      lang: 'en' as const,
      rows: [r('proposals_filed', 2022, 98, 2, 3), r('proposals_answered', 2022, 90, 2, 2)],
      expected:
        'Wuxing (district CPPCC): figures on 2 indicators (2022); 2 also reported elsewhere, first on none of them.',
    },
    {
      name: 'a body the catalog does not know: its id, no scope in brackets',
      id: 'nobody',
      lang: 'zh' as const,
      rows: [],
      expected: 'nobody：暂无任何指标数据。',
    },
    {
      name: 'nobody else reports its indicators',
      id: 'hezhou',
      lang: 'zh' as const,
      rows: [r('proposals_filed', 2022, 74, 1, 1)],
      expected: '贺州（地级市政协）：2022年共有1项指标数据；暂无其他地区同报的指标。',
    },
    {
      name: 'no figures',
      id: 'shengzhou',
      lang: 'zh' as const,
      rows: [],
      expected: '嵊州（县级市政协）：暂无任何指标数据。',
    },
    {
      name: 'a name that looks like markup stays text',
      id: 'evil',
      lang: 'zh' as const,
      rows: [],
      expected: `${XSS}（区政协）：暂无任何指标数据。`,
    },
  ])('$name', ({ id, lang, rows: list, expected }) => {
    expect(profileSummary({ jurisdictionId: id, rows: list, jurisdictions, indicators, lang })).toBe(
      expected,
    );
  });
});
