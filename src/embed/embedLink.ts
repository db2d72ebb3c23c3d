import {
  parseUrlState,
  serializeUrlState,
  DEFAULT_URL_STATE,
  type UrlProblem,
  type UrlState,
  type PerBase,
  type TrendMode,
  type YearChoice,
} from '../app/urlState';
import type { PinnedRows } from '../export/chartExport';
import { escapeMarkup } from '../export/markup';
import type { Lang } from '../i18n/lang';
import { ROWS_HASH, type EmbedPin } from './pin';

/** Data versions are content hashes (hex) or a name such as `bundled`. */
const DATA_VERSION = /^[A-Za-z0-9_-]{1,64}$/;

export interface EmbedTarget {
  view: UrlState['view'];
  indicator: string | null;
  year: YearChoice | null;
  /** Trend and matrix: the jurisdictions shown, in display order. */
  jurisdictions?: string[] | null;
  /** Ranking: figures per member / resident. */
  per?: PerBase | null;
  /** Trend: what is drawn and the years (absent: the figures, all years). */
  trendMode?: TrendMode;
  from?: number | null;
  to?: number | null;
  /** Matrix: the indicator group shown, null for the comparable indicators. */
  category?: string | null;
  lang: Lang;
  pin: EmbedPin;
}

const text = (v: string | number | undefined) => (typeof v === 'string' ? v : null);
const list = (v: string | number | undefined) =>
  typeof v === 'string' ? v.split(',').filter((s) => s !== '') : null;

/**
 * The embed link's parameters for the rows a view pins: exactly what the embed needs to query the
 * same rows again (null when the view cannot be embedded or a parameter is missing).
 */
export function embedTargetOf(pinned: PinnedRows, lang: Lang, pin: EmbedPin): EmbedTarget | null {
  const { indicator, year, jurisdictions, category } = pinned.params;
  if (pinned.view === 'ranking' && typeof indicator === 'string' && typeof year === 'number') {
    const per = pinned.params.per;
    return {
      view: 'ranking',
      indicator,
      year,
      per: per === 'members' || per === 'residents' ? per : null,
      lang,
      pin,
    };
  }
  if (pinned.view === 'trend' && typeof indicator === 'string' && list(jurisdictions)) {
    const { mode, from, to } = pinned.params;
    return {
      view: 'trend',
      indicator,
      year: null,
      jurisdictions: list(jurisdictions),
      trendMode: mode === 'change' || mode === 'index' ? mode : 'value',
      from: typeof from === 'number' ? from : null,
      to: typeof to === 'number' ? to : null,
      lang,
      pin,
    };
  }
  if (pinned.view === 'matrix' && (typeof year === 'number' || year === 'latest') && list(jurisdictions))
    return {
      view: 'matrix',
      indicator: null,
      year,
      jurisdictions: list(jurisdictions),
      category: text(category) || null,
      lang,
      pin,
    };
  return null;
}

/** The app's own URL state for the view (what the link back opens), plus the embed flag and pin. */
export function embedSearch(target: EmbedTarget): string {
  const state: UrlState = {
    ...DEFAULT_URL_STATE,
    view: target.view,
    indicator: target.indicator,
    year: target.year,
    jurisdictions: target.jurisdictions ?? null,
    category: target.category ?? null,
    trendMode: target.trendMode ?? DEFAULT_URL_STATE.trendMode,
    from: target.from ?? null,
    to: target.to ?? null,
    per: target.per ?? null,
    lang: target.lang,
  };
  const params = new URLSearchParams(serializeUrlState(state));
  params.set('embed', '1');
  params.set('pin', target.pin.rowsHash);
  params.set('dv', target.pin.dataVersion);
  return `?${params.toString()}`;
}

/** The embed's absolute URL on the app's own origin and path. */
export function embedUrl(appHref: string, target: EmbedTarget): string {
  const url = new URL(appHref);
  return `${url.origin}${url.pathname}${embedSearch(target)}`;
}

/** The live app's link for the same view (the embed's link back). */
export function appSearchFor(state: UrlState): string {
  return serializeUrlState(state) || '?';
}

export interface ParsedEmbed {
  state: UrlState;
  pin: EmbedPin | null;
  /** Syntax problems, reported the way the main app reports them. */
  problems: UrlProblem[];
}

/** Validates the embed URL with the main app's parser, plus the pin's own parameters. */
export function parseEmbedParams(search: string): ParsedEmbed {
  const { state, problems } = parseUrlState(search);
  const params = new URLSearchParams(search);
  const rowsHash = params.get('pin');
  const dataVersion = params.get('dv');
  let pin: EmbedPin | null = null;
  if (rowsHash === null) problems.push({ param: 'pin', value: '', reason: 'malformed' });
  else if (!ROWS_HASH.test(rowsHash)) problems.push({ param: 'pin', value: rowsHash, reason: 'malformed' });
  if (dataVersion === null) problems.push({ param: 'dv', value: '', reason: 'malformed' });
  else if (!DATA_VERSION.test(dataVersion))
    problems.push({ param: 'dv', value: dataVersion, reason: 'malformed' });
  if (
    rowsHash !== null &&
    dataVersion !== null &&
    ROWS_HASH.test(rowsHash) &&
    DATA_VERSION.test(dataVersion)
  ) {
    pin = { rowsHash, dataVersion };
  }
  return { state, pin, problems };
}

/** The iframe snippet to paste into an intranet page; every attribute value escaped. */
export function iframeSnippet(src: string, title: string, height: number): string {
  return `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" referrerpolicy="no-referrer"></iframe>`;
}
