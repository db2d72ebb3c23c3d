import { useI18n } from '../i18n/i18nContext';

/** A failed query is reported inside its view; the rest of the page keeps working. */
export function QueryError({ error }: { error: Error }) {
  const { t } = useI18n();
  return (
    <div className="query-error" role="alert">
      <strong>{t('queryFailed')}</strong>
      <span>
        {t('reason')}: {error.message}
      </span>
    </div>
  );
}
