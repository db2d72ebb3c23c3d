import { jurisdictionName, type RankingTextInput } from './rankingSummary';
import type { Source } from '../../data/schema';
import { jurisdictionScope } from '../../i18n/jurisdictionScope';
import { localized } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { ChartExportData } from '../../export/chartExport';
import { qualifierLabel } from '../../export/qualifierLabel';
import { sourceTitle, sourceTitles } from '../../export/sourceTitles';
import { comparabilityText } from '../comparabilityFlag';

/**
 * The ranking's rows as the export buttons need them: a table in the chart's shape (one row per
 * jurisdiction, rank order, missing figures as empty cells marked 无数据), the sources' titles, notes
 * that belong in an image, and the rows an embed pins.
 */
export function rankingExportData(input: RankingTextInput, sources: readonly Source[]): ChartExportData {
  const { rows, indicator, year, lang, jurisdictions } = input;
  const t = (k: Parameters<typeof translate>[1], v?: Record<string, string | number>) =>
    translate(lang, k, v);
  const unit = localized(indicator, 'unit', lang);
  const comparability = localized(indicator, 'comparability', lang);
  const hasQualified = rows.some((r) => r.qualifier && r.qualifier !== 'exact');

  return {
    sources: sourceTitles(
      rows.filter((r) => r.value !== null).map((r) => r.source_file),
      sources,
      lang,
    ),
    fileParts: [
      localized(indicator, 'name', lang),
      year === 'latest' ? t('yearLatestOption') : year,
      t('exportViewRanking'),
    ],
    notes: [
      ...(comparability ? [`⚠ ${comparability}`] : []),
      ...(year === 'latest' ? [t('latestChosenNote')] : []),
      ...(hasQualified ? [t('atLeastNote')] : []),
    ],
    pin: { view: 'ranking', params: { indicator: indicator.id, year }, rows },
    table: {
      header: [
        t('rank'),
        t('exportColJurisdiction'),
        t('exportColScope'),
        t('profileColYear'),
        t('value'),
        t('exportColQualifier'),
        t('exportColUnit'),
        t('exportColNumerator'),
        t('exportColDenominator'),
        t('exportColComparability'),
        t('source'),
        t('exportColQuote'),
      ],
      rows: rows.map((r) => {
        const j = jurisdictions.get(r.jurisdiction_id);
        return [
          r.rank,
          jurisdictionName(r.jurisdiction_id, jurisdictions, lang),
          j ? jurisdictionScope(j, lang) : '',
          r.year,
          r.value,
          qualifierLabel(r.qualifier, r.value !== null, lang),
          unit,
          r.numerator,
          r.denominator,
          // partly / not comparable in words, beside the figure (the chart's ◐ and the list beside it)
          r.value === null ? '' : comparabilityText(r, lang),
          r.source_file ? sourceTitle(r.source_file, sources, lang) : '',
          r.quote,
        ];
      }),
    },
  };
}
