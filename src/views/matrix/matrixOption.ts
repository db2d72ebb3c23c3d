import { format, type EChartsCoreOption } from 'echarts/core';
import { formatCompactValue, formatValue } from '../../i18n/formatValue';
import { localized } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { MatrixCell } from './matrixQuery';
import { jurisdictionName, scopeOf, scopesDiffer } from '../../charts/names';
import { rateFormula } from '../../charts/rateParts';
import { richSafe } from '../../charts/richText';
import { wrapText } from '../../export/textLayout';
import { cellIndex, cellKey, matrixSummary, type MatrixTextInput } from './matrixSummary';

const esc = (s: string) => format.encodeHTML(s);

/**
 * Colour of a cell by its rank within the indicator; one reporter has nobody to be ranked against; a
 * figure that is not comparable is never coloured by rank. Text on every fill is at least 4.5:1
 * (WCAG AA; src/views/matrix/matrixContrast.test.ts computes it from these colours).
 */
export const RANK_TIERS = [
  { id: 'rank1', fill: '#1d4f91', text: '#fff' },
  { id: 'rank2', fill: '#3b6db0', text: '#fff' },
  { id: 'rank3', fill: '#9dbde6', text: '#10243f' },
  { id: 'rank4', fill: '#d3e2f5', text: '#10243f' },
  { id: 'sole', fill: '#efe9d8', text: '#3d3420' },
  { id: 'unranked', fill: '#ffffff', text: '#3c4043' },
] as const;
export const NOT_COMPARABLE_TIER = RANK_TIERS[5];
/**
 * A cell without a figure: pale, with a dashed outline that stands out from the page (≥ 3:1, WCAG AA
 * for graphics) and its "—" at ≥ 4.5:1.
 */
export const MISSING_CELL = { fill: '#f6f7f9', text: '#5f6368', border: '#80868b' };
/** The outline of a not-comparable cell (white like the page): ≥ 3:1 against the page. */
export const NOT_COMPARABLE_BORDER = '#5f6368';
/** The page and card background the cells sit on. */
export const MATRIX_BACKGROUND = '#ffffff';

export function rankTier(cell: Pick<MatrixCell, 'rank' | 'reporters'>) {
  if (cell.rank === null) return NOT_COMPARABLE_TIER;
  if (cell.reporters <= 1) return RANK_TIERS[4];
  return RANK_TIERS[Math.min(cell.rank, 4) - 1]!;
}

/** The marker a cell's value carries: ⊘ not comparable (not ranked), ◐ partly comparable. */
export function comparabilityMark(cell: Pick<MatrixCell, 'comparable' | 'rank'>): string {
  if (cell.rank === null) return '⊘';
  return cell.comparable === 'partly' ? '◐' : '';
}

/** The number ECharts colours a cell by (heatmaps colour through a visualMap): 0 missing, 1–5 tiers. */
function tierCode(cell: Pick<MatrixCell, 'rank' | 'reporters'> | undefined): number {
  return cell ? RANK_TIERS.indexOf(rankTier(cell)) + 1 : 0;
}

export const MATRIX_ROW_HEIGHT = 34;
/**
 * On a phone the names wrap in a narrow column: rows are taller so three lines fit (at 34 px the
 * English "Collective proposals submitted by parties" ran into the next row).
 */
export const MATRIX_ROW_HEIGHT_COMPACT = 46;
/** Indicator names on a phone: wide enough that an English name takes at most three lines. */
const COMPACT_ROW_LABEL_WIDTH = { zh: 84, en: 104 } as const;
/** Width of the indicator names left of the grid (wider in English, whose words are longer). */
export const MATRIX_ROW_LABEL_WIDTH = { zh: 150, en: 190 } as const;

export interface MatrixLayout {
  /** Phone width: short labels, compact numbers without units (the table below has them in full). */
  compact: boolean;
}

