import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import { echarts } from '../../src/charts/echartsSetup';
import '../../src/views/trend/echartsTrendParts';
import '../../src/views/matrix/echartsMatrixParts';
import { FIXTURE_JURISDICTIONS, jurisdiction } from './fixture';

echarts.use([SVGRenderer]);

export const XSS = '<img src=x onerror=alert(1)>';
export const XSS_ESCAPED = '&lt;img src=x onerror=alert(1)&gt;';

/** The fixture jurisdictions plus one named like an HTML tag, in both languages. */
export const JURISDICTIONS_WITH_XSS = new Map(
  [...FIXTURE_JURISDICTIONS, jurisdiction('evil', XSS, { name_en: XSS, level: 'district' })].map((j) => [
    j.id,
    j,
  ]),
);

/** Server-side SVG of an option: what the canvas would draw, as text a test can search. */
export function renderSvg(option: EChartsCoreOption, width = 800, height = 500): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** Calls an option's tooltip formatter the way ECharts does. */
export function tooltipOf(option: EChartsCoreOption, params: unknown): string {
  return (option.tooltip as { formatter: (p: unknown) => string }).formatter(params);
}

export function ariaDescription(option: EChartsCoreOption): string {
  return (option.aria as { label: { description: string } }).label.description;
}
