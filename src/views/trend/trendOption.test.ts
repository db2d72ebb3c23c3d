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
import { contrastRatio } from '../../charts/contrast';
import { jurisdictionStyle } from '../../charts/palette';
import type { TrendMode } from '../../app/urlState';
import { FULL_RANGE, trendSeries } from './trendMeasure';
import { MAX_LABELLED_POINTS, trendLegendHeight, trendOption, trendYears } from './trendOption';
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

// What each part of the option means to a reader. Each case fails if the option's setting is lost or
// changed (ECharts' defaults differ in each), so the chart cannot quietly start to mislead.
describe('trend chart option: what a reader sees', () => {
  const twoLines = [
    p('jiaxing', 2019, 100),
    p('jiaxing', 2020, 120),
    p('jiaxing', 2022, 150),
    p('wuxing', 2021, 95),
  ];
  const optionOf = (mode: TrendMode = 'value', opts: { compact?: boolean; points?: TrendPoint[] } = {}) => {
    const points = opts.points ?? twoLines;
    const shown = trendSeries(points, ['jiaxing', 'wuxing'], mode, FULL_RANGE).shown;
    return trendOption(
      { ...input(shown, ['jiaxing', 'wuxing']), mode },
      { compact: opts.compact ?? false },
    ) as {
      animation: boolean;
      aria: { enabled: boolean };
      legend: { type: string; orient?: string; formatter: (id: string) => string };
      grid: { top: number; outerBoundsMode: string };
      tooltip: { trigger: string; confine: boolean; formatter: (p: unknown) => string };
      xAxis: { boundaryGap: unknown };
      yAxis: { min?: number; max?: number; axisLabel: { formatter: (v: number) => string } };
      series: Array<{
        name: string;
        connectNulls: boolean;
        showSymbol: boolean;
        lineStyle: { color: string; type: unknown };
        labelLayout: unknown;
        label: { position: string; color: string };
        markLine?: { silent: boolean; label: { show: boolean }; lineStyle: { color: string }; data: unknown };
      }>;
    };
  };

  it.each([
    {
      name: 'a missing year breaks the line: the years either side are never joined as if it had a figure',
      holds: () => optionOf().series.every((s) => !s.connectNulls),
    },
    {
      name: 'every figure is drawn as a point, so a year standing alone between gaps is visible',
      holds: () => optionOf().series.every((s) => s.showSymbol),
    },
    {
      name: 'each line keeps its body’s dash, so lines stay apart in greyscale print and without colour vision',
      holds: () => optionOf().series.every((s) => s.lineStyle.type === jurisdictionStyle(s.name).dash),
    },
    {
      name: 'labels of close lines are moved apart, and hidden when still colliding, never drawn over each other',
      holds: () =>
        optionOf().series.every(
          (s) => JSON.stringify(s.labelLayout) === '{"moveOverlap":"shiftY","hideOverlap":true}',
        ),
    },
    {
      name: 'point labels are dark text, readable on white (4.5:1), not in the line’s lighter colour',
      holds: () => optionOf().series.every((s) => contrastRatio(s.label.color, '#ffffff') >= 4.5),
    },
    {
      name: 'a lone point’s label (its name and figure) sits beside it, other lines’ labels above theirs',
      holds: () =>
        JSON.stringify(optionOf().series.map((s) => [s.name, s.label.position])) ===
        '[["jiaxing","top"],["wuxing","right"]]',
    },
    {
      name: 'hovering anywhere over a year shows every body’s figure for that year, kept inside the chart',
      holds: () => optionOf().tooltip.trigger === 'axis' && optionOf().tooltip.confine,
    },
    {
      name: 'screen readers are given the text summary (aria on)',
      holds: () => optionOf().aria.enabled,
    },
    {
      name: 'drawn at once, without animation: a switched view shows its final figures straight away',
      holds: () => !optionOf().animation,
    },
    {
      name: 'desktop: the legend is one scrolling row, never rows that spill over the plot',
      holds: () => optionOf().legend.type === 'scroll',
    },
    {
      name: 'phone: the legend is a list, one body a line, and the plot starts below it',
      holds: () => {
        const o = optionOf('value', { compact: true });
        return o.legend.orient === 'vertical' && o.grid.top > trendLegendHeight(2);
      },
    },
    {
      name: 'axis labels are laid out inside the chart’s box, not cut off at its edge',
      holds: () => optionOf().grid.outerBoundsMode === 'same',
    },
  ])('$name', ({ holds }) => {
    expect(holds()).toBe(true);
  });

  // ECharts reads a category axis's boundaryGap as a yes or no: the value axes' ['8%', '8%'] drew as true
  // while it read as a padding of 8%, and false puts the first year on the y axis line, its label
  // over the axis's figures. Each year in the middle of its band is the drawing meant, for any count.
  it.each([
    { years: [2020] },
    { years: [2020, 2021] },
    { years: [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023] },
  ])(
    'the first and last years stand off the axes, one year alone centred ($years.length years): each year in the middle of its band',
    ({ years }) => {
      const points = years.map((y, i) => p('jiaxing', y, i + 1));
      expect(optionOf('value', { points }).xAxis.boundaryGap).toBe(true);
    },
  );

  it('the legend names each line by its body’s name, not its id', () => {
    const legend = optionOf().legend;
    expect(['jiaxing', 'wuxing'].map(legend.formatter)).toEqual(['嘉兴', '吴兴']);
  });

  it.each([
    { mode: 'value' as const, min: 0, max: undefined, reference: undefined, label: '1,000' },
    { mode: 'change' as const, min: undefined, max: undefined, reference: 0, label: '+1,000%' },
    { mode: 'index' as const, min: undefined, max: undefined, reference: 100, label: '1,000' },
  ])(
    '$mode: figures start at 0; a change has a 0 line and signed labels, an index a 100 line',
    ({ mode, min, max, reference, label }) => {
      const o = optionOf(mode);
      expect([o.yAxis.min, o.yAxis.max, o.yAxis.axisLabel.formatter(1000)]).toEqual([min, max, label]);
      const lines = o.series.filter((s) => s.markLine !== undefined).map((s) => s.markLine!);
      expect(lines.map((l) => l.data)).toEqual(reference === undefined ? [] : [[{ yAxis: reference }]]);
      // The reference line is neutral grey, not a body's colour, carries no figure of its own (a "0"
      // or "100" at its end would read as one) and does not answer the mouse.
      for (const l of lines) {
        expect([l.lineStyle.color, l.label.show, l.silent]).toEqual(['#5f6368', false, true]);
      }
    },
  );

  it('a share in per cent never goes above 100 on the axis', () => {
    const o = trendOption({ ...input(multi, ['jiaxing']), indicator: rateIndicator }) as {
      yAxis: { min?: number; max?: number };
    };
    expect([o.yAxis.min, o.yAxis.max]).toEqual([0, 100]);
  });

  const dot = (colour: string) => `<span style="color:${colour}">●</span>`;
  const grey = (text: string) => ` <span style="color:#5f6368">${text}</span>`;
  const box = (lines: string[]) =>
    `<div style="max-width:360px;white-space:normal">${lines.join('<br/>')}</div>`;
  it.each([
    {
      name: 'each body by colour, name and level; a year without a figure says so',
      option: () => trendOption(input(multi, ['jiaxing', 'wuxing'])),
      year: '2021',
      html: box([
        '<b>2021</b>',
        `${dot('#c23531')} 嘉兴${grey('地级市政协')}: 无数据`,
        `${dot('#2f6fb0')} 吴兴${grey('区政协')}: <b>98件</b>`,
      ]),
    },
    {
      name: 'a change names the figure and the year it is compared with',
      option: () => {
        const shown = trendSeries(twoLines, ['jiaxing'], 'change', FULL_RANGE).shown;
        return trendOption({ ...input(shown, ['jiaxing'], 'en'), mode: 'change' });
      },
      year: '2020',
      html: box([
        '<b>2020</b>',
        `${dot('#c23531')} Jiaxing${grey('prefecture-level CPPCC')}: <b>+20%</b> (this year 120 items; 2019: 100 items)`,
      ]),
    },
    {
      name: 'a rate shows its parts when both are known, and warns only under 20',
      option: () =>
        trendOption({
          ...input(
            [
              { ...p('wuxing', 2022, 15), numerator: 30, denominator: 200 },
              { ...p('hezhou', 2022, 15), numerator: null, denominator: 200 },
              { ...p('jiaxing', 2022, 15), numerator: 3, denominator: null },
            ],
            ['wuxing', 'hezhou', 'jiaxing'],
            'en',
          ),
          indicator: rateIndicator,
        }),
      year: '2022',
      html: box([
        '<b>2022</b>',
        `${dot('#2f6fb0')} Wuxing${grey('district CPPCC')}: <b>15%</b> = 30 ÷ 200`,
        `${dot('#2e7d4f')} Hezhou${grey('prefecture-level CPPCC')}: <b>15%</b>`,
        `${dot('#c23531')} Jiaxing${grey('prefecture-level CPPCC')}: <b>15%</b>`,
      ]),
    },
    {
      name: 'a body missing from the catalog is named by its id, with no level',
      option: () => trendOption(input([p('gone', 2022, 4)], ['gone'])),
      year: '2022',
      html: box(['<b>2022</b>', `${dot(jurisdictionStyle('gone').color)} gone: <b>4件</b>`]),
    },
  ])('tooltip: $name', ({ option, year, html }) => {
    expect(tooltipOf(option(), [{ name: year }])).toBe(html);
    // ECharts hands the formatter one object instead of a list for a single item.
    expect(tooltipOf(option(), { name: year })).toBe(html);
  });

  it('tooltip: nothing for a pointer outside the years', () => {
    expect(tooltipOf(trendOption(input(multi, ['jiaxing'])), [])).toBe('');
  });
});
