import { describe, expect, it } from 'vitest';
import type { Qualifier } from '../../data/schema';
import type { TrendPoint } from './trendQuery';
import { FIXTURE_INDICATORS } from '../../../tests/support/fixture';
import {
  JURISDICTIONS_WITH_XSS as jurisdictions,
  XSS,
  XSS_ESCAPED,
  ariaDescription,
  renderSvg,
  tooltipOf,
} from '../../../tests/support/chartRender';
import { MAX_LABELLED_POINTS, trendOption, trendYears } from './trendOption';
import { singleYearJurisdictions, trendSummary, type TrendTextInput } from './trendSummary';

const indicator = FIXTURE_INDICATORS[0]!;
const rateIndicator = FIXTURE_INDICATORS[2]!;

function p(jurisdiction_id: string, year: number, value: number, qualifier: Qualifier = 'exact'): TrendPoint {
  return { jurisdiction_id, year, value, qualifier, numerator: null, denominator: null, quote: null };
}

const multi = [
  p('jiaxing', 2020, 300),
  p('jiaxing', 2022, 369),
  p('wuxing', 2021, 98),
  p('hezhou', 2022, 98, 'at_least'),
];

function input(points: TrendPoint[], selected: string[], lang: 'zh' | 'en' = 'zh'): TrendTextInput {
  return { points, selected, jurisdictions, indicator, lang };
}

type LineSeries = { name: string; data: Array<number | string>; symbolSize: number };

describe('trend chart option', () => {
  it('spans every year from first to last, so a missing year is a visible gap', () => {
    expect(trendYears(multi)).toEqual([2020, 2021, 2022]);
    expect(trendYears([])).toEqual([]);
  });

  it('draws a missing year as a gap ("-"), never as 0, and skips jurisdictions without data', () => {
    const series = trendOption(input(multi, ['jiaxing', 'wuxing', 'hezhou', 'shengzhou']))
      .series as LineSeries[];
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['jiaxing', [300, '-', 369]],
      ['wuxing', ['-', 98, '-']],
      ['hezhou', ['-', '-', 98]],
    ]);
    expect((trendOption(input(multi, ['jiaxing'])).series as LineSeries[])[0]!.data).not.toContain(0);
  });

  describe("labels every point while few, only each line's last figure when many", () => {
    const ids = ['jiaxing', 'wuxing', 'hezhou'];
    // Values that never repeat between lines, so a drawn label names its point.
    const span = (years: number) =>
      ids.flatMap((id, i) => Array.from({ length: years }, (_, k) => p(id, 1950 + k, 1000 * (i + 1) + k)));
    const drawnLabels = (points: TrendPoint[]) => {
      const svg = renderSvg(trendOption(input(points, ids)), 1500, 500);
      return points.filter((q) => svg.includes(`>${q.value.toLocaleString('zh-CN')}件<`)).map((q) => q.value);
    };
    const lastValues = (years: number) => ids.map((_, i) => 1000 * (i + 1) + years - 1);
    it.each([
      { name: 'a few points: more than the last of each line is drawn', years: 4, onlyLast: false },
      {
        name: 'just past the limit: the last of each line and nothing else',
        years: Math.floor(MAX_LABELLED_POINTS / 3) + 1,
        onlyLast: true,
      },
    ])('$name', ({ years, onlyLast }) => {
      const drawn = drawnLabels(span(years));
      expect(drawn).toEqual(expect.arrayContaining(lastValues(years)));
      if (onlyLast) expect(drawn.sort()).toEqual(lastValues(years).sort());
      else expect(drawn.length).toBeGreaterThan(ids.length);
    });
  });

  it('gives a jurisdiction with one year a larger point', () => {
    const series = trendOption(input(multi, ['jiaxing', 'wuxing'])).series as LineSeries[];
    expect(series.map((s) => s.symbolSize)).toEqual([8, 12]);
    expect(singleYearJurisdictions(input(multi, ['jiaxing', 'wuxing', 'hezhou']))).toEqual([
      'wuxing',
      'hezhou',
    ]);
  });

  it.each([
    { text: '369件', why: 'values labelled with units' },
    { text: '≥98件', why: 'lower bounds keep ≥' },
    { text: '贺州 ≥98件', why: 'a lone point carries its name' },
  ])('renders $text — $why', ({ text }) => {
    expect(renderSvg(trendOption(input(multi, ['jiaxing', 'hezhou'])))).toContain(text);
  });

  it('keeps each jurisdiction’s colour whatever else is selected', () => {
    const colours = (selected: string[]) =>
      (
        trendOption(input(multi, selected)).series as Array<{ name: string; itemStyle: { color: string } }>
      ).map((s) => [s.name, s.itemStyle.color]);
    const both = Object.fromEntries(colours(['jiaxing', 'wuxing']));
    const alone = Object.fromEntries(colours(['wuxing']));
    expect(alone.wuxing).toBe(both.wuxing);
  });

  it('shows numerator and denominator of a rate, and warns on a small denominator', () => {
    const points = [{ ...p('wuxing', 2022, 50), numerator: 5, denominator: 10 }];
    const option = trendOption({ ...input(points, ['wuxing'], 'en'), indicator: rateIndicator });
    const html = tooltipOf(option, [{ name: '2022' }]);
    expect(html).toContain('= 5 ÷ 10');
    expect(html).toContain('denominator under 20');
  });

  it.each(['zh', 'en'] as const)('never lets a name become markup (%s)', (lang) => {
    const option = trendOption(input([p('evil', 2022, 5)], ['evil'], lang));
    const html = tooltipOf(option, [{ name: '2022' }]);
    expect(html).not.toContain('<img');
    expect(html).toContain(XSS_ESCAPED);
    const svg = renderSvg(option);
    expect(svg).not.toContain('<img');
    expect(svg).toContain(XSS_ESCAPED);
    expect(ariaDescription(option)).toContain(XSS);
  });
});

