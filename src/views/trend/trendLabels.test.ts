import { describe, expect, it } from 'vitest';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../../charts/echartsSetup';
import '../../../tests/support/chartRender';
import type { TrendMode } from '../../app/urlState';
import { FIXTURE_INDICATORS, FIXTURE_JURISDICTIONS } from '../../../tests/support/fixture';
import { modelCatalog } from '../viewModel';
import { FULL_RANGE } from './trendMeasure';
import { trendModel } from './trendModel';
import type { TrendPoint } from './trendQuery';

const catalog = modelCatalog({
  jurisdictions: FIXTURE_JURISDICTIONS,
  indicators: FIXTURE_INDICATORS,
  categories: [],
  sources: [],
});
const ids = FIXTURE_JURISDICTIONS.map((j) => j.id);

/** Five bodies over seven years, within a few percent of each other: every label wants the same place. */
const close: TrendPoint[] = ids.flatMap((id, i) =>
  [2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year, k) => ({
    jurisdiction_id: id,
    year,
    value: 300 + k * 12 + i * 3,
    qualifier: i === 1 ? ('at_least' as const) : ('exact' as const),
    numerator: null,
    denominator: null,
    quote: null,
  })),
);

interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Lays the option out with ECharts itself (the SVG renderer, server side, at the card's width) and reads
 * every text span it would draw (ZRText draws as tspans), with its box in chart pixels; hidden labels are
 * not in the display list.
 */
function drawnTexts(option: EChartsCoreOption, width: number, height: number): Box[] {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  chart.renderToSVGString();
  type El = {
    type: string;
    ignore?: boolean;
    invisible?: boolean;
    style?: { text?: string; opacity?: number };
    parent?: El & { ignore?: boolean };
    getBoundingRect: () => { clone: () => { applyTransform: (m: unknown) => void } & Omit<Box, 'text'> };
    getComputedTransform: () => unknown;
  };
  const list = (chart.getZr() as unknown as { storage: { getDisplayList: (u: boolean) => El[] } }).storage
    .getDisplayList(true)
    .filter((el) => el.type === 'tspan' && !el.ignore && !el.invisible && (el.style?.opacity ?? 1) > 0)
    .filter((el) => (el.style?.text ?? '') !== '');
  const boxes = list.map((el) => {
    const r = el.getBoundingRect().clone();
    r.applyTransform(el.getComputedTransform());
    return { text: el.style!.text!, x: r.x, y: r.y, width: r.width, height: r.height };
  });
  chart.dispose();
  return boxes;
}

const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** The card's chart width at each screen: a phone's 375 px less the card's padding, desktop and wall. */
const SCREENS = [
  { screen: 375, width: 343, compact: true },
  { screen: 1440, width: 1100, compact: false },
  { screen: 1920, width: 1500, compact: false },
];

describe('trend labels never draw over each other', () => {
  it.each(
    SCREENS.flatMap((s) =>
      (['value', 'change', 'index'] as TrendMode[]).flatMap((mode) =>
        (['zh', 'en'] as const).map((lang) => ({ ...s, mode, lang })),
      ),
    ),
  )('$screen px, $mode, $lang', ({ width, compact, mode, lang }) => {
    const model = trendModel(
      { indicator: FIXTURE_INDICATORS[0]!, selected: ids, mode, range: FULL_RANGE, compact },
      close,
      catalog,
      lang,
    );
    const texts = drawnTexts(model.chart!.option, width, model.chart!.height);
    // Labels are drawn at all (the check would pass on an empty chart otherwise).
    expect(texts.filter((t) => /\d/.test(t.text)).length).toBeGreaterThan(10);
    const collisions = texts.flatMap((a, i) =>
      texts.slice(i + 1).flatMap((b) => (overlap(a, b) ? [`“${a.text}” × “${b.text}”`] : [])),
    );
    expect(collisions).toEqual([]);
  });
});
