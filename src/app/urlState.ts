import { isCatalogId } from '../data/catalogIds';
import { PER_BASES, PER_CAPITA_BASES, type PerBase } from '../data/perCapitaBases';
import { LANGS, type Lang } from '../i18n/lang';

/** Every view's id, as links spell it; each one but `data` has its entry in src/views/registry.tsx. */
export const VIEWS = ['overview', 'ranking', 'trend', 'matrix', 'profile', 'data'] as const;
export type ViewId = (typeof VIEWS)[number];

export const MEASURES = ['count', 'rate'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * What the trend draws: the figures themselves, the change against the previous year in %, or an index
 * (each line's first year in the range = 100).
 */
export const TREND_MODES = ['value', 'change', 'index'] as const;
export type TrendMode = (typeof TREND_MODES)[number];

export type { PerBase };

/** A year, or each jurisdiction's latest year (matrix) / the indicator's latest year (ranking). */
export type YearChoice = number | 'latest';

/** What the URL holds. Parsing is syntactic; `resolveSelection` checks it against the catalog. */
export interface UrlState {
  view: ViewId;
  indicator: string | null;
  year: YearChoice | null;
  lang: Lang;
  measure: Measure;
  /** Jurisdictions chosen for the trend and matrix views; null = all. */
  jurisdictions: string[] | null;
  /** The jurisdiction whose profile is shown. */
  jurisdiction: string | null;
  /** Matrix rows: one category, or null for the indicators several jurisdictions report. */
  category: string | null;
  /** Trend: what is drawn (`mode`). */
  trendMode: TrendMode;
  /** Trend: the first and last year shown (`from`, `to`); null = from the first / to the last year. */
  from: number | null;
  to: number | null;
  /** Ranking: figures per 100 members or per 10,000 residents (`per`); null = the figures as reported. */
  per: PerBase | null;
}

export type UrlProblem = { param: string; value: string; reason: 'unknown' | 'malformed' };

export const DEFAULT_URL_STATE: UrlState = {
  view: 'overview',
  indicator: null,
  year: null,
  lang: 'zh',
  measure: 'count',
  jurisdictions: null,
  jurisdiction: null,
  category: null,
  trendMode: 'value',
  from: null,
  to: null,
  per: null,
};

function oneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

export function parseUrlState(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE };
  const unknown = (param: string, value: string) => problems.push({ param, value, reason: 'unknown' });
  const malformed = (param: string, value: string) => problems.push({ param, value, reason: 'malformed' });

  const view = params.get('view');
  if (view !== null) {
    if (oneOf(VIEWS, view)) state.view = view;
    else unknown('view', view);
  }
  // Links made before the overview became the landing view omitted view=ranking: an indicator, year or
  // measure without a view still opens the ranking they were shared from.
  if (view === null && (params.has('indicator') || params.has('year') || params.has('measure'))) {
    state.view = 'ranking';
  }
  const lang = params.get('lang');
  if (lang !== null) {
    if (oneOf(LANGS, lang)) state.lang = lang;
    else unknown('lang', lang);
  }
  const indicator = params.get('indicator');
  if (indicator !== null) {
    if (isCatalogId('indicator', indicator)) state.indicator = indicator;
    else malformed('indicator', indicator);
  }
  const year = params.get('year');
  if (year !== null) {
    if (year === 'latest') state.year = 'latest';
    else if (/^\d{4}$/.test(year)) state.year = Number(year);
    else malformed('year', year);
  }
  const measure = params.get('measure');
  if (measure !== null) {
    if (oneOf(MEASURES, measure)) state.measure = measure;
    else unknown('measure', measure);
  }
  const jurisdictions = params.get('jurisdictions');
  if (jurisdictions !== null) {
    const ids = jurisdictions.split(',').filter((s) => s !== '');
    const bad = ids.filter((id) => !isCatalogId('jurisdiction', id));
    for (const id of bad) malformed('jurisdictions', id);
    state.jurisdictions = [...new Set(ids.filter((id) => isCatalogId('jurisdiction', id)))];
  }
  const jurisdiction = params.get('jurisdiction');
  if (jurisdiction !== null) {
    if (isCatalogId('jurisdiction', jurisdiction)) state.jurisdiction = jurisdiction;
    else malformed('jurisdiction', jurisdiction);
  }
  const category = params.get('category');
  if (category !== null) {
    if (isCatalogId('category', category)) state.category = category;
    else malformed('category', category);
  }
  const mode = params.get('mode');
  if (mode !== null) {
    if (oneOf(TREND_MODES, mode)) state.trendMode = mode;
    else unknown('mode', mode);
  }
  for (const bound of ['from', 'to'] as const) {
    const value = params.get(bound);
    if (value === null) continue;
    if (/^\d{4}$/.test(value)) state[bound] = Number(value);
    else malformed(bound, value);
  }
  const per = params.get('per');
  if (per !== null) {
    if (oneOf(PER_BASES, per)) state.per = per;
    else unknown('per', per);
  }
  return { state, problems };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  // The landing view is left out unless the link carries what reads as a ranking without a view.
  const readsAsRanking =
    state.indicator !== null || state.year !== null || state.measure !== DEFAULT_URL_STATE.measure;
  if (state.view !== DEFAULT_URL_STATE.view || readsAsRanking) params.set('view', state.view);
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.measure !== DEFAULT_URL_STATE.measure) params.set('measure', state.measure);
  if (state.jurisdictions !== null) params.set('jurisdictions', state.jurisdictions.join(','));
  if (state.jurisdiction) params.set('jurisdiction', state.jurisdiction);
  if (state.category) params.set('category', state.category);
  if (state.trendMode !== DEFAULT_URL_STATE.trendMode) params.set('mode', state.trendMode);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.to !== null) params.set('to', String(state.to));
  if (state.per !== null) params.set('per', state.per);
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  // Commas in id lists stay readable in a pasted link.
  const s = params.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

