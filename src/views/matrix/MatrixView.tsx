import { useDeferredValue, useMemo } from 'react';
import './echartsMatrixParts';
import { MATRIX_LEGEND, matrixInput, matrixModelOf } from './matrixModel';
import type { Catalog } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { useShownMatrix } from './matrixQuery';
import { ChartCard } from '../ChartCard';
import { useCatalogMaps } from '../catalogMaps';
import { MatrixTable } from './MatrixTable';
import { QueryError } from '../QueryError';
import { useNarrowScreen } from '../useNarrowScreen';

interface Props {
  catalog: Catalog;
  year: number | 'latest';
  category: string | null;
  selected: readonly string[];
  /** Drill-through from a cell (click on the heatmap, Enter in the table) to its indicator's ranking. */
  onOpenRanking?: (indicatorId: string) => void;
}

export function MatrixView({ catalog, year, category, selected, onOpenRanking }: Props) {
  const { lang, t } = useI18n();
  const maps = useCatalogMaps(catalog);
  const matrix = useShownMatrix({ year: year === 'latest' ? null : year, selected, category });
  const shown = matrix.data ?? null;
  const compact = useNarrowScreen();
  const input = useMemo(
    () =>
      shown
        ? matrixInput({ year, category, selected, compact }, shown.cells, maps, lang, shown.indicatorsTotal)
        : null,
    [year, category, selected, compact, shown, maps, lang],
  );
  const model = useMemo(
    () => matrixModelOf({ year, category, selected, compact }, input, maps, lang),
    [year, category, selected, compact, input, maps, lang],
  );
  // The table holds up to 80 rows × every selected jurisdiction (4,400 cells on a large upload) and
  // takes longer to build than the chart: it renders in a background pass once the chart is on screen,
  // so opening the matrix or changing its year never waits on it, and input stays responsive.
  const tableInput = useDeferredValue(input, null);

  return (
    <ChartCard
      model={model}
      summaryTestId="matrix-summary"
      loading={!input}
      error={matrix.isError ? <QueryError error={matrix.error} /> : undefined}
      onEvents={
        onOpenRanking && {
          click: (p) => {
            const key = (p as { data?: { key?: string } }).data?.key;
            if (key) onOpenRanking(key.split('|')[0]!);
          },
        }
      }
      afterChart={
        model.chart && (
          <ul className="matrix-legend" aria-label={t('matrixLegend')}>
            {MATRIX_LEGEND.map((l) => (
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
            onOpenRanking={onOpenRanking}
          />
        </div>
      )}
    </ChartCard>
  );
}
