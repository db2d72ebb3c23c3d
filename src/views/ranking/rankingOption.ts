import { format, type EChartsCoreOption } from 'echarts/core';
import { formatNumber, formatValue } from '../../i18n/formatValue';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import type { RankingRow } from './rankingQuery';
import { jurisdictionName, scopeOf, scopesDiffer } from '../../charts/names';
import {
  jurisdictionColor,
  LEVEL_GROUPS,
  LEVEL_TEXT_COLOR,
  LEVEL_TINTS,
  levelGroup,
  NO_DATA_COLOR,
} from '../../charts/palette';
import { levelGroupName } from '../../i18n/jurisdictionScope';
import { hasEarlierYears, rankChange, rankChangeMark, type RankChange } from './rankChange';
import { isSmallDenominator, rateFormula } from '../../charts/rateParts';
import { richSafe } from '../../charts/richText';
import { rankingSummary, type RankingTextInput } from './rankingSummary';

const esc = (s: string) => format.encodeHTML(s);

/** Ranks shared by more than one jurisdiction, to say "tied" in the tooltip. */
function tiedRanks(rows: readonly RankingRow[]): Set<number> {
  const seen = new Map<number, number>();
  for (const r of rows) if (r.rank !== null) seen.set(r.rank, (seen.get(r.rank) ?? 0) + 1);
  return new Set([...seen].filter(([, n]) => n > 1).map(([rank]) => rank));
}

export function rankChangeText(change: RankChange, lang: Lang): string {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  if (change.kind === 'new') return t('changeNew');
  const prev = t('changePrev', { year: change.prevYear, rank: change.prevRank });
  if (change.kind === 'same') return `${prev}${t('changeSame')}`;
  return `${prev}${t(change.kind === 'up' ? 'changeUp' : 'changeDown', { by: change.by })}`;
}

function tooltipHtml(row: RankingRow, input: RankingTextInput, ties: Set<number>, showChange: boolean) {
  const { lang, indicator, jurisdictions } = input;
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const unit = localized(indicator, 'unit', lang);
  const lines = [`<b>${esc(jurisdictionName(row.jurisdiction_id, jurisdictions, lang))}</b>`];
  const scope = scopeOf(row.jurisdiction_id, jurisdictions, lang);
  if (scope) lines.push(`<span style="color:#666">${esc(scope)}</span>`);
  if (row.value === null || row.rank === null) {
    lines.push(esc(t('noDataLong')));
  } else {
    const tie = ties.has(row.rank) ? t('tied') : '';
    // Full-width colon in Chinese: the label/text pattern of each language.
    lines.push(esc(t('labelled', { label: t('rank'), text: `${row.rank}${tie}` })));
    lines.push(
      esc(t('labelled', { label: t('value'), text: formatValue(row.value, row.qualifier, unit, lang) })),
    );
    // A figure that only partly measures the same thing says why, on hover and on tap.
    const reason = row.comparable === 'partly' ? localized(row, 'comparability', lang) : '';
    if (reason) lines.push(`<span style="color:#8a4b00">◐ ${esc(reason)}</span>`);
    if (row.numerator !== null && row.denominator !== null) {
      lines.push(esc(rateFormula(row.numerator, row.denominator, input.rateParts ?? null, lang)));
      if (isSmallDenominator(row.denominator)) {
        lines.push(`<span style="color:#9a5b00">⚠ ${esc(t('smallDenominator'))}</span>`);
      }
    }
    const change = rankChange(row);
    if (showChange && change) lines.push(esc(rankChangeText(change, lang)));
    if (row.quote) {
      const quote = row.quote.length > 80 ? `${row.quote.slice(0, 80)}…` : row.quote;
      lines.push(`<span style="color:#666;white-space:normal">“${esc(quote)}”</span>`);
    }
  }
  return `<div style="max-width:320px;white-space:normal">${lines.join('<br/>')}</div>`;
}

/**
 * Horizontal ranking bars, largest on top, each labelled with its rank (ties share one: 1, 2, 2, 4) and,
 * when earlier years exist, the change since the jurisdiction's previous year (↑2 / ↓1 / new).
 * Jurisdictions without a figure keep their row (greyed, labelled 无数据) and get no bar: a missing
 * value is never drawn as zero.
 */
