import { scopesDiffer } from '../../charts/names';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { scopeNote } from '../scopeNote';
import type { ModelCatalog, ViewModel } from '../viewModel';
import { matrixExportData } from './matrixExportData';
import { matrixHeight, matrixOption } from './matrixOption';
import type { MatrixCell } from './matrixQuery';
import { matrixIndicators, matrixSummary, matrixYearLabel, type MatrixTextInput } from './matrixSummary';

/** Indicator rows drawn at most; more are reached by picking an indicator group. */
export const MAX_MATRIX_ROWS = 80;

export interface MatrixState {
  year: number | 'latest';
  /** One category's indicators, or null for those several selected jurisdictions report. */
  category: string | null;
  selected: readonly string[];
  compact: boolean;
}

/** The rows, columns and cells the matrix shows (also what its table alternative lists). */
export function matrixInput(
  { year, category, selected }: MatrixState,
  cells: readonly MatrixCell[],
  { catalog, jurisdictions }: ModelCatalog,
  lang: Lang,
): MatrixTextInput & { totalIndicators: number } {
  const all = matrixIndicators(cells, catalog.indicators, catalog.categories, category, selected);
  return {
    cells,
    // A heatmap of hundreds of rows is unreadable and slow to draw: cap it and say so.
    indicators: all.slice(0, MAX_MATRIX_ROWS),
    totalIndicators: all.length,
    selected,
    jurisdictions,
    year,
    category: catalog.categories.find((c) => c.id === category) ?? null,
    lang,
  };
}

/** The matrix as one object; `cells` null while loading. */
export function matrixModel(
  state: MatrixState,
  cells: readonly MatrixCell[] | null,
  maps: ModelCatalog,
  lang: Lang,
): ViewModel {
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const input = cells ? matrixInput(state, cells, maps, lang) : null;
  const comparability = input?.indicators.filter((i) => i.comparability_zh) ?? [];
  const notes = [
    input &&
      input.totalIndicators > input.indicators.length &&
      t('matrixCapped', { shown: input.indicators.length, total: input.totalIndicators }),
    state.year === 'latest' && t('matrixLatestNote'),
    input?.cells.some((c) => c.qualifier !== 'exact') && t('atLeastNote'),
  ].filter((n): n is string => typeof n === 'string' && n !== '');
  const drawable = input && input.indicators.length > 0 ? input : null;
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
          height: matrixHeight(drawable.indicators.length, scopesDiffer(state.selected, maps.jurisdictions), {
            compact: state.compact,
          }),
          testId: 'matrix-chart',
        }
      : null,
    export: drawable
      ? matrixExportData(drawable, maps.catalog.sources)
      : { table: { header: [], rows: [] }, sources: [], fileParts: [t('matrixTitle')] },
  };
}
