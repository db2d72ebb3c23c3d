import { useEffect, useMemo, useState } from 'react';
import { EChart } from '../../charts/EChart';
import { rankingModel, rankingRowsShown } from './rankingModel';
import { useDenominators, type DenominatorRow } from './perCapita';
import type { PerBase } from '../../data/perCapitaBases';
import { useEngine } from '../../engine/engineContext';
import { withoutAppHints } from '../../export/appHints';
import { wrapAxisLabels } from '../../export/fitLabels';
import { dataVersionLabel } from '../../export/imageParts';
import { useI18n } from '../../i18n/i18nContext';
import { localized } from '../../i18n/lang';
import { useCatalog } from '../../queries/catalog';
import { useRanking, type RankingRow } from './rankingQuery';
import { useCatalogMaps } from '../catalogMaps';
import { useNarrowScreen } from '../useNarrowScreen';
import type { Catalog } from '../../data/schema';
import { EmbedFooter } from '../../embed/EmbedFigure';
import { EmbedFooterNote, EmbedMessage } from '../../embed/EmbedMessage';
import { pinStatus, rowsHash, type EmbedPin, type PinStatus } from '../../embed/pin';

interface Props {
  indicatorId: string;
  year: number | 'latest';
  /** Pinned per-capita base, if the card showed figures per member / resident. */
  per?: PerBase | null;
  pin: EmbedPin;
  back: string;
}

type Check = { rows: readonly RankingRow[]; denominators: readonly DenominatorRow[]; status: PinStatus };

/** The ranking as pinned: shown only when the rows in this browser hash to the pin. */
export function EmbedRanking(props: Props) {
  const { t } = useI18n();
  const engine = useEngine();
  const catalog = useCatalog();
  if (engine.status === 'failed') return <EmbedMessage text={t('engineFailed')} back={props.back} />;
  if (catalog.data) return <PinnedRanking {...props} catalog={catalog.data} />;
  return (
    <div className="chart-placeholder" role="status">
      {t('loadingChart')}
    </div>
  );
}

function PinnedRanking({ indicatorId, year, per = null, pin, back, catalog }: Props & { catalog: Catalog }) {
  const { lang, t } = useI18n();
  const engine = useEngine();
  const maps = useCatalogMaps(catalog);
  const indicator = maps.indicators.get(indicatorId);
  const ranking = useRanking({ indicatorId, year });
  // Only rows the engine computed from this browser's data are compared with the pin.
  const denominators = useDenominators(per);
  const queried =
    engine.status === 'ready' && ranking.data && !ranking.isPlaceholderData ? ranking.data : null;
  // The rows the card pinned: in its order, per member / resident when it showed that.
  const live = useMemo(
    () =>
      queried && indicator && (!per || denominators.data)
        ? rankingRowsShown(queried, maps.jurisdictions, per, denominators.data ?? [], indicator.better).rows
        : null,
    [queried, indicator, per, denominators.data, maps.jurisdictions],
  );
  const dataVersion = engine.status === 'ready' ? engine.dataVersion : '';
  const [check, setCheck] = useState<Check | null>(null);

  useEffect(() => {
    if (!live) return;
    let current = true;
    const params: Record<string, string | number> = per
      ? { indicator: indicatorId, year, per }
      : { indicator: indicatorId, year };
    void rowsHash({ view: 'ranking', params, rows: live }).then((hash) => {
      if (current && queried)
        setCheck({
          rows: queried,
          denominators: denominators.data ?? [],
          status: pinStatus(pin, { rowsHash: hash, dataVersion }),
        });
    });
    return () => {
      current = false;
    };
  }, [live, queried, denominators.data, indicatorId, year, per, pin, dataVersion]);

  // The same model as the app's card: the embed shows what was pinned, computed the same way.
  const model = useMemo(
    () =>
      indicator && check && check.status.kind !== 'unavailable'
        ? rankingModel(
            { indicator, year, compact: false, per },
            check.rows,
            maps,
            lang,
            per ? check.denominators : null,
          )
        : null,
    [indicator, check, maps, year, per, lang],
  );
  // In a narrow iframe the names and level notes wrap to two fifths of its width instead of running
  // past its left edge, each row taller to hold them.
  const narrow = useNarrowScreen();
  const option = useMemo(() => {
    if (!model?.chart) return null;
    const o = model.chart.option;
    return narrow ? wrapAxisLabels(o, 'yAxis', Math.max(96, window.innerWidth * 0.4)) : o;
  }, [model, narrow]);

  if (!indicator)
    return <EmbedMessage text={t('embedUnknownIndicator', { value: indicatorId })} back={back} />;
  if (ranking.isError)
    return <EmbedMessage text={`${t('queryFailed')}: ${ranking.error.message}`} back={back} />;
  if (check?.status.kind === 'unavailable') {
    return (
      <EmbedMessage
        text={t('embedUnavailable', {
          chart: t('rankingTitle', { year, indicator: localized(indicator, 'name', lang) }),
          version: dataVersionLabel(pin.dataVersion, lang),
        })}
        back={back}
      />
    );
  }
  if (!model || !check) {
    return (
      <div className="chart-placeholder" role="status">
        {t('loadingChart')}
      </div>
    );
  }
  const sources = model.export.sources;
  const summary = withoutAppHints(model.summary, lang);
  const drawnRows = check.rows.filter((r) => r.value !== null).length;
  const newer = check.status.kind === 'same' && check.status.newerData;
  return (
    <figure className="embed-figure" aria-labelledby="embed-title">
      <h1 id="embed-title" className="embed-title">
        {model.title}
      </h1>
      <p className="embed-subtitle">{model.subtitle}</p>
      {model.chart && option && (
        <EChart
          option={option}
          label={summary}
          height={narrow ? drawnRows * 80 + 24 : model.chart.height}
          testId="embed-chart"
        />
      )}
      <figcaption className="embed-summary">{summary}</figcaption>
      {newer && (
        <EmbedFooterNote text={t('embedNewerData', { version: dataVersionLabel(pin.dataVersion, lang) })} />
      )}
      <EmbedFooter sources={sources} pin={pin} back={back} />
    </figure>
  );
}
