import { useMemo } from 'react';
import './echartsTrendParts';
import { trendModel } from './trendModel';
import type { Catalog } from '../../data/schema';
import { useEngine } from '../../engine/engineContext';
import { trendPin } from './trendExportData';
import type { TrendMode } from '../../app/urlState';
import type { TrendRange } from './trendMeasure';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import { useTrend, type TrendPoint } from './trendQuery';
import { useCatalogMaps } from '../catalogMaps';
import { PinnedModelFigure } from '../../embed/EmbedFigure';
import { EmbedMessage } from '../../embed/EmbedMessage';
import { EmbedWithCatalog } from '../../embed/EmbedWithCatalog';
import type { EmbedPin } from '../../embed/pin';
import { usePinCheck } from '../../embed/usePinCheck';

interface Props {
  indicatorId: string;
  jurisdictions: readonly string[];
  mode: TrendMode;
  range: TrendRange;
  pin: EmbedPin;
  back: string;
}

/** The trend as pinned: drawn only when the points in this browser hash to the pin. */
export function EmbedTrend(props: Props) {
  return (
    <EmbedWithCatalog back={props.back}>{(c) => <PinnedTrend {...props} catalog={c} />}</EmbedWithCatalog>
  );
}

function PinnedTrend({
  indicatorId,
  jurisdictions,
  mode,
  range,
  pin,
  back,
  catalog,
}: Props & { catalog: Catalog }) {
  const { lang, t } = useI18n();
  const engine = useEngine();
  const maps = useCatalogMaps(catalog);
  const indicator = maps.indicators.get(indicatorId);
  const trend = useTrend({ indicatorId });
  const live = engine.status === 'ready' && trend.data && !trend.isPlaceholderData ? trend.data : null;
  const { from, to } = range;
  const content = useMemo(
    () =>
      live && indicator
        ? trendPin({ points: live, selected: jurisdictions, indicator, mode, range: { from, to } })
        : null,
    [live, indicator, jurisdictions, mode, from, to],
  );
  const check = usePinCheck<TrendPoint>(content, pin);
  // The same model as the app's card, computed from the pinned points.
  const model = useMemo(
    () =>
      indicator && check && check.status.kind !== 'unavailable'
        ? trendModel(
            { indicator, selected: jurisdictions, mode, range: { from, to } },
            check.content.rows,
            maps,
            lang,
          )
        : null,
    [indicator, check, jurisdictions, mode, from, to, maps, lang],
  );

  if (!indicator)
    return <EmbedMessage text={t('embedUnknownIndicator', { value: indicatorId })} back={back} />;
  if (trend.isError) return <EmbedMessage text={`${t('queryFailed')}: ${trend.error.message}`} back={back} />;
  return (
    <PinnedModelFigure
      chartTitle={t(
        mode === 'change' ? 'trendTitleChange' : mode === 'index' ? 'trendTitleIndex' : 'trendTitle',
        {
          indicator: localized(indicator, 'name', lang),
        },
      )}
      model={model}
      check={check}
      pin={pin}
      back={back}
    />
  );
}
