import type { Qualifier } from '../../data/schema';
import type { TrendMode } from '../../app/urlState';
import { ratioQualifier } from '../../charts/ratioQualifier';
import { formatNumber, formatValue, qualifierMark } from '../../i18n/formatValue';
import type { Lang } from '../../i18n/lang';
import type { TrendPoint } from './trendQuery';

/** The years the trend shows; a null bound: from the first / to the last year with data. */
export interface TrendRange {
  from: number | null;
  to: number | null;
}

export const FULL_RANGE: TrendRange = { from: null, to: null };

/** A reported figure as the trend uses it: its year, value and qualifier. */
export interface Figure {
  year: number;
  value: number;
  qualifier: Qualifier;
}

/**
 * What the trend draws for one body and year. In 'value' mode the reported point itself; in 'change'
 * and 'index' modes `value`/`qualifier` are the computed figure, `reported` the year's own figure and
 * `base` the figure it is compared with (the previous year; the line's first year in the range).
 */
export interface ShownPoint extends TrendPoint {
  reported?: Figure;
  base?: Figure;
}

/** Why a body with figures in the range has nothing to draw in a relative mode. */
export type NoSeriesReason = 'no_consecutive' | 'one_year' | 'zero_base';

export interface TrendSeries {
  /** What is drawn, every selected body's points, years ascending. */
  shown: ShownPoint[];
  /** The reported figures the shown ones are computed from (what an embed pins). */
  used: TrendPoint[];
  /** Bodies with figures in the range whose relative series is empty, and why. */
  noSeries: Map<string, NoSeriesReason>;
  /** Index: each body's base year, when it is not the range's first year. */
  lateBases: Map<string, number>;
  /** Change: a year whose previous year has no figure, or whose base is 0, is left out. */
  skipped: number;
}

const inRange = (y: number, { from, to }: TrendRange) =>
  (from === null || y >= from) && (to === null || y <= to);

const figureOf = (p: TrendPoint): Figure => ({ year: p.year, value: p.value, qualifier: p.qualifier });

/**
 * Change against the previous year, in %: (this year ÷ previous year − 1) × 100, only for two
 * consecutive years — across a missing year it would read as one year's change, so a year after a gap
 * is left out (a gap in the line, counted in the note). The previous year may lie before the range: the
 * range's first year has its change too. A previous figure of 0 gives no change.
 */
function changeSeries(list: readonly TrendPoint[], range: TrendRange) {
  const byYear = new Map(list.map((p) => [p.year, p]));
  const shown: ShownPoint[] = [];
  const used = new Set<TrendPoint>();
  let skipped = 0;
  let zero = false;
  for (const p of list) {
    if (!inRange(p.year, range)) continue;
    // Every figure in the range is pinned, those without a change too: an embed says why they have none.
    used.add(p);
    const prev = byYear.get(p.year - 1);
    if (!prev) {
      if (list.some((q) => q.year < p.year)) skipped += 1;
      continue;
    }
    if (prev.value === 0) {
      zero = true;
      skipped += 1;
      continue;
    }
    used.add(prev);
    shown.push({
      ...p,
      value: (100 * (p.value - prev.value)) / prev.value,
      // (n ÷ d − 1): subtracting 1 keeps whatever bound the ratio has.
      qualifier: ratioQualifier(p.qualifier, prev.qualifier),
      numerator: null,
      denominator: null,
      reported: figureOf(p),
      base: figureOf(prev),
    });
  }
  return { shown, used: [...used].sort((a, b) => a.year - b.year), skipped, zero };
}

/**
 * Index: 100 × this year ÷ the base year, the base being the body's first year in the range with a
 * figure (its own 100, exact by definition). One figure alone makes no index.
 */
function indexSeries(list: readonly TrendPoint[], range: TrendRange) {
  const within = list.filter((p) => inRange(p.year, range));
  const base = within[0];
  if (!base || within.length < 2 || base.value === 0) return { shown: [], used: within, base };
  const shown: ShownPoint[] = within.map((p) => ({
    ...p,
    value: (100 * p.value) / base.value,
    qualifier: p === base ? 'exact' : ratioQualifier(p.qualifier, base.qualifier),
    numerator: null,
    denominator: null,
    reported: figureOf(p),
    base: figureOf(base),
  }));
  return { shown, used: within, base };
}

/**
 * The points a trend draws for the selected bodies (in display order), in the chosen mode and range.
 * `points` are the indicator's reported figures, any order.
 */
export function trendSeries(
  points: readonly TrendPoint[],
  selected: readonly string[],
  mode: TrendMode,
  range: TrendRange,
): TrendSeries {
  const by = new Map<string, TrendPoint[]>(selected.map((id) => [id, []]));
  for (const p of points) by.get(p.jurisdiction_id)?.push(p);
  const result: TrendSeries = { shown: [], used: [], noSeries: new Map(), lateBases: new Map(), skipped: 0 };
  for (const [id, unsorted] of by) {
    const list = [...unsorted].sort((a, b) => a.year - b.year);
    const within = list.filter((p) => inRange(p.year, range));
    if (mode === 'value') {
      result.shown.push(...within);
      result.used.push(...within);
      continue;
    }
    if (mode === 'change') {
      const s = changeSeries(list, range);
      result.shown.push(...s.shown);
      result.used.push(...s.used);
      result.skipped += s.skipped;
      if (within.length > 0 && s.shown.length === 0)
        result.noSeries.set(id, s.zero ? 'zero_base' : 'no_consecutive');
      continue;
    }
    const s = indexSeries(list, range);
    result.shown.push(...s.shown);
    result.used.push(...s.used);
    if (within.length > 0 && s.shown.length === 0)
      result.noSeries.set(id, within.length < 2 ? 'one_year' : 'zero_base');
  }
  if (mode === 'index') {
    // Each line is 100 in its first year in the range; a line starting later than the range (or, with
    // no chosen start, than the other lines) is said to, since its 100 is another year's.
    const bases = new Map<string, number>();
    for (const p of result.shown)
      if (p.base && !bases.has(p.jurisdiction_id)) bases.set(p.jurisdiction_id, p.base.year);
    const first = range.from ?? Math.min(...bases.values());
    for (const [id, year] of bases) if (year !== first) result.lateBases.set(id, year);
  }
  return result;
}

/** "+12.3%", "≥+23%", "−5%": a change with its sign (a true minus) and qualifier. */
export function formatChange(value: number, qualifier: Qualifier | null, lang: Lang): string {
  const rounded = Number(value.toFixed(1));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '';
  return `${qualifierMark(qualifier)}${sign}${formatNumber(Math.abs(value), lang)}%`;
}

/** A shown point as text: the figure with its unit, the signed change, or the index. */
export function formatShown(
  p: Pick<ShownPoint, 'value' | 'qualifier'>,
  mode: TrendMode,
  unit: string,
  lang: Lang,
): string {
  if (mode === 'change') return formatChange(p.value, p.qualifier, lang);
  if (mode === 'index') return qualifierMark(p.qualifier) + formatNumber(p.value, lang);
  return formatValue(p.value, p.qualifier, unit, lang);
}
