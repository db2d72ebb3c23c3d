import { format, type EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatValue } from '../i18n/formatValue';
import { jurisdictionScope } from '../i18n/jurisdictionScope';
import { localized } from '../i18n/lang';
import { translate } from '../i18n/messages';
import type { RankingRow } from '../queries/ranking';
import { jurisdictionColor, NO_DATA_COLOR } from './palette';
import { richSafe } from './richText';
import { jurisdictionName, rankingSummary, type RankingTextInput } from './rankingSummary';

const esc = (s: string) => format.encodeHTML(s);

/** Whether level/body labels are needed: only when the listed jurisdictions differ in them. */
function scopesDiffer(input: RankingTextInput): boolean {
  const scopes = new Set(
    input.rows.map((r) => {
      const j = input.jurisdictions.get(r.jurisdiction_id);
      return j ? `${j.level}/${j.body}` : '';
    }),
  );
  return scopes.size > 1;
}

function tooltipHtml(row: RankingRow, input: RankingTextInput): string {
  const { lang, indicator, jurisdictions } = input;
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const j = jurisdictions.get(row.jurisdiction_id);
  const unit = localized(indicator, 'unit', lang);
  const lines = [`<b>${esc(jurisdictionName(row.jurisdiction_id, jurisdictions, lang))}</b>`];
  if (j) lines.push(`<span style="color:#666">${esc(jurisdictionScope(j, lang))}</span>`);
  if (row.value === null) {
    lines.push(esc(t('noDataLong')));
  } else {
    lines.push(`${esc(t('rank'))}: ${row.rank}`);
    lines.push(`${esc(t('value'))}: ${esc(formatValue(row.value, row.qualifier, unit, lang))}`);
    if (row.numerator !== null && row.denominator !== null) {
      lines.push(esc(`= ${formatNumber(row.numerator, lang)} ÷ ${formatNumber(row.denominator, lang)}`));
    }
    if (row.quote) {
      const quote = row.quote.length > 80 ? `${row.quote.slice(0, 80)}…` : row.quote;
      lines.push(`<span style="color:#666;white-space:normal">“${esc(quote)}”</span>`);
    }
  }
  return `<div style="max-width:320px;white-space:normal">${lines.join('<br/>')}</div>`;
}

/**
 * Horizontal ranking bars, largest on top. Jurisdictions without a figure keep their row (greyed,
 * labelled 无数据) and get no bar: a missing value is never drawn as zero.
 */
export function rankingOption(input: RankingTextInput): EChartsCoreOption {
  const { rows, jurisdictions, indicator, lang } = input;
  const unit = localized(indicator, 'unit', lang);
  const showScope = scopesDiffer(input);
  const byId = new Map(rows.map((r) => [r.jurisdiction_id, r]));
  const noData = translate(lang, 'noData');

  return {
    animation: false,
    aria: { enabled: true, label: { description: rankingSummary(input) } },
    grid: { left: 8, right: 80, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const row = byId.get((p as { name: string }).name);
        return row ? tooltipHtml(row, input) : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: indicator.unit_zh === '%' ? 100 : undefined,
      axisLabel: { formatter: (v: number) => formatNumber(v, lang) },
      splitLine: { lineStyle: { color: '#eee' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.jurisdiction_id),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        formatter: (id: string) => {
          const row = byId.get(id);
          const name = richSafe(jurisdictionName(id, jurisdictions, lang));
          const j = jurisdictions.get(id);
          const scope = showScope && j ? `\n{scope|${richSafe(jurisdictionScope(j, lang))}}` : '';
          if (!row || row.value === null) return `{nodata|${name} · ${richSafe(noData)}}${scope}`;
          return `{name|${name}}${scope}`;
        },
        rich: {
          name: { fontSize: 14, color: '#222', lineHeight: 18 },
          nodata: { fontSize: 14, color: NO_DATA_COLOR, lineHeight: 18 },
          scope: { fontSize: 11, color: '#888', lineHeight: 14 },
        },
      },
    },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        data: rows.map((r) =>
          r.value === null
            ? { name: r.jurisdiction_id, value: '-' }
            : {
                name: r.jurisdiction_id,
                value: r.value,
                itemStyle: { color: jurisdictionColor(r.jurisdiction_id) },
              },
        ),
        label: {
          show: true,
          position: 'right',
          fontSize: 13,
          color: '#222',
          formatter: (p: { dataIndex: number }) => {
            const row = rows[p.dataIndex];
            return row && row.value !== null ? formatValue(row.value, row.qualifier, unit, lang) : '';
          },
        },
      },
    ],
  };
}
