import { format, type EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatValue } from '../../i18n/formatValue';
import { localized } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { TrendPoint } from './trendQuery';
import { jurisdictionName, scopeOf } from '../../charts/names';
import { jurisdictionColor, jurisdictionStyle } from '../../charts/palette';
import { isSmallDenominator, rateFormula } from '../../charts/rateParts';
import { richSafe } from '../../charts/richText';
import { formatChange, formatShown, type ShownPoint } from './trendMeasure';
import { pointsBySelected, trendSummary, type TrendTextInput } from './trendSummary';

const esc = (s: string) => format.encodeHTML(s);

/** Every year from the first to the last with data: a year in between without a figure is a visible gap. */
export function trendYears(points: readonly Pick<TrendPoint, 'year'>[]): number[] {
  if (points.length === 0) return [];
  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Above this many points, only each line's last figure is labelled (as on a phone). Labels that collide
 * are hidden anyway, so fifty bodies over forty years showed a handful of their 2,000 labels, yet laying
 * all of them out cost the chart a third of its drawing time; the tooltip and the table keep every figure.
 */
export const MAX_LABELLED_POINTS = 240;

const LEGEND_GAP = 6;
const LEGEND_ROW = 16;

/** Height of the phone layout's legend list, one body a line. */
export function trendLegendHeight(lines: number): number {
  return lines * (LEGEND_ROW + LEGEND_GAP);
}

/**
 * One line per selected jurisdiction over the years; a missing year breaks the line (never a zero), a
 * jurisdiction with one year shows as a single labelled point. Each jurisdiction keeps its colour.
 */
export function trendOption(input: TrendTextInput, { compact = false } = {}): EChartsCoreOption {
  const { jurisdictions, indicator, lang } = input;
  const mode = input.mode ?? 'value';
  const unit = localized(indicator, 'unit', lang);
  const by = pointsBySelected(input);
  const drawn = [...by].filter(([, list]) => list.length > 0);
  const years = input.years ? [...input.years] : trendYears(drawn.flatMap(([, list]) => list));
  const pointAt = new Map<string, ShownPoint>();
  for (const [, list] of drawn) for (const p of list) pointAt.set(`${p.jurisdiction_id}|${p.year}`, p);
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);
  const lastOnly = compact || pointAt.size > MAX_LABELLED_POINTS;

  const tooltip = (year: number) => {
    const lines = [`<b>${year}</b>`];
    for (const [id] of drawn) {
      const p = pointAt.get(`${id}|${year}`);
      const scope = scopeOf(id, jurisdictions, lang);
      const who = `<span style="color:${jurisdictionColor(id)}">●</span> ${esc(name(id))}${
        scope ? ` <span style="color:#5f6368">${esc(scope)}</span>` : ''
      }`;
      if (!p) {
        lines.push(`${who}: ${esc(translate(lang, 'noData'))}`);
        continue;
      }
      let line = `${who}: <b>${esc(formatShown(p, mode, unit, lang))}</b>`;
      if (p.reported && p.base) {
        const reported = formatValue(p.reported.value, p.reported.qualifier, unit, lang);
        const base = formatValue(p.base.value, p.base.qualifier, unit, lang);
        line += ` ${esc(translate(lang, 'trendTooltipBase', { reported, year: p.base.year, base }))}`;
      }
      if (p.numerator !== null && p.denominator !== null) {
        line += ` ${esc(rateFormula(p.numerator, p.denominator, input.rateParts ?? null, lang))}`;
        if (isSmallDenominator(p.denominator)) line += ` ⚠ ${esc(translate(lang, 'smallDenominator'))}`;
      }
      lines.push(line);
    }
    return `<div style="max-width:360px;white-space:normal">${lines.join('<br/>')}</div>`;
  };

  return {
    animation: false,
    aria: { enabled: true, label: { description: trendSummary(input) } },
    color: drawn.map(([id]) => jurisdictionColor(id)),
    // On a phone the legend is a list, one body a line: a scrolling legend hides names behind its page
    // buttons, and the lines carry only their last figure, so the legend is how a line is named.
    legend: compact
      ? {
          type: 'plain',
          orient: 'vertical',
          left: 0,
          top: 0,
          itemGap: LEGEND_GAP,
          data: drawn.map(([id]) => id),
          formatter: (id: string) => richSafe(name(id)),
          textStyle: { fontSize: 13 },
        }
      : {
          type: 'scroll',
          top: 0,
          data: drawn.map(([id]) => id),
          formatter: (id: string) => richSafe(name(id)),
          textStyle: { fontSize: 13 },
        },
    grid: {
      left: 8,
      right: 24,
      top: compact ? trendLegendHeight(drawn.length) + 16 : 40,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params: unknown) => {
        const first = Array.isArray(params) ? params[0] : params;
        const year = Number((first as { name?: string } | undefined)?.name);
        return Number.isFinite(year) ? tooltip(year) : '';
      },
    },
    xAxis: {
      type: 'category',
      data: years.map(String),
      // Each year owns an equal band and its points sit in the middle of it, so the first and last
      // figures (and the labels above them) stand half a band away from the axes and one year alone is
      // centred. A category axis knows only this yes or no: ['8%', '8%'], written here before, is the
      // value axes' form, which ECharts reads on a category axis as this same true.
      boundaryGap: true,
      axisLabel: { fontSize: 13 },
    },
    yAxis: {
      type: 'value',
      // Changes go below zero and an index centres on 100: only the figures themselves start at 0.
      min: mode === 'value' ? 0 : undefined,
      max: mode === 'value' && indicator.unit_zh === '%' ? 100 : undefined,
      axisLabel: {
        formatter: (v: number) => (mode === 'change' ? formatChange(v, null, lang) : formatNumber(v, lang)),
      },
      splitLine: { lineStyle: { color: '#eee' } },
    },
    series: drawn.map(([id, list]) => {
      const style = jurisdictionStyle(id);
      const last = list[list.length - 1]!;
      return {
        type: 'line',
        name: id,
        connectNulls: false,
        showSymbol: true,
        symbol: style.symbol,
        symbolSize: list.length === 1 ? 12 : 8,
        // Colour and dash: lines stay apart in greyscale print and for colour-blind readers.
        lineStyle: { width: 2.5, color: style.color, type: style.dash },
        itemStyle: { color: style.color },
        // Labels that would overlap are moved apart, and hidden when still colliding; the tooltip and
        // the table keep every figure.
        labelLayout: { moveOverlap: 'shiftY', hideOverlap: true },
        markLine:
          mode !== 'value' && id === drawn[0]![0]
            ? {
                silent: true,
                symbol: 'none',
                label: { show: false },
                lineStyle: { color: '#5f6368', type: 'solid', width: 1 },
                data: [{ yAxis: mode === 'change' ? 0 : 100 }],
              }
            : undefined,
        // A lone point carries its name: with one year there is no line to follow to the legend. On a
        // phone, or with many points, only each line's last figure is labelled (on the point itself, so
        // the others create no label at all): every point's would crowd 375 px.
        label: {
          show: !lastOnly,
          position: list.length === 1 ? 'right' : 'top',
          distance: 8,
          fontSize: 12,
          color: '#222',
          formatter: (p: { dataIndex: number }) => {
            const point = pointAt.get(`${id}|${years[p.dataIndex]}`);
            if (!point || (lastOnly && point !== last)) return '';
            const value = formatShown(point, mode, unit, lang);
            return richSafe(list.length === 1 ? `${name(id)} ${value}` : value);
          },
        },
        data: years.map((y) => {
          const p = pointAt.get(`${id}|${y}`);
          if (!p) return '-';
          return lastOnly && p === last ? { value: p.value, label: { show: true } } : p.value;
        }),
      };
    }),
  };
}
