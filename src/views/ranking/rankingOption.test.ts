import { describe, expect, it } from 'vitest';
import { SVGRenderer } from 'echarts/renderers';
import type { RankingRow } from './rankingQuery';
import {
  FIXTURE_INDICATORS,
  FIXTURE_JURISDICTIONS,
  jurisdiction,
  rankingRow,
} from '../../../tests/support/fixture';
import { echarts } from '../../charts/echartsSetup';
import { contrastRatio, jurisdictionColor, LEVEL_GROUPS, LEVEL_TEXT_COLOR } from '../../charts/palette';
import { rankingOption } from './rankingOption';
import type { RankingTextInput } from './rankingSummary';

echarts.use([SVGRenderer]);

const row = rankingRow;

const XSS = '<img src=x onerror=alert(1)>';
const jurisdictions = new Map(
  [...FIXTURE_JURISDICTIONS, jurisdiction('evil', XSS, { name_en: XSS })].map((j) => [j.id, j]),
);

function input(rows: RankingRow[], lang: 'zh' | 'en' = 'zh'): RankingTextInput {
  return { rows, jurisdictions, indicator: FIXTURE_INDICATORS[0]!, year: 2022, lang };
}

function renderSvg(option: ReturnType<typeof rankingOption>): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 800, height: 360 });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

type Series = { data: Array<{ name: string; value: number | string }> };

