import type { EChartsCoreOption } from 'echarts/core';
import { estimateTextWidth, wrapText } from './textLayout';

type Formatter = (value: string, index: number) => string;
interface RichStyle {
  fontSize?: number;
  fontWeight?: string | number;
}

/** `{style|text}` tokens of an ECharts rich label, each broken into lines no wider than `width`. */
export function wrapRichTokens(
  label: string,
  width: number,
  rich: Record<string, RichStyle>,
  fallbackSize: number,
): string {
  return label
    .split('\n')
    .map((line) => {
      const m = /^\{(\w+)\|([^{}]*)\}$/s.exec(line);
      // A line of several styled tokens (a rank badge and a name) is left as it is.
      if (!m && /[{}]/.test(line)) return line;
      const style = m ? (rich[m[1]!] ?? {}) : {};
      const text = m ? m[2]! : line;
      const lines = wrapText(text, {
        maxWidth: width,
        fontSize: style.fontSize ?? fallbackSize,
        bold: style.fontWeight === 'bold' || Number(style.fontWeight) >= 600,
        measure: estimateTextWidth,
      });
      return lines.map((l) => (m ? `{${m[1]}|${l}}` : l)).join('\n');
    })
    .join('\n');
}

/**
 * The option with its category-axis labels wrapped to `width` px: column heads of a heatmap drawn in
 * a narrower image than the screen (A4 portrait) would otherwise run into each other. Rich-text
 * styles do not cross a line break, so each styled token is wrapped on its own.
 */
export function wrapAxisLabels(
  option: EChartsCoreOption,
  axis: 'xAxis' | 'yAxis',
  width: number,
): EChartsCoreOption {
  const current = option[axis] as Record<string, unknown> | undefined;
  if (!current || Array.isArray(current)) return option;
  const label = (current.axisLabel ?? {}) as Record<string, unknown>;
  const formatter = label.formatter as Formatter | undefined;
  const rich = (label.rich ?? {}) as Record<string, RichStyle>;
  const size = typeof label.fontSize === 'number' ? label.fontSize : 12;
  const w = Math.max(24, Math.floor(width));
  return {
    ...option,
    [axis]: {
      ...current,
      axisLabel: {
        ...label,
        formatter: (value: string, index: number) =>
          wrapRichTokens(formatter ? formatter(value, index) : String(value), w, rich, size),
      },
    },
  };
}
