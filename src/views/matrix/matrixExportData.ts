import { jurisdictionName } from '../../charts/names';
import { cellIndex, cellKey, type MatrixTextInput } from './matrixSummary';
import type { Source } from '../../data/schema';
import { jurisdictionScope } from '../../i18n/jurisdictionScope';
import { localized } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { MatrixCell } from './matrixQuery';
import type { ChartExportData, PinnedRows } from '../../export/chartExport';
import { qualifierLabel } from '../../export/qualifierLabel';
import { comparabilityText } from '../comparabilityFlag';
import { sourceOfFigure, sourcesOfFigures } from '../../export/sourcesOfFigures';

type Shown = Pick<MatrixTextInput, 'cells' | 'indicators' | 'selected'>;

/** The cells the matrix shows, row by row (indicators) and column by column (jurisdictions). */
export function matrixShownCells({ cells, indicators, selected }: Shown): MatrixCell[] {
  const index = cellIndex(cells);
  return indicators.flatMap((i) =>
    selected.flatMap((j) => {
      const c = index.get(cellKey(i.id, j));
      return c ? [c] : [];
    }),
  );
}

/** What a matrix embed pins: year, category and columns as chosen, and the cells shown. */
export function matrixPin(
  input: Shown & Pick<MatrixTextInput, 'year' | 'category'>,
): PinnedRows & { rows: MatrixCell[] } {
  return {
    view: 'matrix',
    params: {
      year: input.year,
      category: input.category?.id ?? '',
      jurisdictions: input.selected.join(','),
    },
    rows: matrixShownCells(input),
  };
}

/**
 * The matrix's data for export in the chart's shape: one row per cell (indicator × jurisdiction) in
 * display order; a cell without a figure keeps its row with an empty value marked 无数据 (never 0).
 */
export function matrixExportData(input: MatrixTextInput, sources: readonly Source[]): ChartExportData {
  const { indicators, selected, jurisdictions, lang } = input;
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const index = cellIndex(input.cells);
  const shown = matrixShownCells(input);
  const yearPart = input.year === 'latest' ? t('exportLatestYear') : input.year;

  return {
    sources: sourcesOfFigures(shown, sources, lang),
    fileParts: [
      ...(input.category ? [localized(input.category, 'name', lang)] : []),
      yearPart,
      t('exportViewMatrix'),
    ],
    notes: shown.some((c) => c.qualifier !== 'exact') ? [t('atLeastNote')] : [],
    pin: matrixPin(input),
    table: {
      header: [
        t('indicator'),
        t('exportColJurisdiction'),
        t('exportColScope'),
        t('year'),
        t('value'),
        t('exportColQualifier'),
        t('exportColUnit'),
        t('rank'),
        t('exportColReporters'),
        t('exportColComparability'),
        t('source'),
      ],
      rows: indicators.flatMap((i) =>
        selected.map((id) => {
          const c = index.get(cellKey(i.id, id));
          const j = jurisdictions.get(id);
          return [
            localized(i, 'name', lang),
            jurisdictionName(id, jurisdictions, lang),
            j ? jurisdictionScope(j, lang) : '',
            c?.year ?? null,
            c?.value ?? null,
            qualifierLabel(c?.qualifier ?? null, c !== undefined, lang),
            localized(i, 'unit', lang),
            c?.rank ?? null,
            c && c.rank !== null ? c.reporters : null,
            c ? comparabilityText(c, lang) : '',
            sourceOfFigure(c ?? null, sources, lang),
          ];
        }),
      ),
    },
  };
}