describe('ranking chart option', () => {
  const rows = [
    row('jiaxing', 1200, 1, { qualifier: 'at_least' }),
    row('wuxing', 98, 2),
    row('hezhou', 74, 3, { qualifier: 'approx' }),
    row('shengzhou', null, null),
  ];

  it('draws no bar and no row for a missing figure (never 0): the model lists them in one line', () => {
    const data = (rankingOption(input(rows)).series as Series[])[0]!.data;
    expect(data.map((d) => d.value)).toEqual([1200, 98, 74]);
  });

  it.each([
    { text: '≥1,200件', why: 'lower bound marked ≥ on the label' },
    { text: '≈74件', why: 'approximate value marked ≈' },
    { text: '98件', why: 'exact value as is' },
    { text: '区政协', why: 'level/body shown where jurisdictions differ' },
  ])('renders $text — $why', ({ text }) => {
    expect(renderSvg(rankingOption(input(rows)))).toContain(text);
  });

  it("labels every bar with its year in each body's latest year", () => {
    const latest = {
      ...input([row('jiaxing', 369, 1, { year: 2022 }), row('shengzhou', 12, 2, { year: 2024 })]),
      year: 'latest' as const,
    };
    const svg = renderSvg(rankingOption(latest));
    expect(svg).toContain('369件（2022年）');
    expect(svg).toContain('12件（2024年）');
  });

  it('orders bars largest first, top to bottom', () => {
    const option = rankingOption(input(rows));
    expect((option.yAxis as { data: string[]; inverse: boolean }).data).toEqual([
      'jiaxing',
      'wuxing',
      'hezhou',
    ]);
    expect((option.yAxis as { inverse: boolean }).inverse).toBe(true);
  });

  it.each(['zh', 'en'] as const)('escapes data text in the HTML tooltip (%s)', (lang) => {
    const option = rankingOption(input([row('evil', 5, 1, { quote: `<script>alert(1)</script>` })], lang));
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    const html = formatter({ name: 'evil' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('shows the name literally in the rendered chart', () => {
    const svg = renderSvg(rankingOption(input([row('evil', 5, 1)])));
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('screen readers are given the text summary: aria on, the summary its description', () => {
    const option = rankingOption(input(rows));
    expect(option.aria).toEqual({
      enabled: true,
      label: { description: '2022年立案提案：嘉兴≥1,200件居首，吴兴98件，贺州≈74件；嵊州无此项数据。' },
    });
  });

  it('shows numerator and denominator of a rate in the tooltip', () => {
    const option = rankingOption(
      input([row('wuxing', 91.8367, 1, { numerator: 90, denominator: 98 })], 'en'),
    );
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ name: 'wuxing' });
    expect(html).toContain('= 90 ÷ 98');
  });
});

describe('ranking chart option: ranks, changes, rates', () => {
  const withPrev = [
    row('jiaxing', 369, 1, { prev_year: 2021, prev_rank: 2 }),
    row('wuxing', 98, 2, { prev_year: 2021, prev_rank: 1 }),
    row('hezhou', 98, 2),
    row('hangzhou-jiusan', 40, 4, { prev_year: 2020, prev_rank: 4 }),
    row('shengzhou', null, null, { prev_year: 2021, prev_rank: 3 }),
  ];
  const labels = (rows: RankingRow[]) => {
    const option = rankingOption(input(rows));
    const axis = option.yAxis as { data: string[]; axisLabel: { formatter: (id: string) => string } };
    return axis.data.map((id) => axis.axisLabel.formatter(id));
  };

  it('numbers ties 1, 2, 2, 4 and marks the change since each one’s previous year', () => {
    expect(labels(withPrev)).toEqual([
      '{rank|1} {name|嘉兴} {up|↑1}\n{prefecture_city|地级市政协}',
      '{rank|2} {name|吴兴} {down|↓1}\n{district|区政协}',
      '{rank|2} {name|贺州} {same|新}\n{prefecture_city|地级市政协}',
      '{rank|4} {name|杭州九三} {same|=}\n{party|民主党派市委}',
    ]);
  });

  it.each([
    {
      lang: 'zh',
      expected: ['{rank|1} {name|嘉兴}\n{prefecture_city|地级市}', '{rank|2} {name|吴兴}\n{district|区}'],
    },
    {
      lang: 'en',
      expected: [
        '{rank|1} {name|Jiaxing}\n{prefecture_city|prefecture-level}',
        '{rank|2} {name|Wuxing}\n{district|district}',
      ],
    },
  ] as const)(
    'on a phone, the level alone in its tinted badge under the name ($lang)',
    ({ lang, expected }) => {
      const axis = rankingOption(input([row('jiaxing', 369, 1), row('wuxing', 98, 2)], lang), {
        compact: true,
      }).yAxis as { data: string[]; axisLabel: { formatter: (id: string) => string } };
      expect(axis.data.map((id) => axis.axisLabel.formatter(id))).toEqual(expected);
    },
  );

  it('gives each level its own badge tint, dark text on it well above AA', () => {
    const axis = rankingOption(input(withPrev)).yAxis as { axisLabel: { rich: Record<string, unknown> } };
    const tints = LEVEL_GROUPS.map(
      (g) => (axis.axisLabel.rich[g] as { backgroundColor: string }).backgroundColor,
    );
    expect(new Set(tints).size).toBe(LEVEL_GROUPS.length);
    for (const tint of tints) expect(contrastRatio(tint, LEVEL_TEXT_COLOR)).toBeGreaterThanOrEqual(7);
  });

  it('no level badge when every body is of one level and kind', () => {
    expect(labels([row('jiaxing', 369, 1)])).toEqual(['{rank|1} {name|嘉兴}']);
  });

  it('shows no change marks when nobody has an earlier year (else everyone would be "new")', () => {
    expect(labels([row('jiaxing', 369, 1), row('wuxing', 98, 2)])).toEqual([
      '{rank|1} {name|嘉兴}\n{prefecture_city|地级市政协}',
      '{rank|2} {name|吴兴}\n{district|区政协}',
    ]);
  });

  it('says tie and change in the tooltip', () => {
    const html = (option: ReturnType<typeof rankingOption>, name: string) =>
      (option.tooltip as { formatter: (p: unknown) => string }).formatter({ name });
    const option = rankingOption(input(withPrev));
    expect(html(option, 'wuxing')).toContain('名次：2（并列）');
    expect(html(option, 'wuxing')).toContain('2021年第1名，下降1位');
    expect(html(option, 'hezhou')).toContain('此前年份无数据（新上榜）');
  });

  it('names the rate’s parts, puts them on the bar and warns on a small denominator', () => {
    const rateInput = {
      ...input([
        row('wuxing', 50, 1, { numerator: 5, denominator: 10 }),
        row('jiaxing', 25, 2, { numerator: 50, denominator: 200 }),
      ]),
      indicator: FIXTURE_INDICATORS[2]!,
      rateParts: { numerator: FIXTURE_INDICATORS[1]!, denominator: FIXTURE_INDICATORS[0]! },
    };
    const option = rankingOption(rateInput);
    const html = (option.tooltip as { formatter: (p: unknown) => string }).formatter({ name: 'wuxing' });
    expect(html).toContain('= 办复提案 5件 ÷ 立案提案 10件');
    expect(html).toContain('分母小于20');
    const svg = renderSvg(option);
    expect(svg).toContain('50% (5÷10) ⚠');
    expect(svg).toContain('25% (50÷200)');
    expect(svg).not.toContain('25% (50÷200) ⚠');
  });

  it('warns below 20 items, not at 20 (small-denominator boundary)', () => {
    const rateInput = {
      ...input([
        row('wuxing', 50, 1, { numerator: 10, denominator: 20 }),
        row('jiaxing', 50, 1, { numerator: 9.5, denominator: 19 }),
      ]),
      indicator: FIXTURE_INDICATORS[2]!,
      rateParts: { numerator: FIXTURE_INDICATORS[1]!, denominator: FIXTURE_INDICATORS[0]! },
    };
    const option = rankingOption(rateInput);
    const html = (name: string) =>
      (option.tooltip as { formatter: (p: unknown) => string }).formatter({ name });
    expect(html('wuxing')).not.toContain('分母小于20');
    expect(html('jiaxing')).toContain('分母小于20');
    const svg = renderSvg(option);
    expect(svg).toContain('50% (10÷20)');
    expect(svg).not.toContain('50% (10÷20) ⚠');
    expect(svg).toContain('50% (9.5÷19) ⚠');
  });
});

it('keeps a markup-like name as text in the summary that becomes the aria description', () => {
  const option = rankingOption(input([row('evil', 5, 1), row('wuxing', 3, 2), row('jiaxing', null, null)]));
  expect((option.aria as { label: { description: string } }).label.description).toBe(
    `2022年立案提案：${XSS}5件居首，吴兴3件；嘉兴无此项数据。`,
  );
});

// What a reader is told beside each bar and on hover: each case is a bug that once could ship unseen.
describe('ranking chart option: what the tooltip, the labels and the axes say', () => {
  type Option = ReturnType<typeof rankingOption>;
  type Rich = Record<string, { color?: string; backgroundColor?: string }>;
  type YAxis = {
    data: string[];
    triggerEvent: boolean;
    axisLabel: { formatter: (id: string) => string; rich: Rich };
  };
  type Bar = {
    data: Array<{ name: string; value: number; itemStyle: { color: string } }>;
    label: {
      show: boolean;
      position: string;
      color: string;
      formatter: (p: { dataIndex: number }) => string;
    };
  };
  const tip = (option: Option, name: string) =>
    (option.tooltip as { formatter: (p: unknown) => string }).formatter({ name });
  const bar = (option: Option) => (option.series as Bar[])[0]!;
  const barLabels = (option: Option) =>
    bar(option).data.map((_, i) => bar(option).label.formatter({ dataIndex: i }));
  const rate = FIXTURE_INDICATORS[2]!;

  it('tooltip: the body’s level and body under its name, then its rank and figure', () => {
    const html = tip(rankingOption(input([row('jiaxing', 369, 1), row('wuxing', 98, 2)])), 'wuxing');
    expect(html).toContain(
      '<b>吴兴</b><br/><span style="color:#666">区政协</span><br/>名次：2<br/>数值：98件',
    );
  });

  it('tooltip of a body the catalog does not know: its name, then straight to its rank, no empty level line', () => {
    const html = tip(rankingOption(input([row('jiaxing', 369, 1), row('nobody', 98, 2)])), 'nobody');
    expect(html).toContain('<b>nobody</b><br/>名次：2<br/>');
    expect(html).not.toContain('color:#666');
  });

  it('keeps names and figures inside the chart: the grid is fitted to its labels', () => {
    const option = rankingOption(input([row('jiaxing', 369, 1)]));
    expect(option.grid).toMatchObject({ outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' });
  });

  it('says "tied" only for a rank more than one body shares', () => {
    const option = rankingOption(input([row('jiaxing', 369, 1), row('wuxing', 98, 2), row('hezhou', 98, 2)]));
    expect(tip(option, 'jiaxing')).toContain('名次：1');
    expect(tip(option, 'jiaxing')).not.toContain('并列');
    expect(tip(option, 'hezhou')).toContain('名次：2（并列）');
  });

  it.each([
    {
      name: 'up',
      prev: { prev_year: 2021, prev_rank: 3 },
      rank: 1,
      zh: '2021年第3名，上升2位',
      en: 'rank 3 in 2021, up 2',
    },
    {
      name: 'down',
      prev: { prev_year: 2020, prev_rank: 1 },
      rank: 2,
      zh: '2020年第1名，下降1位',
      en: 'rank 1 in 2020, down 1',
    },
    {
      name: 'same',
      prev: { prev_year: 2021, prev_rank: 1 },
      rank: 1,
      zh: '2021年第1名，名次不变',
      en: 'rank 1 in 2021, unchanged',
    },
    { name: 'new', prev: {}, rank: 1, zh: '此前年份无数据（新上榜）', en: 'no earlier year (new)' },
  ])('tooltip says the change since the previous year: $name', ({ prev, rank, zh, en }) => {
    // the leader (rank 1) is the other body when this one is second
    const other =
      rank === 1 ? row('wuxing', 98, 3, { prev_year: 2021, prev_rank: 3 }) : row('wuxing', 400, 1);
    const rows =
      rank === 1 ? [row('jiaxing', 369, rank, prev), other] : [other, row('jiaxing', 369, rank, prev)];
    expect(tip(rankingOption(input(rows)), 'jiaxing')).toContain(zh);
    expect(tip(rankingOption(input(rows, 'en')), 'jiaxing')).toContain(en);
  });

  it('says no change in the tooltip when nobody has an earlier year (else everyone would be "new")', () => {
    const option = rankingOption(input([row('jiaxing', 369, 1), row('wuxing', 98, 2)]));
    expect(tip(option, 'jiaxing')).not.toContain('新上榜');
    expect(tip(option, 'jiaxing')).not.toContain('名次不变');
  });

  it('tooltip of a body without a figure says there is none; an unknown name gets no tooltip', () => {
    const option = rankingOption(input([row('jiaxing', 369, 1), row('shengzhou', null, null)]));
    expect(tip(option, 'shengzhou')).toContain('无此项数据');
    expect(tip(option, 'shengzhou')).not.toContain('名次');
    expect(tip(option, 'jiaxing')).not.toContain('无此项数据');
    expect(tip(option, 'nobody')).toBe('');
  });

  it.each([
    {
      name: 'a quote of 80 characters is shown whole',
      quote: '甲'.repeat(80),
      shown: `“${'甲'.repeat(80)}”`,
    },
    { name: 'a longer one is cut at 80 with …', quote: '乙'.repeat(81), shown: `“${'乙'.repeat(80)}…”` },
    { name: 'no quote, no quote line', quote: null, shown: null },
  ])('tooltip quote: $name', ({ quote, shown }) => {
    const html = tip(rankingOption(input([row('jiaxing', 369, 1, { quote })])), 'jiaxing');
    if (shown) expect(html).toContain(shown);
    else expect(html).not.toContain('“');
  });

  it.each([
    {
      name: 'a partly comparable figure with its reason',
      extra: { comparable: 'partly' as const, comparability_zh: '含各渠道' },
      mark: '◐ 含各渠道',
    },
    {
      name: 'a partly comparable figure without a reason: no empty mark',
      extra: { comparable: 'partly' as const },
      mark: null,
    },
    {
      name: 'a comparable figure: no mark even if a reason is stored',
      extra: { comparability_zh: '含各渠道' },
      mark: null,
    },
  ])('tooltip ◐: $name', ({ extra, mark }) => {
    const html = tip(rankingOption(input([row('jiaxing', 369, 1, extra)])), 'jiaxing');
    if (mark) expect(html).toContain(mark);
    else expect(html).not.toContain('◐');
  });

  it('a rate formula only when both parts are known', () => {
    const rows = [
      row('jiaxing', 50, 1, { numerator: 5, denominator: null }),
      row('wuxing', 40, 2, { numerator: null, denominator: 100 }),
    ];
    const option = rankingOption({ ...input(rows), indicator: rate });
    for (const id of ['jiaxing', 'wuxing']) {
      expect(tip(option, id)).not.toContain('÷');
      expect(tip(option, id)).not.toContain('分母小于20');
    }
    expect(barLabels(option)).toEqual(['50%', '40%']);
  });

  it.each([
    { name: 'plain counts', rows: [row('jiaxing', 369, 1)], year: 2022 as const, room: 96 },
    {
      name: 'a rate’s parts beside the value',
      rows: [row('jiaxing', 50, 1, { numerator: 1, denominator: 2 })],
      year: 2022 as const,
      room: 150,
    },
    {
      name: 'a rate’s parts beside the value, when only some bars carry them',
      rows: [
        row('jiaxing', 50, 1, { numerator: 1, denominator: 2 }),
        row('wuxing', 40, 2, { numerator: null, denominator: null }),
      ],
      year: 2022 as const,
      room: 150,
    },
    {
      name: 'the year beside each value',
      rows: [row('jiaxing', 369, 1)],
      year: 'latest' as const,
      room: 96 + 64,
    },
    {
      name: 'both',
      rows: [row('jiaxing', 50, 1, { numerator: 1, denominator: 2 })],
      year: 'latest' as const,
      room: 150 + 64,
    },
  ])('leaves room right of the bars for the longest label: $name', ({ rows, year, room }) => {
    const option = rankingOption({ ...input(rows), year });
    expect((option.grid as { right: number }).right).toBe(room);
  });

  it.each([
    { name: 'a percentage axis ends at 100%', indicator: rate, max: 100 },
    { name: 'a count axis ends where the data does', indicator: FIXTURE_INDICATORS[0]!, max: undefined },
  ])('$name', ({ indicator, max }) => {
    const x = rankingOption({ ...input([row('jiaxing', 50, 1)]), indicator }).xAxis as {
      type: string;
      min: number;
      max?: number;
      axisLabel: { formatter: (v: number) => string; hideOverlap: boolean };
    };
    expect(x.type).toBe('value');
    expect(x.min).toBe(0);
    expect(x.max).toBe(max);
    expect(x.axisLabel.formatter(12000)).toBe('12,000');
    expect(x.axisLabel.hideOverlap).toBe(true);
  });

  it('draws still (images and prints are taken at once), keeps the tooltip on screen, names can be tapped', () => {
    const option = rankingOption(input([row('jiaxing', 369, 1)]));
    expect(option.animation).toBe(false);
    expect(option.tooltip).toMatchObject({ trigger: 'item', confine: true });
    expect((option.yAxis as YAxis).triggerEvent).toBe(true);
    expect(option.yAxis).toMatchObject({ type: 'category' });
    expect(bar(option)).toMatchObject({ type: 'bar' });
  });

  it('a name the rows do not hold is labelled 无数据, with no rank', () => {
    const axis = rankingOption(input([row('jiaxing', 369, 1), row('wuxing', 98, 2)])).yAxis as YAxis;
    expect(axis.axisLabel.formatter('nobody')).toBe('{nodata|nobody · 无数据}');
    expect(axis.axisLabel.formatter('shengzhou')).toBe('{nodata|嵊州 · 无数据}\n{county_city|县级市政协}');
  });

  it('each bar in its body’s own colour (the same in every view), its figure outside the bar', () => {
    const option = rankingOption(input([row('jiaxing', 369, 1), row('wuxing', 98, 2)]));
    expect(bar(option).data.map((d) => d.itemStyle.color)).toEqual([
      jurisdictionColor('jiaxing'),
      jurisdictionColor('wuxing'),
    ]);
    expect(bar(option).label).toMatchObject({ show: true, position: 'right' });
  });

  it('text is legible: rank badge, names, figures and change marks ≥ 4.5:1; ↑ green, ↓ red, = grey', () => {
    const option = rankingOption(input([row('jiaxing', 369, 1)]));
    const rich = (option.yAxis as YAxis).axisLabel.rich;
    expect(contrastRatio(rich.rank!.color!, rich.rank!.backgroundColor!)).toBeGreaterThanOrEqual(4.5);
    for (const style of ['name', 'nodata', 'up', 'down', 'same'])
      expect(contrastRatio(rich[style]!.color!, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(bar(option).label.color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const [ur, ug, ub] = rgb(rich.up!.color!) as [number, number, number];
    const [dr, dg, db] = rgb(rich.down!.color!) as [number, number, number];
    const [sr, sg, sb] = rgb(rich.same!.color!) as [number, number, number];
    expect(ug).toBeGreaterThan(Math.max(ur, ub));
    expect(dr).toBeGreaterThan(Math.max(dg, db));
    expect(Math.max(sr, sg, sb) - Math.min(sr, sg, sb)).toBeLessThan(16);
  });

  it.each([
    { name: 'desktop: the parts in brackets', compact: false, label: '25% (50÷200)' },
    { name: 'phone: the parts on a line of their own', compact: true, label: '25%\n50÷200' },
  ])('a rate’s parts on the bar — $name', ({ compact, label }) => {
    const option = rankingOption(
      { ...input([row('jiaxing', 25, 1, { numerator: 50, denominator: 200 })]), indicator: rate },
      { compact },
    );
    expect(barLabels(option)).toEqual([label]);
  });

  it.each([
    {
      name: 'a partly comparable figure of a comparable indicator is marked ◐',
      own: 'yes' as const,
      label: '369件 ◐',
    },
    {
      name: 'when the whole indicator is partly comparable, its flag says so once: no ◐ per bar',
      own: 'partly' as const,
      label: '369件',
    },
  ])('$name', ({ own, label }) => {
    const option = rankingOption({
      ...input([row('jiaxing', 369, 1, { comparable: 'partly' })]),
      indicator: { ...FIXTURE_INDICATORS[0]!, comparable: own },
    });
    expect(barLabels(option)).toEqual([label]);
  });
});
