import { useMemo, useState } from 'react';
import type { Catalog } from '../../data/schema';
import { useEngine } from '../../engine/engineContext';
import { assembleChartExport } from '../../export/assembleChartExport';
import { briefingPack, usePackItems } from '../../export/briefingPack';
import { useI18n } from '../../i18n/i18nContext';
import { rankingModel } from '../ranking/rankingModel';
import { fetchRanking } from '../ranking/rankingQuery';
import type { ModelCatalog } from '../viewModel';
import { ChartCard } from '../ChartCard';
import { useCatalogMaps } from '../catalogMaps';
import { QueryError } from '../QueryError';
import { useNarrowScreen } from '../useNarrowScreen';
import { overviewModel, type OverviewCard } from './overviewModel';
import { useOverview } from './overviewQuery';
import './overview.css';

interface Props {
  catalog: Catalog;
  /** Opens the ranking of one indicator (each card's drill-through). */
  onOpenRanking: (indicatorId: string) => void;
}

export function OverviewView({ catalog, onOpenRanking }: Props) {
  const { lang } = useI18n();
  const maps = useCatalogMaps(catalog);
  const overview = useOverview();
  const compact = useNarrowScreen();
  const rows = overview.data ?? null;
  const model = useMemo(() => overviewModel({ compact }, rows, maps, lang), [compact, rows, maps, lang]);
  return (
    <ChartCard
      model={model}
      summaryTestId="overview-summary"
      summaryFirst
      loading={!rows}
      error={overview.isError ? <QueryError error={overview.error} /> : undefined}
    >
      <div className="overview-groups" data-testid="overview-cards">
        {model.groups.map((g) => (
          <section key={g.categoryId} className="overview-group" aria-labelledby={`ov-${g.categoryId}`}>
            <h3 id={`ov-${g.categoryId}`}>{g.name}</h3>
            <ul className="overview-cards">
              {g.cards.map((card) => (
                <li key={card.indicatorId} className="overview-card-item">
                  <IndicatorCard card={card} onOpen={() => onOpenRanking(card.indicatorId)} />
                  <PackButton card={card} maps={maps} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </ChartCard>
  );
}

function IndicatorCard({ card, onOpen }: { card: OverviewCard; onOpen: () => void }) {
  const { t } = useI18n();
  const tie = card.leaders.length > 1;
  // Reasons a screen reader hears with the card: the indicator's, then each flagged figure's.
  const reasons = [
    card.comparable !== 'yes' ? card.comparability : '',
    ...card.figures.map((f) => (f.flag ? t('labelled', { label: f.name, text: f.flag.reason }) : '')),
  ].filter((r) => r !== '');
  return (
    <button
      type="button"
      className="overview-card"
      onClick={onOpen}
      data-testid={`overview-card-${card.indicatorId}`}
      aria-label={t('overviewOpenRanking', { indicator: card.name })}
      aria-describedby={
        reasons.length > 0 ? `ovd-${card.indicatorId} ovr-${card.indicatorId}` : `ovd-${card.indicatorId}`
      }
    >
      <span className="overview-card-head">
        <span className="overview-card-name">{card.name}</span>
        <span className={`overview-kind overview-kind-${card.kind}`}>
          {t(card.kind === 'rate' ? 'overviewKindRate' : 'overviewKindCount')}
        </span>
      </span>
      {card.comparable === 'no' ? (
        <span className="overview-leader overview-not-ranked">⊘ {card.leaderWord}</span>
      ) : (
        <span className="overview-leader">
          {t('labelled', {
            label: card.leaderWord + (tie ? t('inParens', { text: t('overviewTie') }) : ''),
            text: '',
          })}
          <strong>{card.leaders.map((l) => `${l.name} ${l.value}`).join(t('listSep'))}</strong>
        </span>
      )}
      <span className="overview-figures" id={`ovd-${card.indicatorId}`}>
        {card.figures.map((f) => (
          <span key={f.jurisdictionId} className="overview-figure">
            <span className="overview-figure-name">{f.name}</span>
            <span className="overview-figure-value">
              {f.flag && (
                <span className="overview-figure-flag" title={f.flag.reason}>
                  {f.flag.kind === 'no' ? '⊘ ' : '◐ '}
                </span>
              )}
              {f.value}
            </span>
            <span className="overview-figure-year">{f.year}</span>
          </span>
        ))}
      </span>
      <span className="overview-meta">
        {t('overviewReporters', { n: card.reporters })}
        {card.yearsDiffer && ` · ${t('overviewYearsDiffer')}`}
        {card.comparable === 'partly' && (
          <span className="overview-partly" title={card.comparability}>
            {' · ◐ '}
            {t('flagPartly')}
          </span>
        )}
      </span>
      {reasons.length > 0 && (
        <span className="visually-hidden" id={`ovr-${card.indicatorId}`}>
          {reasons.join(t('partSep'))}
        </span>
      )}
    </button>
  );
}

/**
 * Puts the card's ranking into the briefing pack in one click: the ranking's own model (the same rows,
 * title and summary as opening the card and pressing 加入简报包 there), built without leaving the overview.
 */
function PackButton({ card, maps }: { card: OverviewCard; maps: ModelCatalog }) {
  const { lang, t } = useI18n();
  const engine = useEngine();
  const [failed, setFailed] = useState(false);
  usePackItems();
  const indicator = maps.indicators.get(card.indicatorId);
  const state = {
    indicator: indicator!,
    year: card.rankingYear,
    latestReason: card.rankingYear === 'latest' ? ('fallback' as const) : undefined,
    compact: false,
  };
  // Title and subtitle need no rows: enough to tell whether this ranking is already in the pack.
  const heading = indicator ? rankingModel(state, null, maps, lang) : null;
  const inPack =
    !!heading &&
    briefingPack.has({ view: 'ranking', title: heading.title, subtitle: heading.subtitle, lang });
  const add = async () => {
    if (engine.status !== 'ready' || !indicator) return;
    try {
      const rows = await fetchRanking(engine.connector, {
        indicatorId: card.indicatorId,
        year: card.rankingYear,
      });
      const chart = assembleChartExport(rankingModel(state, rows, maps, lang), lang);
      if (chart) briefingPack.add(chart);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <button
      type="button"
      className="overview-pack"
      disabled={engine.status !== 'ready' || !indicator}
      aria-pressed={inPack}
      aria-label={t(inPack ? 'overviewPackAdded' : 'overviewPackAdd', { indicator: card.name })}
      data-testid={`overview-pack-${card.indicatorId}`}
      onClick={() => void add()}
    >
      {failed ? t('chartNotReady') : t(inPack ? 'packAdded' : 'packAdd')}
    </button>
  );
}
