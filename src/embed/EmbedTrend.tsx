import { useMemo } from 'react';
import '../charts/echartsTrendParts';
import { ratePartsOf } from '../charts/rateParts';
import { singleYearJurisdictions, trendSummary } from '../charts/trendSummary';
import { trendOption } from '../charts/trendOption';
import type { Catalog } from '../data/schema';
import { useEngine } from '../engine/engineContext';
import { dataVersionLabel } from '../export/imageParts';
import { sourcesOfFigures } from '../export/sourcesOfFigures';
import { trendPin } from '../export/trendExportData';
import { useI18n } from '../i18n/i18nContext';
import { localized } from '../i18n/lang';
import { useTrend, type TrendPoint } from '../queries/trend';
import { useCatalogMaps } from '../views/catalogMaps';
import { definitionPhrase } from '../views/definitionPhrase';
import { EmbedFigure } from './EmbedFigure';
import { EmbedLoading, EmbedMessage } from './EmbedMessage';
import { EmbedWithCatalog } from './EmbedWithCatalog';
import type { EmbedPin } from './pin';
import { usePinCheck } from './usePinCheck';

interface Props {
  indicatorId: string;
  jurisdictions: readonly string[];
  pin: EmbedPin;
  back: string;
}

/** The trend as pinned: drawn only when the points in this browser hash to the pin. */
export function EmbedTrend(props: Props) {
  return (
    <EmbedWithCatalog back={props.back}>{(c) => <PinnedTrend {...props} catalog={c} />}</EmbedWithCatalog>
  );
}

function PinnedTrend({ indicatorId, jurisdictions, pin, back, catalog }: Props & { catalog: Catalog }) {
  const { lang, t } = useI18n();
  const engine = useEngine();
  const maps = useCatalogMaps(catalog);
  const indicator = maps.indicators.get(indicatorId);
  const trend = useTrend({ indicatorId });
  const live = engine.status === 'ready' && trend.data && !trend.isPlaceholderData ? trend.data : null;
  const content = useMemo(
    () => (live && indicator ? trendPin({ points: live, selected: jurisdictions, indicator }) : null),
    [live, indicator, jurisdictions],
  );
  const check = usePinCheck<TrendPoint>(content, pin);
  const input = useMemo(
    () =>
      indicator && check && check.status.kind !== 'unavailable'
        ? {
            points: check.content.rows,
            selected: jurisdictions,
            jurisdictions: maps.jurisdictions,
            indicator,
            lang,
            rateParts: ratePartsOf(indicator, maps.indicators),
          }
        : null,
    [indicator, check, jurisdictions, maps, lang],
  );
  const option = useMemo(() => (input ? trendOption(input) : null), [input]);

  if (!indicator)
    return <EmbedMessage text={t('embedUnknownIndicator', { value: indicatorId })} back={back} />;
  if (trend.isError) return <EmbedMessage text={`${t('queryFailed')}: ${trend.error.message}`} back={back} />;
  if (check?.status.kind === 'unavailable')
    return (
      <EmbedMessage
        text={t('embedUnavailable', {
          chart: t('trendTitle', { indicator: localized(indicator, 'name', lang) }),
          version: dataVersionLabel(pin.dataVersion, lang),
        })}
        back={back}
      />
    );
  if (!input || !option || !check) return <EmbedLoading />;
  const drawn = new Set(input.points.map((p) => p.jurisdiction_id)).size;
  const single = singleYearJurisdictions(input).length;
  return (
    <EmbedFigure
      title={t('trendTitle', { indicator: localized(indicator, 'name', lang) })}
      subtitle={t('trendSubtitle', {
        indicator: definitionPhrase(localized(indicator, 'definition', lang)),
        unit: localized(indicator, 'unit', lang),
      })}
      option={option}
      height={single === drawn ? 300 : 380}
      summary={trendSummary(input)}
      sources={sourcesOfFigures(input.points, catalog.sources, lang)}
      newerData={check.status.kind === 'same' && check.status.newerData}
      pin={pin}
      back={back}
    />
  );
}
