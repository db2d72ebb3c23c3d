import '../../i18n/laterMessages'; // registers the data screen's messages this module names
import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18nContext';
import type { DatasetManager } from '../../storage/datasetManager';
import type { VersionRecord } from '../../storage/versionStore';
import { MODE_TEXT } from './PreviewStep';
import { formatTime } from './StorageNoticeBanner';
import { formatBytes } from './formatBytes';
import { storageFailureText } from './storageFailureText';
import { usedBytes } from '../../storage/storageBudget';

interface Props {
  dataset: DatasetManager;
  /** The version in use (null = bundled) and the data version, so the list refreshes after a change. */
  versionId: string | null;
  dataVersion: string;
}

/** Every committed upload, newest first, with undo to any of them and reset to the bundled data. */
export function VersionHistory({ dataset, versionId, dataVersion }: Props) {
  const { lang, t } = useI18n();
  const [versions, setVersions] = useState<VersionRecord[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let live = true;
    dataset.store.list().then(
      (list) => live && setVersions(list),
      (e: unknown) => live && setMessage({ kind: 'error', text: storageFailureText(e, t) }),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `t` changes with the language only
  }, [dataset, dataVersion, reload]);

  const run = async (action: () => Promise<unknown>, done: string | null) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
      if (done) setMessage({ kind: 'ok', text: done });
    } catch (e) {
      setMessage({ kind: 'error', text: storageFailureText(e, t) });
    } finally {
      setBusy(false);
      setConfirming(null);
      setReload((n) => n + 1);
    }
  };

  return (
    <section className="data-card" aria-labelledby="versions-title" data-testid="version-history">
      <h3 id="versions-title">{t('storeVersionsTitle')}</h3>
      {dataset.store.kind === 'memory' && <p className="hint">{t('storeVersionsSessionOnly')}</p>}
      {versions && versions.length === 0 && <p>{t('storeVersionsEmpty')}</p>}
      {versions && versions.length > 0 && (
        <p className="hint" data-testid="storage-budget">
          {t('storeBudgetUsed', {
            used: formatBytes(usedBytes(versions), lang),
            budget: formatBytes(dataset.budgetBytes, lang),
          })}
        </p>
      )}
      <ol className="version-list">
        {(versions ?? []).map((v) => {
          const inUse = v.id === versionId;
          return (
            <li key={v.id} className={inUse ? 'version in-use' : 'version'} data-testid="version-item">
              <div className="version-head">
                <strong>{v.fileName || t('storePastedName')}</strong>
                <span className="hint">
                  {formatTime(v.time, lang)} · {t(MODE_TEXT[v.mode].short)} ·{' '}
                  {t('storeExportVersion', { version: v.dataVersion })}
                </span>
                {inUse && <span className="badge">{t('storeVersionInUse')}</span>}
              </div>
              <div className="hint">
                {t('storeVersionCounts', { ...v.rowCounts })} ·{' '}
                {v.folded
                  ? t('storeVersionFolded')
                  : t('storeVersionSize', { size: formatBytes(v.storedBytes, lang) })}
              </div>
              {!inUse && (
                <div className="version-actions">
                  {!v.folded && (
                    <button
                      type="button"
                      disabled={busy}
                      data-testid="version-use"
                      onClick={() => void run(() => dataset.switchTo(v.id), t('storeVersionSwitched'))}
                    >
                      {t('storeVersionUse')}
                    </button>
                  )}
                  {confirming === v.id ? (
                    <button
                      type="button"
                      className="danger"
                      disabled={busy}
                      onClick={() => void run(() => dataset.store.deleteVersion(v.id), null)}
                    >
                      {t('storeVersionDeleteConfirm')}
                    </button>
                  ) : (
                    <button type="button" disabled={busy} onClick={() => setConfirming(v.id)}>
                      {t('storeVersionDelete')}
                    </button>
                  )}
                </div>
              )}
            </li>
          );
        })}
        <li className={versionId === null ? 'version in-use' : 'version'} data-testid="version-bundled">
          <div className="version-head">
            <strong>{t('storeVersionsBundled')}</strong>
            {versionId === null && <span className="badge">{t('storeVersionInUse')}</span>}
          </div>
          {versionId !== null && (
            <div className="version-actions">
              <button
                type="button"
                disabled={busy}
                data-testid="reset-bundled"
                onClick={() => void run(() => dataset.switchTo(null), t('storeVersionSwitched'))}
              >
                {t('storeResetBundled')}
              </button>
            </div>
          )}
        </li>
      </ol>
      {busy && <p role="status">{t('storeVersionSwitching')}</p>}
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={`message-${message.kind}`}>
          {message.text}
        </p>
      )}
    </section>
  );
}