/** Height that gives each indicator row room for its (possibly two-line) name. */
export function matrixHeight(rows: number, showScope: boolean, layout: MatrixLayout): number {
  const row = layout.compact ? MATRIX_ROW_HEIGHT_COMPACT : MATRIX_ROW_HEIGHT;
  // Phone column heads are turned (see matrixOption): they need more height than they take across.
  return rows * row + (layout.compact ? 90 : showScope ? 84 : 60);
}

/** The year each column shows under its name: a jurisdiction's cells all from one year say it once. */
export function columnYears(
  cells: readonly MatrixCell[],
  selected: readonly string[],
): Map<string, number | null> {
  return new Map(
    selected.map((id) => {
      const years = new Set(cells.filter((c) => c.jurisdiction_id === id).map((c) => c.year));
      return [id, years.size === 1 ? [...years][0]! : null];
    }),
  );
}

/**
 * Heatmap of within-indicator rank: indicators down, jurisdictions across, the raw value (with ≥/≈) in
 * each cell. A missing figure is a pale cell marked "—", never a zero.
 */
export function matrixOption(
  input: MatrixTextInput,
  layout: MatrixLayout = { compact: false },
): EChartsCoreOption {
  const { indicators, selected, jurisdictions, lang } = input;
  const byKey = cellIndex(input.cells);
  const showScope = scopesDiffer(selected, jurisdictions) && !layout.compact;
  const rowSet = new Set(indicators.map((i) => i.id));
  const yearOfColumn = columnYears(
    input.cells.filter((c) => rowSet.has(c.indicator_id)),
    selected,
  );
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);
  const rowLabelSize = layout.compact ? 11 : 12;
  const rowLabelWidth = layout.compact ? COMPACT_ROW_LABEL_WIDTH[lang] : MATRIX_ROW_LABEL_WIDTH[lang];

  const data = indicators.flatMap((ind, y) =>
    selected.map((id, x) => {
      const cell = byKey.get(cellKey(ind.id, id));
      if (!cell) {
        return {
          value: [x, y, tierCode(cell)],
          key: cellKey(ind.id, id),
          label: { color: MISSING_CELL.text },
          itemStyle: { borderColor: MISSING_CELL.border, borderWidth: 1, borderType: 'dashed' },
        };
      }
      const tier = rankTier(cell);
      return {
        value: [x, y, tierCode(cell)],
        key: cellKey(ind.id, id),
        label: { color: tier.text },
        ...(cell.rank === null && {
          itemStyle: { borderColor: NOT_COMPARABLE_BORDER, borderWidth: 1, borderType: 'dashed' },
        }),
      };
    }),
  );

  const tooltip = (key: string) => {
    const [indicatorId, jurisdictionId] = key.split('|') as [string, string];
    const ind = indicators.find((i) => i.id === indicatorId);
    if (!ind) return '';
    const cell = byKey.get(key);
    const unit = localized(ind, 'unit', lang);
    const lines = [`<b>${esc(localized(ind, 'name', lang))}</b>`, esc(name(jurisdictionId))];
    const scope = scopeOf(jurisdictionId, jurisdictions, lang);
    if (scope) lines[1] += ` <span style="color:#5f6368">${esc(scope)}</span>`;
    if (!cell) lines.push(esc(translate(lang, 'noDataLong')));
    else {
      lines.push(`${cell.year}: <b>${esc(formatValue(cell.value, cell.qualifier, unit, lang))}</b>`);
      lines.push(
        esc(
          cell.rank === null
            ? `⊘ ${translate(lang, 'notComparableNotRanked')}`
            : translate(lang, cell.reporters > 1 ? 'rankOf' : 'soleReporter', {
                rank: cell.rank,
                reporters: cell.reporters,
              }),
        ),
      );
      const reason = localized(cell, 'comparability', lang);
      if (cell.rank === null && reason) lines.push(esc(reason));
      else if (cell.comparable === 'partly' && reason)
        lines.push(
          esc(`◐ ${translate(lang, 'labelled', { label: translate(lang, 'flagPartly'), text: reason })}`),
        );
      if (cell.numerator !== null && cell.denominator !== null) {
        lines.push(esc(rateFormula(cell.numerator, cell.denominator, null, lang)));
      }
    }
    return `<div style="max-width:320px;white-space:normal">${lines.join('<br/>')}</div>`;
  };

  return {
    animation: false,
    aria: { enabled: true, label: { description: matrixSummary(input) } },
    grid: { left: 8, right: 8, top: 8, bottom: 8, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
    tooltip: {
      trigger: 'item',
      confine: true,
      formatter: (p: unknown) => tooltip((p as { data?: { key?: string } }).data?.key ?? ''),
    },
    visualMap: {
      type: 'piecewise',
      show: false,
      dimension: 2,
      seriesIndex: 0,
      pieces: [
        { value: 0, color: MISSING_CELL.fill },
        ...RANK_TIERS.map((tier, i) => ({ value: i + 1, color: tier.fill })),
      ],
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: [...selected],
      splitArea: { show: false },
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        interval: 0,
        // Five names side by side do not fit a phone's width: turned, they cannot run into each other.
        rotate: layout.compact ? 40 : 0,
        formatter: (id: string) => {
          if (layout.compact) {
            const year = input.year === 'latest' ? yearOfColumn.get(id) : null;
            return `{name|${richSafe(name(id))}}` + (year ? ` {year|${year}}` : '');
          }
          const scope = showScope ? richSafe(scopeOf(id, jurisdictions, lang)) : '';
          const year = input.year === 'latest' ? yearOfColumn.get(id) : null;
          // Rich-text styles do not cross a line break: each word of a long name gets its own line.
          const words = layout.compact || lang === 'en' ? name(id).split(/\s+/) : [name(id)];
          return (
            words.map((w) => `{name|${richSafe(w)}}`).join('\n') +
            (year ? `\n{year|${year}}` : '') +
            (scope ? `\n{scope|${scope}}` : '')
          );
        },
        rich: {
          name: { fontSize: layout.compact ? 12 : 13, color: '#222', fontWeight: 'bold', lineHeight: 16 },
          year: { fontSize: 11, color: '#555', lineHeight: 14 },
          scope: { fontSize: 10, color: '#5f6368', lineHeight: 13 },
        },
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: indicators.map((i) => i.id),
      axisTick: { show: false },
      axisLine: { show: false },
      axisLabel: {
        interval: 0,
        fontSize: rowLabelSize,
        color: '#333',
        width: rowLabelWidth,
        lineHeight: 14,
        // Broken into lines here, not by ECharts' overflow 'break': that measures letters with a table it
        // builds only when the machine is not busy, so one name could wrap differently from one drawing
        // to the next (a phone window's image unlike the desktop's). This breaks the same way everywhere.
        formatter: (id: string) => {
          const ind = indicators.find((i) => i.id === id);
          const text = ind ? localized(ind, 'name', lang) : id;
          // Made safe first: the full-width stand-ins for { } | are wider, and the lines must fit as drawn.
          return wrapText(richSafe(text), { maxWidth: rowLabelWidth - 4, fontSize: rowLabelSize }).join('\n');
        },
      },
    },
    series: [
      {
        type: 'heatmap',
        data,
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: '#222', borderWidth: 1 } },
        label: {
          show: true,
          fontSize: layout.compact ? 11 : 12,
          formatter: (p: { data: { key: string } }) => {
            const cell = byKey.get(p.data.key);
            if (!cell) return '—';
            const ind = indicators.find((i) => i.id === cell.indicator_id)!;
            const value = layout.compact
              ? formatCompactValue(cell.value, cell.qualifier, lang)
              : formatValue(cell.value, cell.qualifier, localized(ind, 'unit', lang), lang);
            // The year sits in the cell only when its column mixes years.
            const mixed = input.year === 'latest' && yearOfColumn.get(cell.jurisdiction_id) === null;
            const mark = comparabilityMark(cell);
            const marked = mark === '⊘' ? `${mark} ${value}` : mark ? `${value} ${mark}` : value;
            return richSafe(mixed ? `${marked}\n${cell.year}` : marked);
          },
        },
      },
    ],
  };
}
