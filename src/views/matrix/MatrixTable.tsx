import { useMemo } from 'react';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { cellIndex, cellKey } from './matrixSummary';
import { jurisdictionName, scopeOf, type JurisdictionMap } from '../../charts/names';
import type { Indicator } from '../../data/schema';
import { formatValue } from '../../i18n/formatValue';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import type { MatrixCell } from './matrixQuery';

interface MatrixRow {
  indicator: Indicator;
  name: string;
  unit: string;
  cells: ReadonlyMap<string, MatrixCell>;
}

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, MatrixRow>();

interface Props {
  cells: readonly MatrixCell[];
  indicators: readonly Indicator[];
  selected: readonly string[];
  jurisdictions: JurisdictionMap;
  showYears: boolean;
}

/**
 * The matrix as a real table: what screen readers read and what users copy. Jurisdiction columns sort
 * by rank within each indicator (best first); cells without a figure always sort last.
 */
export function MatrixTable({ cells, indicators, selected, jurisdictions, showYears }: Props) {
  const { lang, t } = useI18n();
  const data = useMemo(() => {
    const byKey = cellIndex(cells);
    return indicators.map((indicator) => ({
      indicator,
      name: localized(indicator, 'name', lang),
      unit: localized(indicator, 'unit', lang),
      cells: new Map(
        selected.flatMap((id) => {
          const c = byKey.get(cellKey(indicator.id, id));
          return c ? [[id, c] as const] : [];
        }),
      ),
    }));
  }, [cells, indicators, selected, lang]);

  const columns = useMemo(() => {
    const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
    return helper.columns([
      helper.accessor((r) => r.name, {
        id: 'indicator',
        header: t('matrixTableIndicator'),
        sortFn: (a, b) => a.original.name.localeCompare(b.original.name, lang === 'zh' ? 'zh-CN' : 'en'),
        cell: (c) => c.row.original.name,
      }),
      helper.accessor((r) => r.unit, { id: 'unit', header: t('matrixTableUnit'), enableSorting: false }),
      ...selected.map((id) =>
        helper.accessor((r) => r.cells.get(id)?.rank, {
          id,
          header: jurisdictionName(id, jurisdictions, lang),
          sortUndefined: 'last',
          sortDescFirst: false,
          sortFn: (a, b, columnId) =>
            (a.getValue<number>(columnId) ?? 0) - (b.getValue<number>(columnId) ?? 0),
          cell: (c) => {
            const cell = c.row.original.cells.get(id);
            if (!cell) return <span className="no-data">{t('noData')}</span>;
            const value = formatValue(cell.value, cell.qualifier, c.row.original.unit, lang);
            const rank =
              cell.reporters > 1
                ? t('rankShort', { rank: cell.rank, reporters: cell.reporters })
                : t('soleShort');
            return (
              <>
                <span className="cell-value">{value}</span>{' '}
                <span className="cell-rank">
                  {rank}
                  {showYears ? ` · ${cell.year}` : ''}
                </span>
              </>
            );
          },
        }),
      ),
    ]);
  }, [selected, jurisdictions, lang, showYears]);

  const table = useTable({ features, columns, data, enableSortingRemoval: true });

  return (
    <div className="table-scroll" role="region" aria-label={t('matrixTableCaption')} tabIndex={0}>
      <table className="data-table" data-testid="matrix-table">
        <caption>{t('matrixTableCaption')}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const canSort = header.column.getCanSort();
                const scope = selected.includes(header.column.id)
                  ? scopeOf(header.column.id, jurisdictions, lang)
                  : '';
                const label = (
                  <>
                    <table.FlexRender header={header} />
                    {scope && <span className="th-scope">{scope}</span>}
                  </>
                );
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {canSort ? (
                      <button
                        type="button"
                        className="sort-button"
                        onClick={header.column.getToggleSortingHandler()}
                        aria-label={t('sortBy', { column: String(header.column.columnDef.header ?? '') })}
                      >
                        {label}
                        <span aria-hidden="true" className="sort-mark">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) =>
                cell.column.id === 'indicator' ? (
                  <th scope="row" key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
