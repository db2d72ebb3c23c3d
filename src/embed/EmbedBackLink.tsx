import { useI18n } from '../i18n/i18nContext';

/** Opens the live app on the same view in a new window; built from validated parameters only. */
export function EmbedBackLink({ search }: { search: string }) {
  const { t } = useI18n();
  return (
    <a
      className="embed-back"
      href={`./${search}`}
      target="_blank"
      rel="noopener noreferrer"
      aria-label={t('embedLinkAria')}
      data-testid="embed-back"
    >
      {t('embedOpenApp')} ↗
    </a>
  );
}
