import { LANGS, type Lang } from '../i18n/lang';

/** What the URL holds. Parsing is syntactic; `resolveSelection` checks it against the catalog. */
export interface UrlState {
  indicator: string | null;
  year: number | null;
  lang: Lang;
}

export type UrlProblem = { param: string; value: string; reason: 'unknown' | 'malformed' };

export const DEFAULT_URL_STATE: UrlState = { indicator: null, year: null, lang: 'zh' };

export function parseUrlState(search: string): { state: UrlState; problems: UrlProblem[] } {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const state: UrlState = { ...DEFAULT_URL_STATE };

  const lang = params.get('lang');
  if (lang !== null) {
    if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
    else problems.push({ param: 'lang', value: lang, reason: 'unknown' });
  }
  const indicator = params.get('indicator');
  if (indicator !== null) {
    if (/^[a-z0-9_]{1,64}$/.test(indicator)) state.indicator = indicator;
    else problems.push({ param: 'indicator', value: indicator, reason: 'malformed' });
  }
  const year = params.get('year');
  if (year !== null) {
    if (/^\d{4}$/.test(year)) state.year = Number(year);
    else problems.push({ param: 'year', value: year, reason: 'malformed' });
  }
  return { state, problems };
}

export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  const s = params.toString();
  return s ? `?${s}` : '';
}

export interface SelectionCatalog {
  indicatorIds: ReadonlySet<string>;
  /** Years with data, per indicator, ascending. */
  yearsByIndicator: ReadonlyMap<string, readonly number[]>;
  defaultIndicator: string;
}

/** A valid (indicator, year) for the URL's wishes, with what had to be replaced and why. */
export function resolveSelection(
  state: UrlState,
  catalog: SelectionCatalog,
): { indicator: string; year: number | null; problems: UrlProblem[] } {
  const problems: UrlProblem[] = [];
  let indicator = catalog.defaultIndicator;
  if (state.indicator !== null) {
    if (catalog.indicatorIds.has(state.indicator)) indicator = state.indicator;
    else problems.push({ param: 'indicator', value: state.indicator, reason: 'unknown' });
  }
  const years = catalog.yearsByIndicator.get(indicator) ?? [];
  let year = years.length > 0 ? years[years.length - 1]! : null;
  if (state.year !== null) {
    if (years.includes(state.year)) year = state.year;
    else problems.push({ param: 'year', value: String(state.year), reason: 'unknown' });
  }
  return { indicator, year, problems };
}