export function rankingOption(
  input: RankingTextInput,
  layout: { compact: boolean } = { compact: false },
): EChartsCoreOption {
  const { jurisdictions, indicator, lang } = input;
  // Bodies without a figure are not rows of the chart: the model says them in one line beside it.
  const rows = input.rows.filter((r) => r.value !== null);
  const latest = input.year === 'latest';
  const unit = localized(indicator, 'unit', lang);
  // Bodies of different levels carry a level badge under the name, tinted by level (the bar keeps the
  // body's own colour): the full level and body on a desktop, the level alone on a phone, where a
  // longer line would be cut off at the left edge.
  const showScope = scopesDiffer(
    rows.map((r) => r.jurisdiction_id),
    jurisdictions,
  );
  const showChange = hasEarlierYears(rows);
  const ties = tiedRanks(rows);
  const byId = new Map(input.rows.map((r) => [r.jurisdiction_id, r]));
  const noData = translate(lang, 'noData');
  const newWord = translate(lang, 'changeNewMark');

  return {
    animation: false,
    aria: { enabled: true, label: { description: rankingSummary(input) } },
    grid: {
      left: 8,
      right: (rows.some((r) => r.denominator !== null) ? 150 : 96) + (latest ? 64 : 0),
      top: 8,
      bottom: 8,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => {
        const row = byId.get((p as { name: string }).name);
        return row ? tooltipHtml(row, input, ties, showChange) : '';
      },
    },
    xAxis: {
      type: 'value',
      min: 0,
      max: indicator.unit_zh === '%' ? 100 : undefined,
      axisLabel: { formatter: (v: number) => formatNumber(v, lang), hideOverlap: true },
      splitLine: { lineStyle: { color: '#eee' } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.jurisdiction_id),
      axisTick: { show: false },
      triggerEvent: true,
      axisLabel: {
        interval: 0,
        formatter: (id: string) => {
          const row = byId.get(id);
          const name = richSafe(jurisdictionName(id, jurisdictions, lang));
          const j = jurisdictions.get(id);
          const scopeText =
            showScope && j
              ? richSafe(layout.compact ? levelGroupName(j, lang) : scopeOf(id, jurisdictions, lang))
              : '';
          const scope = scopeText && j ? `\n{${levelGroup(j)}|${scopeText}}` : '';
          if (!row || row.value === null || row.rank === null) {
            return `{nodata|${name} · ${richSafe(noData)}}${scope}`;
          }
          const change = showChange ? rankChange(row) : null;
          const mark = change ? rankChangeMark(change, newWord) : '';
          const markStyle = change?.kind === 'up' ? 'up' : change?.kind === 'down' ? 'down' : 'same';
          const changePart = mark ? ` {${markStyle}|${richSafe(mark)}}` : '';
          return `{rank|${row.rank}} {name|${name}}${changePart}${scope}`;
        },
        rich: {
          rank: {
            fontSize: 12,
            fontWeight: 'bold',
            color: '#fff',
            backgroundColor: '#5b6472',
            borderRadius: 9,
            width: 18,
            height: 18,
            align: 'center',
            lineHeight: 18,
          },
          name: { fontSize: 14, color: '#222', lineHeight: 18 },
          nodata: { fontSize: 14, color: NO_DATA_COLOR, lineHeight: 18 },
          ...Object.fromEntries(
            LEVEL_GROUPS.map((g) => [
              g,
              {
                fontSize: 11,
                color: LEVEL_TEXT_COLOR,
                backgroundColor: LEVEL_TINTS[g],
                borderRadius: 3,
                padding: [1, 4],
                lineHeight: 16,
              },
            ]),
          ),
          // Left padding keeps the change mark clear of the name.
          up: { fontSize: 12, color: '#1b7f3b', fontWeight: 'bold', padding: [0, 0, 0, 4] },
          down: { fontSize: 12, color: '#b3261e', fontWeight: 'bold', padding: [0, 0, 0, 4] },
          same: { fontSize: 12, color: '#5f6368', padding: [0, 0, 0, 4] },
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
            if (!row || row.value === null) return '';
            let text = formatValue(row.value, row.qualifier, unit, lang);
            // Figures from different years say their year on the bar itself.
            if (latest && row.year !== null) {
              text = translate(lang, 'summaryValueYear', { value: text, year: row.year });
            }
            // A rate shows its parts on the bar: a leader should not have to hover to see 1 ÷ 3.
            if (row.numerator !== null && row.denominator !== null) {
              const parts = `${formatNumber(row.numerator, lang)}÷${formatNumber(row.denominator, lang)}`;
              text += layout.compact ? `\n${parts}` : ` (${parts})`;
            }
            // ◐ on the bar itself: this figure only partly measures the same thing (its reason is in
            // the tooltip, on tap, and in the notes, which screen readers and paper get).
            if (row.comparable === 'partly' && indicator.comparable !== 'partly') text += ' ◐';
            return isSmallDenominator(row.denominator) ? `${text} ⚠` : text;
          },
        },
      },
    ],
  };
}
