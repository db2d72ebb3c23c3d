import { jurisdictionName } from '../../charts/names';
import { trendYears } from './trendOption';
import { pointsBySelected, type TrendTextInput } from './trendSummary';
import type { Source } from '../../data/schema';
import { jurisdictionScope } from '../../i18n/jurisdictionScope';
import { localized } from '../../i18n/lang';
import { translate } from '../../i18n/messages';
import type { TrendPoint } from './trendQuery';
import type { ChartExportData, PinnedRows } from '../../export/chartExport';
import { qualifierLabel } from '../../export/qualifierLabel';
import { sourceOfFigure, sourcesOfFigures } from '../../export/sourcesOfFigures';

/** The points the trend chart draws, per selected jurisdiction in display order, years ascending. */
export function trendShownPoints(input: Pick<TrendTextInput, 'points' | 'selected'>): TrendPoint[] {
  return [...pointsBySelected(input).values()].flat();
}

/** What a trend embed pins: the indicator, the jurisdictions in order, and the points drawn. */
export function trendPin(
  input: Pick<TrendTextInput, 'points' | 'selected' | 'indicator'>,
): PinnedRows & { rows: TrendPoint[] } {
  return {
    view: 'trend',
    params: { indicator: input.indicator.id, jurisdictions: input.selected.join(',') },
    rows: trendShownPoints(input),
  };
}

/**
 * The trend's data for export in the chart's shape: one row per line and year, from the first to the
 * last year drawn, a year without a figure as an empty value marked 无数据 (a gap, never 0).
 */
export function trendExportData(input: TrendTextInput, sources: readonly Source[]): ChartExportData {
  const { indicator, lang, jurisdictions } = input;
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const unit = localized(indicator, 'unit', lang);
  const comparability = localized(indicator, 'comparability', lang);
  // Every selected body is listed, those without any figure too (their rows say 无数据), as the
  // summary names them.
  const drawn = [...pointsBySelected(input)];
  const shown = drawn.flatMap(([, list]) => list);
  const years = trendYears(shown);

  return {
    sources: sourcesOfFigures(shown, sources, lang),
    fileParts: [localized(indicator, 'name', lang), t('exportViewTrend')],
    notes: [
      ...(comparability ? [`⚠ ${comparability}`] : []),
      ...(shown.some((p) => p.qualifier !== 'exact') ? [t('atLeastNote')] : []),
    ],
    pin: trendPin(input),
    table: {
      header: [
        t('exportColJurisdiction'),
        t('exportColScope'),
        t('year'),
        t('value'),
        t('exportColQualifier'),
        t('exportColUnit'),
        t('exportColNumerator'),
        t('exportColDenominator'),
        t('source'),
        t('exportColQuote'),
      ],
      rows: drawn.flatMap(([id, list]) => {
        const j = jurisdictions.get(id);
        const byYear = new Map(list.map((p) => [p.year, p]));
        return years.map((year) => {
          const p = byYear.get(year);
          return [
            jurisdictionName(id, jurisdictions, lang),
            j ? jurisdictionScope(j, lang) : '',
            year,
            p?.value ?? null,
            qualifierLabel(p?.qualifier ?? null, p !== undefined, lang),
            unit,
            p?.numerator ?? null,
            p?.denominator ?? null,
            p ? sourceOfFigure(p, sources, lang) : '',
            p?.quote ?? null,
          ];
        });
      }),
    },
  };
}
