import { useMemo } from 'react';
import { EChart } from '../charts/EChart';
import { rankingOption } from '../charts/rankingOption';
import { rankingSummary } from '../charts/rankingSummary';
import type { Catalog, Indicator, Jurisdiction } from '../data/schema';
import { useI18n } from '../i18n/i18nContext';
import { localized } from '../i18n/lang';
import { useRanking } from '../queries/ranking';
import { QueryError } from './QueryError';

interface Props {
  catalog: Catalog;
  indicator: Indicator;
  year: number;
}

export function RankingView({ catalog, indicator, year }: Props) {
  const { lang, t } = useI18n();
  const ranking = useRanking({ indicatorId: indicator.id, year });
  const jurisdictions = useMemo(
    () => new Map<string, Jurisdiction>(catalog.jurisdictions.map((j) => [j.id, j])),
    [catalog.jurisdictions],
  );
  const input = ranking.data ? { rows: ranking.data, jurisdictions, indicator, year, lang } : null;
  const option = useMemo(() => (input ? rankingOption(input) : null), [input?.rows, indicator, year, lang]); // eslint-disable-line react-hooks/exhaustive-deps
  const summary = input ? rankingSummary(input) : '';
  const title = t('rankingTitle', { year, indicator: localized(indicator, 'name', lang) });
  const hasQualified = ranking.data?.some((r) => r.qualifier && r.qualifier !== 'exact') ?? false;
  const comparability = localized(indicator, 'comparability', lang);

  return (
    <figure className="chart-card" aria-labelledby="ranking-title">
      <h2 id="ranking-title">{title}</h2>
      <p className="chart-subtitle">
        {localized(indicator, 'definition', lang)} · {localized(indicator, 'unit', lang)}
      </p>
      {ranking.isError ? (
        <QueryError error={ranking.error} />
      ) : option && ranking.data ? (
        <EChart
          option={option}
          label={summary}
          height={ranking.data.length * 52 + 24}
          testId="ranking-chart"
        />
      ) : (
        <div className="chart-placeholder" role="status">
          {t('loadingChart')}
        </div>
      )}
      {summary && (
        <figcaption className="chart-summary" data-testid="ranking-summary">
          {summary}
        </figcaption>
      )}
      {comparability && <p className="chart-note">⚠ {comparability}</p>}
      {hasQualified && <p className="chart-note">{t('atLeastNote')}</p>}
    </figure>
  );
}
