import { useState } from 'react';
import { useI18n } from '../i18n/i18nContext';
import { copyText } from './copyText';
import { ExportDialog } from './ExportDialog';

/** The current state's URL with a copy button; if the clipboard is denied, the text stays selectable. */
export function SharePanel({ url, onClose }: { url: string; onClose: () => void }) {
  const { t } = useI18n();
  const [status, setStatus] = useState<'copied' | 'fallback' | null>(null);
  return (
    <ExportDialog title={t('shareTitle')} testId="share-panel" onClose={onClose}>
      <p className="export-help">{t('shareHelp')}</p>
      <label className="export-field">
        {t('shareLinkLabel')}
        <input
          type="text"
          readOnly
          value={url}
          onFocus={(e) => e.currentTarget.select()}
          data-testid="share-url"
        />
      </label>
      <div className="export-buttons">
        <button
          type="button"
          onClick={() => void copyText(url).then((ok) => setStatus(ok ? 'copied' : 'fallback'))}
          data-testid="copy-link"
        >
          {t('copyLink')}
        </button>
      </div>
      {status && (
        <p
          className={`export-status export-${status === 'copied' ? 'ok' : 'error'}`}
          role="status"
          data-testid="share-status"
        >
          {t(status === 'copied' ? 'linkCopied' : 'copyFallback')}
        </p>
      )}
    </ExportDialog>
  );
}
