import { useDeferredValue, useMemo } from 'react';
import '../charts/echartsMatrixParts';
import {
  MATRIX_ROW_LABEL_WIDTH,
  MISSING_CELL,
  RANK_TIERS,
  matrixHeight,
  matrixOption,
} from '../charts/matrixOption';
import { matrixIndicators, matrixSummary, matrixYearLabel } from '../charts/matrixSummary';
import { scopesDiffer } from '../charts/names';
import type { Catalog } from '../data/schema';
import { useI18n } from '../i18n/i18nContext';
import { localized } from '../i18n/lang';
import type { ExportLayout } from '../export/chartExport';
import { wrapAxisLabels } from '../export/fitLabels';
import { matrixExportData } from '../export/matrixExportData';
import type { MessageKey } from '../i18n/messages';
import { useMatrix } from '../queries/matrix';
import { ChartCard } from './ChartCard';
import { useCatalogMaps } from './catalogMaps';
import { MatrixTable } from './MatrixTable';
import { QueryError } from './QueryError';
import { scopeNote } from './scopeNote';
import { useNarrowScreen } from './useNarrowScreen';

interface Props {
  catalog: Catalog;
  year: number | 'latest';
  category: string | null;
  selected: readonly string[];
}

const LEGEND: { key: MessageKey; fill: string; text: string }[] = [
  { key: 'legendRank1', ...RANK_TIERS[0] },
  { key: 'legendRank2', ...RANK_TIERS[1] },
  { key: 'legendRank3', ...RANK_TIERS[2] },
  { key: 'legendRank4', ...RANK_TIERS[3] },
  { key: 'legendSole', ...RANK_TIERS[4] },
  { key: 'legendMissing', ...MISSING_CELL },
];

/** Indicator rows drawn at most; more are reached by picking an indicator group. */
export const MAX_MATRIX_ROWS = 80;

export function MatrixView({ catalog, year, category, selected }: Props) {
  const { lang, t } = useI18n();
  const maps = useCatalogMaps(catalog);
  const matrix = useMatrix({ year: year === 'latest' ? null : year });
  const cells = matrix.data;
  const categoryRow = catalog.categories.find((c) => c.id === category) ?? null;
  const input = useMemo(() => {
    if (!cells) return null;
    const all = matrixIndicators(cells, catalog.indicators, catalog.categories, category, selected);
    return {
      cells,
      // A heatmap of hundreds of rows is unreadable and slow to draw: cap it and say so.
      indicators: all.slice(0, MAX_MATRIX_ROWS),
      totalIndicators: all.length,
      selected,
      jurisdictions: maps.jurisdictions,
      year,
      category: categoryRow,
      lang,
    };
  }, [cells, catalog, category, categoryRow, selected, maps, year, lang]);
  // The table holds up to 80 rows × every selected jurisdiction (4,400 cells on a large upload) and
  // takes longer to build than the chart: it renders in a background pass once the chart is on screen,
  // so opening the matrix or changing its year never waits on it, and input stays responsive.
  const tableInput = useDeferredValue(input, null);
  const compact = useNarrowScreen();
  const option = useMemo(
    () => (input && input.indicators.length > 0 ? matrixOption(input, { compact }) : null),
    [input, compact],
  );
  // Images use the desktop layout whatever the window, every row at its on-screen height, and carry
  // the colour legend; rows that do not fit continue on a next image.
  const exportLayout = useMemo((): ExportLayout | undefined => {
    if (!input || input.indicators.length === 0) return undefined;
    const showScope = scopesDiffer(input.selected, maps.jurisdictions);
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
      legend: LEGEND.map((l) => ({ fill: l.fill, label: t(l.key) })),
    };
  }, [input, maps.jurisdictions, lang, t]);
  const summary = input ? matrixSummary(input) : '';
  const exportData = useMemo(
    () => (input && input.indicators.length > 0 ? matrixExportData(input, catalog.sources) : undefined),
    [input, catalog.sources],
  );
  const comparability = input?.indicators.filter((i) => i.comparability_zh) ?? [];

  return (
    <ChartCard
      id="matrix"
      title={t('matrixTitle')}
      subtitle={t('matrixSubtitle', { year: input ? matrixYearLabel(input) : '' })}
      scopeNote={scopeNote(selected, maps.jurisdictions, lang)}
      summary={summary}
      summaryTestId="matrix-summary"
      exportData={exportData}
      loading={!input}
      error={matrix.isError ? <QueryError error={matrix.error} /> : undefined}
      chart={
        option && input
          ? {
              option,
              height: matrixHeight(input.indicators.length, scopesDiffer(selected, maps.jurisdictions), {
                compact,
              }),
              testId: 'matrix-chart',
              exportLayout,
            }
          : null
      }
      notes={[
        input &&
          input.totalIndicators > input.indicators.length &&
          t('matrixCapped', { shown: input.indicators.length, total: input.totalIndicators }),
        year === 'latest' && t('matrixLatestNote'),
        input?.cells.some((c) => c.qualifier !== 'exact') && t('atLeastNote'),
      ]}
      foldedNotes={{
        label: t('comparabilityNotes', { n: comparability.length }),
        items: comparability.map((i) =>
          t('labelled', { label: localized(i, 'name', lang), text: localized(i, 'comparability', lang) }),
        ),
      }}
      afterChart={
        option && (
          <ul className="matrix-legend" aria-label={t('matrixLegend')}>
            {LEGEND.map((l) => (
              <li key={l.key}>
                <span className="swatch" style={{ background: l.fill, color: l.text }} aria-hidden="true" />
                {t(l.key)}
              </li>
            ))}
          </ul>
        )
      }
    >
      {tableInput && tableInput.indicators.length > 0 && (
        <div
          aria-busy={tableInput !== input}
          className={tableInput !== input ? 'matrix-table-stale' : undefined}
        >
          <MatrixTable
            cells={tableInput.cells}
            indicators={tableInput.indicators}
            selected={tableInput.selected}
            jurisdictions={maps.jurisdictions}
            showYears={tableInput.year === 'latest'}
          />
        </div>
      )}
    </ChartCard>
  );
}
