import { useMemo } from 'react';
import type { Catalog, Indicator } from '../../data/schema';
import { useI18n } from '../../i18n/i18nContext';
import { ChartCard } from '../ChartCard';
import { useCatalogMaps } from '../catalogMaps';
import { QueryError } from '../QueryError';
import { useNarrowScreen } from '../useNarrowScreen';
import { rankingModel, type RankingState } from './rankingModel';
import { useRanking, type RankingRow } from './rankingQuery';
import { localized } from '../../i18n/lang';
import { useDenominators } from './perCapita';
import type { PerBase } from '../../data/perCapitaBases';

interface Props {
  catalog: Catalog;
  indicator: Indicator;
  year: number | 'latest';
  latestReason?: RankingState['latestReason'];
  per?: PerBase | null;
  onOpenProfile: (jurisdictionId: string) => void;
}

/** The clicked jurisdiction: a bar (data name) or a name on the axis (axis value). */
function clickedJurisdiction(params: unknown): string | null {
  const p = params as { componentType?: string; name?: string; value?: unknown };
  if (p.componentType === 'series' && typeof p.name === 'string') return p.name;
  if (p.componentType === 'yAxis' && typeof p.value === 'string') return p.value;
  return null;
}

export function RankingView({ catalog, indicator, year, latestReason, per = null, onOpenProfile }: Props) {
  const { lang } = useI18n();
  const maps = useCatalogMaps(catalog);
  const ranking = useRanking({ indicatorId: indicator.id, year });
  const compact = useNarrowScreen();
  const denominators = useDenominators(per);
  // Per-capita figures wait for their denominators rather than flash the totals.
  const rows = per && !denominators.data ? null : (ranking.data ?? null);
  const model = useMemo(
    () =>
      rankingModel(
        { indicator, year, latestReason, compact, per },
        rows,
        maps,
        lang,
        per ? (denominators.data ?? null) : null,
      ),
    [indicator, year, latestReason, compact, per, rows, denominators.data, maps, lang],
  );
  const drawn = (rows ?? []).filter((r) => r.value !== null);

  return (
    <ChartCard
      model={model}
      summaryTestId="ranking-summary"
      loading={!rows}
      error={
        ranking.isError ? (
          <QueryError error={ranking.error} />
        ) : denominators.isError ? (
          <QueryError error={denominators.error} />
        ) : undefined
      }
      onEvents={{
        click: (p) => {
          const id = clickedJurisdiction(p);
          if (id) onOpenProfile(id);
        },
      }}
    >
      {drawn.length > 0 && (
        <DrillList rows={drawn} indicator={indicator} onOpen={onOpenProfile} catalog={catalog} />
      )}
    </ChartCard>
  );
}

/**
 * Keyboard and screen-reader route to the same drill-through the bars offer on click. A body whose
 * figure only partly compares carries the bar's ◐ here too, with its reason (title on hover, read out
 * by screen readers).
 */
function DrillList({
  rows,
  indicator,
  onOpen,
  catalog,
}: {
  rows: readonly RankingRow[];
  indicator: Indicator;
  onOpen: (id: string) => void;
  catalog: Catalog;
}) {
  const { lang, t } = useI18n();
  const byId = new Map(catalog.jurisdictions.map((j) => [j.id, j]));
  return (
    <nav className="drill-list" aria-label={t('drillLabel')}>
      {rows.map(({ jurisdiction_id: id, ...r }) => {
        const j = byId.get(id);
        const reason =
          r.comparable === 'partly' && indicator.comparable !== 'partly'
            ? localized(r, 'comparability', lang)
            : '';
        return (
          <button
            key={id}
            type="button"
            className="drill-link"
            onClick={() => onOpen(id)}
            data-testid={`drill-${id}`}
            title={reason || undefined}
          >
            {j ? (lang === 'zh' ? j.name_zh : j.name_en) : id}
            {reason && (
              <>
                {' ◐'}
                <span className="visually-hidden">
                  {t('labelled', { label: t('flagPartly'), text: reason })}
                </span>
              </>
            )}{' '}
            →
          </button>
        );
      })}
    </nav>
  );
}
