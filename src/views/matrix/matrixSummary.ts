import type { Category, Indicator } from '../../data/schema';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import type { MatrixCell } from './matrixQuery';
import { jurisdictionName, type JurisdictionMap } from '../../charts/names';

export interface MatrixTextInput {
  cells: readonly MatrixCell[];
  /** Rows, in display order. */
  indicators: readonly Indicator[];
  /** Columns, in display order. */
  selected: readonly string[];
  jurisdictions: JurisdictionMap;
  /** A year, or each jurisdiction's latest year. */
  year: number | 'latest';
  /** The category shown, or null for the indicators several of the selected jurisdictions report. */
  category: Category | null;
  lang: Lang;
}

export const cellKey = (indicatorId: string, jurisdictionId: string) => `${indicatorId}|${jurisdictionId}`;

export function cellIndex(cells: readonly MatrixCell[]): Map<string, MatrixCell> {
  return new Map(cells.map((c) => [cellKey(c.indicator_id, c.jurisdiction_id), c]));
}

/**
 * The matrix rows: every indicator of the chosen category that a selected jurisdiction reports, or,
 * without a category, the indicators at least two selected jurisdictions report (the comparable ones;
 * most of the 165 indicators come from one report only).
 */
export function matrixIndicators(
  cells: readonly MatrixCell[],
  indicators: readonly Indicator[],
  categories: readonly Category[],
  category: string | null,
  selected: readonly string[],
): Indicator[] {
  const wanted = new Set(selected);
  const count = new Map<string, number>();
  for (const c of cells)
    if (wanted.has(c.jurisdiction_id)) count.set(c.indicator_id, (count.get(c.indicator_id) ?? 0) + 1);
  const order = new Map(categories.map((c) => [c.id, c.sort_order]));
  return indicators
    .filter((i) =>
      category === null ? (count.get(i.id) ?? 0) >= 2 : i.category === category && count.has(i.id),
    )
    .sort(
      (a, b) =>
        (order.get(a.category) ?? 999) - (order.get(b.category) ?? 999) ||
        (a.sort_order ?? Infinity) - (b.sort_order ?? Infinity) ||
        // Code-point order, as the query's ORDER BY (ids are ASCII): the matrix query picks the first
        // MAX_MATRIX_ROWS by this same order (matrixQuery.ts), and locale order differs ("a_1" / "a1").
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

/** "2022" or "each jurisdiction's latest year (2024 for Shengzhou; 2022 for …)". */
export function matrixYearLabel(
  input: Pick<MatrixTextInput, 'cells' | 'selected' | 'jurisdictions' | 'year' | 'lang'>,
) {
  const { lang } = input;
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  if (input.year !== 'latest') return t('matrixYear', { year: input.year });
  const byYear = new Map<number, string[]>();
  for (const id of input.selected) {
    const years = input.cells.filter((c) => c.jurisdiction_id === id).map((c) => c.year);
    if (years.length === 0) continue;
    const y = Math.max(...years);
    byYear.set(y, [...(byYear.get(y) ?? []), jurisdictionName(id, input.jurisdictions, lang)]);
  }
  const groups = [...byYear]
    .sort(([a], [b]) => b - a)
    .map(([year, names]) => t('matrixLatestGroup', { year, names: names.join(t('listSep')) }));
  return t('matrixLatest', { groups: groups.join(t('partSep')) });
}

/**
 * The matrix in words: how many indicators, who ranks first on how many, who has none of them, e.g.
 * "2022年，至少两个地区报告的28项指标：居首最多的是嘉兴（12项），其次吴兴9项……；嵊州无这些指标的数据。"
 */
export function matrixSummary(input: MatrixTextInput): string {
  const { lang, jurisdictions } = input;
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);
  const rows = new Set(input.indicators.map((i) => i.id));
  const wanted = new Set(input.selected);
  const shown = input.cells.filter((c) => rows.has(c.indicator_id) && wanted.has(c.jurisdiction_id));
  const scope = input.category
    ? t('matrixScopeCategory', { category: localized(input.category, 'name', lang), n: rows.size })
    : t('matrixScopeShared', { n: rows.size });
  const lead = t('matrixLead', { year: matrixYearLabel(input), scope });
  if (rows.size === 0) return lead + t('matrixEmpty');

  const firsts = new Map<string, number>();
  let compared = 0;
  let notComparable = 0;
  for (const id of rows) {
    const all = shown.filter((c) => c.indicator_id === id);
    // Not-comparable figures are listed, never ranked: they neither lead nor make a comparison.
    const row = all.filter((c) => c.rank !== null);
    if (all.length >= 2 && row.length < 2) {
      notComparable += 1;
      continue;
    }
    if (row.length < 2) continue;
    compared += 1;
    for (const c of row)
      if (c.rank === 1) firsts.set(c.jurisdiction_id, (firsts.get(c.jurisdiction_id) ?? 0) + 1);
  }
  const clauses: string[] = [];
  const order = (id: string) => input.selected.indexOf(id);
  const ranked = [...firsts].sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]));
  if (ranked.length > 0) {
    clauses.push(
      t('matrixFirsts', {
        list: ranked.map(([id, n]) => t('matrixFirstItem', { name: name(id), n })).join(t('listSep')),
        compared,
      }),
    );
  }
  const sole = rows.size - compared - notComparable;
  if (notComparable > 0) clauses.push(t('matrixNotComparable', { n: notComparable }));
  if (sole > 0) clauses.push(t('matrixSole', { n: sole }));
  const missing = input.selected.filter((id) => !shown.some((c) => c.jurisdiction_id === id)).map(name);
  if (missing.length > 0) clauses.push(t('matrixMissing', { names: missing.join(t('listSep')) }));
  return lead + clauses.join(t('partSep')) + t('end');
}