describe('trend summary', () => {
  it.each([
    {
      name: 'several years, one year, and no data (zh)',
      lang: 'zh' as const,
      selected: ['jiaxing', 'hezhou', 'shengzhou'],
      expected:
        '立案提案历年数据：嘉兴2020年300件、2022年369件；贺州2022年≥98件（目前只有这一年的数据）；嵊州无此项数据。',
    },
    {
      name: 'same in English',
      lang: 'en' as const,
      selected: ['jiaxing', 'hezhou'],
      expected:
        'proposals filed by year: Jiaxing 300 items (2020), 369 items (2022); Hezhou ≥98 items (2022), the one year with data so far.',
    },
    {
      name: 'everyone has one year: say that more come from uploads',
      lang: 'zh' as const,
      selected: ['hezhou', 'wuxing'],
      expected:
        '立案提案历年数据：贺州2022年≥98件（目前只有这一年的数据）；吴兴2021年98件（目前只有这一年的数据）。目前每个地区只有一年的数据，更多年份可通过上传添加。',
    },
    {
      name: 'nothing selected',
      lang: 'zh' as const,
      selected: [],
      expected: '立案提案：未选择任何地区。',
    },
    {
      name: 'selected but none has data',
      lang: 'en' as const,
      selected: ['shengzhou'],
      expected: 'proposals filed: none of the selected jurisdictions has data.',
    },
  ])('$name', ({ lang, selected, expected }) => {
    expect(trendSummary(input(multi, selected, lang))).toBe(expected);
  });

  it('lists the first year and the latest three when there are many', () => {
    const many = [2016, 2017, 2018, 2019, 2020, 2021].map((y, i) => p('jiaxing', y, i + 1));
    expect(trendSummary(input(many, ['jiaxing']))).toBe(
      '立案提案历年数据：嘉兴2016年1件……2019年4件、2020年5件、2021年6件。',
    );
  });
});
