import { describe, expect, it } from 'vitest';
import type { TrendMode } from '../../app/urlState';
import type { Qualifier } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS } from '../../../tests/support/fixture';
import type { NoSeriesReason } from './trendMeasure';
import type { TrendPoint } from './trendQuery';
import { trendSummary } from './trendSummary';

// The trend's sentence in each mode: how many years are listed, who has nothing to draw and why, and
// when the "one year so far" note applies. trendOption.test.ts holds the plainer cases.

const jurisdictions = new Map(FIXTURE_JURISDICTIONS.map((j) => [j.id, j]));
const indicator = FIXTURE_INDICATORS[0]!;

function p(jurisdiction_id: string, year: number, value: number, qualifier: Qualifier = 'exact'): TrendPoint {
  return { jurisdiction_id, year, value, qualifier, numerator: null, denominator: null, quote: null };
}
const years = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => p('jiaxing', from + i, i + 1));

describe('trend summary in each mode', () => {
  it.each([
    {
      name: 'four years are all listed',
      points: years(2019, 2022),
      expected: '立案提案历年数据：嘉兴2019年1件、2020年2件、2021年3件、2022年4件。',
    },
    {
      name: 'five years: the first, then the latest three',
      points: years(2018, 2022),
      expected: '立案提案历年数据：嘉兴2018年1件……2020年3件、2021年4件、2022年5件。',
    },
    {
      name: 'five years in English',
      points: years(2018, 2022),
      lang: 'en' as Lang,
      expected:
        'proposals filed by year: Jiaxing 1 item (2018) … 3 items (2020), 4 items (2021), 5 items (2022).',
    },
    {
      name: 'a body not selected is not mentioned',
      points: [p('jiaxing', 2021, 5), p('hangzhou-jiusan', 2021, 6)],
      expected:
        '立案提案历年数据：嘉兴2021年5件（目前只有这一年的数据）。目前每个地区只有一年的数据，更多年份可通过上传添加。',
    },
    {
      name: 'change: one change per body is a series, not "one year so far", and has no upload note',
      mode: 'change' as TrendMode,
      points: [p('jiaxing', 2021, 12.5), p('wuxing', 2022, -3, 'approx')],
      selected: ['jiaxing', 'wuxing'],
      expected: '立案提案较上年增减（%）：嘉兴2021年+12.5%；吴兴2022年≈−3%。',
    },
    {
      name: 'change: nobody has one; bodies sharing a reason named together, then who has no data',
      mode: 'change' as TrendMode,
      selected: ['jiaxing', 'wuxing', 'hezhou', 'shengzhou'],
      noSeries: [
        ['jiaxing', 'no_consecutive'],
        ['hezhou', 'no_consecutive'],
        ['wuxing', 'zero_base'],
      ] as [string, NoSeriesReason][],
      expected:
        '立案提案较上年增减（%）：嘉兴、贺州没有相邻两年的数据，无法计算较上年增减；吴兴的比较年份数字为0，无法计算；嵊州无此项数据。',
    },
    {
      name: 'index: a series, a body with one year in the range, a body without data',
      mode: 'index' as TrendMode,
      points: [p('jiaxing', 2021, 100), p('jiaxing', 2022, 120)],
      selected: ['jiaxing', 'wuxing', 'shengzhou'],
      noSeries: [['wuxing', 'one_year']] as [string, NoSeriesReason][],
      expected:
        '立案提案指数（首年=100）：嘉兴2021年100、2022年120；吴兴在所选年份只有一年的数据，无法计算指数；嵊州无此项数据。',
    },
    {
      name: 'index in English',
      mode: 'index' as TrendMode,
      points: [p('jiaxing', 2021, 100), p('jiaxing', 2022, 120)],
      selected: ['jiaxing', 'wuxing', 'shengzhou'],
      noSeries: [['wuxing', 'one_year']] as [string, NoSeriesReason][],
      lang: 'en' as Lang,
      expected:
        'proposals filed, index (first year = 100): Jiaxing 100 (2021), 120 (2022); Wuxing: one year only in the range, so no index; no data for Shengzhou.',
    },
    {
      name: 'index: nothing to draw, but a reason, is not "no data"',
      mode: 'index' as TrendMode,
      selected: ['wuxing'],
      noSeries: [['wuxing', 'one_year']] as [string, NoSeriesReason][],
      lang: 'en' as Lang,
      expected: 'proposals filed, index (first year = 100): Wuxing: one year only in the range, so no index.',
    },
  ])('$name', ({ points = [], selected = ['jiaxing'], mode, noSeries, lang = 'zh', expected }) => {
    expect(
      trendSummary({
        points,
        selected,
        jurisdictions,
        indicator,
        lang,
        ...(mode ? { mode } : {}),
        ...(noSeries ? { noSeries: new Map(noSeries) } : {}),
      }),
    ).toBe(expected);
  });
});

describe('trend summary order', () => {
  it('years are listed in order whatever order the figures arrive in', () => {
    const shuffled = [
      p('jiaxing', 2022, 4),
      p('jiaxing', 2019, 1),
      p('jiaxing', 2021, 3),
      p('jiaxing', 2020, 2),
    ];
    expect(
      trendSummary({ points: shuffled, selected: ['jiaxing'], jurisdictions, indicator, lang: 'zh' }),
    ).toBe('立案提案历年数据：嘉兴2019年1件、2020年2件、2021年3件、2022年4件。');
  });
});
