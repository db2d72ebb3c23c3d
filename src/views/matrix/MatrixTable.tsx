import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
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
import './matrix.css';

interface MatrixRow {
  indicator: Indicator;
  name: string;
  unit: string;
  /** The indicator's comparability note. */
  reason: string;
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
  /** Drill-through: the ranking of a row's indicator (Enter on a cell, as a click on the heatmap). */
  onOpenRanking?: ((indicatorId: string) => void) | undefined;
}

/** Arrow keys move between the table's value cells, as in a spreadsheet. */
const MOVES: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

/**
 * The matrix as a real table: what screen readers read and what users copy. Jurisdiction columns sort
 * by rank within each indicator (best first); cells without a figure always sort last.
 */
export function MatrixTable({ cells, indicators, selected, jurisdictions, showYears, onOpenRanking }: Props) {
  const { lang, t } = useI18n();
  // One cell is in the Tab order at a time (roving tabindex); arrows move it, Enter drills through.
  const [active, setActive] = useState<[number, number]>([0, 0]);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const data = useMemo(() => {
    const byKey = cellIndex(cells);
    return indicators.map((indicator) => ({
      indicator,
      name: localized(indicator, 'name', lang),
      unit: localized(indicator, 'unit', lang),
      reason: localized(indicator, 'comparability', lang),
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
        cell: (c) => {
          const { indicator, name, reason } = c.row.original;
          if (indicator.comparable !== 'no' && indicator.comparable !== 'partly') return name;
          return (
            <>
              {name}
              <span className={`row-flag row-flag-${indicator.comparable}`}>
                {indicator.comparable === 'no' ? `⊘ ${t('notComparableNotRanked')}` : `◐ ${t('flagPartly')}`}
              </span>
              {reason && <span className="cell-reason">{reason}</span>}
            </>
          );
        },
      }),
      helper.accessor((r) => r.unit, { id: 'unit', header: t('matrixTableUnit'), enableSorting: false }),
      ...selected.map((id) =>
        helper.accessor((r) => r.cells.get(id)?.rank ?? undefined, {
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
              cell.rank === null
                ? `⊘ ${t('notRankedShort')}`
                : cell.reporters > 1
                  ? t('rankShort', { rank: cell.rank, reporters: cell.reporters })
                  : t('soleShort');
            // A figure's own reason shows in its cell; the indicator's shows once, beside its name.
            const reason = localized(cell, 'comparability', lang);
            const own = cell.comparable !== 'yes' && reason !== c.row.original.reason ? reason : '';
            return (
              <>
                <span className="cell-value">
                  {value}
                  {cell.rank !== null && cell.comparable === 'partly' && ' ◐'}
                </span>{' '}
                <span className="cell-rank">
                  {rank}
                  {showYears ? ` · ${cell.year}` : ''}
                </span>
                {own && <span className="cell-reason">{own}</span>}
              </>
            );
          },
        }),
      ),
    ]);
  }, [selected, jurisdictions, lang, showYears]);

  const table = useTable({ features, columns, data, enableSortingRemoval: true });
  const rows = table.getRowModel().rows;
  const [activeRow, activeCol] = [
    Math.min(active[0], rows.length - 1),
    Math.min(active[1], selected.length - 1),
  ];

  const onKeyDown = (e: KeyboardEvent<HTMLTableCellElement>, r: number, col: number, indicatorId: string) => {
    if (e.key === 'Enter' && onOpenRanking) {
      e.preventDefault();
      onOpenRanking(indicatorId);
      return;
    }
    const move = MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const next: [number, number] = [
      Math.max(0, Math.min(rows.length - 1, r + move[0])),
      Math.max(0, Math.min(selected.length - 1, col + move[1])),
    ];
    setActive(next);
    bodyRef.current?.querySelector<HTMLElement>(`[data-cell="${next[0]}-${next[1]}"]`)?.focus();
  };

  return (
    <div className="table-scroll" role="region" aria-label={t('matrixTableCaption')} tabIndex={0}>
      <table className="data-table" data-testid="matrix-table">
        <caption>
          {t('matrixTableCaption')}
          {onOpenRanking && <span className="caption-hint">{t('matrixKeyboardHint')}</span>}
        </caption>
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
        <tbody ref={bodyRef}>
          {rows.map((row, r) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => {
                if (cell.column.id === 'indicator')
                  return (
                    <th scope="row" key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </th>
                  );
                const col = selected.indexOf(cell.column.id);
                if (col < 0)
                  return (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                const indicatorId = row.original.indicator.id;
                return (
                  <td
                    key={cell.id}
                    data-cell={`${r}-${col}`}
                    data-testid={`matrix-cell-${indicatorId}-${cell.column.id}`}
                    data-indicator={indicatorId}
                    className={onOpenRanking ? 'matrix-cell-open' : undefined}
                    tabIndex={onOpenRanking ? (r === activeRow && col === activeCol ? 0 : -1) : undefined}
                    onFocus={() => setActive([r, col])}
                    onClick={onOpenRanking && (() => onOpenRanking(indicatorId))}
                    onKeyDown={(e) => onKeyDown(e, r, col, indicatorId)}
                  >
                    <table.FlexRender cell={cell} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
