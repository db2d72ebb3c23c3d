import { useState } from 'react';
import { useI18n } from '../i18n/i18nContext';
import { briefingPack, usePackItems } from './briefingPack';
import type { ExportStamp } from './chartExport';
import { ExportDialog } from './ExportDialog';
import { loadExportActions } from './loadExportActions';

/** The charts collected for a briefing, ticked or not, made into one PowerPoint or Word file. */
export function BriefingPackDialog({ stamp, onClose }: { stamp: ExportStamp; onClose: () => void }) {
  const { t } = useI18n();
  const items = usePackItems();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const make = async (format: 'docx' | 'pptx') => {
    const charts = briefingPack.ticked();
    if (charts.length === 0) return setStatus({ kind: 'error', text: t('briefingPackEmpty') });
    setBusy(true);
    try {
      const actions = await loadExportActions();
      const file = await actions.downloadOffice(charts, stamp, format, [t('packFile'), stamp.date]);
      setStatus({ kind: 'ok', text: t('downloaded', { file }) });
    } catch (e) {
      setStatus({
        kind: 'error',
        text: t('exportFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <ExportDialog title={t('briefingPack')} testId="pack-dialog" onClose={onClose}>
      <p className="export-help">{t('briefingPackHelp')}</p>
      <ul className="pack-list" data-testid="pack-list">
        {items.map((item) => (
          <li key={item.key}>
            <label className="export-check">
              <input
                type="checkbox"
                checked={item.ticked}
                onChange={(e) => briefingPack.tick(item.key, e.target.checked)}
                data-testid="pack-tick"
              />
              {item.chart.title}
            </label>
            <button type="button" onClick={() => briefingPack.remove(item.key)} data-testid="pack-remove">
              {t('packRemove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="export-buttons">
        <button type="button" disabled={busy} onClick={() => void make('pptx')} data-testid="pack-pptx">
          {t('packPptx')}
        </button>
        <button type="button" disabled={busy} onClick={() => void make('docx')} data-testid="pack-docx">
          {t('packDocx')}
        </button>
      </div>
      {status && (
        <p className={`export-status export-${status.kind}`} role="status" data-testid="pack-status">
          {status.text}
        </p>
      )}
    </ExportDialog>
  );
}