export interface SelectionCatalog {
  indicatorIds: ReadonlySet<string>;
  /** Years with data, per indicator, ascending. */
  yearsByIndicator: ReadonlyMap<string, readonly number[]>;
  /** How many jurisdictions report an indicator in a year: `${indicator}|${year}` → count. */
  reportersByYear: ReadonlyMap<string, number>;
  /** How many jurisdictions report an indicator in any year. */
  reporters: ReadonlyMap<string, number>;
  /** Every year with any data, ascending. */
  allYears: readonly number[];
  /** count indicator id → the derived rate whose numerator it is, and back. */
  rateOf: ReadonlyMap<string, string>;
  countOf: ReadonlyMap<string, string>;
  jurisdictionIds: readonly string[];
  categoryIds: ReadonlySet<string>;
  defaultIndicator: string;
  /** Indicators a ranking may divide by members or residents (counts; not rates or the bases). */
  perCandidates?: ReadonlySet<string>;
}

export interface Selection {
  view: ViewId;
  /** The indicator as chosen (the count when a count/rate pair is involved). */
  indicator: string;
  /** What is drawn: the rate when measure=rate and the indicator has one. */
  shownIndicator: string;
  measure: Measure;
  /** Whether the shown indicator belongs to a count/rate pair (the switch is offered). */
  hasRatePair: boolean;
  /**
   * Ranking year: a year, or 'latest' (each body's latest year); null when the indicator has no data.
   * Without a year in the link, 'latest' replaces a latest year in which fewer than two bodies report.
   */
  year: YearChoice | null;
  /** Why the ranking shows each body's latest year: chosen in the link, or the fallback above. */
  latestReason: 'chosen' | 'fallback' | undefined;
  /** Matrix year: a year with data, or each jurisdiction's latest. */
  matrixYear: YearChoice;
  /** Selected jurisdictions (trend, matrix), in catalog order. */
  jurisdictions: string[];
  /** Profile jurisdiction. */
  jurisdiction: string | null;
  category: string | null;
  /** Trend: what is drawn, and the years shown (null bound: the first / last year with data). */
  trendMode: TrendMode;
  from: number | null;
  to: number | null;
  /** Ranking: the per-capita base, when its denominator is reported by at least two bodies. */
  per: PerBase | null;
  /** Per-capita bases the ranking can offer for the shown indicator and year. */
  perOffered: PerBase[];
  problems: UrlProblem[];
}

