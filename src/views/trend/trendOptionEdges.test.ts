import { describe, expect, it } from 'vitest';
import type { TrendMode } from '../../app/urlState';
import type { TrendPoint } from './trendQuery';
import { FIXTURE_INDICATORS } from '../../../tests/support/fixture';
import { JURISDICTIONS_WITH_XSS as jurisdictions, renderSvg } from '../../../tests/support/chartRender';
import { MAX_LABELLED_POINTS, trendLegendHeight, trendOption } from './trendOption';

// The trend chart's edges: the phone legend's room, the labelling limit, the reference line and the
// axis of a change in per cent. Kept apart from trendOption.test.ts, whose cases stay unchanged, so a
// mutation re-run tests these against the mutants they were written for.

const count = FIXTURE_INDICATORS[0]!;
const share = FIXTURE_INDICATORS[2]!;
const p = (jurisdiction_id: string, year: number, value: number): TrendPoint => ({
  jurisdiction_id,
  year,
  value,
  qualifier: 'exact',
  numerator: null,
  denominator: null,
  quote: null,
});
const FIVE = ['jiaxing', 'wuxing', 'hezhou', 'shengzhou', 'hangzhou-jiusan'];
const NAMES = ['嘉兴', '吴兴', '贺州', '嵊州', '杭州九三'];
const fiveLines = FIVE.flatMap((id, i) => [p(id, 2019, 10 * i + 5), p(id, 2020, 10 * i + 7)]);

type Option = {
  legend: { formatter: (id: string) => string; textStyle: { fontSize: number } };
  grid: { top: number };
  xAxis: { axisLabel: { fontSize: number } };
  yAxis: { max?: number };
  series: Array<{ label: { show: boolean }; markLine?: unknown }>;
};
const optionOf = (
  points: TrendPoint[],
  selected: string[],
  extra: { mode?: TrendMode } = {},
  compact = false,
) =>
  trendOption(
    { points, selected, jurisdictions, indicator: count, lang: 'zh', ...extra },
    { compact },
  ) as Option;

describe('trend chart edges', () => {
  it('phone: the legend reserves a row for every body, so the plot starts below the last name', () => {
    const option = optionOf(fiveLines, FIVE, {}, true);
    const svg = renderSvg(option, 375, 600);
    // a legend name's place: its translate() plus its own y offset
    const nameY = (name: string) => {
      const m = new RegExp(`y="([\\d.]+)" transform="translate\\([\\d.]+ ([\\d.]+)\\)"[^>]*>${name}<`).exec(
        svg,
      );
      return m ? Number(m[1]) + Number(m[2]) : NaN;
    };
    const ys = NAMES.map(nameY);
    expect(ys.every((y, i) => i === 0 || y > ys[i - 1]!)).toBe(true);
    expect(Math.max(...ys)).toBeLessThan(trendLegendHeight(FIVE.length));
    expect(option.grid.top).toBeGreaterThan(trendLegendHeight(FIVE.length));
    // one row of 13 px text and its gap a body, not a share of one
    expect([1, 2, 5].map(trendLegendHeight)).toEqual([22, 44, 110]);
  });

  it.each([
    { name: 'desktop', compact: false },
    { name: 'phone', compact: true },
  ])('$name: the legend names each line by its body’s name, not its id', ({ compact }) => {
    const legend = optionOf(fiveLines, FIVE, {}, compact).legend;
    expect(FIVE.map(legend.formatter)).toEqual(NAMES);
  });

  it.each([
    { points: MAX_LABELLED_POINTS, every: true },
    { points: MAX_LABELLED_POINTS + 1, every: false },
  ])(
    '$points points: every point labelled is $every (only the last of each line past the limit)',
    ({ points, every }) => {
      const line = Array.from({ length: points }, (_, k) => p('jiaxing', 1800 + k, k + 1));
      expect(optionOf(line, ['jiaxing']).series[0]!.label.show).toBe(every);
    },
  );

  it.each(['change', 'index'] as const)(
    '%s of a share in per cent: the axis is not capped at 100, so a rise past it stays on the chart',
    (mode) => {
      const option = trendOption(
        {
          points: [p('jiaxing', 2021, 180)],
          selected: ['jiaxing'],
          jurisdictions,
          indicator: share,
          lang: 'zh',
          mode,
        },
        {},
      ) as Option;
      expect(option.yAxis.max).toBeUndefined();
    },
  );

  it.each(['change', 'index'] as const)(
    '%s: one reference line, not one per body drawn over each other',
    (mode) => {
      const option = optionOf(fiveLines, FIVE, { mode });
      expect(option.series.length).toBe(5);
      expect(option.series.filter((s) => s.markLine !== undefined)).toHaveLength(1);
    },
  );

  it.each([
    {
      name: 'phone legend (its rows are sized for it)',
      size: (o: Option) => o.legend.textStyle.fontSize,
      compact: true,
    },
    { name: 'desktop legend', size: (o: Option) => o.legend.textStyle.fontSize, compact: false },
    { name: 'years on the axis', size: (o: Option) => o.xAxis.axisLabel.fontSize, compact: false },
  ])('text at the size the layout was made for: $name at 13 px', ({ size, compact }) => {
    expect(size(optionOf(fiveLines, FIVE, {}, compact))).toBe(13);
  });
});
