import type { Indicator, Jurisdiction } from '../data/schema';
import { jurisdictionName } from './names';
import type { RateParts } from './rateParts';
import { formatValue } from '../i18n/formatValue';
import { localized, type Lang } from '../i18n/lang';
import { translate } from '../i18n/messages';
import type { RankingRow } from '../queries/ranking';

export interface RankingTextInput {
  rows: readonly RankingRow[];
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
  indicator: Indicator;
  year: number;
  lang: Lang;
  /** For a derived rate: the indicators it divides (named in tooltips). */
  rateParts?: RateParts | null;
}

const LISTED = 6;

export { jurisdictionName };

/**
 * The chart in one sentence, e.g. "2022年立案提案：嘉兴369件居首，吴兴98件，贺州74件；杭州九三、嵊州无此项数据。"
 * It is the caption, the chart's aria description and what a screen reader reads.
 */
export function rankingSummary({ rows, jurisdictions, indicator, year, lang }: RankingTextInput): string {
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
    translate(lang, k, v);
  const indicatorName = localized(indicator, 'name', lang);
  const unit = localized(indicator, 'unit', lang);
  const name = (id: string) => jurisdictionName(id, jurisdictions, lang);
  const withData = rows.filter((r) => r.value !== null);
  const missing = rows.filter((r) => r.value === null).map((r) => name(r.jurisdiction_id));
  if (withData.length === 0) return t('summaryNone', { year, indicator: indicatorName });

  const value = (r: RankingRow) => formatValue(r.value!, r.qualifier, unit, lang);
  const leaders = withData.filter((r) => r.rank === 1);
  const clauses: string[] = [];
  if (leaders.length > 1) {
    clauses.push(
      t('summaryTie', {
        names: leaders.map((r) => name(r.jurisdiction_id)).join(t('listSep')),
        value: value(leaders[0]!),
      }),
    );
  } else {
    clauses.push(t('summaryTop', { name: name(leaders[0]!.jurisdiction_id), value: value(leaders[0]!) }));
  }
  const rest = withData.slice(leaders.length);
  for (const r of rest.slice(0, LISTED - leaders.length)) {
    clauses.push(
      lang === 'zh' ? `${name(r.jurisdiction_id)}${value(r)}` : `${name(r.jurisdiction_id)} ${value(r)}`,
    );
  }
  const hidden = rest.length - Math.max(0, LISTED - leaders.length);
  if (hidden > 0) clauses.push(lang === 'zh' ? `另有${hidden}个地区` : `${hidden} more`);

  let text = t('summaryLead', { year, indicator: indicatorName }) + clauses.join(t('clauseSep'));
  if (missing.length > 0) text += t('partSep') + t('summaryMissing', { names: missing.join(t('listSep')) });
  return text + t('end');
}