/** A valid selection for the URL's wishes, with what had to be replaced and why. */
export function resolveSelection(state: UrlState, catalog: SelectionCatalog): Selection {
  const problems: UrlProblem[] = [];
  const unknown = (param: string, value: string) => problems.push({ param, value, reason: 'unknown' });

  let indicator = catalog.defaultIndicator;
  if (state.indicator !== null) {
    if (catalog.indicatorIds.has(state.indicator)) indicator = state.indicator;
    else unknown('indicator', state.indicator);
  }
  // A rate chosen directly is the rate side of its pair.
  let measure: Measure = state.measure;
  const countOfIndicator = catalog.countOf.get(indicator);
  if (countOfIndicator) {
    indicator = countOfIndicator;
    measure = 'rate';
  }
  const rate = catalog.rateOf.get(indicator);
  if (measure === 'rate' && !rate) {
    unknown('measure', 'rate');
    measure = 'count';
  }
  const shownIndicator = measure === 'rate' && rate ? rate : indicator;

  const years = catalog.yearsByIndicator.get(shownIndicator) ?? [];
  let year: YearChoice | null = years.length > 0 ? years[years.length - 1]! : null;
  let latestReason: Selection['latestReason'];
  const comparesInYear = (y: number) => (catalog.reportersByYear.get(`${shownIndicator}|${y}`) ?? 0) >= 2;
  // A ranking of one bar is no ranking: compare each body's latest year instead, and say so.
  if (
    typeof year === 'number' &&
    !comparesInYear(year) &&
    (catalog.reporters.get(shownIndicator) ?? 0) >= 2
  ) {
    year = 'latest';
    latestReason = 'fallback';
  }
  let matrixYear: YearChoice = 'latest';
  if (state.year === 'latest' && state.view !== 'matrix' && years.length > 0) {
    // A link shared from the fallback carries year=latest: while one year alone still compares
    // nothing, it reads as the fallback it was copied from (same comparison, same note).
    latestReason = year === 'latest' && latestReason === 'fallback' ? 'fallback' : 'chosen';
    year = 'latest';
  }
  if (typeof state.year === 'number') {
    if (state.view === 'matrix') {
      if (catalog.allYears.includes(state.year)) matrixYear = state.year;
      else unknown('year', String(state.year));
    } else if (years.includes(state.year)) {
      year = state.year;
      latestReason = undefined;
    }
    // Only the ranking shows one year of the indicator; elsewhere the year waits in the URL.
    else if (state.view === 'ranking') unknown('year', String(state.year));
  }

  const known = new Set(catalog.jurisdictionIds);
  let jurisdictions = [...catalog.jurisdictionIds];
  if (state.jurisdictions !== null) {
    for (const id of state.jurisdictions) if (!known.has(id)) unknown('jurisdictions', id);
    const wanted = new Set(state.jurisdictions);
    jurisdictions = catalog.jurisdictionIds.filter((id) => wanted.has(id));
  }

  let jurisdiction: string | null = catalog.jurisdictionIds[0] ?? null;
  if (state.jurisdiction !== null) {
    if (known.has(state.jurisdiction)) jurisdiction = state.jurisdiction;
    else unknown('jurisdiction', state.jurisdiction);
  }

  let category: string | null = null;
  if (state.category !== null) {
    if (catalog.categoryIds.has(state.category)) category = state.category;
    else unknown('category', state.category);
  }

  // The trend's range is checked against the indicator's years: a bound outside them, or a range that
  // ends before it starts, is reported and the full range shown instead.
  const [firstYear, lastYear] = [years[0], years[years.length - 1]];
  const inYears = (y: number | null) =>
    y === null || (firstYear !== undefined && lastYear !== undefined && y >= firstYear && y <= lastYear);
  let from = state.from;
  let to = state.to;
  if (!inYears(from)) {
    unknown('from', String(from));
    from = null;
  }
  if (!inYears(to)) {
    unknown('to', String(to));
    to = null;
  }
  if (from !== null && to !== null && to < from) {
    unknown('to', String(to));
    to = null;
  }

  const perOffered = perBasesOffered(catalog, shownIndicator, year);
  let per = state.per;
  // Only counts are divided by members or residents; a rate, or a base too few bodies report, is not.
  if (per !== null && !perOffered.includes(per)) {
    unknown('per', per);
    per = null;
  }

  return {
    view: state.view,
    indicator,
    shownIndicator,
    measure,
    hasRatePair: rate !== undefined,
    year,
    latestReason,
    matrixYear,
    jurisdictions,
    jurisdiction,
    category,
    trendMode: state.trendMode,
    from,
    to,
    per,
    perOffered,
    problems,
  };
}

/**
 * The per-capita bases offered for a count: its denominator indicator is reported by at least two
 * bodies in the year compared (any year when each body's latest is compared). Rates are never divided.
 */
export function perBasesOffered(
  catalog: SelectionCatalog,
  shownIndicator: string,
  year: YearChoice | null,
): PerBase[] {
  if (!catalog.perCandidates?.has(shownIndicator) || year === null) return [];
  return PER_CAPITA_BASES.filter(({ indicator: id }) => {
    const n = year === 'latest' ? catalog.reporters.get(id) : catalog.reportersByYear.get(`${id}|${year}`);
    return (n ?? 0) >= 2;
  }).map((b) => b.id);
}

/**
 * The year to keep when the user moves to another view or indicator: a year that the target cannot
 * show is dropped rather than reported, because the user did not type it.
 */
export function yearForView(
  view: ViewId,
  year: YearChoice | null,
  yearsOfIndicator: readonly number[],
  allYears: readonly number[],
): YearChoice | null {
  if (year === null) return null;
  if (view === 'matrix') return year === 'latest' || allYears.includes(year) ? year : null;
  if (year === 'latest') return view === 'ranking' ? 'latest' : null;
  return typeof year === 'number' && yearsOfIndicator.includes(year) ? year : null;
}
