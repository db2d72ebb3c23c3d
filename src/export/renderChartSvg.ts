// The chart alone as an SVG string, drawn by ECharts' SVG renderer without a DOM (server-side mode,
// which also works in the browser). Loaded only by export code: the SVG renderer stays out of the
// first load.
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { echarts } from '../charts/echartsSetup';
import '../views/trend/echartsTrendParts';
import '../views/matrix/echartsMatrixParts';
import type { Lang } from '../i18n/lang';
import { exportFontStack } from './composeChartSvg';

echarts.use([SVGRenderer]);

/** The on-screen option adapted for a still image: no animation, no tooltip, the export fonts. */
export function stillOption(option: EChartsCoreOption, lang: Lang = 'zh'): EChartsCoreOption {
  const textStyle = (option.textStyle ?? {}) as Record<string, unknown>;
  return {
    ...option,
    animation: false,
    tooltip: { show: false },
    backgroundColor: 'transparent',
    textStyle: { ...textStyle, fontFamily: exportFontStack(lang) },
  };
}

export function renderChartSvg(
  option: EChartsCoreOption,
  width: number,
  height: number,
  lang: Lang = 'zh',
): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption(stillOption(option, lang));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
