import type { Indicator, Jurisdiction } from '../../data/schema';
import { jurisdictionName } from '../../charts/names';
import type { RateParts } from '../../charts/rateParts';
import { formatNumber, formatValue } from '../../i18n/formatValue';
import { localized, type Lang } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { RankingRow } from './rankingQuery';

export interface RankingTextInput {
  rows: readonly RankingRow[];
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
  indicator: Indicator;
  /** One year, or 'latest': each jurisdiction's latest year (every figure then says its year). */
  year: number | 'latest';
  lang: Lang;
  /** For a derived rate: the indicators it divides (named in tooltips). */
  rateParts?: RateParts | null;
}

const LISTED = 6;

/** "+12%" / "−3.5%": a relative change with its sign. */
function signedPercent(ratio: number, lang: Lang): string {
  const pct = Math.round(ratio * 1000) / 10;
  const text = formatNumber(Math.abs(pct), lang);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : '±'}${text}%`;
}

/** "嘉兴、吴兴" / "Hezhou and Jiaxing", "A, B and C": lists read as natural language. */
export function joinNames(names: readonly string[], lang: Lang): string {
  if (lang === 'zh') return names.join('、');
  return new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }).format(names);
}

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
  const missingNames = rows.filter((r) => r.value === null).map((r) => name(r.jurisdiction_id));
  // Named up to LISTED, then counted, like the figures: the notes under the chart list every one.
  const missingText =
    missingNames.length <= LISTED
      ? t('summaryMissing', { names: joinNames(missingNames, lang) })
      : t('summaryMissingMore', {
          names: missingNames.slice(0, LISTED - 1).join(t('listSep')),
          count: missingNames.length,
          more: missingNames.length - (LISTED - 1),
        });
  const latest = year === 'latest';
  const lead = latest
    ? t('summaryLeadLatest', { indicator: indicatorName })
    : t('summaryLead', { year, indicator: indicatorName });
  if (withData.length === 0) {
    return latest ? lead + missingText + t('end') : t('summaryNone', { year, indicator: indicatorName });
  }

  const value = (r: RankingRow) => {
    const v = formatValue(r.value!, r.qualifier, unit, lang);
    return latest && r.year !== null ? t('summaryValueYear', { value: v, year: r.year }) : v + change(r);
  };
  /** "（较2021年升1位，+12%）": rank and value against the body's previous year with the indicator. */
  const change = (r: RankingRow): string => {
    if (r.rank === null || r.prev_rank === null || r.prev_year === null || withData.length < 2) return '';
    const by = r.prev_rank - r.rank;
    const rank =
      by > 0
        ? t('summaryChangeUp', { by })
        : by < 0
          ? t('summaryChangeDown', { by: -by })
          : t('summaryChangeSame');
    const pct =
      r.prev_value !== null && r.prev_value !== 0 && r.value !== null
        ? t('summaryChangePct', { pct: signedPercent((r.value - r.prev_value) / r.prev_value, lang) })
        : '';
    return t('summaryChange', { year: r.prev_year, rank, pct });
  };
  const leaders = withData.filter((r) => r.rank === 1);
  const clauses: string[] = [];
  if (withData.length === 1) {
    // One figure is not a ranking: never "leads" with nobody to lead.
    clauses.push(t('summaryOnly', { name: name(withData[0]!.jurisdiction_id), value: value(withData[0]!) }));
  } else if (leaders.length > 1) {
    clauses.push(
      t('summaryTie', {
        names: joinNames(
          leaders.map((r) => name(r.jurisdiction_id)),
          lang,
        ),
        value: value(leaders[0]!),
      }),
    );
  } else {
    clauses.push(t('summaryTop', { name: name(leaders[0]!.jurisdiction_id), value: value(leaders[0]!) }));
  }
  const rest = withData.length === 1 ? [] : withData.slice(leaders.length);
  for (const r of rest.slice(0, LISTED - leaders.length)) {
    clauses.push(
      lang === 'zh' ? `${name(r.jurisdiction_id)}${value(r)}` : `${name(r.jurisdiction_id)} ${value(r)}`,
    );
  }
  const hidden = rest.length - Math.max(0, LISTED - leaders.length);
  if (hidden > 0) clauses.push(lang === 'zh' ? `另有${hidden}个地区` : `${hidden} more`);

  let text = lead + clauses.join(t('clauseSep'));
  if (missingNames.length > 0) text += t('partSep') + missingText;
  return text + t('end');
}
