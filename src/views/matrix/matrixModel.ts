import { scopesDiffer } from '../../charts/names';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { scopeNote } from '../scopeNote';
import type { ModelCatalog, ViewModel } from '../viewModel';
import { matrixExportData } from './matrixExportData';
import type { ExportLayout } from '../../export/chartExport';
import { wrapAxisLabels } from '../../export/fitLabels';
import { MATRIX_ROW_LABEL_WIDTH, MISSING_CELL, RANK_TIERS, matrixHeight, matrixOption } from './matrixOption';
import { MAX_MATRIX_ROWS, type MatrixCell } from './matrixQuery';
import { matrixIndicators, matrixSummary, matrixYearLabel, type MatrixTextInput } from './matrixSummary';

/** The colour key under the heatmap (on screen and in images). */
export const MATRIX_LEGEND: { key: MessageKey; fill: string; text: string }[] = [
  { key: 'legendRank1', ...RANK_TIERS[0] },
  { key: 'legendRank2', ...RANK_TIERS[1] },
  { key: 'legendRank3', ...RANK_TIERS[2] },
  { key: 'legendRank4', ...RANK_TIERS[3] },
  { key: 'legendSole', ...RANK_TIERS[4] },
  { key: 'legendNotComparable', ...RANK_TIERS[5] },
  { key: 'legendMissing', ...MISSING_CELL },
];

export { MAX_MATRIX_ROWS } from './matrixQuery';

export interface MatrixState {
  year: number | 'latest';
  /** One category's indicators, or null for those several selected jurisdictions report. */
  category: string | null;
  selected: readonly string[];
  compact: boolean;
}

/**
 * The rows, columns and cells the matrix shows (also what its table alternative lists), from the whole
 * matrix or from the query's shown part (`fetchShownMatrix`, which says how many indicators qualify).
 */
export function matrixInput(
  { year, category, selected }: MatrixState,
  cells: readonly MatrixCell[],
  { catalog, jurisdictions }: ModelCatalog,
  lang: Lang,
  indicatorsTotal?: number,
): MatrixTextInput & { totalIndicators: number } {
  const all = matrixIndicators(cells, catalog.indicators, catalog.categories, category, selected);
  // A heatmap of hundreds of rows is unreadable and slow to draw: cap it and say so.
  const indicators = all.slice(0, MAX_MATRIX_ROWS);
  // Only the cells drawn go on: the chart, summary, notes, table and export each index them, and a large
  // upload's year holds tens of thousands of cells for the few thousand shown.
  const rows = new Set(indicators.map((i) => i.id));
  const columns = new Set(selected);
  return {
    cells: cells.filter((c) => rows.has(c.indicator_id) && columns.has(c.jurisdiction_id)),
    indicators,
    totalIndicators: indicatorsTotal ?? all.length,
    selected,
    jurisdictions,
    year,
    category: catalog.categories.find((c) => c.id === category) ?? null,
    lang,
  };
}

/**
 * Images use the desktop layout whatever the window, every row at a readable height, and carry the
 * colour legend; rows that do not fit continue on a next image.
 */
function matrixExportLayout(
  input: MatrixTextInput,
  showScope: boolean,
  lang: Lang,
  t: (k: MessageKey) => string,
): ExportLayout {
  return {
    option: (rows, box) => {
      const option = matrixOption(
        rows ? { ...input, indicators: input.indicators.slice(rows.start, rows.end) } : input,
        { compact: false },
      );
      // Column heads wrap to their column: an A4 image is narrower than the screen.
      const column = box && (box.width - MATRIX_ROW_LABEL_WIDTH[lang] - 24) / input.selected.length;
      return column ? wrapAxisLabels(option, 'xAxis', column - 8) : option;
    },
    rows: {
      count: input.indicators.length,
      // Two lines of 12 px names.
      minHeight: 30,
      // Column heads: English names take a line per word.
      fixedHeight: matrixHeight(0, showScope, { compact: false }) + (lang === 'en' ? 16 : 0),
    },
    legend: MATRIX_LEGEND.map((l) => ({ fill: l.fill, label: t(l.key) })),
  };
}

/** The matrix as one object; `cells` null while loading. */
export function matrixModel(
  state: MatrixState,
  cells: readonly MatrixCell[] | null,
  maps: ModelCatalog,
  lang: Lang,
): ViewModel {
  return matrixModelOf(state, cells ? matrixInput(state, cells, maps, lang) : null, maps, lang);
}

/** The same from `matrixInput`'s result, for a view that also lists the cells in its table. */
export function matrixModelOf(
  state: MatrixState,
  input: ReturnType<typeof matrixInput> | null,
  maps: ModelCatalog,
  lang: Lang,
): ViewModel {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const comparability = input?.indicators.filter((i) => i.comparability_zh) ?? [];
  const notes = [
    input &&
      input.totalIndicators > input.indicators.length &&
      t('matrixCapped', { shown: input.indicators.length, total: input.totalIndicators }),
    state.year === 'latest' && t('matrixLatestNote'),
    input?.cells.some((c) => c.qualifier !== 'exact') && t('atLeastNote'),
  ].filter((n): n is string => typeof n === 'string' && n !== '');
  const drawable = input && input.indicators.length > 0 ? input : null;
  const showScope = scopesDiffer(state.selected, maps.jurisdictions);
  return {
    id: 'matrix',
    title: t('matrixTitle'),
    subtitle: t('matrixSubtitle', { year: input ? matrixYearLabel(input) : '' }),
    scopeNote: scopeNote(state.selected, maps.jurisdictions, lang) ?? '',
    summary: input ? matrixSummary(input) : '',
    notes,
    foldedNotes: {
      label: t('comparabilityNotes', { n: comparability.length }),
      items: comparability.map((i) =>
        t('labelled', { label: localized(i, 'name', lang), text: localized(i, 'comparability', lang) }),
      ),
    },
    chart: drawable
      ? {
          option: matrixOption(drawable, { compact: state.compact }),
          height: matrixHeight(drawable.indicators.length, showScope, { compact: state.compact }),
          testId: 'matrix-chart',
          exportLayout: matrixExportLayout(drawable, showScope, lang, t),
        }
      : null,
    export: drawable
      ? matrixExportData(drawable, maps.catalog.sources)
      : { table: { header: [], rows: [] }, sources: [], fileParts: [t('matrixTitle')] },
  };
}
