import type { Indicator } from '../../data/schema';
import { formatValue } from '../../i18n/formatValue';
import { localized, type Lang } from '../../i18n/lang';
import { translate, type MessageKey } from '../../i18n/messages';
import type { TrendPoint } from './trendQuery';
import { jurisdictionName, type JurisdictionMap } from '../../charts/names';
import type { RateParts } from '../../charts/rateParts';

export interface TrendTextInput {
  points: readonly TrendPoint[];
  /** Jurisdictions to draw, in display order. */
  selected: readonly string[];
  jurisdictions: JurisdictionMap;
  indicator: Indicator;
  lang: Lang;
  rateParts?: RateParts | null;
}

/** Points of each selected jurisdiction, years ascending. */
export function pointsBySelected(input: Pick<TrendTextInput, 'points' | 'selected'>) {
  const wanted = new Set(input.selected);
  const by = new Map<string, TrendPoint[]>(input.selected.map((id) => [id, []]));
  for (const p of input.points) if (wanted.has(p.jurisdiction_id)) by.get(p.jurisdiction_id)!.push(p);
  for (const list of by.values()) list.sort((a, b) => a.year - b.year);
  return by;
}

/** Selected jurisdictions that have exactly one year: drawn as a point, with a note about uploads. */
export function singleYearJurisdictions(input: Pick<TrendTextInput, 'points' | 'selected'>): string[] {
  return [...pointsBySelected(input)].filter(([, list]) => list.length === 1).map(([id]) => id);
}

const LISTED_YEARS = 4;

/**
 * The trend in words, e.g. "立案提案历年数据：嘉兴2020年300件、2022年369件；贺州仅有2022年：≥98件；
 * 杭州九三无此项数据。目前每个地区只有一年的数据，更多年份可通过上传添加。"
 */
export function trendSummary(input: TrendTextInput): string {
  const { jurisdictions, indicator, lang } = input;
  const t = (k: MessageKey, v?: Record<string, string | number>) => translate(lang, k, v);
  const indicatorName = localized(indicator, 'name', lang);
  const unit = localized(indicator, 'unit', lang);
  if (input.selected.length === 0) return t('trendNoneSelected', { indicator: indicatorName });
  const by = pointsBySelected(input);
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);
  const at = (p: TrendPoint) =>
    t('trendAtYear', { year: p.year, value: formatValue(p.value, p.qualifier, unit, lang) });

  const clauses: string[] = [];
  const missing: string[] = [];
  for (const [id, list] of by) {
    if (list.length === 0) missing.push(name(id));
    else if (list.length === 1) clauses.push(t('trendOnlyYear', { name: name(id), point: at(list[0]!) }));
    else {
      const shown = list.length <= LISTED_YEARS ? list : [list[0]!, ...list.slice(-(LISTED_YEARS - 1))];
      const gap = list.length > LISTED_YEARS ? t('trendEllipsis') : t('listSep');
      const parts = shown.map(at);
      const text =
        list.length > LISTED_YEARS
          ? parts[0] + gap + parts.slice(1).join(t('listSep'))
          : parts.join(t('listSep'));
      clauses.push(t('trendSeries', { name: name(id), points: text }));
    }
  }
  if (clauses.length === 0) return t('trendNoData', { indicator: indicatorName });
  let text = t('trendLead', { indicator: indicatorName }) + clauses.join(t('partSep'));
  if (missing.length > 0) text += t('partSep') + t('summaryMissing', { names: missing.join(t('listSep')) });
  text += t('end');
  const multi = [...by.values()].some((list) => list.length > 1);
  if (!multi) text += t('trendOneYearNote');
  return text;
}
