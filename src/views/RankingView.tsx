import { useMemo } from 'react';
import { hasEarlierYears } from '../charts/rankChange';
import { rankingOption } from '../charts/rankingOption';
import { rankingSummary } from '../charts/rankingSummary';
import { isSmallDenominator, ratePartsOf } from '../charts/rateParts';
import { jurisdictionName } from '../charts/names';
import type { Catalog, Indicator } from '../data/schema';
import { useI18n } from '../i18n/i18nContext';
import { localized } from '../i18n/lang';
import { rankingExportData } from '../export/rankingExportData';
import { useRanking } from '../queries/ranking';
import { ChartCard } from './ChartCard';
import { definitionPhrase } from './definitionPhrase';
import { useCatalogMaps } from './catalogMaps';
import { QueryError } from './QueryError';
import { scopeNote } from './scopeNote';
import { useNarrowScreen } from './useNarrowScreen';

interface Props {
  catalog: Catalog;
  indicator: Indicator;
  year: number;
  onOpenProfile: (jurisdictionId: string) => void;
}

/** The clicked jurisdiction: a bar (data name) or a name on the axis (axis value). */
function clickedJurisdiction(params: unknown): string | null {
  const p = params as { componentType?: string; name?: string; value?: unknown };
  if (p.componentType === 'series' && typeof p.name === 'string') return p.name;
  if (p.componentType === 'yAxis' && typeof p.value === 'string') return p.value;
  return null;
}

export function RankingView({ catalog, indicator, year, onOpenProfile }: Props) {
  const { lang, t } = useI18n();
  const maps = useCatalogMaps(catalog);
  const ranking = useRanking({ indicatorId: indicator.id, year });
  const rateParts = ratePartsOf(indicator, maps.indicators);
  const rows = ranking.data;
  const input = useMemo(
    () => (rows ? { rows, jurisdictions: maps.jurisdictions, indicator, year, lang, rateParts } : null),
    // rateParts derives from indicator and the catalog maps
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [rows, maps, indicator, year, lang],
  );
  const compact = useNarrowScreen();
  const option = useMemo(() => (input ? rankingOption(input, { compact }) : null), [input, compact]);
  // Images use the desktop layout whatever the window (the phone layout stacks labels for 360 px).
  const exportLayout = useMemo(
    () => (input ? { option: () => rankingOption(input, { compact: false }) } : undefined),
    [input],
  );
  const summary = input ? rankingSummary(input) : '';
  const exportData = useMemo(
    () => (input ? rankingExportData(input, catalog.sources) : undefined),
    [input, catalog.sources],
  );
  const name = localized(indicator, 'name', lang);
  const unit = localized(indicator, 'unit', lang);

  const small = (rows ?? []).filter((r) => r.value !== null && isSmallDenominator(r.denominator));
  const notes = [
    localized(indicator, 'comparability', lang) && `⚠ ${localized(indicator, 'comparability', lang)}`,
    rateParts &&
      t('rateNote', {
        numerator: localized(rateParts.numerator, 'name', lang),
        denominator: localized(rateParts.denominator, 'name', lang),
      }),
    small.length > 0 &&
      t('smallDenominatorNote', {
        names: small
          .map((r) => jurisdictionName(r.jurisdiction_id, maps.jurisdictions, lang))
          .join(t('listSep')),
      }),
    indicator.better === 'none' && t('betterNone'),
    indicator.better === 'lower' && t('betterLower'),
    rows?.some((r) => r.qualifier && r.qualifier !== 'exact') && t('atLeastNote'),
    rows && (hasEarlierYears(rows) ? t('changeNote') : t('noEarlierYears')),
    t('openProfileHint'),
  ];

  return (
    <ChartCard
      id="ranking"
      title={t('rankingTitle', { year, indicator: name })}
      subtitle={t('rankingSubtitle', {
        indicator: definitionPhrase(localized(indicator, 'definition', lang)),
        unit,
        year,
      })}
      scopeNote={
        rows
          ? scopeNote(
              rows.map((r) => r.jurisdiction_id),
              maps.jurisdictions,
              lang,
            )
          : undefined
      }
      summary={summary}
      summaryTestId="ranking-summary"
      loading={!option}
      error={ranking.isError ? <QueryError error={ranking.error} /> : undefined}
      chart={
        option && rows
          ? {
              option,
              height: rows.length * 52 + 24,
              testId: 'ranking-chart',
              exportLayout,
              onEvents: {
                click: (p) => {
                  const id = clickedJurisdiction(p);
                  if (id) onOpenProfile(id);
                },
              },
            }
          : null
      }
      notes={notes}
      exportData={exportData}
    />
  );
}
