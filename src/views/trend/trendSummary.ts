import type { Indicator } from '../../data/schema';
import type { TrendMode } from '../../app/urlState';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import { jurisdictionName, type JurisdictionMap } from '../../charts/names';
import type { RateParts } from '../../charts/rateParts';
import { formatShown, type NoSeriesReason, type ShownPoint } from './trendMeasure';

export interface TrendTextInput {
  /** What is drawn (the reported figures, or the changes / index computed from them). */
  points: readonly ShownPoint[];
  /** Jurisdictions to draw, in display order. */
  selected: readonly string[];
  jurisdictions: JurisdictionMap;
  indicator: Indicator;
  lang: Lang;
  rateParts?: RateParts | null;
  /** Absent: the reported figures. */
  mode?: TrendMode;
  /** The x axis when a range is chosen; absent: the first to the last year drawn. */
  years?: readonly number[];
  /** Relative modes: bodies with figures but nothing to draw, and why. */
  noSeries?: ReadonlyMap<string, NoSeriesReason>;
}

/** Points of each selected jurisdiction, years ascending. */
export function pointsBySelected<P extends ShownPoint>(input: {
  points: readonly P[];
  selected: readonly string[];
}) {
  const wanted = new Set(input.selected);
  const by = new Map<string, P[]>(input.selected.map((id) => [id, []]));
  for (const p of input.points) if (wanted.has(p.jurisdiction_id)) by.get(p.jurisdiction_id)!.push(p);
  for (const list of by.values()) list.sort((a, b) => a.year - b.year);
  return by;
}

/** Selected jurisdictions that have exactly one year: drawn as a point, with a note about uploads. */
export function singleYearJurisdictions(input: Pick<TrendTextInput, 'points' | 'selected'>): string[] {
  return [...pointsBySelected(input)].filter(([, list]) => list.length === 1).map(([id]) => id);
}

const LISTED_YEARS = 4;

const LEAD: Record<TrendMode, MessageKey> = {
  value: 'trendLead',
  change: 'trendLeadChange',
  index: 'trendLeadIndex',
};

const NO_SERIES: Record<NoSeriesReason, MessageKey> = {
  no_consecutive: 'trendNoConsecutive',
  one_year: 'trendIndexOneYear',
  zero_base: 'trendZeroBase',
};

/**
 * The trend in words, e.g. "立案提案历年数据：嘉兴2020年300件、2022年369件；贺州仅有2022年：≥98件；
 * 杭州九三无此项数据。目前每个地区只有一年的数据，更多年份可通过上传添加。" — or, for the change against the
 * previous year, "立案提案较上年增减（%）：嘉兴2021年+12%、2022年≥+23%。"
 */
export function trendSummary(input: TrendTextInput): string {
  const { jurisdictions, indicator, lang } = input;
  const mode = input.mode ?? 'value';
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const indicatorName = localized(indicator, 'name', lang);
  const unit = localized(indicator, 'unit', lang);
  if (input.selected.length === 0) return t('trendNoneSelected', { indicator: indicatorName });
  const by = pointsBySelected(input);
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);
  const at = (p: ShownPoint) => t('trendAtYear', { year: p.year, value: formatShown(p, mode, unit, lang) });

  const clauses: string[] = [];
  const missing: string[] = [];
  const without = new Map<NoSeriesReason, string[]>();
  for (const [id, list] of by) {
    const reason = input.noSeries?.get(id);
    if (reason) without.set(reason, [...(without.get(reason) ?? []), name(id)]);
    else if (list.length === 0) missing.push(name(id));
    else if (list.length === 1 && mode === 'value')
      clauses.push(t('trendOnlyYear', { name: name(id), point: at(list[0]!) }));
    else {
      const shown = list.length <= LISTED_YEARS ? list : [list[0]!, ...list.slice(-(LISTED_YEARS - 1))];
      const parts = shown.map(at);
      const text =
        list.length > LISTED_YEARS
          ? parts[0] + t('trendEllipsis') + parts.slice(1).join(t('listSep'))
          : parts.join(t('listSep'));
      clauses.push(t('trendSeries', { name: name(id), points: text }));
    }
  }
  const tails = [
    ...[...without].map(([reason, names]) => t(NO_SERIES[reason], { names: names.join(t('listSep')) })),
    ...(missing.length > 0 ? [t('summaryMissing', { names: missing.join(t('listSep')) })] : []),
  ];
  if (clauses.length === 0) {
    if (without.size === 0) return t('trendNoData', { indicator: indicatorName });
    return t(LEAD[mode], { indicator: indicatorName }) + tails.join(t('partSep')) + t('end');
  }
  let text = t(LEAD[mode], { indicator: indicatorName }) + clauses.join(t('partSep'));
  if (tails.length > 0) text += t('partSep') + tails.join(t('partSep'));
  text += t('end');
  const multi = [...by.values()].some((list) => list.length > 1);
  if (!multi && mode === 'value') text += t('trendOneYearNote');
  return text;
}
