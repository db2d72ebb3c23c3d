import { format, type EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatValue } from '../../i18n/formatValue';
import { localized } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { TrendPoint } from './trendQuery';
import { jurisdictionName, scopeOf } from '../../charts/names';
import { jurisdictionColor } from '../../charts/palette';
import { isSmallDenominator, rateFormula } from '../../charts/rateParts';
import { richSafe } from '../../charts/richText';
import { pointsBySelected, trendSummary, type TrendTextInput } from './trendSummary';

const esc = (s: string) => format.encodeHTML(s);

/** Every year from the first to the last with data: a year in between without a figure is a visible gap. */
export function trendYears(points: readonly TrendPoint[]): number[] {
  if (points.length === 0) return [];
  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * One line per selected jurisdiction over the years; a missing year breaks the line (never a zero), a
 * jurisdiction with one year shows as a single labelled point. Each jurisdiction keeps its colour.
 */
export function trendOption(input: TrendTextInput): EChartsCoreOption {
  const { jurisdictions, indicator, lang } = input;
  const unit = localized(indicator, 'unit', lang);
  const by = pointsBySelected(input);
  const drawn = [...by].filter(([, list]) => list.length > 0);
  const years = trendYears(drawn.flatMap(([, list]) => list));
  const pointAt = new Map<string, TrendPoint>();
  for (const [, list] of drawn) for (const p of list) pointAt.set(`${p.jurisdiction_id}|${p.year}`, p);
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);

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
      let line = `${who}: <b>${esc(formatValue(p.value, p.qualifier, unit, lang))}</b>`;
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
    legend: {
      type: 'scroll',
      top: 0,
      data: drawn.map(([id]) => id),
      formatter: (id: string) => richSafe(name(id)),
      textStyle: { fontSize: 13 },
    },
    grid: {
      left: 8,
      right: 24,
      top: 40,
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
      boundaryGap: years.length <= 1 ? true : ['8%', '8%'],
      axisLabel: { fontSize: 13 },
    },
    yAxis: {
      type: 'value',
      min: 0,
      max: indicator.unit_zh === '%' ? 100 : undefined,
      axisLabel: { formatter: (v: number) => formatNumber(v, lang) },
      splitLine: { lineStyle: { color: '#eee' } },
    },
    series: drawn.map(([id, list]) => ({
      type: 'line',
      name: id,
      connectNulls: false,
      showSymbol: true,
      symbol: 'circle',
      symbolSize: list.length === 1 ? 12 : 8,
      lineStyle: { width: 2.5, color: jurisdictionColor(id) },
      itemStyle: { color: jurisdictionColor(id) },
      labelLayout: { hideOverlap: true },
      // A lone point carries its name: with one year there is no line to follow to the legend.
      label: {
        show: true,
        position: list.length === 1 ? 'right' : 'top',
        distance: 8,
        fontSize: 12,
        color: '#222',
        formatter: (p: { dataIndex: number }) => {
          const point = pointAt.get(`${id}|${years[p.dataIndex]}`);
          if (!point) return '';
          const value = formatValue(point.value, point.qualifier, unit, lang);
          return richSafe(list.length === 1 ? `${name(id)} ${value}` : value);
        },
      },
      data: years.map((y) => {
        const p = pointAt.get(`${id}|${y}`);
        return p ? p.value : '-';
      }),
    })),
  };
}
