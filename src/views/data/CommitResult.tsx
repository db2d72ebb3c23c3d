import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useUrlState } from '../../app/useUrlState';
import { useI18n } from '../../i18n/i18nContext';
import type { VersionRecord } from '../../storage/versionStore';
import type { CatalogLabels } from './catalogLabels';

export interface CommitSummary {
  record: VersionRecord;
  name: string;
  /** Years the upload touched, ascending. */
  years: number[];
  /** Indicators the upload has figures for. */
  indicators: string[];
}

/** The commit's outcome, with a way straight to the charts of what was uploaded. */
export function CommitResult({ summary, labels }: { summary: CommitSummary; labels: CatalogLabels }) {
  const { t } = useI18n();
  const { update } = useUrlState();
  const { record } = summary;
  const indicator = summary.indicators[0];
  const year = summary.years[summary.years.length - 1];
  return (
    <div className="data-message message-ok" role="status" data-testid="commit-result">
      <p>
        {t('storeCommitDone', {
          name: summary.name,
          added: record.rowCounts.added,
          changed: record.rowCounts.changed,
          removed: record.rowCounts.removed,
          version: record.dataVersion,
        })}
      </p>
      {indicator && year !== undefined && (
        <div className="step-actions">
          <button
            type="button"
            data-testid="see-ranking"
            onClick={() => update({ view: 'ranking', indicator, year, measure: 'count' })}
          >
            {t('storeSeeRanking', { indicator: labels.indicator(indicator), year })}
          </button>
          <button
            type="button"
            data-testid="see-trend"
            onClick={() => update({ view: 'trend', indicator, year: null, measure: 'count' })}
          >
            {t('storeSeeTrend', { indicator: labels.indicator(indicator) })}
          </button>
        </div>
      )}
    </div>
  );
}
