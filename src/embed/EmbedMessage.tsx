import { useI18n } from '../i18n/i18nContext';
import { EmbedBackLink } from './EmbedBackLink';

/** Why the embed shows no chart, in the reader's language, with the way to the live app. */
export function EmbedMessage({ text, back }: { text: string; back: string }) {
  return (
    <div className="embed-message" role="alert" data-testid="embed-message">
      <p>{text}</p>
      <EmbedBackLink search={back} />
    </div>
  );
}

export function EmbedFooterNote({ text }: { text: string }) {
  const { t } = useI18n();
  return (
    <p className="embed-notice" role="status" data-testid="embed-notice" title={t('embedOpenApp')}>
      {text}
    </p>
  );
}

export function EmbedLoading() {
  const { t } = useI18n();
  return (
    <div className="chart-placeholder" role="status">
      {t('loadingChart')}
    </div>
  );
}
