import { useEffect, useState } from 'react';
import { useEngine } from '../../engine/engineContext';
import { formatNumber } from '../../i18n/formatValue';
import { useI18n } from '../../i18n/i18nContext';
import type { FollowedChange } from '../../storage/datasetManager';
import { formatTime } from './StorageNoticeBanner';

/**
 * Says that another tab changed the data and this page now shows it: which version, committed
 * when, with how many figures (or that it went back to an older version or the bundled data). The
 * views refresh on their own (the data version is in every query key); this says why they did.
 */
export function OtherTabNotice() {
  const engine = useEngine();
  const { lang, t } = useI18n();
  const [change, setChange] = useState<FollowedChange | null>(null);
  const dataset = engine.status === 'ready' ? engine.dataset : null;
  useEffect(() => dataset?.onFollowed(setChange), [dataset]);
  if (!change) return null;
  const { record } = change;
  const name = record ? `“${record.fileName || t('storePastedName')}”` : t('uploadBundledData');
  const text =
    record && change.latest
      ? t('uploadOtherTabCommitted', {
          version: record.fileName || t('storePastedName'),
          time: formatTime(record.time, lang),
          total: formatNumber(record.rowCounts.total, lang, 0),
        })
      : t('uploadOtherTabSwitched', {
          version: name,
          time: formatTime(new Date().toISOString(), lang),
        });
  return (
    <div className="url-notice other-tab-notice" role="status" data-testid="other-tab-notice">
      <p>{text}</p>
      <button type="button" onClick={() => setChange(null)}>
        {t('close')}
      </button>
    </div>
  );
}
