import { useEngine } from '../engine/engineContext';
import { useI18n } from '../i18n/i18nContext';

export function EngineStatus() {
  const engine = useEngine();
  const { t } = useI18n();
  if (engine.status === 'failed') {
    return (
      <div className="engine-failed" role="alert" data-testid="engine-failed">
        <h2>{t('engineFailed')}</h2>
        <p>{t('engineFailedHelp')}</p>
        <p>
          {t('reason')}: <code>{engine.error.message}</code>
        </p>
      </div>
    );
  }
  return (
    <span className={`engine-status engine-${engine.status}`} role="status" data-testid="engine-status">
      {engine.status === 'ready' ? t('engineReady') : t('engineLoading')}
    </span>
  );
}
