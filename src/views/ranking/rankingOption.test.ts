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
import { contrastRatio, LEVEL_GROUPS, LEVEL_TEXT_COLOR } from '../../charts/palette';
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

  it('puts the text summary into the aria description', () => {
    const option = rankingOption(input(rows));
    expect((option.aria as { label: { description: string } }).label.description).toBe(
      '2022年立案提案：嘉兴≥1,200件居首，吴兴98件，贺州≈74件；嵊州无此项数据。',
    );
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
